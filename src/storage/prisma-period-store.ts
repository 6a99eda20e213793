import type { PeriodStore, PeriodView } from "../engine/ports.ts";
import { toPeriodView } from "./map-rows.ts";
import type { Db } from "./open-database.ts";

export function createPrismaPeriodStore(db: Db): PeriodStore & {
  findByKey(key: string): Promise<PeriodView | null>;
  /** Opens the period if it does not exist yet; an existing period keeps its status. */
  ensureOpen(key: string, questionnaireVersionId: number, at: Date): Promise<PeriodView>;
} {
  return {
    async currentOpen() {
      const row = await db.period.findFirst({ where: { status: "open" }, orderBy: { key: "desc" } });
      return row ? toPeriodView(row) : null;
    },
    async findByKey(key) {
      const row = await db.period.findUnique({ where: { key } });
      return row ? toPeriodView(row) : null;
    },
    async ensureOpen(key, questionnaireVersionId, at) {
      const row = await db.period.upsert({
        where: { key },
        create: { key, questionnaireVersionId, status: "open", openedAt: at },
        update: {},
      });
      return toPeriodView(row);
    },
  };
}
