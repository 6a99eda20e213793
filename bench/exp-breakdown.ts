// TEMPORARY experiment (to be deleted): where does a turn's time go?
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { loadConfig } from "../src/config.ts";
import type { TurnStore } from "../src/engine/ports.ts";
import { buildEngine, ensureCurrentPeriod, openApp, type App } from "../src/main.ts";

const SCRIPT = ["/baocao","có","hôm nay","30 28 0","120","không","1","1","5 5","1","1","1","30","không","100","0","2 1","28","/skip","1"];
let prepares = 0;
const proto = Database.prototype as unknown as { prepare: (sql: string) => unknown };
const orig = proto.prepare;
const sqlCounts = new Map<string, number>();
proto.prepare = function (this: unknown, sql: string) { prepares++; sqlCounts.set(sql, (sqlCounts.get(sql) ?? 0) + 1); return orig.call(this, sql); };

const dir = mkdtempSync(path.join(os.tmpdir(), "bontot-exp-"));
const app0 = await openApp(loadConfig({ BONTOT_DB_PATH: path.join(dir, "x.db"), LOG_LEVEL: "silent" }));
await ensureCurrentPeriod(app0);
const N = 300;
await app0.stores.org.createUnits([{ code: "C", name: "c", kind: "committee", memberCount: 0 }, ...Array.from({ length: N }, (_, i) => ({ code: `X-${i}`, name: `x${i}`, kind: "cell" as const, parentCode: "C", memberCount: 30 }))]);
for (let i = 0; i < N; i++) { const id = await app0.stores.org.ensurePerson("bench", `u${i}`); await app0.stores.org.grantRole(id, `X-${i}`, "secretary"); }

const t = { load: 0, save: 0, open: 0, loadN: 0, saveN: 0, openN: 0 };
const inner = app0.stores.turns;
const timed: TurnStore = {
  async load(k, s) { const a = performance.now(); try { return await inner.load(k, s); } finally { t.load += performance.now() - a; t.loadN++; } },
  async save(w) { const a = performance.now(); try { return await inner.save(w); } finally { t.save += performance.now() - a; t.saveN++; } },
  async openAssessment(u, p) { const a = performance.now(); try { return await inner.openAssessment(u, p); } finally { t.open += performance.now() - a; t.openN++; } },
};
const app: App = { ...app0, stores: { ...app0.stores, turns: timed as typeof app0.stores.turns } };
const { engine } = buildEngine(app, [{ channel: "bench", async send() {} }]);

async function run(from: number, to: number) {
  for (let i = from; i < to; i++) for (const text of SCRIPT) await engine.handle({ channel: "bench", chatId: `u${i}`, chatType: "private", senderId: `u${i}`, text, receivedAt: new Date() });
}
await run(0, 50); // warm
for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] = 0;
prepares = 0; sqlCounts.clear();
const a = performance.now();
await run(50, N);
const total = performance.now() - a;
const turns = (N - 50) * SCRIPT.length;
console.log(`sequential: ${turns} turns in ${total.toFixed(0)} ms = ${(total / turns).toFixed(3)} ms/turn = ${Math.round(turns / (total / 1000))} turns/s`);
console.log(`load ${(t.load / turns).toFixed(3)} ms/turn (${t.loadN}), save ${(t.save / turns).toFixed(3)} ms/turn (${t.saveN}), openAssessment ${(t.open / turns).toFixed(3)} ms/turn (${t.openN})`);
console.log(`other (decide: step+render+currentOpen+lock) ${((total - t.load - t.save - t.open) / turns).toFixed(3)} ms/turn`);
console.log(`SQL statements prepared per turn: ${(prepares / turns).toFixed(2)}`);
for (const [sql, c] of [...sqlCounts].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.log(`${(c / turns).toFixed(2)}  ${sql.slice(0, 160)}`);

// Micro: one Prisma findUnique vs raw better-sqlite3 prepared statement, same query.
const db = app0.db;
const M = 3000;
let b = performance.now();
for (let i = 0; i < M; i++) await db.identity.findUnique({ where: { channel_externalId: { channel: "bench", externalId: `u${i % N}` } } });
console.log(`prisma identity.findUnique: ${((performance.now() - b) / M * 1000).toFixed(0)} µs`);
b = performance.now();
for (let i = 0; i < M; i++) await db.$queryRaw`SELECT * FROM identities WHERE channel = ${"bench"} AND external_id = ${`u${i % N}`}`;
console.log(`prisma $queryRaw same: ${((performance.now() - b) / M * 1000).toFixed(0)} µs`);
b = performance.now();
for (let i = 0; i < M; i++) await db.identity.findUnique({ where: { channel_externalId: { channel: "bench", externalId: `u${i % N}` } }, include: { person: { include: { memberships: { include: { unit: true } } } } } });
console.log(`prisma identity.findUnique + person/memberships/unit include: ${((performance.now() - b) / M * 1000).toFixed(0)} µs`);
const raw = new Database(path.join(dir, "x.db"));
const st = raw.prepare("SELECT * FROM identities WHERE channel = ? AND external_id = ?");
b = performance.now();
for (let i = 0; i < M; i++) st.get("bench", `u${i % N}`);
console.log(`raw better-sqlite3 cached stmt same: ${((performance.now() - b) / M * 1000).toFixed(1)} µs`);
raw.close();
await app0.close();
rmSync(dir, { recursive: true, force: true });
