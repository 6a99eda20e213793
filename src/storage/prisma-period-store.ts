import type { PeriodStore, PeriodView } from "../engine/ports.ts";
import { toPeriodView } from "./map-rows.ts";
import type { Db } from "./open-database.ts";

export function createPrismaPeriodStore(db: Db): PeriodStore & {
  findByKey(key: string): Promise<PeriodView | null>;
} {
  return {
    async currentOpen() {
      const row = await db.period.findFirst({ where: { status: "open" }, orderBy: { key: "desc" } });
      return row ? toPeriodView(row) : null;
    },
    async latest() {
      const row = await db.period.findFirst({ orderBy: { key: "desc" } });
      return row ? toPeriodView(row) : null;
    },
    async findByKey(key) {
      const row = await db.period.findUnique({ where: { key } });
      return row ? toPeriodView(row) : null;
    },
  };
}
