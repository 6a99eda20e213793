import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import path from "node:path";
import type { UserFromGetMe } from "grammy/types";
import { createAnnualCommands } from "./admin/annual-commands.ts";
import { createCorrectionCommands } from "./admin/correction-commands.ts";
import { createGroupCommands } from "./admin/group-commands.ts";
import { createProactiveCommands } from "./admin/proactive-commands.ts";
import { createYearEndCommands } from "./admin/year-end-commands.ts";
import { createInviteCommands } from "./admin/invite-commands.ts";
import { createUnitCommands } from "./admin/unit-commands.ts";
import { holdActiveRole, type ActiveInstance, type ActiveRole, type LeaseTiming } from "./app/active-instance.ts";
import { createInviteCheck } from "./app/check-invite.ts";
import { groupChatChanges } from "./app/group-chat-changes.ts";
import { groupGone } from "./app/group-gone.ts";
import { notifyAdmins } from "./app/notify-admins.ts";
import { ensureCurrentPeriod, openApp, proactiveDeps, type App } from "./app/open-app.ts";
import { pruneInboundMessagesPeriodically } from "./app/prune-inbound-messages.ts";
import { openDemoYear, seedDemo } from "./app/seed-demo.ts";
import { CONSOLE_CHANNEL, CONSOLE_GROUP, CONSOLE_USER, createConsoleSender, runConsoleChannel } from "./channels/console/console-channel.ts";
import type { Config } from "./config.ts";
import { DEFAULT_MONTHLY_CELL } from "./domain/questionnaire/default-monthly-cell.ts";
import { YEARLY_GRASSROOTS } from "./domain/questionnaire/yearly-grassroots.ts";
import { createAssessmentTurn } from "./engine/assessment-turn.ts";
import type { ChannelSender } from "./engine/channel-sender.ts";
import { createEngine } from "./engine/handle-message.ts";
import type { Locale } from "./i18n/locale.ts";
import type { Translator } from "./i18n/translator.ts";
import { createOutboxWorker } from "./outbox/outbox-worker.ts";
import type { CommandMenu } from "./channels/telegram/command-menu.ts";
import { createTelegramBot, createTelegramChannel } from "./channels/telegram/telegram-channel.ts";
import { createTelegramSender, TELEGRAM_CHANNEL } from "./channels/telegram/telegram-sender.ts";
import { serveTelegramWebhook, type TelegramWebhook } from "./channels/telegram/telegram-webhook.ts";
import { ZALO_CHANNEL, type ZaloApi } from "./channels/zalo/zalo-api.ts";
import type { ZaloChannel } from "./channels/zalo/zalo-channel.ts";
import { CHART_HEIGHT, CHART_WIDTH } from "./reports/digest-chart-size.ts";
import { botJobs } from "./scheduler/jobs.ts";
import { createScheduler, type Scheduler } from "./scheduler/scheduler.ts";

/**
 * The composition root of the bot process: the app's stores and use cases -> engine ->
 * channels -> outbox -> scheduler. The only module that sees the whole graph; the CLI opens
 * the app (src/app/open-app.ts) without it.
 */

export function buildScheduler(app: App): Scheduler {
  const { reminderCron, digestCron, annualCron } = app.config.schedule;
  return createScheduler({ jobs: botJobs(proactiveDeps(app), { reminderCron, digestCron, annualCron }, app), jobRuns: app.stores.jobRuns, clock: app.clock, timeZone: app.config.timeZone, logger: app.logger });
}

export function buildEngine(app: App, senders: readonly ChannelSender[]) {
  const outbox = createOutboxWorker({
    store: app.outbox,
    senders,
    clock: app.clock,
    logger: app.logger,
    policy: { maxAttempts: app.config.outboxMaxAttempts, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000 },
    // A send that finds the chat moved or gone is news for the group's binding too.
    chatMoved: (channel, from, to) => app.groups.moveChat(channel, from, to, app.clock.now()),
    chatUnreachable: (address, reason) => groupGone(app, address, reason),
    // One bot process per SQLite file; on PostgreSQL another instance's claims are live.
    soleDeliverer: !app.shared,
  });
  const tree = app.stores.org;
  const engine = createEngine({
    turns: app.turns,
    periods: app.stores.periods,
    invites: createInviteCheck(app.stores),
    admins: new Set([...app.config.telegram.adminIds.map((id) => `telegram:${id}`), ...app.config.zalo.adminIds.map((id) => `${ZALO_CHANNEL}:${id}`)]),
    commands: {
      ...createGroupCommands({ groups: app.groups, tree, periods: app.stores.periods, schedule: app.directory, translator: app.translator, clock: app.clock, stores: app.stores }),
      ...createProactiveCommands({ ...proactiveDeps(app), groups: app.groups, tree, app }),
      ...createCorrectionCommands(app),
      ...createAnnualCommands({ stores: app.stores, groups: app.groups, tree, translator: app.translator, clock: app.clock, timeZone: app.config.timeZone }),
      ...createYearEndCommands(app),
      ...createUnitCommands(app),
      ...createInviteCommands(app),
    },
    assessment: createAssessmentTurn({
      turns: app.turns,
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
  const groupCommands = ["status", "digest", "nam", "bind", "unbind", "help"];
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
    // And the grassroots committees' yearly self-assessment, likewise.
    const demoYear = await openDemoYear(app);
    io.output.write(`${app.translator.t(locale, "console-banner")}\n`);
    const seeded = await seedDemo(app, { channel: CONSOLE_CHANNEL, externalId: CONSOLE_USER }, { channel: CONSOLE_CHANNEL, chatId: CONSOLE_GROUP });
    if (seeded) io.output.write(`${app.translator.t(locale, "console-demo-created", { units: seeded.units, unit: seeded.cell, group: seeded.group })}\n`);
    if (seeded && demoYear) io.output.write(`${app.translator.t(locale, "console-demo-yearly", { unit: seeded.grassroots, year: demoYear })}\n`);
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
  /** Runs while this instance is the active one (the scheduler). */
  readonly scheduler?: Scheduler;
  readonly leaseTiming?: LeaseTiming;
}

export interface RunningPlatforms {
  stop(): Promise<void>;
  /** Settles when Telegram polling ended on its own (token revoked, another bot polling): everything should stop. */
  readonly stopped: Promise<Error>;
  /** Whether this instance holds the active lease (polls Telegram, holds the Zalo session, runs the scheduler). */
  readonly active: () => boolean;
  /** The webhook server's port, in webhook mode. */
  readonly webhookPort?: number;
}

/** This process among the instances sharing a database, unique even for two on one host. */
export function instanceName(config: Config): string {
  return config.instance ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

/**
 * Telegram and/or Zalo with their senders and one outbox worker, started. Every instance
 * delivers the outbox and (in webhook mode) takes Telegram updates; the one holding the active
 * lease also polls Telegram, holds the Zalo session and runs the scheduler, and another takes
 * over within 25 s of it dying. `stop` ends everything in order and gives the lease up.
 */
export async function runPlatforms(app: App, options: PlatformOptions): Promise<RunningPlatforms> {
  const senders: ChannelSender[] = [];
  const t = app.config.telegram;
  const bot = options.telegram
    ? createTelegramBot({ token: options.telegram.token, ...(t.apiRoot ? { apiRoot: t.apiRoot } : {}), ...(options.telegram.botInfo ? { botInfo: options.telegram.botInfo } : {}) }, app.logger)
    : undefined;
  if (bot) senders.push(createTelegramSender(bot.api, { perSecond: t.ratePerSecond, chatIntervalMs: t.chatIntervalMs, groupPerMinute: t.groupPerMinute }));
  let zalo: ZaloChannel | undefined;
  const z = app.config.zalo;
  const zaloParts = options.zalo ? await loadZalo() : undefined;
  if (zaloParts) {
    const { createZaloSender } = zaloParts;
    senders.push(
      createZaloSender(() => zalo?.api(), {
        limits: { perSecond: 1000 / z.sendIntervalMs, chatIntervalMs: z.sendIntervalMs, groupPerMinute: 10, perHour: z.sendsPerHour, jitterMs: z.sendJitterMs },
        mayMessage: async (chatId) => (zalo?.recentlyContacted(chatId) ?? false) || (await app.directory.isKnownChat(ZALO_CHANNEL, chatId)),
        imageSize: { width: CHART_WIDTH, height: CHART_HEIGHT },
      }),
    );
  }
  const { engine, outbox } = buildEngine(app, senders);
  const telegram = bot ? createTelegramChannel({ bot, engine, logger: app.logger, menus: commandMenus(app.translator), chats: groupChatChanges(app, TELEGRAM_CHANNEL, outbox) }) : undefined;
  if (options.zalo && zaloParts) {
    const { createZaloChannel, saveCookies } = zaloParts;
    zalo = createZaloChannel({
      engine,
      logger: app.logger,
      login: options.zalo.login,
      saveCookies: (api) => saveCookies(z.credentialsFile, api),
      reportProblem: (problem) => void notifyAdmins(app, `zalo-problem-${problem}`, ZALO_CHANNEL).catch((error: unknown) => app.logger.error({ err: error, problem }, "could not notify admins")),
    });
  }
  const polling = telegram && !t.webhook ? telegram : undefined;
  const role: ActiveRole = {
    async start() {
      await polling?.start();
      await zalo?.start();
      // Zalo's messages wait while its session is elsewhere: deliver them now.
      outbox.wake();
      await options.scheduler?.start();
    },
    async stop() {
      options.scheduler?.stop();
      // Stop taking messages first (grammY confirms the offset).
      await polling?.stop();
      await zalo?.stop();
    },
  };

  outbox.start();
  const pruning = pruneInboundMessagesPeriodically({ inbound: app.stores.inbound, clock: app.clock, logger: app.logger });
  let webhook: TelegramWebhook | undefined;
  let lease: ActiveInstance | undefined;
  const stop = async (): Promise<void> => {
    pruning.stop();
    await webhook?.stop();
    await lease?.stop();
    // Then let the outbox finish its tick.
    await outbox.stop();
  };
  try {
    // A rejected token is reported at once, on every instance, not only on the active one.
    await telegram?.connect();
    if (telegram && t.webhook) webhook = await serveTelegramWebhook(telegram, { ...t.webhook, logger: app.logger });
    lease = holdActiveRole({ leases: app.stores.leases, clock: app.clock, logger: app.logger }, instanceName(app.config), role, options.leaseTiming);
    await lease.ready;
  } catch (error) {
    // Nothing may go on running against a database the caller is about to close.
    await stop();
    throw error;
  }
  const held = lease;
  return {
    stop,
    stopped: polling?.stopped ?? new Promise<Error>(() => undefined),
    active: () => held.active,
    ...(webhook ? { webhookPort: webhook.port } : {}),
  };
}

export const runTelegram = (app: App, token: string, options: { botInfo?: UserFromGetMe } = {}) => runPlatforms(app, { telegram: { token, ...options } });

/** The Zalo library (~10 MB) is loaded only where Zalo is enabled. */
async function loadZalo() {
  const [channel, sender, session] = await Promise.all([import("./channels/zalo/zalo-channel.ts"), import("./channels/zalo/zalo-sender.ts"), import("./channels/zalo/zalo-session.ts")]);
  return { createZaloChannel: channel.createZaloChannel, createZaloSender: sender.createZaloSender, loginFromFile: session.loginFromFile, saveCookies: session.saveCookies };
}

async function startPlatforms(config: Config): Promise<void> {
  const app = await openApp(config);
  const scheduler = buildScheduler(app);
  try {
    // Refuses (QuestionnaireChanged) before any platform is reached.
    await app.stores.questionnaires.ensure(DEFAULT_MONTHLY_CELL);
    await app.stores.questionnaires.ensure(YEARLY_GRASSROOTS);
    // Listening from here on: a SIGTERM while the scheduler catches up still stops everything in order.
    const signal = shutdownSignal();
    const running = await runPlatforms(app, {
      ...(config.telegram.token ? { telegram: { token: config.telegram.token } } : {}),
      ...(config.zalo.enabled ? { zalo: { login: (await loadZalo()).loginFromFile(config.zalo.credentialsFile) } } : {}),
      scheduler,
    });
    if (!running.active()) app.logger.info({}, "another instance is active: standing by (delivering the outbox)");
    // Polling that ended on its own (401, 409) stops everything too, with a non-zero exit code.
    const ended = await Promise.race([signal, running.stopped]);
    app.logger.info(typeof ended === "string" ? { signal: ended } : { reason: ended.message }, "stopping");
    await running.stop();
    app.logger.info({}, "stopped");
    if (typeof ended !== "string") throw ended;
  } finally {
    scheduler.stop();
    await app.close();
  }
}
