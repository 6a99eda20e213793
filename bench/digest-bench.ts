/**
 * Digest and reminder benchmark at province scale: 5,000 cells in 100 committees, 12 months of
 * answers (11 closed and submitted, the current one answered but not yet submitted).
 *
 *   npm run bench:digest [-- --committees 100 --cells 50 --drain 10]
 *
 * Seeding uses bulk inserts and is not counted. Measured:
 *   all     compute every cell's standing for the current month from its stored answers, and
 *           every committee's digest (data + text); the charts are timed on their own line;
 *   one     one committee's whole digest, chart included;
 *   rss     peak resident memory of the process;
 *   enqueue deciding and enqueuing the reminders of every late cell (5,000);
 *   drain   delivery rate through a simulated sender under a 200 msgs/s global limit, as a
 *           percentage of that limit.
 *
 * The last line is machine-readable:
 *   digest-bench: all_ms=<n> one_ms=<n> rss_mb=<n> enqueue_ms=<n> drain_pct=<n>
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { loadConfig } from "../src/config.ts";
import type { AnswerValue } from "../src/domain/questionnaire/answer-value.ts";
import { DEFAULT_MONTHLY_CELL } from "../src/domain/questionnaire/default-monthly-cell.ts";
import { liveAnswers } from "../src/domain/questionnaire/flow.ts";
import { computeStanding } from "../src/domain/scoring/compute-standing.ts";
import type { ChannelSender } from "../src/engine/channel-sender.ts";
import { digestMessage } from "../src/app/post-digests.ts";
import { planReminders } from "../src/app/send-reminders.ts";
import { answerValueSchema } from "../src/domain/questionnaire/answer-value.ts";
import { openApp, proactiveDeps, type App } from "../src/app/open-app.ts";
import { createOutboxWorker } from "../src/outbox/outbox-worker.ts";
import { buildDigest } from "../src/reports/digest.ts";
import { renderDigest } from "../src/reports/render-digest.ts";

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

let peakRss = 0;
const sampleRss = (): void => void (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const sampler = setInterval(sampleRss, 20);

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
  const answers = new Map<string, AnswerValue>([
    ["q1_held", { type: "yes_no", value: held ? "yes" : "no" }],
    ["q5_thematic", { type: "choice", option: pick(["thematic-held", "thematic-held", "thematic-scheduled", "thematic-not-yet"]) }],
    ["q6_tasks", { type: "integers", values: [5, 3 + Math.floor(random() * 3)] }],
    ["q7_documents", { type: "choice", option: pick(["docs-full", "docs-full", "docs-partial", "docs-none-issued"]) }],
    ["q8_discipline", { type: "choice", option: random() > 0.97 ? "discipline-higher" : "discipline-none" }],
    ["q9_unity", { type: "choice", option: random() > 0.97 ? "unity-unresolved" : "unity-ok" }],
    ["q10_dues", { type: "integer", value: members - Math.floor(random() * 3) }],
    ["q11_lapsed", { type: "yes_no", value: random() > 0.9 ? "yes" : "no" }],
    ["q12_task_share", { type: "percent", value: pick([100, 95, 90, 85, 80]) }],
    ["q13_violations", { type: "integer", value: random() > 0.95 ? 1 : 0 }],
    ["q14_development", random() > 0.8 ? { type: "choice", option: "dev-none-left" } : { type: "integers", values: [Math.floor(random() * 3), Math.floor(random() * 2)] }],
    ["q15_handbook", { type: "integer", value: members - Math.floor(random() * 6) }],
    ["q16_notes", random() > 0.7 ? { type: "text", value: `Tháng ${month}: chi bộ tổ chức ra quân làm vệ sinh đường thôn, vận động nhân dân trồng cây.` } : { type: "skipped" }],
  ]);
  if (held) {
    answers.set("q1_date", { type: "date", value: `${month}-05` });
    answers.set("q2_attendance", { type: "integers", values: [members, present, Math.min(members - present, random() > 0.8 ? 1 : 0)] });
    answers.set("q3_minutes", { type: "integer", value: pick([90, 100, 120, 75]) });
    answers.set("q3_combined", { type: "yes_no", value: "no" });
    answers.set("q4_preparation", { type: "choice", option: pick(["prep-both", "prep-both", "prep-one"]) });
  }
  return answers;
}

async function seed(app: App, file: string): Promise<{ cells: number; answers: number }> {
  const versionId = await app.stores.questionnaires.ensure(DEFAULT_MONTHLY_CELL);
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const at = NOW.toISOString().replace("Z", "+00:00");
  const random = prng(42);
  let answerRows = 0;
  db.transaction(() => {
    const unit = db.prepare(`INSERT INTO units (code, name, kind, parent_id, member_count, created_at) VALUES (?, ?, ?, ?, ?, ?)`);
    const person = db.prepare(`INSERT INTO people (created_at) VALUES (?)`);
    const identity = db.prepare(`INSERT INTO identities (person_id, channel, external_id, reachable, created_at) VALUES (?, 'bench', ?, 1, ?)`);
    const membership = db.prepare(`INSERT INTO memberships (person_id, unit_id, role, created_at) VALUES (?, ?, 'secretary', ?)`);
    const group = db.prepare(`INSERT INTO group_bindings (channel, chat_id, unit_id, bound_at) VALUES ('bench', ?, ?, ?)`);
    const period = db.prepare(`INSERT INTO periods (key, status, questionnaire_version_id, opened_at) VALUES (?, ?, ?, ?)`);
    const assessment = db.prepare(
      `INSERT INTO assessments (unit_id, period_id, questionnaire_version_id, status, score, four_good, standing, submitted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const answer = db.prepare(`INSERT INTO answers (assessment_id, question_id, value, answered_at) VALUES (?, ?, ?, ?)`);
    const province = Number(unit.run("P", "Tỉnh ủy Lào Cai", "province", null, 0, at).lastInsertRowid);
    const periodIds = MONTHS.map((key, i) => Number(period.run(key, i === MONTHS.length - 1 ? "open" : "closed", versionId, at).lastInsertRowid));
    for (let c = 1; c <= COMMITTEES; c++) {
      const committee = Number(unit.run(`C${c}`, `Đảng ủy xã số ${c}`, "committee", province, 0, at).lastInsertRowid);
      group.run(`-${c}`, committee, at);
      for (let k = 1; k <= CELLS_PER_COMMITTEE; k++) {
        const members = 10 + Math.floor(random() * 30);
        const cell = Number(unit.run(`C${c}-${k}`, `Chi bộ thôn ${k} xã ${c}`, "cell", committee, members, at).lastInsertRowid);
        const personId = Number(person.run(at).lastInsertRowid);
        identity.run(personId, `u${c}-${k}`, at);
        membership.run(personId, cell, at);
        MONTHS.forEach((month, m) => {
          const answers = answersFor(random, members, month);
          const current = m === MONTHS.length - 1;
          const standing = current ? null : computeStanding(DEFAULT_MONTHLY_CELL, { answers, memberCount: members, monthOfQuarter: ((Number(month.slice(5)) - 1) % 3) + 1 as 1 | 2 | 3 });
          const id = Number(
            assessment.run(cell, periodIds[m], versionId, current ? "in_progress" : "submitted", standing?.score ?? null, standing ? (standing.fourGood ? 1 : 0) : null, standing ? JSON.stringify(standing) : null, current ? null : at, at, at)
              .lastInsertRowid,
          );
          for (const [questionId, value] of answers) answer.run(id, questionId, JSON.stringify(value), at);
          answerRows += answers.size;
        });
      }
    }
  })();
  db.close();
  return { cells: COMMITTEES * CELLS_PER_COMMITTEE, answers: answerRows };
}

/** Seeding runs in a child process so that its memory does not count in the measured peak. */
async function seedInChild(file: string): Promise<void> {
  const child = spawn(process.execPath, [path.resolve("bin/run-ts.js"), fileURLToPath(import.meta.url), "--seed-into", file, "--committees", String(COMMITTEES), "--cells", String(CELLS_PER_COMMITTEE)], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`seeding failed with exit code ${code}`);
}

async function seedOnly(file: string): Promise<void> {
  const app = await openApp(loadConfig({ BONTOT_DB_PATH: file, LOG_LEVEL: "silent" }), { clock: { now: () => NOW } });
  const t = performance.now();
  const seeded = await seed(app, file);
  console.log(`seeded ${seeded.cells} cells in ${COMMITTEES} committees, ${MONTHS.length} months, ${seeded.answers} answers in ${((performance.now() - t) / 1000).toFixed(1)} s (not counted)`);
  await app.close();
  clearInterval(sampler);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bontot-digest-bench-"));
  const file = path.join(dir, "bench.db");
  console.log(`bontot digest benchmark · ${os.cpus().length} CPU(s) · node ${process.version}`);
  await seedInChild(file);
  const app = await openApp(loadConfig({ BONTOT_DB_PATH: file, LOG_LEVEL: "silent" }), { clock: { now: () => NOW } });
  try {
    let t = performance.now();
    const deps = proactiveDeps(app);
    const periods = await app.directory.listPeriods();
    const current = periods.at(-1);
    const previous = periods.at(-2);
    if (!current || !previous) throw new Error("no periods");
    const groups = await app.directory.boundGroups();

    // All standings (current month, from stored answers) and every committee's digest.
    t = performance.now();
    const raw = new Database(file, { readonly: true });
    const rows = raw
      .prepare<[number], { assessmentId: number; members: number; questionId: string; value: string }>(
        `SELECT a.id AS assessmentId, u.member_count AS members, n.question_id AS questionId, n.value FROM assessments a JOIN units u ON u.id = a.unit_id JOIN answers n ON n.assessment_id = a.id WHERE a.period_id = ?`,
      )
      .all(current.id);
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
    raw.close();
    const standingsMs = performance.now() - t;
    const digests = [];
    for (const group of groups) {
      const states = await app.directory.cellStates(group.unit.id, current.id);
      const before = await app.directory.cellStates(group.unit.id, previous.id);
      const digest = buildDigest(group.unit, current.key, states, { periodKey: previous.key, states: before });
      digests.push({ digest, text: renderDigest(app.translator, "vi", digest, { final: false }) });
    }
    const allMs = performance.now() - t;
    sampleRss();
    t = performance.now();
    for (const { digest } of digests) deps.chart(digest, "vi");
    const chartsMs = performance.now() - t;

    const first = groups[0];
    if (!first) throw new Error("no groups");
    t = performance.now();
    const one = await digestMessage(deps, first.unit.id, current, previous, false);
    const oneMs = performance.now() - t;

    t = performance.now();
    const { drafts } = await planReminders(deps);
    await app.outbox.enqueue(drafts, NOW);
    const enqueueMs = performance.now() - t;
    sampleRss();

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
    const worker = createOutboxWorker({ store: app.outbox, senders: [sender], clock: { now: () => new Date(NOW.getTime() + (performance.now() - drainStart)) }, logger: app.logger });
    const drainStart = performance.now();
    worker.start();
    await new Promise((resolve) => setTimeout(resolve, DRAIN_SECONDS * 1000));
    await worker.stop();
    const drainSeconds = (performance.now() - drainStart) / 1000;
    const drainPct = (sent / (RATE * drainSeconds)) * 100;
    sampleRss();
    clearInterval(sampler);

    const rssMb = peakRss / 1024 / 1024;
    console.log("");
    console.log(`standings  ${byAssessment.size} cells from ${rows.length} answers: ${standingsMs.toFixed(0)} ms (${fourGood} four-good)`);
    console.log(`all        standings + ${digests.length} digests (data and text): ${allMs.toFixed(0)} ms   (target < 2000)`);
    console.log(`charts     ${digests.length} charts: ${chartsMs.toFixed(0)} ms, ${(chartsMs / digests.length).toFixed(1)} ms each`);
    console.log(`one        one committee's digest with its chart (${one.text.length} chars): ${oneMs.toFixed(1)} ms   (target < 100)`);
    console.log(`enqueue    ${drafts.length} reminders decided and enqueued: ${enqueueMs.toFixed(0)} ms   (target < 2000)`);
    console.log(`drain      ${sent} sent in ${drainSeconds.toFixed(1)} s at a ${RATE}/s limit: ${drainPct.toFixed(1)}%   (target ≥ 95)`);
    console.log(`rss        peak ${rssMb.toFixed(0)} MB   (target < 300)`);
    console.log(`digest-bench: all_ms=${allMs.toFixed(0)} one_ms=${oneMs.toFixed(1)} rss_mb=${rssMb.toFixed(0)} enqueue_ms=${enqueueMs.toFixed(0)} drain_pct=${drainPct.toFixed(1)}`);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const seedInto = process.argv.indexOf("--seed-into");
if (seedInto > 0) await seedOnly(process.argv[seedInto + 1] ?? "");
else await main();
