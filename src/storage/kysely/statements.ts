import type { Kysely } from "kysely";
import type { DB } from "../generated/kysely/database.ts";
import { builderFor, type Dialect, type SqlExecutor } from "./sql-executor.ts";

/**
 * A store's statements, compiled once per dialect and shared by every executor of that dialect
 * (the plain one and each transaction's): binding a store to a transaction costs nothing.
 */
export function statementsFor<S>(build: (builder: Kysely<DB>, dialect: Dialect) => S): (exec: Pick<SqlExecutor, "dialect">) => S {
  const compiled = new Map<Dialect, S>();
  return (exec) => {
    let found = compiled.get(exec.dialect);
    if (!found) {
      found = build(builderFor(exec.dialect), exec.dialect);
      compiled.set(exec.dialect, found);
    }
    return found;
  };
}
