import Database from "better-sqlite3";
import { afterEach } from "vitest";

const open = new Map<string, Database.Database>();
afterEach(() => {
  for (const db of open.values()) db.close();
  open.clear();
});

/**
 * A second connection to a test's SQLite file, for asserting what was (not) stored and for
 * setting up rows no use case writes (an old state shape, a message mid-retry). Plain SQL on
 * purpose: a test reads the tables as an operator would, not through the stores under test.
 * Closed after each test.
 */
export function dbRows(app: { readonly config: { readonly dbPath: string } }): {
  all<T>(sql: string, ...params: unknown[]): T[];
  get<T>(sql: string, ...params: unknown[]): T | undefined;
  count(sql: string, ...params: unknown[]): number;
  run(sql: string, ...params: unknown[]): number;
} {
  const file = app.config.dbPath;
  let db = open.get(file);
  if (!db) {
    db = new Database(file, { fileMustExist: true });
    db.pragma("busy_timeout = 5000");
    open.set(file, db);
  }
  const conn = db;
  return {
    all: <T>(sql: string, ...params: unknown[]) => conn.prepare(sql).all(...params) as T[],
    get: <T>(sql: string, ...params: unknown[]) => conn.prepare(sql).get(...params) as T | undefined,
    count: (sql: string, ...params: unknown[]) => (conn.prepare(sql).get(...params) as { n: number }).n,
    run: (sql: string, ...params: unknown[]) => conn.prepare(sql).run(...params).changes,
  };
}
