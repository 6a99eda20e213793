import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Translate } from "../i18n/translator.ts";
import { argumentProblem } from "./argument-problem.ts";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig, type Config } from "../config.ts";
import { DEMO_ORG } from "../app/demo-org.ts";
import { ANSWERING_ROLES, ROLES, UNIT_KINDS, isRole, isUnitKind } from "../domain/org.ts";
import { periodOpenRefusal } from "../app/period-open-refusal.ts";
import { stageLabel } from "../engine/render/stage-label.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import { isPeriodKey } from "../domain/period.ts";
import { QuestionnaireChanged } from "../domain/questionnaire/questionnaire-changed.ts";
import { fetchBotUsername } from "../channels/telegram/bot-username.ts";
import { TelegramStopped } from "../channels/telegram/polling-stopped.ts";
import { ZaloQrLoginEnded, loginByQr } from "../channels/zalo/zalo-session.ts";
import { DEFAULT_LOCALE, isLocale, toLocale, type Locale } from "../i18n/locale.ts";
import { loadTranslator, type Translator } from "../i18n/translator.ts";
import { addUnit as addUnitUseCase } from "../app/add-unit.ts";
import { createInvite } from "../app/create-invite.ts";
import { openApp, proactiveDeps, storageTarget } from "../app/open-app.ts";
import { periodReport } from "../app/period-report.ts";
import { digestMessage, digestPeriod } from "../app/post-digests.ts";
import { closePeriod, earlyClose } from "../app/close-period.ts";
import { openPeriod } from "../app/open-period.ts";
import { planReminders } from "../app/send-reminders.ts";
import { redactSecrets } from "../logger.ts";
import { openStorage } from "../storage/open-storage.ts";
import { BackupTargetExists, backupDatabase } from "../storage/backup-database.ts";
import { periodReportCsv } from "../reports/period-report.ts";
import { formatUnitTree } from "./format-unit-tree.ts";
import { annualCommand } from "./annual-command.ts";
import { correctionCommand, historyCommand, periodLateCommand, periodReopenCommand } from "./correction-command.ts";
import { yearEndCommand } from "./yearend-command.ts";

function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  return typeof pkg === "object" && pkg !== null && "version" in pkg ? String(pkg.version) : "unknown";
}


/** A mistake in how the command was called: printed and exit code 2. */
class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly args: Record<string, string> = {},
  ) {
    super(key);
  }
}

interface Io {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
}

/** The running bot, handed in by the entry point: the CLI itself never imports the composition root. */
export type StartBot = (config: Config, io: { input: NodeJS.ReadableStream & { isTTY?: boolean }; output: NodeJS.WritableStream; locale?: Locale }) => Promise<void>;

/** `bontot <command> [options]`; returns the exit code. */
export async function runCli(argv: readonly string[], io: Io, bot?: { readonly start: StartBot }): Promise<number> {
  const translator = loadTranslator();
  const langArg = argv.find((_, i) => argv[i - 1] === "--lang") ?? argv.find((a) => a.startsWith("--lang="))?.slice(7);
  const locale: Locale = toLocale(langArg) ?? toLocale(io.env["BONTOT_LANG"]) ?? DEFAULT_LOCALE;
  const t = (key: string, args?: Record<string, string | number>): string => translator.t(locale, key, args);
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      io.stdout.write(`${t("cli-help")}\n`);
      return 0;
    }
    if (command === "--version" || command === "-v" || command === "version") {
      io.stdout.write(`${packageVersion()}\n`);
      return 0;
    }
    switch (command) {
      case "start":
        if (!bot) throw new UsageError("cli-unknown-command", { command });
        return await start(rest, io, bot.start);
      case "report":
        return await report(rest, io);
      case "annual":
        return await annualCommand(rest, io, { translator, locale });
      case "units":
        return await units(rest, io, translator, locale);
      case "invite":
        return await invite(rest, io, t);
      case "demo":
        return await demo(rest, io, t);
      case "digest":
        return await digest(rest, io, t);
      case "remind":
        return await remind(rest, io, t);
      case "period":
        return await period(rest, io, t);
      case "correction":
        return await correctionCommand(rest, io, t);
      case "history":
        return await historyCommand(rest, io, t);
      case "zalo":
        return await zalo(rest, io, t);
      case "db":
        return await db(rest, io, t);
      case "outbox":
        return await outbox(rest, io, t);
      case "yearend":
        return await yearEndCommand(rest, io, t);
      default:
        throw new UsageError("cli-unknown-command", { command });
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${t(error.key, error.args)}\n${t("cli-see-help")}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`${t("cli-config-invalid")}\n${error.problems.map((p) => `  - ${p}`).join("\n")}\n`);
      return 1;
    }
    if (error instanceof QuestionnaireChanged) {
      io.stderr.write(`${t("cli-questionnaire-changed", { code: error.code, version: error.version })}\n`);
      return 1;
    }
    if (error instanceof TelegramStopped) {
      io.stderr.write(`${t(`cli-telegram-${error.why}`, { detail: redactSecrets(error.cause instanceof Error ? error.cause.message : error.message) })}\n`);
      return 1;
    }
    // Last resort: never print a token, even in a stack trace.
    io.stderr.write(`${t("cli-crashed")}\n${redactSecrets(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}

function options<T extends Record<string, { type: "string" | "boolean" }>>(args: readonly string[], spec: T) {
  try {
    return parseArgs({ args: [...args], options: { ...spec, lang: { type: "string" } }, allowPositionals: false, strict: true }).values;
  } catch (error) {
    const problem = argumentProblem(error);
    throw new UsageError(problem.key, problem.args);
  }
}

function config(io: Io, quiet = true): Config {
  if (existsSync(".env")) process.loadEnvFile(".env");
  // One-shot commands print results, not the bot's info logs.
  const env = quiet && !io.env["LOG_LEVEL"] ? { ...io.env, LOG_LEVEL: "warn" } : io.env;
  return loadConfig(env);
}

async function start(args: readonly string[], io: Io, startBot: StartBot): Promise<number> {
  const values = options(args, {});
  if (values.lang !== undefined && !isLocale(values.lang)) throw new UsageError("cli-bad-lang", { lang: values.lang });
  await startBot(config(io, false), { input: io.stdin, output: io.stdout, ...(isLocale(values.lang) ? { locale: values.lang } : {}) });
  return 0;
}

async function report(args: readonly string[], io: Io): Promise<number> {
  const values = options(args, { period: { type: "string" }, format: { type: "string" } });
  const period = values.period;
  if (period === undefined) throw new UsageError("cli-missing-period");
  if (!isPeriodKey(period)) throw new UsageError("cli-bad-period", { period });
  const format = values.format ?? "json";
  if (format !== "json" && format !== "csv") throw new UsageError("cli-bad-format", { format, allowed: "json, csv" });
  const app = await openApp(config(io));
  try {
    const result = await periodReport(app.stores, period);
    if (!result) throw new UsageError("cli-unknown-period", { period });
    io.stdout.write(format === "json" ? `${JSON.stringify(result, null, 2)}\n` : periodReportCsv(result));
    return 0;
  } finally {
    await app.close();
  }
}

async function units(args: readonly string[], io: Io, translator: Translator, locale: Locale): Promise<number> {
  if (args[0] === "add") return addUnit(args.slice(1), io, (key, a) => translator.t(locale, key, a));
  const values = options(args, { format: { type: "string" } });
  const format = values.format ?? "text";
  if (format !== "json" && format !== "text") throw new UsageError("cli-bad-format", { format, allowed: "text, json" });
  const app = await openApp(config(io));
  try {
    const rows = await app.stores.org.listUnits();
    io.stdout.write(
      format === "json"
        ? `${JSON.stringify({ units: rows.map((u) => ({ code: u.code, name: u.name, kind: u.kind, parent: u.parentCode })) }, null, 2)}\n`
        : formatUnitTree(rows, (kind) => translator.t(locale, `kind-${kind}`)),
    );
    return 0;
  } finally {
    await app.close();
  }
}

async function addUnit(args: readonly string[], io: Io, t: Translate): Promise<number> {
  const values = options(args, { code: { type: "string" }, name: { type: "string" }, kind: { type: "string" }, parent: { type: "string" }, members: { type: "string" } });
  const { code, name, kind, parent } = values;
  if (!code || !/^[A-Za-z0-9_-]{1,32}$/.test(code)) throw new UsageError("cli-bad-unit-code");
  if (!name || name.trim().length === 0) throw new UsageError("cli-missing-name");
  if (!kind || !isUnitKind(kind)) throw new UsageError("cli-bad-kind", { kind: kind ?? "", allowed: UNIT_KINDS.join(", ") });
  if (kind === "cell" && values.members === undefined) throw new UsageError("cli-missing-members");
  const members = values.members === undefined ? 0 : Number(values.members);
  if (!Number.isInteger(members) || members < 0 || members > 100_000 || (kind === "cell" && members < 1)) throw new UsageError("cli-bad-members");
  if (kind !== "province" && !parent) throw new UsageError("cli-missing-parent", { kind });
  const app = await openApp(config(io));
  try {
    const added = await addUnitUseCase(app, { code, name: name.trim(), kind, memberCount: members, ...(parent ? { parentCode: parent } : {}), at: app.clock.now() });
    if (!added.ok) {
      if (added.reason === "exists") throw new UsageError("cli-unit-exists", { code });
      if (added.reason === "unknown-parent") throw new UsageError("cli-unknown-unit", { code: added.code });
      throw new UsageError("cli-bad-parent", { parent: added.code });
    }
    io.stdout.write(`${t("cli-unit-added", { code, name: name.trim() })}\n`);
    return 0;
  } finally {
    await app.close();
  }
}

async function demo(args: readonly string[], io: Io, t: Translate): Promise<number> {
  options(args, {});
  const app = await openApp(config(io));
  try {
    if (!(await app.stores.org.isEmpty())) {
      io.stdout.write(`${t("cli-demo-skipped")}\n`);
      return 0;
    }
    await app.stores.org.createUnits(DEMO_ORG, app.clock.now());
    io.stdout.write(`${t("cli-demo-created", { units: DEMO_ORG.length })}\n`);
    return 0;
  } finally {
    await app.close();
  }
}

async function digest(args: readonly string[], io: Io, t: Translate): Promise<number> {
  const values = options(args, { unit: { type: "string" }, period: { type: "string" }, chart: { type: "string" } });
  if (!values.unit) throw new UsageError("cli-missing-unit");
  if (values.period !== undefined && !isPeriodKey(values.period)) throw new UsageError("cli-bad-period", { period: values.period });
  const app = await openApp(config(io));
  try {
    const unit = await app.stores.org.findUnit(values.unit);
    if (!unit) throw new UsageError("cli-unknown-unit", { code: values.unit });
    const deps = proactiveDeps(app);
    const periods = await app.directory.listPeriods();
    const chosen = values.period ? periods.find((p) => p.key === values.period) : await digestPeriod(deps);
    if (!chosen) throw new UsageError("cli-unknown-period", { period: values.period ?? "—" });
    const message = await digestMessage(deps, unit.id, chosen, periods.filter((p) => p.key < chosen.key).at(-1), !chosen.open);
    io.stdout.write(`${message.text}\n`);
    if (values.chart) {
      try {
        writeFileSync(values.chart, Buffer.from(message.image.base64, "base64"));
      } catch (error) {
        throw new UsageError("cli-cannot-write", { file: values.chart, reason: error instanceof Error ? error.message : String(error) });
      }
      io.stdout.write(`${t("cli-chart-written", { file: values.chart })}\n`);
    }
    return 0;
  } finally {
    await app.close();
  }
}

async function remind(args: readonly string[], io: Io, t: Translate): Promise<number> {
  const values = options(args, { "dry-run": { type: "boolean" } });
  const app = await openApp(config(io));
  try {
    const { plan, drafts } = await planReminders(proactiveDeps(app));
    if (!values["dry-run"]) await app.outbox.enqueue(drafts, app.clock.now());
    const lines = plan.map((p) => {
      const line = t("remind-line", { period: periodLabel(p.period), cell: p.cell, stage: stageLabel(t, p.stage), recipients: p.recipients });
      return p.recipients === 0 ? `${line} ${t("cli-no-recipients")}` : line;
    });
    io.stdout.write(`${plan.length === 0 ? t("remind-none") : [t("remind-title"), ...lines].join("\n")}\n`);
    if (!values["dry-run"]) io.stdout.write(`${t("cli-remind-queued", { count: drafts.length })}\n`);
    return 0;
  } finally {
    await app.close();
  }
}

async function period(args: readonly string[], io: Io, t: Translate): Promise<number> {
  const [action, key, ...extra] = args;
  if (action === "reopen") return periodReopenCommand(args.slice(1), io, t);
  if (action === "late") return periodLateCommand(args.slice(1), io, t);
  // Closing before the due date must be asked for: --yes.
  const yes = action === "close" && extra.length === 1 && extra[0] === "--yes";
  if ((action !== "open" && action !== "close") || !key || (extra.length > 0 && !yes)) throw new UsageError("cli-period-usage-all");
  if (!isPeriodKey(key)) throw new UsageError("cli-bad-period", { period: key });
  const app = await openApp(config(io));
  try {
    const deps = proactiveDeps(app);
    if (action === "open") {
      const refusal = await periodOpenRefusal(deps, key);
      if (refusal) throw new UsageError(refusal.key, refusal.args);
      await openPeriod(deps, key);
      io.stdout.write(`${t("period-opened", { period: periodLabel(key) })}\n`);
      return 0;
    }
    const early = yes ? undefined : await earlyClose(deps, key);
    if (early) throw new UsageError("cli-period-close-early", { period: periodLabel(key), key, due: early.due, awaiting: String(early.awaiting) });
    const closed = await closePeriod(deps, key);
    if (!closed) throw new UsageError("period-not-open", { period: periodLabel(key) });
    io.stdout.write(`${t("period-closed-now", { period: periodLabel(key), count: closed.notReported })}\n`);
    return 0;
  } finally {
    await app.close();
  }
}

async function zalo(args: readonly string[], io: Io, t: Translate): Promise<number> {
  if (args[0] !== "login" || args.length > 1) throw new UsageError("cli-zalo-usage");
  const { zalo: settings } = config(io);
  mkdirSync(path.dirname(path.resolve(settings.qrFile)), { recursive: true });
  try {
    await loginByQr({
      qrFile: settings.qrFile,
      credentialsFile: settings.credentialsFile,
      events: {
        qr: (file, terminal) => io.stdout.write(`${terminal ?? ""}\n${t("cli-zalo-qr", { file })}\n`),
        scanned: () => io.stdout.write(`${t("cli-zalo-scanned")}\n`),
      },
    });
  } catch (error) {
    if (!(error instanceof ZaloQrLoginEnded)) throw error;
    io.stderr.write(`${t(error.outcome === "declined" ? "cli-zalo-declined" : "cli-zalo-qr-expired")}\n`);
    return 1;
  }
  io.stdout.write(`${t("cli-zalo-saved", { file: settings.credentialsFile })}\n`);
  return 0;
}

async function invite(args: readonly string[], io: Io, t: Translate): Promise<number> {
  const values = options(args, { unit: { type: "string" }, role: { type: "string" } });
  const unitCode = values.unit;
  if (!unitCode) throw new UsageError("cli-missing-unit");
  const role = values.role ?? "secretary";
  if (!isRole(role)) throw new UsageError("cli-bad-role", { role, allowed: ROLES.join(", ") });
  const app = await openApp(config(io));
  try {
    const unit = await app.stores.org.findUnit(unitCode);
    if (!unit) throw new UsageError("cli-unknown-unit", { code: unitCode });
    if (ANSWERING_ROLES.includes(role) && unit.kind !== "cell") throw new UsageError("cli-role-needs-cell", { role, code: unit.code, kind: t(`kind-${unit.kind}`) });
    const now = app.clock.now();
    const expiresAt = new Date(now.getTime() + app.config.inviteTtlDays * 86_400_000);
    const created = await createInvite(app, { unitCode: unit.code, role, expiresAt, at: now });
    if (!created) throw new UsageError("cli-unknown-unit", { code: unitCode });
    const expires = new Intl.DateTimeFormat("vi-VN", { timeZone: app.config.timeZone, dateStyle: "short", timeStyle: "short" }).format(expiresAt);
    const lines = [t("cli-invite-created", { role: t(`role-${role}`), unit: unit.name, code: created.code, expires })];
    const username = await botUsername(app.config).catch((error: unknown) => {
      app.logger.warn({ err: error }, "could not ask Telegram for the bot's username");
      return undefined;
    });
    lines.push(username ? t("cli-invite-link", { link: `https://t.me/${username}?start=${created.code}` }) : t("cli-invite-no-link"));
    lines.push(t("cli-invite-start", { code: created.code }));
    io.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  } finally {
    await app.close();
  }
}

async function botUsername(config: Config): Promise<string | undefined> {
  if (config.telegram.username) return config.telegram.username;
  if (!config.telegram.token) return undefined;
  return fetchBotUsername(config.telegram.token, config.telegram.apiRoot);
}

async function db(args: readonly string[], io: Io, t: Translate): Promise<number> {
  const [action, target, ...extra] = args;
  if (action === "backup") {
    if (target === undefined || extra.length > 0) throw new UsageError("cli-db-usage");
    const { dbPath, databaseUrl } = config(io);
    // A PostgreSQL server has its own tools for this (pg_dump, base backups, a standby).
    if (databaseUrl) throw new UsageError("cli-backup-postgres");
    try {
      const { pages } = await backupDatabase(dbPath, target);
      io.stdout.write(`${t("cli-backup-done", { file: path.resolve(target), pages })}\n`);
      return 0;
    } catch (error) {
      if (error instanceof BackupTargetExists) throw new UsageError("cli-backup-exists", { file: target });
      throw error;
    }
  }
  if (action !== "migrate" || target !== undefined) throw new UsageError("cli-db-usage");
  const settings = config(io);
  const where = storageTarget(settings);
  const storage = await openStorage(where);
  await storage.close();
  io.stdout.write(`${t("cli-migrated", { count: storage.applied.length, db: where.kind === "sqlite" ? where.file : "PostgreSQL (DATABASE_URL)" })}\n`);
  return 0;
}

/** `outbox` lists undelivered messages per chat; `outbox retry|drop [--id N] [--chat CHANNEL:CHAT]` acts on them. */
async function outbox(args: readonly string[], io: Io, t: Translate): Promise<number> {
  const [first, ...rest] = args;
  const action = first === "retry" || first === "drop" ? first : undefined;
  const values = options(action ? rest : args, { id: { type: "string" }, chat: { type: "string" }, all: { type: "boolean" }, format: { type: "string" } });
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError("cli-bad-format", { format, allowed: "text, json" });
  const app = await openApp(config(io));
  try {
    if (!action) {
      const chats = await app.stores.outboxAdmin.summary();
      if (format === "json") io.stdout.write(`${JSON.stringify(chats, null, 2)}\n`);
      else if (chats.length === 0) io.stdout.write(`${t("cli-outbox-empty")}\n`);
      else {
        for (const c of chats) {
          const args = { chat: `${c.channel}:${c.chatId}`, pending: c.pending, failed: c.failed, since: c.oldestAt.toISOString(), error: c.lastError ?? "—" };
          io.stdout.write(`${t("cli-outbox-line", args)}\n`);
        }
      }
      return 0;
    }
    const id = values.id === undefined ? undefined : Number(values.id);
    if (id !== undefined && !Number.isInteger(id)) throw new UsageError("cli-outbox-usage");
    const [channel, ...chat] = values.chat?.split(":") ?? [];
    // Acting on every chat at once must be asked for by name.
    if (id === undefined && values.chat === undefined && !values.all) throw new UsageError("cli-outbox-usage");
    const filter = { ...(id !== undefined ? { id } : {}), ...(channel ? { channel, chatId: chat.join(":") } : {}) };
    const count = action === "retry" ? await app.stores.outboxAdmin.retry(filter, app.clock.now()) : await app.stores.outboxAdmin.drop(filter);
    io.stdout.write(`${t(action === "retry" ? "cli-outbox-retried" : "cli-outbox-dropped", { count })}\n`);
    return 0;
  } finally {
    await app.close();
  }
}
