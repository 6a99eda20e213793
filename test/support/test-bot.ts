import { loadConfig } from "../../src/config.ts";
import type { Role } from "../../src/domain/org.ts";
import type { IncomingMessage, OutgoingMessage } from "../../src/engine/messages.ts";
import { DEMO_ORG } from "../../src/app/demo-org.ts";
import { buildEngine } from "../../src/main.ts";
import { grantRole } from "../../src/app/grant-role.ts";
import { ensureCurrentPeriod, openApp, type App } from "../../src/app/open-app.ts";
import { FakeChannel } from "./fake-channel.ts";
import { FakeClock } from "./fake-clock.ts";

export interface TestBot {
  readonly app: App;
  readonly clock: FakeClock;
  readonly channel: FakeChannel;
  /**
   * A person on the fake channel with a role in a unit of the demo org; with `group`, what they
   * say goes to that group chat and the replies are the group's.
   */
  /** Hands a message to the engine without delivering the replies (they stay in the outbox). */
  engineHandle(message: IncomingMessage): Promise<void>;
  user(externalId: string, grants?: readonly { unit: string; role: Role }[], options?: { localeHint?: string; group?: string; botUsername?: string }): Promise<TestUser>;
  close(): Promise<void>;
}

export interface TestUser {
  /** Sends text (or taps a button) and returns what the bot delivered in reply. */
  says(text: string): Promise<OutgoingMessage[]>;
  /** Taps a button; returns the at-once acknowledgement (if any) and the replies. */
  taps(option: string, context?: string): Promise<{ ack?: string; replies: OutgoingMessage[] }>;
  /** The text of the only reply. */
  say(text: string): Promise<string>;
  /** What the bot delivered to this person on its own (reminders, notices) since the last look. */
  inbox(): Promise<OutgoingMessage[]>;
}

/**
 * The real engine, storage and outbox on a temporary SQLite file, with a fake clock and channel.
 * `channel` names the fake channel ("telegram" lets `env` configure admins by ADMIN_TELEGRAM_IDS).
 */
export async function startTestBot(options: { dbPath: string; now?: string; lang?: "vi" | "en"; channel?: string; env?: Record<string, string> }): Promise<TestBot> {
  const clock = new FakeClock(options.now ?? "2026-11-20T03:00:00Z");
  const config = loadConfig({ BONTOT_DB_PATH: options.dbPath, LOG_LEVEL: "silent", BONTOT_LANG: options.lang ?? "vi", ...options.env });
  const app = await openApp(config, { clock });
  await ensureCurrentPeriod(app);
  if (await app.stores.org.isEmpty()) await app.stores.org.createUnits(DEMO_ORG, clock.now());
  const channel = new FakeChannel(options.channel);
  const { engine, outbox } = buildEngine(app, [channel]);

  const deliver = async (chatId: string): Promise<OutgoingMessage[]> => {
    await outbox.drain();
    const mine = channel.delivered.filter((d) => d.chatId === chatId);
    channel.delivered.splice(0, channel.delivered.length, ...channel.delivered.filter((d) => d.chatId !== chatId));
    return mine.map((d) => d.message);
  };

  return {
    app,
    clock,
    channel,
    async engineHandle(message) {
      await engine.handle(message);
    },
    async user(externalId, grants = [], userOptions = {}) {
      for (const grant of grants) await grantRole(app, { identity: { channel: channel.channel, externalId }, unitCode: grant.unit, role: grant.role, at: clock.now() });
      const { group, ...hints } = userOptions;
      const chatId = group ?? externalId;
      const base = { channel: channel.channel, chatId, chatType: group ? ("group" as const) : ("private" as const), senderId: externalId, ...hints };
      const user: TestUser = {
        async says(text) {
          await engine.handle({ ...base, text, receivedAt: clock.now() });
          return deliver(chatId);
        },
        async taps(option, context) {
          const result = await engine.handle({ ...base, option: context === undefined ? { id: option } : { id: option, context }, receivedAt: clock.now() });
          return { ...result, replies: await deliver(chatId) };
        },
        inbox: () => deliver(chatId),
        async say(text) {
          const replies = await user.says(text);
          if (replies.length !== 1) throw new Error(`expected one reply to "${text}", got ${replies.length}`);
          return (replies[0] as OutgoingMessage).text;
        },
      };
      return user;
    },
    async close() {
      await outbox.stop();
      await app.close();
    },
  };
}
