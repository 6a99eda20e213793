import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { CompiledQuery, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { migratePostgres } from "../../src/storage/kysely/migrate-postgres.ts";
import { openPostgresPool } from "../../src/storage/kysely/postgres-pool.ts";
import { postgresExecutor, prepare, sqliteExecutor, type SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { migrateDatabase } from "../../src/storage/migrate.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { tempPostgresUrl } from "../support/temp-postgres.ts";

/** The same statements give the same rows, flags and timestamps on both databases. */
describe.each(["sqlite", "postgres"] as const)("the SQL executor on %s", (dialect) => {
  const sqlitePath = tempDbPath();
  const postgresUrl = tempPostgresUrl();
  const closers: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  async function open(): Promise<SqlExecutor> {
    if (dialect === "sqlite") {
      mkdirSync(path.dirname(sqlitePath), { recursive: true });
      migrateDatabase(sqlitePath);
      const sqlite = new Database(sqlitePath);
      closers.push(() => void sqlite.close());
      return sqliteExecutor(sqlite);
    }
    const pool = openPostgresPool(await postgresUrl());
    closers.push(() => pool.end());
    await migratePostgres(pool);
    return postgresExecutor(pool);
  }

  it("reads back flags as 0/1 and timestamps as the same ISO text", async () => {
    const exec = await open();
    const b = exec.builder;
    const insert = prepare<{ at: string; external: string }, { id: number }>((p) =>
      b.insertInto("people").values({ created_at: p("at") }).returning("id"),
    );
    const [person] = await exec.all(insert, { at: "2026-11-20T03:00:00.000+00:00", external: "" });
    expect(person?.id).toBeGreaterThan(0);
    const identity = prepare<{ person: number; at: string }, unknown>((p) =>
      b.insertInto("identities").values({ person_id: p("person"), channel: "telegram", external_id: "42", reachable: 1, created_at: p("at") }),
    );
    expect(await exec.run(identity, { person: person?.id ?? 0, at: "2026-11-20T03:00:00.000+00:00" })).toBe(1);
    const read = prepare<{ channel: string }, { reachable: number; created_at: string }>((p) =>
      b.selectFrom("identities").select(["reachable", "created_at"]).where("channel", "=", p("channel")),
    );
    expect(await exec.first(read, { channel: "telegram" })).toEqual({ reachable: 1, created_at: "2026-11-20T03:00:00.000+00:00" });
  });

  it("commits a transaction whole, or rolls it back whole", async () => {
    const exec = await open();
    const b = exec.builder;
    const add = prepare<{ code: string; at: string }, unknown>((p) => b.insertInto("units").values({ code: p("code"), name: "x", kind: "cell", created_at: p("at") }));
    const count = prepare<Record<string, never>, { n: number }>(() => b.selectFrom("units").select((eb) => eb.fn.countAll<number>().as("n")));
    await exec.transaction(async (tx) => {
      await tx.run(add, { code: "A", at: "2026-11-20T03:00:00.000+00:00" });
      await tx.run(add, { code: "B", at: "2026-11-20T03:00:00.000+00:00" });
    });
    await expect(
      exec.transaction(async (tx) => {
        await tx.run(add, { code: "C", at: "2026-11-20T03:00:00.000+00:00" });
        await tx.run(add, { code: "A", at: "2026-11-20T03:00:00.000+00:00" }); // duplicate code
      }),
    ).rejects.toThrow();
    expect(await exec.first(count, {})).toEqual({ n: 2 });
  });

  it("runs statements issued together in a transaction in the order issued, and undoes them all when one fails", async () => {
    const exec = await open();
    const b = exec.builder;
    const add = prepare<{ code: string }, unknown>((p) => b.insertInto("units").values({ code: p("code"), name: "x", kind: "cell", created_at: "2026-11-20T03:00:00.000+00:00" }));
    const rename = prepare<{ code: string; name: string }, unknown>((p) => b.updateTable("units").set({ name: p("name") }).where("code", "=", p("code")));
    const units = prepare<Record<string, never>, { code: string; name: string }>(() => b.selectFrom("units").select(["code", "name"]).orderBy("code"));
    // Issued without waiting: the rename must see the row inserted just before it.
    const changed = await exec.transaction((tx) => Promise.all([tx.run(add, { code: "P1" }), tx.run(rename, { code: "P1", name: "renamed" }), tx.run(add, { code: "P2" })]));
    expect(changed).toEqual([1, 1, 1]);
    const failing = exec.transaction(async (tx) => {
      const issued = [tx.run(add, { code: "P3" }), tx.run(add, { code: "P1" }) /* duplicate code */, tx.run(rename, { code: "P2", name: "lost" })];
      const settled = await Promise.allSettled(issued);
      const failed = settled.find((r) => r.status === "rejected");
      if (failed) throw new Error("a statement failed");
    });
    await expect(failing).rejects.toThrow("a statement failed");
    // Nothing of the failed transaction stayed, and the connection serves the next one as usual.
    expect(await exec.all(units, {})).toEqual([
      { code: "P1", name: "renamed" },
      { code: "P2", name: "x" },
    ]);
    await exec.transaction((tx) => tx.run(add, { code: "P4" }));
    expect((await exec.all(units, {})).map((u) => u.code)).toEqual(["P1", "P2", "P4"]);
  });

  it("answers every statement issued beside a failed one with the failure itself", async () => {
    const exec = await open();
    const b = exec.builder;
    const add = prepare<{ code: string }, unknown>((p) => b.insertInto("units").values({ code: p("code"), name: "x", kind: "cell", created_at: "2026-11-20T03:00:00.000+00:00" }));
    await exec.transaction((tx) => tx.run(add, { code: "D1" }));
    const reasons: unknown[] = [];
    await expect(
      exec.transaction(async (tx) => {
        const settled = await Promise.allSettled([tx.run(add, { code: "D1" }) /* duplicate */, tx.run(add, { code: "D2" }), tx.run(add, { code: "D3" })]);
        for (const r of settled) if (r.status === "rejected") reasons.push(r.reason);
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    // PostgreSQL refuses the statements behind a failed one ("transaction aborted"); the caller
    // sees the duplicate key whichever it looks at, and a conflict can be recognised and retried.
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(String((reason as { code?: unknown }).code)).toMatch(/^(23505|SQLITE_CONSTRAINT_UNIQUE)$/);
  });

  it.runIf(dialect === "sqlite")("runs nothing of a transaction SQLite has ended by itself (a full disk, an I/O error)", async () => {
    const exec = await open();
    const b = exec.builder;
    const add = prepare<{ code: string }, unknown>((p) => b.insertInto("units").values({ code: p("code"), name: "x", kind: "cell", created_at: "2026-11-20T03:00:00.000+00:00" }));
    const codes = prepare<Record<string, never>, { code: string }>(() => b.selectFrom("units").select("code").orderBy("code"));
    await expect(
      exec.transaction(async (tx) => {
        await tx.run(add, { code: "E1" });
        // What SQLite does on SQLITE_FULL or SQLITE_IOERR: the whole transaction is gone.
        await tx.query({ compile: () => CompiledQuery.raw("ROLLBACK") });
        await tx.run(add, { code: "E2" });
      }),
    ).rejects.toThrow();
    expect(await exec.all(codes, {})).toEqual([]);
    // The next transaction works as usual.
    await exec.transaction((tx) => tx.run(add, { code: "E3" }));
    expect((await exec.all(codes, {})).map((r) => r.code)).toEqual(["E3"]);
  });

  it.runIf(dialect === "postgres")("fails only the transaction whose connection the server dropped, and goes on with a new one", async () => {
    const exec = await open();
    const b = exec.builder;
    const add = prepare<{ code: string }, unknown>((p) => b.insertInto("units").values({ code: p("code"), name: "x", kind: "cell", created_at: "2026-11-20T03:00:00.000+00:00" }));
    const codes = prepare<Record<string, never>, { code: string }>(() => b.selectFrom("units").select("code").orderBy("code"));
    const backend = prepare<Record<string, never>, { pid: number }>(() => b.selectNoFrom(sql<number>`pg_backend_pid()`.as("pid")));
    const terminate = prepare<{ pid: number }, unknown>((p) => b.selectNoFrom(sql<boolean>`pg_terminate_backend(${p("pid")})`.as("done")));
    // What a server restart or a failover of the server does to a connection in use.
    const dropped = exec.transaction(async (tx) => {
      await tx.run(add, { code: "L1" });
      const [own] = await tx.all(backend, {});
      await exec.all(terminate, { pid: own?.pid ?? 0 });
      await tx.run(add, { code: "L2" });
    });
    await expect(dropped).rejects.toThrow();
    await exec.transaction((tx) => tx.run(add, { code: "L3" }));
    expect((await exec.all(codes, {})).map((r) => r.code)).toEqual(["L3"]);
  });

  it("runs a session's statements in the order issued, each on its own", async () => {
    const exec = await open();
    const b = exec.builder;
    const add = prepare<{ code: string }, unknown>((p) => b.insertInto("units").values({ code: p("code"), name: "x", kind: "cell", created_at: "2026-11-20T03:00:00.000+00:00" }));
    const codes = prepare<Record<string, never>, { code: string }>(() => b.selectFrom("units").select("code").orderBy("code"));
    const [, seen, duplicate, after] = await exec.session((session) =>
      Promise.allSettled([session.run(add, { code: "S1" }), session.all(codes, {}), session.run(add, { code: "S1" }), session.run(add, { code: "S2" })]),
    );
    // Issued together, the read sees the insert before it; no transaction: a failure undoes nothing.
    expect(seen).toEqual({ status: "fulfilled", value: [{ code: "S1" }] });
    expect(duplicate?.status).toBe("rejected");
    expect(after).toEqual({ status: "fulfilled", value: 1 });
    expect((await exec.all(codes, {})).map((r) => r.code)).toEqual(["S1", "S2"]);
  });

  it("keeps other work out of an open transaction", async () => {
    const exec = await open();
    const b = exec.builder;
    const add = prepare<{ code: string }, unknown>((p) => b.insertInto("units").values({ code: p("code"), name: "x", kind: "cell", created_at: "2026-11-20T03:00:00.000+00:00" }));
    const codes = prepare<Record<string, never>, { code: string }>(() => b.selectFrom("units").select("code").orderBy("code"));
    let inside: string[] = [];
    const failing = exec.transaction(async (tx) => {
      await tx.run(add, { code: "T1" });
      await new Promise((resolve) => setTimeout(resolve, 20));
      inside = (await tx.all(codes, {})).map((r) => r.code);
      throw new Error("abandon");
    });
    const outside = exec.all(codes, {});
    await expect(failing).rejects.toThrow("abandon");
    expect(inside).toEqual(["T1"]);
    expect((await outside).map((r) => r.code)).toEqual([]);
  });
});
