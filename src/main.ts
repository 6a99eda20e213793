import path from "node:path";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import { createGroupCommands } from "./admin/group-commands.ts";
import { createProactiveCommands } from "./admin/proactive-commands.ts";
import { seedDemo } from "./admin/seed-demo.ts";
import { CONSOLE_CHANNEL, CONSOLE_GROUP, CONSOLE_USER, createConsoleSender, runConsoleChannel } from "./channels/console/console-channel.ts";
import type { Config } from "./config.ts";
import { periodKeyAt } from "./domain/period.ts";
import { DEFAULT_MONTHLY_CELL } from "./domain/questionnaire/default-monthly-cell.ts";
import { createAssessmentTurn } from "./engine/assessment-turn.ts";
import type { ChannelSender } from "./engine/channel-sender.ts";
import { createEngine } from "./engine/handle-message.ts";
import type { ChatAddress } from "./engine/messages.ts";
import type { Clock, OutboxSignal, Recipient } from "./engine/ports.ts";
import type { Locale } from "./i18n/locale.ts";
import { loadTranslator, type Translator } from "./i18n/translator.ts";
import { createLogger } from "./logger.ts";
import { createOutboxWorker } from "./outbox/outbox-worker.ts";
import { openDatabase, type Db } from "./storage/open-database.ts";
import type { CommandMenu } from "./channels/telegram/command-menu.ts";
import { createTelegramBot, createTelegramChannel, type TelegramChatEvents } from "./channels/telegram/telegram-channel.ts";
import { createTelegramSender, TELEGRAM_CHANNEL } from "./channels/telegram/telegram-sender.ts";
import { ZALO_CHANNEL, type ZaloApi } from "./channels/zalo/zalo-api.ts";
import { createZaloChannel, type ZaloChannel } from "./channels/zalo/zalo-channel.ts";
import { createZaloSender } from "./channels/zalo/zalo-sender.ts";
import { loginFromFile, saveCookies } from "./channels/zalo/zalo-session.ts";
import { createPrismaGroupStore } from "./storage/prisma-group-store.ts";
import { pruneInboundMessagesPeriodically } from "./storage/inbound-message-pruning.ts";
import { createPrismaUnitTree } from "./storage/prisma-unit-tree.ts";
import { createPrismaInviteStore } from "./storage/prisma-invite-store.ts";
import { createPrismaOrgStore } from "./storage/prisma-org-store.ts";
import { createSqliteOutboxAdmin, createSqliteOutboxStore } from "./storage/sqlite-outbox-store.ts";
import { createPrismaPeriodStore } from "./storage/prisma-period-store.ts";
import { createPrismaQuestionnaireStore } from "./storage/prisma-questionnaire-store.ts";
import { createPrismaReportStore } from "./storage/prisma-report-store.ts";
import { createSqliteTurnStore } from "./storage/sqlite-turn-store.ts";
import { createPrismaJobRunStore } from "./storage/prisma-job-run-store.ts";
import { createSqliteScheduleStore } from "./storage/sqlite-schedule-store.ts";
import type { ProactiveDeps } from "./engine/proactive/proactive-deps.ts";
import { CHART_HEIGHT, CHART_WIDTH, renderDigestChart } from "./reports/digest-chart.ts";
import { botJobs } from "./scheduler/jobs.ts";
import { createScheduler, type Scheduler } from "./scheduler/scheduler.ts";

/**
 * The composition root: config -> logger -> database -> stores -> i18n -> engine -> channels ->
 * outbox. The only module that sees the whole graph.
 */
export interface App {
  readonly config: Config;
  readonly logger: Logger;
  readonly db: Db;
  readonly clock: Clock;
  readonly translator: Translator;
  readonly stores: {
    readonly org: ReturnType<typeof createPrismaOrgStore>;
    readonly periods: ReturnType<typeof createPrismaPeriodStore>;
    readonly questionnaires: ReturnType<typeof createPrismaQuestionnaireStore>;
    readonly reports: ReturnType<typeof createPrismaReportStore>;
    readonly turns: ReturnType<typeof createSqliteTurnStore>;
    readonly outbox: ReturnType<typeof createSqliteOutboxStore>;
    readonly outboxAdmin: ReturnType<typeof createSqliteOutboxAdmin>;
    readonly invites: ReturnType<typeof createPrismaInviteStore>;
    readonly groups: ReturnType<typeof createPrismaGroupStore>;
    readonly schedule: ReturnType<typeof createSqliteScheduleStore>;
    readonly jobRuns: ReturnType<typeof createPrismaJobRunStore>;
  };
  close(): Promise<void>;
}

export const systemClock: Clock = { now: () => new Date() };

/** Opens (creating and migrating) the database and builds the stores; shared by bot and CLI. */
export async function openApp(config: Config, options: { logFile?: string; clock?: Clock } = {}): Promise<App> {
  const logger = createLogger({ level: config.logLevel, file: config.logFile ?? options.logFile });
  const { db, sql, migrations, close } = await openDatabase(config.dbPath);
  if (migrations.applied.length > 0) logger.info({ applied: migrations.applied, db: config.dbPath }, "database migrated");
  const clock = options.clock ?? systemClock;
  const stores = {
    org: createPrismaOrgStore(db),
    periods: createPrismaPeriodStore(db),
    questionnaires: createPrismaQuestionnaireStore(db),
    reports: createPrismaReportStore(db),
    turns: createSqliteTurnStore(sql),
    outbox: createSqliteOutboxStore(sql),
    outboxAdmin: createSqliteOutboxAdmin(sql),
    invites: createPrismaInviteStore(db),
    groups: createPrismaGroupStore(db),
    schedule: createSqliteScheduleStore(sql),
    jobRuns: createPrismaJobRunStore(db),
  };
  return {
    config,
    logger,
    db,
    clock,
    translator: loadTranslator(),
    stores,
    async close() {
      await close();
      logger.flush();
    },
  };
}

/** The default questionnaire is stored, and the current month is open for answers. */
export async function ensureCurrentPeriod(app: App): Promise<void> {
  const versionId = await app.stores.questionnaires.ensure(DEFAULT_MONTHLY_CELL);
  await app.stores.schedule.openPeriod(periodKeyAt(app.clock.now(), app.config.timeZone), versionId, app.clock.now());
}

/** What the scheduled use cases and the admin commands that trigger them share. */
export function proactiveDeps(app: App): ProactiveDeps {
  const { schedule } = app.config;
  return {
    schedule: app.stores.schedule,
    outbox: app.stores.outbox,
    jobRuns: app.stores.jobRuns,
    translator: app.translator,
    clock: app.clock,
    logger: app.logger,
    timeZone: app.config.timeZone,
    defaultLocale: app.config.defaultLocale,
    calendar: schedule.calendar,
    reminders: schedule.reminders,
    quiet: schedule.quiet,
    questionnaireVersionId: () => app.stores.questionnaires.ensure(DEFAULT_MONTHLY_CELL),
    chart: (digest, locale) =>
      renderDigestChart(digest, {
        criteriaTitle: app.translator.t(locale, "chart-criteria-title"),
        scoresTitle: app.translator.t(locale, "chart-scores-title"),
        met: app.translator.t(locale, "chart-met"),
        notMet: app.translator.t(locale, "chart-not-met"),
        criterion: (id) => app.translator.t(locale, "chart-criterion", { id }),
      }),
  };
}

export function buildScheduler(app: App): Scheduler {
  const { reminderCron, digestCron } = app.config.schedule;
  return createScheduler({ jobs: botJobs(proactiveDeps(app), { reminderCron, digestCron }), jobRuns: app.stores.jobRuns, clock: app.clock, timeZone: app.config.timeZone, logger: app.logger });
}

export function buildEngine(app: App, senders: readonly ChannelSender[]) {
  const outbox = createOutboxWorker({
    store: app.stores.outbox,
    senders,
    clock: app.clock,
    logger: app.logger,
    policy: { maxAttempts: app.config.outboxMaxAttempts, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000 },
    // A send that finds the chat moved or gone is news for the group's binding too.
    chatMoved: (channel, from, to) => app.stores.groups.moveChat(channel, from, to, app.clock.now()),
    chatUnreachable: (address, reason) => groupGone(app, address, reason),
    // One bot process per SQLite file.
    soleDeliverer: true,
  });
  const tree = createPrismaUnitTree(app.db);
  const engine = createEngine({
    turns: app.stores.turns,
    periods: app.stores.periods,
    invites: app.stores.invites,
    admins: new Set([...app.config.telegram.adminIds.map((id) => `telegram:${id}`), ...app.config.zalo.adminIds.map((id) => `${ZALO_CHANNEL}:${id}`)]),
    commands: {
      ...createGroupCommands({ groups: app.stores.groups, tree, periods: app.stores.periods, schedule: app.stores.schedule, translator: app.translator, clock: app.clock }),
      ...createProactiveCommands({ ...proactiveDeps(app), groups: app.stores.groups, tree }),
    },
    assessment: createAssessmentTurn({
      turns: app.stores.turns,
      periods: app.stores.periods,
      questionnaires: app.stores.questionnaires,
      translator: app.translator,
      clock: app.clock,
      timeZone: app.config.timeZone,
      calendar: app.config.schedule.calendar,
    }),
    translator: app.translator,
    outbox,
    clock: app.clock,
    logger: app.logger,
    defaultLocale: app.config.defaultLocale,
  });
  return { engine, outbox };
}

/** Telegram's command menus, per audience and language, from the locales. */
export function commandMenus(translator: Translator): CommandMenu[] {
  const privateCommands = ["baocao", "summary", "back", "skip", "cancel", "lang", "help"];
  const groupCommands = ["status", "digest", "bind", "unbind", "help"];
  const menu = (scope: "private" | "group", commands: string[], locale: Locale): { scope: "private" | "group"; commands: { command: string; description: string }[] } => ({
    scope,
    commands: commands.map((command) => ({ command, description: translator.t(locale, `menu-${command}`) })),
  });
  return [
    menu("private", privateCommands, "vi"),
    { ...menu("private", privateCommands, "en"), languageCode: "en" },
    menu("group", groupCommands, "vi"),
    { ...menu("group", groupCommands, "en"), languageCode: "en" },
  ];
}

/** Resolves on SIGINT or SIGTERM. */
function shutdownSignal(): Promise<string> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
}

/**
 * `npm start`. With a Telegram token and/or Zalo enabled it serves those until SIGINT/SIGTERM;
 * otherwise it is the console demo: an empty database gets a demo organisation and the local user becomes
 * secretary of one of its cells.
 */
export async function startBot(
  config: Config,
  io: { input: NodeJS.ReadableStream & { isTTY?: boolean }; output: NodeJS.WritableStream; locale?: Locale },
): Promise<void> {
  if (config.telegram.token || config.zalo.enabled) return startPlatforms(config);
  // The console is the chat itself: logs go to a file so they do not interleave with it. Its
  // language (--lang) is also the simulated group's.
  const app = await openApp({ ...config, ...(io.locale ? { defaultLocale: io.locale } : {}) }, { logFile: path.join(path.dirname(config.dbPath), "bontot.log") });
  const locale = io.locale ?? config.defaultLocale;
  const scheduler = buildScheduler(app);
  try {
    // The demo answers the current month at once, whatever the calendar says. First, so that a
    // questionnaire changed under the same version is refused before anything is shown or seeded.
    await ensureCurrentPeriod(app);
    io.output.write(`${app.translator.t(locale, "console-banner")}\n`);
    const seeded = await seedDemo({ ...app.stores.org, bindGroup: (unitCode) => app.stores.groups.bind({ channel: CONSOLE_CHANNEL, chatId: CONSOLE_GROUP }, unitCode, null, app.clock.now()) }, { channel: CONSOLE_CHANNEL, externalId: CONSOLE_USER });
    if (seeded) io.output.write(`${app.translator.t(locale, "console-demo-created", { units: seeded.units, unit: seeded.cell, group: seeded.group })}\n`);
    const sender = createConsoleSender(io.output, { chartDir: path.join(path.dirname(config.dbPath), "charts"), groupHeader: app.translator.t(locale, "console-group-header") });
    const { engine, outbox } = buildEngine(app, [sender]);
    await scheduler.start();
    await runConsoleChannel({
      input: io.input,
      output: io.output,
      engine,
      flush: () => outbox.drain(),
      clock: () => app.clock.now(),
      ...(io.locale ? { locale: io.locale } : {}),
    });
    io.output.write(`\n${app.translator.t(locale, "console-bye")}\n`);
  } finally {
    scheduler.stop();
    await app.close();
  }
}

export interface PlatformOptions {
  readonly telegram?: { readonly token: string; readonly botInfo?: UserFromGetMe };
  readonly zalo?: { readonly login: () => Promise<ZaloApi> };
}

/** Telegram and/or Zalo with their senders and one outbox worker, started; `stop` ends them in order. */
export async function runPlatforms(app: App, options: PlatformOptions): Promise<{ stop(): Promise<void>; readonly stopped: Promise<Error> }> {
  const senders: ChannelSender[] = [];
  const t = app.config.telegram;
  const bot = options.telegram
    ? createTelegramBot({ token: options.telegram.token, ...(t.apiRoot ? { apiRoot: t.apiRoot } : {}), ...(options.telegram.botInfo ? { botInfo: options.telegram.botInfo } : {}) }, app.logger)
    : undefined;
  if (bot) senders.push(createTelegramSender(bot.api, { perSecond: t.ratePerSecond, chatIntervalMs: t.chatIntervalMs, groupPerMinute: t.groupPerMinute }));
  let zalo: ZaloChannel | undefined;
  const z = app.config.zalo;
  if (options.zalo) {
    senders.push(
      createZaloSender(() => zalo?.api(), {
        limits: { perSecond: 1000 / z.sendIntervalMs, chatIntervalMs: z.sendIntervalMs, groupPerMinute: 10, perHour: z.sendsPerHour, jitterMs: z.sendJitterMs },
        mayMessage: async (chatId) => (zalo?.recentlyContacted(chatId) ?? false) || (await app.stores.schedule.isKnownChat(ZALO_CHANNEL, chatId)),
        imageSize: { width: CHART_WIDTH, height: CHART_HEIGHT },
      }),
    );
  }
  const { engine, outbox } = buildEngine(app, senders);
  const telegram = bot ? createTelegramChannel({ bot, engine, logger: app.logger, menus: commandMenus(app.translator), chats: telegramChatEvents(app, outbox) }) : undefined;
  if (options.zalo) {
    zalo = createZaloChannel({
      engine,
      logger: app.logger,
      login: options.zalo.login,
      saveCookies: (api) => saveCookies(z.credentialsFile, api),
      reportProblem: (problem) => void notifyAdmins(app, `zalo-problem-${problem}`, ZALO_CHANNEL).catch((error: unknown) => app.logger.error({ err: error, problem }, "could not notify admins")),
    });
  }
  outbox.start();
  const pruning = pruneInboundMessagesPeriodically({ db: app.db, clock: app.clock, logger: app.logger });
  const stop = async (): Promise<void> => {
    pruning.stop();
    // Stop taking messages first (grammY confirms the offset), then let the outbox finish its tick.
    await telegram?.stop();
    await zalo?.stop();
    await outbox.stop();
  };
  try {
    await telegram?.start();
    await zalo?.start();
  } catch (error) {
    // Nothing may go on running against a database the caller is about to close (a rejected token at start).
    await stop();
    throw error;
  }
  return { stop, stopped: telegram?.stopped ?? new Promise<Error>(() => undefined) };
}

export const runTelegram = (app: App, token: string, options: { botInfo?: UserFromGetMe } = {}) => runPlatforms(app, { telegram: { token, ...options } });

/**
 * Tells every admin reachable on a channel other than `failing` (and in the log) about a problem:
 * the admins by configuration and `notice.admins` (default: every admin), each in their
 * language. One notice per `notice.once` (default: per hour) and recipient.
 */
export async function notifyAdmins(
  app: App,
  key: string,
  failing: string | null,
  notice: { readonly args?: Record<string, string>; readonly admins?: readonly Recipient[]; readonly once?: string } = {},
): Promise<void> {
  app.logger.error({ problem: key, ...notice.args }, "admins notified");
  const configured = app.config.telegram.adminIds.map((id) => ({ channel: "telegram", chatId: id, locale: undefined }));
  // Known people first: the same chat as a configured admin then gets the notice in its own language.
  const recipients = [...(notice.admins ?? (await app.stores.schedule.adminRecipients())), ...configured].filter((r) => r.channel !== failing);
  const once = notice.once ?? app.clock.now().toISOString().slice(0, 13);
  await app.stores.outbox.enqueue(
    recipients.map((r) => ({
      channel: r.channel,
      chatId: r.chatId,
      dedupeKey: `admin-notice:${key}:${once}:${r.channel}:${r.chatId}`,
      message: { text: app.translator.t(r.locale ?? app.config.defaultLocale, key, notice.args) },
    })),
    app.clock.now(),
  );
}

/** The bot cannot post to a chat any more: a bound group turns inactive, and its admins hear it once. */
export async function groupGone(app: App, address: ChatAddress, reason: string): Promise<void> {
  const at = app.clock.now();
  const inactive = await app.stores.groups.deactivate(address, reason, at);
  if (!inactive) return;
  const { unit } = inactive;
  await notifyAdmins(app, "group-inactive", null, { args: { unit: unit.name, code: unit.code }, admins: inactive.admins, once: `${address.channel}:${address.chatId}:${at.toISOString()}` });
}

/** What Telegram says about group chats in updates; the outbox learns the same from failed sends. */
export function telegramChatEvents(app: App, outbox: OutboxSignal): TelegramChatEvents {
  return {
    async moved(from, to) {
      await app.stores.groups.moveChat(TELEGRAM_CHANNEL, from, to, app.clock.now());
      await app.stores.outbox.moveChat(TELEGRAM_CHANNEL, from, to);
      outbox.wake();
    },
    async removed(chatId, reason) {
      const address = { channel: TELEGRAM_CHANNEL, chatId };
      // What was waiting for that chat can never arrive.
      await app.stores.outbox.markUnreachable(address, app.clock.now());
      await groupGone(app, address, reason);
    },
    async notice(chatId, key, updateId) {
      const message = { text: app.translator.t(app.config.defaultLocale, key) };
      await app.stores.outbox.enqueue([{ channel: TELEGRAM_CHANNEL, chatId, message, dedupeKey: `notice:${TELEGRAM_CHANNEL}:${updateId}` }], app.clock.now());
      outbox.wake();
    },
  };
}

async function startPlatforms(config: Config): Promise<void> {
  const app = await openApp(config);
  const scheduler = buildScheduler(app);
  try {
    // Refuses (QuestionnaireChanged) before any platform is reached.
    await app.stores.questionnaires.ensure(DEFAULT_MONTHLY_CELL);
    const running = await runPlatforms(app, {
      ...(config.telegram.token ? { telegram: { token: config.telegram.token } } : {}),
      ...(config.zalo.enabled ? { zalo: { login: loginFromFile(config.zalo.credentialsFile) } } : {}),
    });
    // Listening from here on: a SIGTERM while the scheduler catches up still stops everything in order.
    const signal = shutdownSignal();
    await scheduler.start();
    // Polling that ended on its own (401, 409) stops everything too, with a non-zero exit code.
    const ended = await Promise.race([signal, running.stopped]);
    app.logger.info(typeof ended === "string" ? { signal: ended } : { reason: ended.message }, "stopping");
    scheduler.stop();
    await running.stop();
    app.logger.info({}, "stopped");
    if (typeof ended !== "string") throw ended;
  } finally {
    scheduler.stop();
    await app.close();
  }
}
