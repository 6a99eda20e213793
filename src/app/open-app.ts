import type { Logger } from "pino";
import type { Config } from "../config.ts";
import { periodKeyAt } from "../domain/period.ts";
import { DEFAULT_MONTHLY_CELL } from "../domain/questionnaire/default-monthly-cell.ts";
import { YEARLY_GRASSROOTS } from "../domain/questionnaire/yearly-grassroots.ts";
import type { Clock, OutboxStore as MessageQueue, ScheduleStore, TurnStore } from "../engine/ports.ts";
import { loadTranslator, type Translator } from "../i18n/translator.ts";
import { createLogger } from "../logger.ts";
import type { InTransaction, Stores } from "../ports/stores.ts";
import type { Dialect } from "../storage/kysely/sql-executor.ts";
import { openStorage, type StorageTarget } from "../storage/open-storage.ts";
import { createStores, sessionsOn, transactionsOn } from "../storage/stores.ts";
import { createCellDirectory } from "./cell-directory.ts";
import { createGroupBindings, type GroupBindings } from "./group-bindings.ts";
import { createMessageQueue } from "./outbox-queue.ts";
import type { ProactiveDeps } from "./proactive-deps.ts";
import { registrationNotice } from "./registration-notice.ts";
import { createTurnStorage } from "./turn-storage.ts";

/**
 * What every use case runs on, for the bot and the CLI alike: configuration, logging, the
 * database's stores (one owner per table) and what the use cases compose of them.
 */
export interface App {
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly translator: Translator;
  readonly dialect: Dialect;
  /** Another instance may use the same database (PostgreSQL). */
  readonly shared: boolean;
  readonly stores: Stores;
  readonly inTransaction: InTransaction;
  /** The outbox as messages (the engine's and the worker's view of it). */
  readonly outbox: MessageQueue;
  /** Cells and their people, bound groups, admins: whom the scheduled jobs write to. */
  readonly directory: ScheduleStore;
  readonly groups: GroupBindings;
  readonly turns: TurnStore;
  close(): Promise<void>;
}

export const systemClock: Clock = { now: () => new Date() };

export function storageTarget(config: Config): StorageTarget {
  return config.databaseUrl ? { kind: "postgres", url: config.databaseUrl } : { kind: "sqlite", file: config.dbPath };
}

/** Opens (creating and migrating) the database and builds the stores; shared by the bot and the CLI. */
export async function openApp(config: Config, options: { logFile?: string; clock?: Clock } = {}): Promise<App> {
  const logger = createLogger({ level: config.logLevel, file: config.logFile ?? options.logFile });
  const target = storageTarget(config);
  const storage = await openStorage(target, (error) => logger.warn({ err: error }, "a database connection was closed by the server"));
  if (storage.applied.length > 0) logger.info({ applied: storage.applied, db: target.kind === "sqlite" ? target.file : "postgresql" }, "database migrated");
  const cache = new Map();
  const stores = createStores(storage.exec, cache);
  const inTransaction = transactionsOn(storage.exec, cache);
  const translator = loadTranslator();
  return {
    config,
    logger,
    clock: options.clock ?? systemClock,
    translator,
    dialect: storage.exec.dialect,
    shared: storage.shared,
    stores,
    inTransaction,
    outbox: createMessageQueue(stores.outbox, inTransaction, createStores(storage.deliveryExec, cache).outbox),
    directory: createCellDirectory(stores, inTransaction),
    groups: createGroupBindings(stores, inTransaction),
    turns: createTurnStorage(stores, inTransaction, sessionsOn(storage.exec, cache), registrationNotice({ config, translator })),
    async close() {
      await storage.close();
      logger.flush();
    },
  };
}

/** The default questionnaire is stored, and the current month is open for answers. */
export async function ensureCurrentPeriod(app: App): Promise<void> {
  const versionId = await app.stores.questionnaires.ensure(DEFAULT_MONTHLY_CELL);
  await app.directory.openPeriod(periodKeyAt(app.clock.now(), app.config.timeZone), versionId, app.clock.now());
}

/** What the scheduled use cases and the admin commands that trigger them share. */
export function proactiveDeps(app: App): ProactiveDeps {
  const { schedule } = app.config;
  return {
    schedule: app.directory,
    outbox: app.outbox,
    jobRuns: app.stores.jobRuns,
    translator: app.translator,
    clock: app.clock,
    logger: app.logger,
    timeZone: app.config.timeZone,
    defaultLocale: app.config.defaultLocale,
    calendar: schedule.calendar,
    reminders: schedule.reminders,
    quiet: schedule.quiet,
    questionnaireVersionId: (kind) => app.stores.questionnaires.ensure(kind === "yearly" ? YEARLY_GRASSROOTS : DEFAULT_MONTHLY_CELL),
    // The canvas library holds ~35 MB once loaded: loaded by the first chart, not by every process.
    chart: async (digest, locale) =>
      (await import("../reports/digest-chart.ts")).renderDigestChart(digest, {
        criteriaTitle: app.translator.t(locale, "chart-criteria-title"),
        scoresTitle: app.translator.t(locale, "chart-scores-title"),
        met: app.translator.t(locale, "chart-met"),
        notMet: app.translator.t(locale, "chart-not-met"),
        criterion: (id) => app.translator.t(locale, "chart-criterion", { id }),
      }),
  };
}
