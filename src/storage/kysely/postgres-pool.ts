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

interface Corkable {
  cork(): void;
  uncork(): void;
}

/**
 * node-postgres writes each query to the socket as it is issued (each on its own: it corks per
 * query, node_modules/pg/lib/query.js:171-177). A pipelined transaction issues several at once;
 * held back until the end of the tick they leave in one write, and the server is woken once for
 * all of them instead of once per statement (a write that wakes another process costs ~50 µs here).
 */
function coalesceWrites(client: pg.PoolClient): void {
  // The socket node-postgres writes to (node_modules/pg/lib/connection.js:19).
  const stream = (client as unknown as { connection?: { stream?: Partial<Corkable> } }).connection?.stream;
  if (typeof stream?.cork !== "function" || typeof stream.uncork !== "function") return;
  const socket = stream as Corkable;
  const query = client.query;
  let corked = false;
  const held = function (this: pg.PoolClient, ...args: unknown[]): unknown {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(() => {
        corked = false;
        socket.uncork();
      });
    }
    return Reflect.apply(query, client, args);
  };
  client.query = held as unknown as typeof client.query;
}

/**
 * `durable: false` makes this pool's commits return before their WAL reaches the disk (a few ms
 * earlier); a server crash may then forget the last fraction of a second of them, never half of
 * one. Only for what may be redone: the outbox's delivery bookkeeping.
 */
export function openPostgresPool(url: string, options: { readonly max?: number; readonly durable?: boolean } = {}): pg.Pool {
  const settings = `-c TimeZone=UTC${options.durable === false ? " -c synchronous_commit=off" : ""}`;
  // Pipelined: a query is sent while the ones before it on the connection are still running, so
  // a transaction's statements issued together cost one round trip, not one each.
  const pool = new pg.Pool({ connectionString: url, types, options: settings, max: options.max ?? 10, pipeline: true });
  pool.on("connect", coalesceWrites);
  return pool;
}
