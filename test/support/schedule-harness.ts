import { DEMO_ORG } from "../../src/app/demo-org.ts";
import { loadConfig } from "../../src/config.ts";
import type { OutgoingMessage } from "../../src/engine/messages.ts";
import { grantRole } from "../../src/app/grant-role.ts";
import { buildEngine, buildScheduler } from "../../src/main.ts";
import { openApp, type App } from "../../src/app/open-app.ts";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import { FakeChannel } from "./fake-channel.ts";
import { FakeClock } from "./fake-clock.ts";

export interface Delivery {
  readonly at: string;
  readonly chatId: string;
  readonly message: OutgoingMessage;
}

/**
 * The real scheduler, use cases, engine, storage and outbox on a temporary database, driven by
 * a fake clock: `advanceTo` moves time minute by minute through every fire, delivering as it goes.
 */
export async function scheduleHarness(options: { dbPath: string; start: string; env?: Record<string, string>; seed?: boolean }) {
  const clock = new FakeClock(options.start);
  const app: App = await openApp(loadConfig({ BONTOT_DB_PATH: options.dbPath, LOG_LEVEL: "silent", ...options.env }), { clock });
  await app.stores.questionnaires.ensure(DEFAULT_MONTHLY_CELL);
  if (options.seed !== false && (await app.stores.org.isEmpty())) await app.stores.org.createUnits(DEMO_ORG, clock.now());
  const channel = new FakeChannel();
  const { engine, outbox } = buildEngine(app, [channel]);
  const scheduler = buildScheduler(app);
  const deliveries: Delivery[] = [];

  const deliver = async (): Promise<void> => {
    await outbox.drain();
    for (const d of channel.delivered.splice(0)) deliveries.push({ at: clock.now().toISOString(), chatId: d.chatId, message: d.message });
  };

  return {
    app,
    clock,
    scheduler,
    deliveries,
    async person(externalId: string, unit: string, role: "secretary" | "deputy" | "admin" = "secretary"): Promise<void> {
      await grantRole(app, { identity: { channel: channel.channel, externalId }, unitCode: unit, role, at: clock.now() });
    },
    async bindGroup(chatId: string, unit: string): Promise<void> {
      await app.groups.bind({ channel: channel.channel, chatId }, unit, null, clock.now());
    },
    /** A user's message at the current time; returns the replies' texts. */
    async says(externalId: string, text: string): Promise<string[]> {
      await engine.handle({ channel: channel.channel, chatId: externalId, chatType: "private", senderId: externalId, text, receivedAt: clock.now() });
      const before = deliveries.length;
      await deliver();
      return deliveries.slice(before).map((d) => d.message.text);
    },
    /** Moves time forward in steps of `stepMs`, letting the scheduler fire and the outbox deliver at each step. */
    async advanceTo(at: string, stepMs = 60 * 60_000): Promise<void> {
      const end = new Date(at).getTime();
      while (clock.now().getTime() < end) {
        clock.set(new Date(Math.min(end, clock.now().getTime() + stepMs)));
        await scheduler.check(clock.now());
        await deliver();
      }
    },
    to(chatId: string): Delivery[] {
      return deliveries.filter((d) => d.chatId === chatId);
    },
    async close(): Promise<void> {
      scheduler.stop();
      await outbox.stop();
      await app.close();
    },
  };
}

export const FULL_MONTH_ANSWERS = ["có", "5/11", "18 17 0", "120", "không", "1", "1", "5 5", "1", "2", "2", "18", "không", "100", "0", "2 1", "17", "/skip", "gửi"];
