import type { JobRunStore } from "../engine/ports.ts";
import type { Db } from "./open-database.ts";
import { prismaCode } from "./prisma-errors.ts";

export function createPrismaJobRunStore(db: Db): JobRunStore {
  return {
    async claim(job, slot, at) {
      try {
        await db.jobRun.create({ data: { job, slot, startedAt: at } });
        return true;
      } catch (error) {
        // The unique (job, slot) key: another run, here or in another process, got there first.
        if (prismaCode(error) === "P2002") return false;
        throw error;
      }
    },
    async finish(job, slot, at, error) {
      await db.jobRun.update({
        where: { job_slot: { job, slot } },
        data: { finishedAt: at, status: error === undefined ? "done" : "failed", ...(error === undefined ? {} : { error }) },
      });
    },
  };
}
