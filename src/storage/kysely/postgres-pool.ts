import pg from "pg";
import { sqlTime } from "../sql-time.ts";

/**
 * One representation of values on both databases, the one SQLite stores: timestamps as
 * "2026-11-23T05:50:10.244+00:00" text (sortable as text), flags as 0/1, counts as numbers.
 * PostgreSQL's own types are turned into it as rows are read; written values need nothing,
 * as PostgreSQL reads '1' and ISO text into boolean and timestamp columns by their type.
 */
const OID = { BOOL: 16, INT8: 20, NUMERIC: 1700, TIMESTAMP: 1114, TIMESTAMPTZ: 1184 } as const;

function parserFor(oid: number): ((value: string) => unknown) | undefined {
  switch (oid) {
    case OID.BOOL:
      return (value) => (value === "t" ? 1 : 0);
    case OID.INT8:
    case OID.NUMERIC:
      return (value) => Number(value);
    case OID.TIMESTAMP:
      // Stored without a zone, always UTC (the session's TimeZone is UTC).
      return (value) => sqlTime(new Date(`${value.replace(" ", "T")}Z`));
    case OID.TIMESTAMPTZ:
      return (value) => sqlTime(new Date(value));
    default:
      return undefined;
  }
}

const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => parserFor(oid) ?? pg.types.getTypeParser(oid, format ?? "text")) as pg.CustomTypesConfig["getTypeParser"],
};

/**
 * `durable: false` makes this pool's commits return before their WAL reaches the disk (a few ms
 * earlier); a server crash may then forget the last fraction of a second of them, never half of
 * one. Only for what may be redone: the outbox's delivery bookkeeping.
 */
export function openPostgresPool(url: string, options: { readonly max?: number; readonly durable?: boolean } = {}): pg.Pool {
  const settings = `-c TimeZone=UTC${options.durable === false ? " -c synchronous_commit=off" : ""}`;
  // Pipelined: a query is sent while the ones before it on the connection are still running, so
  // a transaction's statements issued together cost one round trip, not one each.
  return new pg.Pool({ connectionString: url, types, options: settings, max: options.max ?? 10, pipeline: true });
}
