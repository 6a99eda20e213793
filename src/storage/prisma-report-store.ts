import type { Standing } from "../domain/scoring/standing.ts";
import type { Db } from "./open-database.ts";
import { parseStanding } from "./map-rows.ts";

export interface CellPeriodRow {
  readonly code: string;
  readonly name: string;
  readonly status: "not_started" | "in_progress" | "submitted" | "not_reported";
  readonly standing: Standing | null;
}

/** Every cell with its assessment for one period (or none yet), in tree order. */
export function createPrismaReportStore(db: Db) {
  return {
    async cellsForPeriod(periodId: number): Promise<CellPeriodRow[]> {
      const cells = await db.unit.findMany({
        where: { kind: "cell" },
        orderBy: { id: "asc" },
        include: { assessments: { where: { periodId }, include: { _count: { select: { answers: true } } } } },
      });
      return cells.map((cell) => {
        const assessment = cell.assessments[0];
        const status =
          assessment?.status === "submitted" || assessment?.status === "not_reported"
            ? assessment.status
            : assessment && assessment._count.answers > 0
              ? "in_progress"
              : "not_started";
        return {
          code: cell.code,
          name: cell.name,
          status,
          standing: status === "submitted" && assessment?.standing ? parseStanding(assessment.standing) : null,
        };
      });
    },
  };
}
