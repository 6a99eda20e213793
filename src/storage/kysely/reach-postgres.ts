import pg from "pg";
import { codeOf } from "../database-problem.ts";

/** How long to wait for PostgreSQL to answer at start when the URL does not say (`connect_timeout`, in seconds, as libpq reads it). */
const DEFAULT_CONNECT_TIMEOUT_S = 10;

/**
 * Connects once, at start, and gives up after the URL's `connect_timeout`: a server behind a
 * firewall that drops packets, or a host that takes the connection and hangs, would otherwise keep
 * the bot or a CLI command waiting for ever with nothing said. (The pool itself has no such
 * limit: under load, waiting for a free connection is not a failure.)
 */
export async function reachPostgres(url: string): Promise<void> {
  const seconds = connectTimeoutOf(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: seconds * 1000 });
  // An error after the connection failed (the socket closing) is the failure already reported.
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (error) {
    // node-postgres ends a connection attempt that ran out of time with "timeout expired"
    // (node_modules/pg/lib/client.js:167-171), an error without a code.
    throw codeOf(error) === "" ? Object.assign(new Error(`no answer from PostgreSQL within ${seconds} s`, { cause: error }), { code: "ETIMEDOUT" }) : error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function connectTimeoutOf(url: string): number {
  try {
    const given = Number(new URL(url).searchParams.get("connect_timeout") ?? "");
    return Number.isFinite(given) && given > 0 ? given : DEFAULT_CONNECT_TIMEOUT_S;
  } catch {
    return DEFAULT_CONNECT_TIMEOUT_S;
  }
}
