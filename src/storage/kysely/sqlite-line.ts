import type Database from "better-sqlite3";

/** Most writes one commit may carry, and for how long: bounds how long the first of them waits. */
const GROUP_MAX = 128;
const GROUP_MAX_MS = 4;

/** One SQLite connection's transaction statements, prepared once. */
class Connection {
  readonly begin: Database.Statement;
  readonly commit: Database.Statement;
  readonly rollback: Database.Statement;
  readonly savepoint: Database.Statement;
  readonly release: Database.Statement;
  readonly undo: Database.Statement;

  constructor(readonly sqlite: Database.Database) {
    this.begin = sqlite.prepare("BEGIN IMMEDIATE");
    this.commit = sqlite.prepare("COMMIT");
    this.rollback = sqlite.prepare("ROLLBACK");
    this.savepoint = sqlite.prepare("SAVEPOINT write");
    this.release = sqlite.prepare("RELEASE write");
    this.undo = sqlite.prepare("ROLLBACK TO write");
  }
}

interface Group {
  readonly connection: Connection;
  /** What to tell each write it carries once it is committed (no error) or lost (the error). */
  readonly settle: ((error?: unknown) => void)[];
  readonly since: number;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * Every SQLite operation of this process, one at a time: a transaction's awaits must not let
 * others in, and better-sqlite3 is synchronous anyway. Writes share commits — a commit is most of
 * what a small write costs: a write joins the open group of its connection, in a savepoint of its
 * own so that one that fails is undone alone, and hears it is done only once the commit that
 * carries it went through. A group is committed when the line falls idle (in the event loop's next
 * turn, so that writes other conversations are about to make this turn still join), or when it is
 * full or old. Alone, a write commits at once, as without grouping. Reads run in between and see
 * what is about to be committed. One line for all connections: one connection's open group never
 * makes another connection in this process wait for the file's lock (tests open two "instances").
 */
class SqliteLine {
  #jobs: (() => Promise<void>)[] = [];
  #running = false;
  #closing = false;
  #group: Group | null = null;

  read<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#push(async () => {
        try {
          resolve(work());
        } catch (error) {
          reject(asError(error));
        }
      });
    });
  }

  write<T>(connection: Connection, work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#push(async () => {
        let group: Group;
        try {
          group = this.#open(connection);
          connection.savepoint.run();
        } catch (error) {
          reject(asError(error));
          return;
        }
        let result: T;
        try {
          result = await work();
          connection.release.run();
        } catch (error) {
          this.#undoLast(connection, error);
          reject(asError(error));
          return;
        }
        group.settle.push((error?: unknown) => (error === undefined ? resolve(result) : reject(asError(error))));
      });
    });
  }

  #push(job: () => Promise<void>): void {
    this.#jobs.push(job);
    if (!this.#running) void this.#drain();
  }

  async #drain(): Promise<void> {
    this.#running = true;
    try {
      for (let job = this.#jobs.shift(); job; job = this.#jobs.shift()) {
        // A job settles its own promise; nothing it throws may stop the line.
        await job().catch(() => undefined);
        const open = this.#group;
        if (open && (open.settle.length >= GROUP_MAX || performance.now() - open.since >= GROUP_MAX_MS)) this.#close();
      }
    } finally {
      this.#running = false;
    }
    if (this.#group && !this.#closing) {
      this.#closing = true;
      setImmediate(() => {
        this.#closing = false;
        if (!this.#running && this.#group) this.#close();
      });
    }
  }

  #open(connection: Connection): Group {
    const open = this.#group;
    if (open?.connection === connection && connection.sqlite.inTransaction) return open;
    if (open && open.connection !== connection) this.#close();
    // SQLite undid the open group on its own (a full disk, an I/O error): its writes are lost.
    else if (open) this.#settle(new Error("the database undid a group of writes"));
    connection.begin.run();
    this.#group = { connection, settle: [], since: performance.now() };
    return this.#group;
  }

  /** Undoes the failed write alone; if SQLite already undid the whole group, the group's writes fail too. */
  #undoLast(connection: Connection, cause: unknown): void {
    try {
      if (connection.sqlite.inTransaction) {
        connection.undo.run();
        connection.release.run();
        return;
      }
    } catch {
      if (connection.sqlite.inTransaction) connection.rollback.run();
    }
    this.#settle(cause);
  }

  #close(): void {
    const connection = this.#group?.connection;
    if (!connection) return;
    try {
      connection.commit.run();
      this.#settle(undefined);
    } catch (error) {
      if (connection.sqlite.inTransaction) connection.rollback.run();
      this.#settle(error);
    }
  }

  #settle(error: unknown): void {
    const settle = this.#group?.settle ?? [];
    this.#group = null;
    for (const done of settle) done(error);
  }
}

const line = new SqliteLine();

/** A connection's way onto the process's one SQLite line. */
export interface SqliteLineAccess {
  read<T>(work: () => T): Promise<T>;
  /** All of `work` or none of it; settles once committed. */
  write<T>(work: () => Promise<T>): Promise<T>;
}

export function sqliteLine(sqlite: Database.Database): SqliteLineAccess {
  const connection = new Connection(sqlite);
  return {
    read: (work) => line.read(work),
    write: (work) => line.write(connection, work),
  };
}
