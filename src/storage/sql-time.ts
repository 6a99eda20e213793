/** DateTime as Prisma's SQLite adapter stores it ("2026-11-23T05:50:10.244+00:00"), so both connections agree. */
export const sqlTime = (date: Date): string => date.toISOString().replace("Z", "+00:00");

/** Runs a synchronous write, retrying asynchronously while another connection holds the write lock. */
export async function withBusyRetry<T>(work: () => T, attempts = 200): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return work();
    } catch (error) {
      const busy = typeof error === "object" && error !== null && "code" in error && (error.code === "SQLITE_BUSY" || error.code === "SQLITE_BUSY_SNAPSHOT");
      if (!busy || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(20, attempt)));
    }
  }
}
