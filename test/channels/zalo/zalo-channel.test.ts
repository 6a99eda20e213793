import { statSync } from "node:fs";
import path from "node:path";
import { ThreadType } from "zca-js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { inviteCodeFor } from "../../support/invite-code.ts";
import { DEMO_ORG } from "../../../src/app/demo-org.ts";
import { createZaloChannel } from "../../../src/channels/zalo/zalo-channel.ts";
import { readZaloCredentials, writeZaloCredentials } from "../../../src/channels/zalo/zalo-credentials.ts";
import { createZaloSender } from "../../../src/channels/zalo/zalo-sender.ts";
import { terminalQr } from "../../../src/channels/zalo/zalo-session.ts";
import QRCode from "qrcode";
import { loadConfig } from "../../../src/config.ts";
import { buildEngine } from "../../../src/main.ts";
import { ensureCurrentPeriod, openApp, type App } from "../../../src/app/open-app.ts";
import { dbRows } from "../../support/db-rows.ts";
import { tempDbPath } from "../../support/temp-db.ts";
import { fakeZaloApi, groupMessage, userMessage } from "../../support/zalo-fakes.ts";

const FULL_MONTH = ["có", "hôm nay", "18 17 0", "120", "2", "1", "1", "5 5", "1", "2", "2", "18", "không", "100", "0", "2 1", "17", "bỏ qua"];

describe("Zalo: conversations through the real engine", () => {
  const dbPath = tempDbPath();
  let app: App;
  let fake: ReturnType<typeof fakeZaloApi>;
  let stop: () => Promise<void>;
  let drain: () => Promise<void>;
  let seq = 1;

  beforeEach(async () => {
    app = await openApp(loadConfig({ BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent", ADMIN_ZALO_IDS: "900" }));
    await ensureCurrentPeriod(app);
    await app.stores.org.createUnits(DEMO_ORG, new Date());
    fake = fakeZaloApi();
    // The sender and the channel need each other: the sender sends through the channel's live API.
    const late: { channel?: ReturnType<typeof createZaloChannel> } = {};
    const sender = createZaloSender(() => late.channel?.api(), {
      limits: { perSecond: 1000, chatIntervalMs: 0, groupPerMinute: 1000 },
      mayMessage: async (chatId) => (late.channel?.recentlyContacted(chatId) ?? false) || (await app.directory.isKnownChat("zalo", chatId)),
      imageSize: { width: 1200, height: 600 },
    });
    const { engine, outbox } = buildEngine(app, [sender]);
    const channel = createZaloChannel({ engine, logger: app.logger, login: async () => fake.api, saveCookies: () => undefined, reportProblem: () => undefined });
    late.channel = channel;
    await channel.start();
    drain = () => outbox.drain();
    stop = async () => {
      await channel.stop();
      await outbox.stop();
      await app.close();
    };
  });
  afterEach(async () => stop());

  /** A user writes; the engine handles it; the outbox delivers. Returns what the bot sent back. */
  async function says(from: string, text: string): Promise<string[]> {
    const before = fake.sent.length;
    fake.listener.emit("message", userMessage(from, text, `m${seq++}`));
    await vi.waitFor(async () => {
      await drain();
      expect(fake.sent.length).toBeGreaterThan(before);
    });
    return fake.sent.slice(before).map((s) => s.text);
  }

  it("a secretary redeems an invite with `start <code>` and completes the questionnaire with numbers and words", async () => {
    const now = new Date();
    const invite = await inviteCodeFor(app, "MK-PL1", { at: now });
    const [welcome] = await says("111", `start ${invite}`);
    expect(welcome).toContain("Chào mừng đồng chí");
    expect(welcome).toContain("   1. Bắt đầu báo cáo");
    const [first] = await says("111", "1");
    expect(first).toContain("📋 Câu 1/16");
    expect(first).toContain("   1. Có\n   2. Không");
    for (const answer of FULL_MONTH) await says("111", answer);
    const [receipt] = await says("111", "gửi");
    expect(receipt).toContain("✅ Đã gửi báo cáo tháng");
    expect(receipt).toContain("Tổng điểm: 100/100");
    expect(fake.sent.every((s) => s.threadId === "111" && s.type === ThreadType.User)).toBe(true);
  });

  it("a code typed off a printed card as it comes — `start 7kq2 m9xd …`, lower case, spaces, O for 0 — registers", async () => {
    const now = new Date();
    const invite = await inviteCodeFor(app, "MK-NC", { at: now });
    const typed = invite.toLowerCase().replace(/-/g, " ").replace(/0/g, "o");
    expect(typed).toMatch(/^[a-z0-9]{4}( [a-z0-9]{4}){3}$/);
    const [welcome] = await says("112", `start ${typed}`);
    expect(welcome).toContain("Chào mừng đồng chí! Đồng chí đã được ghi nhận là Bí thư — Chi bộ thôn Na Chơ.");
    expect(dbRows(app).count("SELECT COUNT(*) AS n FROM invite_attempts")).toBe(0);
  });

  it("binds a group for an admin and refuses others; in groups only commands get an answer", async () => {
    fake.listener.emit("message", groupMessage("777", "222", "chào mọi người", `m${seq++}`));
    const refused = await new Promise<string[]>((resolve) => {
      fake.listener.emit("message", groupMessage("777", "222", "/bind MK", `m${seq++}`));
      void vi.waitFor(async () => {
        await drain();
        expect(fake.sent.length).toBe(1);
      }).then(() => resolve(fake.sent.map((s) => s.text)));
    });
    expect(refused).toEqual(["Chỉ quản trị viên mới dùng được lệnh này."]);
    fake.listener.emit("message", groupMessage("777", "900", "/bind MK", `m${seq++}`));
    await vi.waitFor(async () => {
      await drain();
      expect(fake.sent.length).toBe(2);
    });
    expect(fake.sent[1]).toMatchObject({ threadId: "777", type: ThreadType.Group });
    expect(fake.sent[1]?.text).toContain("Đã gắn nhóm này với Đảng ủy xã Mường Khương");
  });

  it("never writes first to someone unknown, and sends charts as attachments from memory", async () => {
    await app.outbox.enqueue([{ channel: "zalo", chatId: "555", message: { text: "xin chào" } }], new Date());
    await drain();
    expect(fake.sent).toEqual([]);
    expect(dbRows(app).get("SELECT * FROM outbox_messages WHERE chat_id = ? ORDER BY id LIMIT 1", "555")).toMatchObject({ status: "failed", last_error: "not a contact of the bot account" });

    await app.groups.bind({ channel: "zalo", chatId: "g:777" }, "MK", null, new Date());
    const png = Buffer.from("89504e470d0a1a0a", "hex");
    await app.outbox.enqueue([{ channel: "zalo", chatId: "g:777", message: { text: "📰 Bản tin", image: { base64: png.toString("base64"), filename: "MK-2026-11.png" } } }], new Date());
    await drain();
    expect(fake.sent[0]).toMatchObject({ threadId: "777", type: ThreadType.Group, text: "📰 Bản tin" });
    expect(fake.sent[0]?.attachments).toEqual([{ data: png, filename: "MK-2026-11.png", metadata: { totalSize: png.length, width: 1200, height: 600 } }]);
  });
});

describe("Zalo QR login", () => {
  it("draws the QR code of Zalo's PNG in the terminal", async () => {
    const png = await QRCode.toBuffer("https://id.zalo.me/account?continue=test-login-code", { width: 300 });
    const drawn = await terminalQr(png);
    expect(drawn?.split("\n").length).toBeGreaterThan(10);
    expect(drawn).toMatch(/[▀▄█]/);
    expect(await terminalQr(Buffer.from("not a png"))).toBeUndefined();
  });
});

describe("Zalo credentials file", () => {
  const dbPath = tempDbPath();

  it("is written readable by its owner only, and read back", () => {
    const file = path.join(path.dirname(dbPath), "zalo.json");
    writeZaloCredentials(file, { imei: "imei-1", userAgent: "Mozilla/5.0", cookie: [{ key: "zpw_sek", value: "abc" }] });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readZaloCredentials(file)).toMatchObject({ imei: "imei-1", userAgent: "Mozilla/5.0" });
  });
});
