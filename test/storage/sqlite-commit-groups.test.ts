import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { prepare, sqliteExecutor, type SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { migrateDatabase } from "../../src/storage/migrate.ts";
import { tempDbPath } from "../support/temp-db.ts";

const AT = "2026-11-20T03:00:00.000+00:00";

/** Writes made side by side share commits on SQLite: each still all-or-nothing, and durable when it says so. */
describe("SQLite writes sharing commits", () => {
  const file = tempDbPath();
  const closers: (() => void)[] = [];
  afterEach(() => {
    for (const close of closers.splice(0)) close();
  });

  function connect(): { exec: SqlExecutor; sqlite: Database.Database } {
    mkdirSync(path.dirname(file), { recursive: true });
    migrateDatabase(file);
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 5000");
    closers.push(() => sqlite.close());
    return { exec: sqliteExecutor(sqlite), sqlite };
  }

  const statements = (exec: SqlExecutor) => ({
    add: prepare<{ code: string }, unknown>((p) => exec.builder.insertInto("units").values({ code: p("code"), name: "x", kind: "cell", created_at: AT })),
    codes: prepare<Record<string, never>, { code: string }>(() => exec.builder.selectFrom("units").select("code").orderBy("code")),
  });

  /** What another process would see: a connection of its own, outside the line. */
  function committedCodes(): string[] {
    const reader = new Database(file, { readonly: true });
    try {
      return (reader.prepare("select code from units order by code").all() as { code: string }[]).map((r) => r.code);
    } finally {
      reader.close();
    }
  }

  it("tells each of many writes made at once that it is done only once another connection can read it", async () => {
    const { exec } = connect();
    const q = statements(exec);
    const seenWhenDone: string[][] = [];
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        exec.transaction(async (tx) => {
          await tx.run(q.add, { code: `U${String(i).padStart(2, "0")}` });
        }).then(() => seenWhenDone.push(committedCodes())),
      ),
    );
    expect(committedCodes()).toHaveLength(50);
    seenWhenDone.forEach((codes, i) => expect(codes.length, `write ${i}`).toBeGreaterThanOrEqual(i + 1));
  });

  it("undoes only the write that failed when it ran beside others", async () => {
    const { exec } = connect();
    const q = statements(exec);
    const results = await Promise.allSettled([
      exec.transaction(async (tx) => void (await tx.run(q.add, { code: "A" }))),
      exec.transaction(async (tx) => {
        await tx.run(q.add, { code: "B" });
        await tx.run(q.add, { code: "A" }); // duplicate code: this whole transaction fails
      }),
      exec.run(q.add, { code: "C" }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(committedCodes()).toEqual(["A", "C"]);
    expect((await exec.all(q.codes, {})).map((r) => r.code)).toEqual(["A", "C"]);
  });

  it("lets two connections of one process write side by side without waiting for each other's lock", async () => {
    const one = connect().exec;
    const two = connect().exec;
    const q = statements(one);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? one : two).transaction(async (tx) => void (await tx.run(q.add, { code: `U${String(i).padStart(2, "0")}` })))),
    );
    expect(committedCodes()).toHaveLength(40);
  });

  it("has committed everything asked for when settled, so the file can be closed", async () => {
    const { exec, sqlite } = connect();
    const q = statements(exec);
    void exec.run(q.add, { code: "LATE" });
    await exec.settled();
    sqlite.close();
    expect(committedCodes()).toEqual(["LATE"]);
  });
});
