/**
 * Floor benchmark: how many persisted turns a second the database alone allows on this machine,
 * with no bot at all. Each simulated turn makes the fewest statements a turn can make under the
 * engine's rules, on bare tables with only the indexes those statements need:
 *   reads        the sender's person, the conversation, whether the platform message was seen;
 *                then the person's memberships, the chat's last message, the assessment
 *                (two round trips on PostgreSQL, as the engine's first two);
 *   transaction  the platform message recorded, the conversation's version checked and moved
 *                on, the answer stored, the reply enqueued;
 *   delivery     the reply claimed, then marked sent.
 * The bot's turn makes more (its reads come in three round trips; it also keeps the audit, the
 * outbox's order per chat, the buttons to clear), and does its own work between them. Whatever
 * this floor reaches, the engine benchmark cannot exceed.
 *
 *   npm run bench:floor [-- --db sqlite|postgres|both]
 *
 * SQLite: better-sqlite3 on a temporary file, statements prepared once, commits shared by all
 * the turns of one event-loop turn (as the engine's SQLite line shares them). PostgreSQL: the
 * project's pool (pipelined, a transaction's statements in one write), on a fresh database of
 * BENCH_POSTGRES_URL's server or of a throwaway embedded one.
 *
 * One machine-readable line per database:
 *   floor-bench: db=<sqlite|postgres> turns_per_s=<n> cpu_us_per_turn=<n> server_cpu_us_per_turn=<n>
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import type pg from "pg";
import { openPostgresPool } from "../src/storage/kysely/postgres-pool.ts";
import { databaseTitle, databasesOption, postgresCpuUs, postgresDatabase, sqliteDatabase, type Db } from "./bench-database.ts";

const CONVERSATIONS = 200;
const WARMUP_TURNS = 5;
const TURNS = 20;
const REPLY = JSON.stringify({ text: "Câu 3/18 — Số đảng viên có mặt?", choices: [] }).repeat(3);

const TABLES = [
  "CREATE TABLE people (id INTEGER PRIMARY KEY, locale TEXT)",
  "CREATE TABLE identities (channel TEXT NOT NULL, external_id TEXT NOT NULL, person_id INTEGER NOT NULL, PRIMARY KEY (channel, external_id))",
  "CREATE TABLE memberships (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL, unit_id INTEGER NOT NULL, role TEXT NOT NULL)",
  "CREATE INDEX memberships_person ON memberships (person_id)",
  "CREATE TABLE conversations (key TEXT PRIMARY KEY, version INTEGER NOT NULL, state TEXT NOT NULL)",
  "CREATE TABLE assessments (id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL, status TEXT NOT NULL)",
  "CREATE TABLE answers (assessment_id INTEGER NOT NULL, question_id TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (assessment_id, question_id))",
  "CREATE TABLE inbound (channel TEXT NOT NULL, external_id TEXT NOT NULL, PRIMARY KEY (channel, external_id))",
  "CREATE TABLE outbox (id INTEGER PRIMARY KEY, chat_id TEXT NOT NULL, payload TEXT NOT NULL, status TEXT NOT NULL)",
  "CREATE INDEX outbox_chat ON outbox (chat_id, id)",
  "CREATE INDEX outbox_undelivered ON outbox (status, id) WHERE status IN ('pending', 'sending')",
];

/** The statements, in SQLite's notation; `$n` for PostgreSQL. */
const SQL = {
  person: "SELECT p.id, p.locale FROM identities i JOIN people p ON p.id = i.person_id WHERE i.channel = 'b' AND i.external_id = ?",
  conversation: "SELECT version, state FROM conversations WHERE key = ?",
  seen: "SELECT 1 FROM inbound WHERE channel = 'b' AND external_id = ?",
  memberships: "SELECT role, unit_id FROM memberships WHERE person_id = ?",
  lastMessage: "SELECT id, status FROM outbox WHERE chat_id = ? ORDER BY id DESC LIMIT 1",
  assessment: "SELECT id, status FROM assessments WHERE id = ?",
  recordInbound: "INSERT INTO inbound VALUES ('b', ?)",
  moveOn: "UPDATE conversations SET version = version + 1, state = ? WHERE key = ? AND version = ?",
  answer: "INSERT INTO answers VALUES (?, ?, ?) ON CONFLICT (assessment_id, question_id) DO UPDATE SET value = excluded.value",
  enqueue: "INSERT INTO outbox (chat_id, payload, status) VALUES (?, ?, 'pending') RETURNING id",
  claim: "UPDATE outbox SET status = 'sending' WHERE id = ? AND status = 'pending' RETURNING payload",
  sent: "UPDATE outbox SET status = 'sent' WHERE id = ?",
} as const;
type Statement = keyof typeof SQL;

const numbered = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** One conversation's turn; `step` numbers its turns. */
type Turn = (i: number, step: number) => Promise<void>;

interface Floor {
  readonly turn: Turn;
  close(): Promise<void>;
}

function sqliteFloor(file: string): Floor {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("temp_store = MEMORY");
  for (const ddl of TABLES) db.exec(ddl);
  seed((sql, values) => void db.prepare(sql).run(...values));
  const s = Object.fromEntries(Object.entries(SQL).map(([name, sql]) => [name, db.prepare(sql)])) as Record<Statement, Database.Statement>;
  const begin = db.prepare("BEGIN IMMEDIATE");
  const commit = db.prepare("COMMIT");
  // Writes join the open transaction; it commits once the event loop has run what was ready.
  let open = false;
  let flush: Promise<void> | undefined;
  const committed = (): Promise<void> => {
    if (!open) {
      begin.run();
      open = true;
    }
    flush ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        commit.run();
        open = false;
        flush = undefined;
        resolve();
      }),
    );
    return flush;
  };
  let inbound = 0;
  return {
    async turn(i, step) {
      const key = String(i);
      const messageId = `m${++inbound}`;
      s.person.get(key);
      const conversation = s.conversation.get(key) as { version: number };
      s.seen.get(messageId);
      await null;
      s.memberships.all(i);
      s.lastMessage.get(key);
      s.assessment.get(i);
      await null;
      const written = committed();
      s.recordInbound.run(messageId);
      if (s.moveOn.run(`{"step":${step}}`, key, conversation.version).changes !== 1) throw new Error("version conflict");
      s.answer.run(i, `q${step}`, "30");
      const { id } = s.enqueue.get(key, REPLY) as { id: number };
      await written;
      const claimed = committed();
      s.claim.get(id);
      await claimed;
      const delivered = committed();
      s.sent.run(id);
      await delivered;
    },
    close: async () => void db.close(),
  };
}

async function postgresFloor(url: string): Promise<Floor> {
  const pool = openPostgresPool(url);
  for (const ddl of TABLES) await pool.query(ddl.replace("INTEGER PRIMARY KEY", "SERIAL PRIMARY KEY"));
  const pending: Promise<unknown>[] = [];
  seed((sql, values) => void pending.push(pool.query(numbered(sql), values)));
  await Promise.all(pending);
  await pool.query("ANALYZE");
  const q = (client: pg.PoolClient | pg.Pool, name: Statement, values: unknown[]): Promise<pg.QueryResult> =>
    client.query({ name, text: numbered(SQL[name]), values });
  let inbound = 0;
  return {
    async turn(i, step) {
      const key = String(i);
      const messageId = `m${++inbound}`;
      let version: number;
      const reads = await pool.connect();
      try {
        const [, conversation] = await Promise.all([q(reads, "person", [key]), q(reads, "conversation", [key]), q(reads, "seen", [messageId])]);
        version = Number((conversation.rows[0] as { version: number }).version);
        await Promise.all([q(reads, "memberships", [i]), q(reads, "lastMessage", [key]), q(reads, "assessment", [i])]);
      } finally {
        reads.release();
      }
      let id: number;
      const tx = await pool.connect();
      try {
        const begun = tx.query("BEGIN");
        const [, moved, , enqueued] = await Promise.all([
          q(tx, "recordInbound", [messageId]),
          q(tx, "moveOn", [`{"step":${step}}`, key, version]),
          q(tx, "answer", [i, `q${step}`, "30"]),
          q(tx, "enqueue", [key, REPLY]),
        ]);
        await begun;
        if (moved.rowCount !== 1) throw new Error("version conflict");
        id = (enqueued.rows[0] as { id: number }).id;
        await tx.query("COMMIT");
      } catch (error) {
        await tx.query("ROLLBACK");
        throw error;
      } finally {
        tx.release();
      }
      await q(pool, "claim", [id]);
      await q(pool, "sent", [id]);
    },
    close: () => pool.end(),
  };
}

/** One person, identity, membership, conversation and assessment per conversation. */
function seed(run: (sql: string, values: unknown[]) => void): void {
  for (let i = 0; i < CONVERSATIONS; i++) {
    run("INSERT INTO people (id, locale) VALUES (?, 'vi')", [i]);
    run("INSERT INTO identities VALUES ('b', ?, ?)", [String(i), i]);
    run("INSERT INTO memberships (person_id, unit_id, role) VALUES (?, ?, 'secretary')", [i, i]);
    run("INSERT INTO conversations VALUES (?, 0, '{}')", [String(i)]);
    run("INSERT INTO assessments VALUES (?, ?, 'open')", [i, i]);
  }
}

/** Every conversation takes `turns` turns, each as soon as its previous one is done. */
async function saturate(turn: Turn, turns: number, from: number): Promise<number> {
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONVERSATIONS }, async (_, i) => {
      for (let step = from; step < from + turns; step++) await turn(i, step);
    }),
  );
  return performance.now() - start;
}

async function floorOn(db: Db): Promise<void> {
  console.log(`\n=== ${databaseTitle(db)} ===`);
  const database = db === "sqlite" ? sqliteDatabase("floor") : await postgresDatabase("floor");
  try {
    const floor = db === "sqlite" ? sqliteFloor(database.env["BONTOT_DB_PATH"] ?? "") : await postgresFloor(database.env["DATABASE_URL"] ?? "");
    try {
      await saturate(floor.turn, WARMUP_TURNS, 0);
      const serverBefore = db === "postgres" ? postgresCpuUs() : undefined;
      const cpuBefore = process.cpuUsage();
      const elapsedMs = await saturate(floor.turn, TURNS, WARMUP_TURNS);
      const cpu = process.cpuUsage(cpuBefore);
      const serverAfter = db === "postgres" ? postgresCpuUs() : undefined;
      const turns = CONVERSATIONS * TURNS;
      const turnsPerS = Math.round(turns / (elapsedMs / 1000));
      const cpuUs = Math.round((cpu.user + cpu.system) / turns);
      const serverUs = serverBefore !== undefined && serverAfter !== undefined ? Math.round((serverAfter - serverBefore) / turns) : undefined;
      console.log(`  turns               ${turns} (${CONVERSATIONS} conversations × ${TURNS})`);
      console.log(`  throughput          ${turnsPerS} turns/s`);
      console.log(`  CPU of this process ${cpuUs} µs per turn`);
      if (serverUs !== undefined) console.log(`  CPU of the server   ${serverUs} µs per turn`);
      console.log(`floor-bench: db=${db} turns_per_s=${turnsPerS} cpu_us_per_turn=${cpuUs} server_cpu_us_per_turn=${serverUs ?? "n/a"}`);
    } finally {
      await floor.close();
    }
  } finally {
    await database.drop();
  }
}

async function main(): Promise<number> {
  let databases: readonly Db[];
  try {
    databases = databasesOption(process.argv.slice(2));
  } catch (error) {
    console.error(`floor-bench: ${(error as Error).message}\nusage: npm run bench:floor [-- --db sqlite|postgres|both]`);
    return 2;
  }
  const cpus = os.cpus();
  console.log("bontot floor benchmark: the database alone, no bot");
  console.log(`  machine  ${cpus.length} CPU(s) · ${cpus[0]?.model.trim() ?? "unknown"} · ${os.platform()} ${os.arch()}`);
  for (const db of databases) await floorOn(db);
  return 0;
}

process.exitCode = await main();
