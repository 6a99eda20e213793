import type Database from "better-sqlite3";
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
  type CompiledQuery,
} from "kysely";
import type pg from "pg";
import type { DB } from "../generated/kysely/database.ts";
import { sqliteLine } from "./sqlite-line.ts";

export type Dialect = "sqlite" | "postgres";

/** Marks where a prepared statement's parameter goes; replaced by the value at each run. */
class Param {
  constructor(readonly name: string) {}
}

/** A query built once with Kysely (typed against the schema) and compiled once per dialect. */
export interface Prepared<P, R> {
  readonly sql: string;
  readonly bind: (params: P) => unknown[];
  /** Only for typing the rows; never set. */
  readonly rows?: R;
}

/**
 * Runs typed, precompiled statements on SQLite or PostgreSQL. Building and compiling a Kysely
 * query costs 10–25 µs on this machine, about what running it costs, so the statements of the
 * hot paths (the turn, the outbox) are compiled once; admin paths may run Kysely queries as they are.
 */
export interface SqlExecutor {
  readonly dialect: Dialect;
  /** A query builder for this dialect; its queries are compiled by `prepare` or run with `query`. */
  readonly builder: Kysely<DB>;
  all<P, R>(statement: Prepared<P, R>, params: P): Promise<R[]>;
  first<P, R>(statement: Prepared<P, R>, params: P): Promise<R | undefined>;
  /** Returns how many rows the statement changed. */
  run<P>(statement: Prepared<P, unknown>, params: P): Promise<number>;
  /** A query compiled as it runs (admin and report paths). */
  query<R>(query: Compilable<R>): Promise<R[]>;
  /**
   * All of `work` commits or none of it; on SQLite the write lock is taken at the start.
   * Statements `work` issues without waiting for each other run in the order issued, and on
   * PostgreSQL go out together: one round trip for all of them.
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Runs `work`'s statements on one connection, each on its own (no transaction): on PostgreSQL,
   * reads issued together go out together and wake the server once. The same as running them
   * directly on SQLite.
   */
  session<T>(work: (session: SqlExecutor) => Promise<T>): Promise<T>;
  /** Resolves once every write asked for so far is committed (before closing the connection). */
  settled(): Promise<void>;
}

/** Kysely without a connection: it only builds and compiles SQL for the dialect. */
export function builderFor(dialect: Dialect): Kysely<DB> {
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => (dialect === "sqlite" ? new SqliteAdapter() : new PostgresAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => (dialect === "sqlite" ? new SqliteIntrospector(db) : new PostgresIntrospector(db)),
      createQueryCompiler: () => (dialect === "sqlite" ? new SqliteQueryCompiler() : new PostgresQueryCompiler()),
    },
  });
}

/**
 * `prepare(builder, (p) => builder.selectFrom("conversations").selectAll().where("key", "=", p("key")))`:
 * `p(name)` stands for the parameter `name` (typed by the caller's P).
 */
export function prepare<P extends Record<string, unknown>, R>(
  build: (param: <K extends keyof P & string>(name: K) => P[K]) => Compilable<R>,
): Prepared<P, R> {
  const compiled = build((name) => new Param(name) as never).compile();
  const slots = compiled.parameters.map((value) => (value instanceof Param ? value.name : undefined));
  const constants = compiled.parameters;
  return {
    sql: compiled.sql,
    bind: (params) => slots.map((name, i) => (name === undefined ? constants[i] : normalise(params[name]))),
  };
}

/** Both databases get the same values: SQLite cannot bind booleans or dates. */
function normalise(value: unknown): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  return value === undefined ? null : value;
}

export function sqliteExecutor(sqlite: Database.Database): SqlExecutor {
  const builder = builderFor("sqlite");
  const statements = new Map<string, Database.Statement>();
  const statement = (sql: string): Database.Statement => {
    let found = statements.get(sql);
    if (!found) {
      found = sqlite.prepare(sql);
      if (statements.size > 1_000) statements.delete(statements.keys().next().value ?? "");
      statements.set(sql, found);
    }
    return found;
  };
  const line = sqliteLine(sqlite);
  const rows = (sql: string, values: unknown[]): unknown[] => {
    const s = statement(sql);
    return s.reader ? s.all(...values) : (s.run(...values), []);
  };
  const changes = (sql: string, values: unknown[]): number => {
    const s = statement(sql);
    return s.reader ? s.all(...values).length : s.run(...values).changes;
  };

  const make = (inTransaction: boolean): SqlExecutor => {
    // Outside a transaction a read waits its turn and a write is a transaction of its own;
    // inside, the transaction already holds the connection.
    const guarded = <T>(sql: string, work: () => T): Promise<T> => {
      // SQLite ends a transaction by itself on some errors (a full disk, an I/O error): a
      // statement issued alongside the failed one must not then run, and commit, on its own.
      if (inTransaction) return Promise.resolve().then(() => (sqlite.inTransaction ? work() : Promise.reject(new Error("the transaction was ended by an error"))));
      return statement(sql).readonly ? line.read(work) : line.write(async () => work());
    };
    const self: SqlExecutor = {
      dialect: "sqlite",
      builder,
      all: <P, R>(s: Prepared<P, R>, params: P) => guarded(s.sql, () => rows(s.sql, s.bind(params)) as R[]),
      first: <P, R>(s: Prepared<P, R>, params: P) => guarded(s.sql, () => rows(s.sql, s.bind(params))[0] as R | undefined),
      run: (s, params) => guarded(s.sql, () => changes(s.sql, s.bind(params))),
      query: <R>(q: Compilable<R>) => {
        const compiled: CompiledQuery<R> = q.compile();
        return guarded(compiled.sql, () => rows(compiled.sql, compiled.parameters.map(normalise)) as R[]);
      },
      transaction: async (work) => (inTransaction ? work(self) : line.write(() => work(make(true)))),
      session: (work) => work(self),
      // An empty write queued behind the others settles once they are all committed.
      settled: () => line.write(async () => undefined),
    };
    return self;
  };
  return make(false);
}

export function postgresExecutor(pool: pg.Pool): SqlExecutor {
  const builder = builderFor("postgres");
  const names = new Map<string, string>();
  // Named statements are parsed once per connection by PostgreSQL.
  const named = (sql: string): string => {
    let name = names.get(sql);
    if (!name) {
      name = `s${names.size + 1}`;
      names.set(sql, name);
    }
    return name;
  };
  /** SQLSTATE 25P02: a statement refused because an earlier one of its transaction failed. */
  const ABORTED = "25P02";
  const codeOf = (error: unknown): unknown => (typeof error === "object" && error !== null && "code" in error ? error.code : undefined);
  /** `work` on a connection of its own, given back afterwards (closed if it was lost meanwhile). */
  const onOneConnection = async <T>(work: (connection: pg.PoolClient) => Promise<T>): Promise<T> => {
    const connection = await pool.connect();
    // A connection lost while in use (the server restarted, the network dropped) is reported
    // here as well as to the statements: the pool listens only to idle ones.
    let lost: Error | undefined;
    const onLost = (error: Error): void => {
      lost = error;
    };
    connection.on("error", onLost);
    try {
      return await work(connection);
    } finally {
      connection.off("error", onLost);
      // A lost connection is closed, not given to the next user.
      connection.release(lost);
    }
  };
  const make = (client: pg.Pool | pg.PoolClient, inTransaction: boolean): SqlExecutor => {
    // Statements issued together fail together once one fails: each then answers with the cause,
    // not with "transaction aborted", whichever of them the caller looks at.
    let cause: unknown;
    const exec = async (sql: string, values: unknown[], prepared: boolean): Promise<pg.QueryResult> => {
      try {
        return await client.query(prepared ? { name: named(sql), text: sql, values } : { text: sql, values });
      } catch (error) {
        if (!inTransaction) throw error;
        if (codeOf(error) === ABORTED && cause !== undefined) throw cause;
        cause ??= error;
        throw error;
      }
    };
    const self: SqlExecutor = {
      dialect: "postgres",
      builder,
      all: async <P, R>(s: Prepared<P, R>, params: P) => (await exec(s.sql, s.bind(params), true)).rows as R[],
      first: async <P, R>(s: Prepared<P, R>, params: P) => (await exec(s.sql, s.bind(params), true)).rows[0] as R | undefined,
      run: async (s, params) => (await exec(s.sql, s.bind(params), true)).rowCount ?? 0,
      query: async <R>(q: Compilable<R>) => {
        const compiled = q.compile();
        return (await exec(compiled.sql, compiled.parameters.map(normalise), false)).rows as R[];
      },
      transaction: async (work) => {
        if (inTransaction) return work(self);
        return onOneConnection(async (connection) => {
          // The connection is pipelined: BEGIN goes out with the first statements, not a round
          // trip ahead. Its failure is the statements' failure too; it is looked at after them.
          const begun = connection.query("BEGIN");
          begun.catch(() => undefined);
          try {
            const result = await work(make(connection, true));
            await begun;
            await connection.query("COMMIT");
            return result;
          } catch (error) {
            await begun.catch(() => undefined);
            await connection.query("ROLLBACK").catch(() => undefined);
            throw error;
          }
        });
      },
      session: async (work) => (client === pool ? onOneConnection((connection) => work(make(connection, false))) : work(self)),
      // Each write's promise settles with its own commit.
      settled: async () => undefined,
    };
    return self;
  };
  return make(pool, false);
}
