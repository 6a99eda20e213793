/**
 * A database that cannot be used as it is — corrupted, read-only, out of reach — told as a
 * reason and what fills its message (locale key `db-problem-<reason>`), never as the driver's
 * raw text. The CLI prints it in the operator's language with a pointer to `db backup` and to
 * restoring a backup (README, "Backups").
 */
export type DatabaseProblemReason =
  | "corrupt"
  | "cannot-create"
  | "cannot-open"
  | "read-only"
  | "needs-migration"
  | "migration-changed"
  | "disk-full"
  | "postgres-unreachable"
  | "postgres-refused"
  | "postgres-no-database";

export class DatabaseProblem extends Error {
  constructor(
    readonly reason: DatabaseProblemReason,
    readonly args: Readonly<Record<string, string | number>>,
    options?: { readonly cause?: unknown },
  ) {
    super(`database problem: ${reason} ${JSON.stringify(args)}`, options);
    this.name = "DatabaseProblem";
  }
}

/** A driver error's code ("ECONNREFUSED", "SQLITE_FULL", "28P01"…); "" when it has none. */
export const codeOf = (error: unknown): string => {
  if (typeof error !== "object" || error === null) return "";
  if ("code" in error && typeof error.code === "string") return error.code;
  // Node reports a refused connection to every address of a name as an AggregateError.
  if ("errors" in error && Array.isArray(error.errors)) return codeOf(error.errors[0]);
  return "";
};

/** What a SQLite driver error means for the file at `file`; undefined for any other error. */
export function sqliteProblem(error: unknown, file: string): DatabaseProblem | undefined {
  const code = codeOf(error);
  const problem = (reason: DatabaseProblemReason, args: Record<string, string | number> = {}) => new DatabaseProblem(reason, { file, ...args }, { cause: error });
  if (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT")) return problem("corrupt");
  if (code.startsWith("SQLITE_READONLY")) return problem("read-only");
  if (code.startsWith("SQLITE_CANTOPEN") || code.startsWith("SQLITE_IOERR") || code === "SQLITE_PERM" || code === "SQLITE_AUTH") return problem("cannot-open", { code });
  if (code === "SQLITE_FULL") return problem("disk-full");
  if (["EACCES", "EPERM", "EROFS", "ENOTDIR", "EEXIST", "ENOSPC"].includes(code)) return problem("cannot-create", { code });
  return undefined;
}

/**
 * "db.example.org:5432", or the socket's file for a server on this machine (`?host=/var/run/postgresql`,
 * as node-postgres reads it), from a PostgreSQL URL: never the user's password.
 */
export function postgresAddress(url: string): { readonly where: string; readonly user: string; readonly database: string } {
  try {
    const parsed = new URL(url);
    const port = parsed.port || "5432";
    const socketDir = parsed.searchParams.get("host");
    const where = socketDir?.startsWith("/") ? `${socketDir.replace(/\/$/, "")}/.s.PGSQL.${port}` : `${parsed.hostname || "localhost"}:${port}`;
    return { where, user: decodeURIComponent(parsed.username), database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) };
  } catch {
    return { where: "?", user: "", database: "" };
  }
}

/** What a pg error on connecting or migrating means; undefined for any other error. */
export function postgresProblem(error: unknown, url: string): DatabaseProblem | undefined {
  const code = codeOf(error);
  const { where, user, database } = postgresAddress(url);
  // ENOENT from a socket URL: no socket file where the URL says the server listens.
  if (code === "ENOENT" && where.includes("/.s.PGSQL.")) return new DatabaseProblem("postgres-unreachable", { where, code }, { cause: error });
  if (["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ECONNRESET"].includes(code)) {
    return new DatabaseProblem("postgres-unreachable", { where, code }, { cause: error });
  }
  // SQLSTATE 28000 / 28P01: the login was refused (no such role, a wrong password).
  if (code === "28P01" || code === "28000") return new DatabaseProblem("postgres-refused", { where, user }, { cause: error });
  if (code === "3D000") return new DatabaseProblem("postgres-no-database", { where, database }, { cause: error });
  return undefined;
}
