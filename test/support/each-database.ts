import type { SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { eachSharedDatabase } from "./each-shared-database.ts";

/**
 * A store contract suite, run once on SQLite and once on PostgreSQL: `open()` gives a fresh,
 * migrated, empty database of that kind for each test.
 */
export function eachDatabase(name: string, suite: (open: () => Promise<SqlExecutor>) => void): void {
  eachSharedDatabase(name, (open) => suite(async () => (await open())[0]));
}
