import { createRequire } from "node:module";
import ExcelJS from "exceljs";
import type JsQrModule from "jsqr";
import { afterEach, describe, expect, it } from "vitest";
import { inviteOverview } from "../../src/app/invite-overview.ts";
import { inviteSheets, telegramInviteLink } from "../../src/app/invite-sheets.ts";
import { issueCellInvites, type IssuedInvite } from "../../src/app/issue-cell-invites.ts";
import { revokeInviteCode, revokeUnitInvites } from "../../src/app/revoke-invites.ts";
import { dbRows } from "../support/db-rows.ts";
import { readPdf } from "../support/pdf-reader.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { startTestBot, type TestBot } from "../support/test-bot.ts";

// jsqr is CommonJS whose default export TypeScript cannot see through an ESM import (as in src/channels/zalo/zalo-session.ts).
const jsQR: (typeof JsQrModule)["default"] = createRequire(import.meta.url)("jsqr");

const flat = (lines: readonly string[]): string => lines.join(" ").replace(/\s+/g, " ");

const CELLS = ["MK-PL1", "MK-NC", "MK-TT", "MK-THPT-GV", "MK-THPT-HC"];

describe("invites for a whole committee at once", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  afterEach(async () => bot.close());

  async function issue(request: { unitCode?: string; role?: "secretary" | "deputy" | "leader" | "admin"; renew?: boolean } = {}) {
    const result = await issueCellInvites(bot.app, { unitCode: request.unitCode ?? "MK", role: request.role ?? "secretary", renew: request.renew ?? false, at: bot.clock.now() });
    if (!result.ok) throw new Error(result.reason);
    return result;
  }

  it("issues one code per cell without a registered secretary; a second run issues nothing; --renew withdraws and replaces", async () => {
    bot = await startTestBot({ dbPath });
    await bot.user("sec-pl1", [{ unit: "MK-PL1", role: "secretary" }]);

    const first = await issue();
    expect(first.issued.map((i) => i.unit.code)).toEqual(["MK-NC", "MK-TT", "MK-THPT-GV", "MK-THPT-HC"]);
    expect(first.skipped.map((s) => [s.unit.code, s.reason])).toEqual([["MK-PL1", "registered"]]);
    expect(first.issued.map((i) => i.committee?.code)).toEqual(["MK", "MK", "MK-THPT", "MK-THPT"]);
    expect(new Set(first.issued.map((i) => i.code)).size).toBe(4);
    expect(first.issued[0]?.expiresAt).toEqual(new Date(bot.clock.now().getTime() + 7 * 86_400_000));

    const again = await issue();
    expect(again.issued).toEqual([]);
    expect(again.skipped.map((s) => [s.unit.code, s.reason])).toEqual([
      ["MK-PL1", "registered"],
      ["MK-NC", "pending"],
      ["MK-TT", "pending"],
      ["MK-THPT-GV", "pending"],
      ["MK-THPT-HC", "pending"],
    ]);
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM invites")).toBe(4);

    const renewed = await issue({ renew: true });
    expect(renewed.issued.map((i) => [i.unit.code, i.renewed])).toEqual([
      ["MK-NC", true],
      ["MK-TT", true],
      ["MK-THPT-GV", true],
      ["MK-THPT-HC", true],
    ]);
    expect(renewed.skipped.map((s) => s.unit.code)).toEqual(["MK-PL1"]);
    const rows = dbRows(bot.app);
    expect(rows.count("SELECT COUNT(*) AS n FROM invites WHERE revoked_at IS NOT NULL")).toBe(4);
    expect(rows.count("SELECT COUNT(*) AS n FROM invites WHERE revoked_at IS NULL AND used_at IS NULL")).toBe(4);
    expect(rows.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'invite.create'")).toBe(8);
    expect(rows.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'invite.revoke'")).toBe(4);
    // No code in clear anywhere: neither in the invites nor in the audit log.
    const stored = JSON.stringify(rows.all("SELECT * FROM invites")) + JSON.stringify(rows.all("SELECT * FROM audit_log"));
    for (const i of [...first.issued, ...renewed.issued]) {
      expect(stored).not.toContain(i.code);
      expect(stored).not.toContain(i.code.replace(/-/g, ""));
    }

    // The old code of a renewed cell is refused as withdrawn; the new one registers.
    const oldCode = first.issued[0]?.code ?? "";
    const newCode = renewed.issued[0]?.code ?? "";
    const newcomer = await bot.user("sec-nc");
    expect(await newcomer.say(`/start ${oldCode}`)).toBe("Mã mời này đã bị thu hồi. Vui lòng xin mã mới từ văn phòng cấp ủy.");
    expect(await newcomer.say(`/start ${newCode.toLowerCase()}`)).toContain("Chi bộ thôn Na Chơ");
  });

  it("an expired code no longer counts as pending: the cell gets a new one", async () => {
    bot = await startTestBot({ dbPath });
    await issue({ unitCode: "MK-PL1" });
    bot.clock.advance(8 * 86_400_000);
    expect((await issue({ unitCode: "MK-PL1" })).issued.map((i) => [i.unit.code, i.renewed])).toEqual([["MK-PL1", false]]);
  });

  it("goes to the units that take the role: cells for a secretary or deputy, grassroots committees too for a leader", async () => {
    bot = await startTestBot({ dbPath });
    expect((await issue({ role: "deputy" })).issued.map((i) => i.unit.code)).toEqual(CELLS);
    expect((await issue({ role: "leader" })).issued.map((i) => i.unit.code)).toEqual(["MK-PL1", "MK-NC", "MK-TT", "MK-THPT", "MK-THPT-GV", "MK-THPT-HC"]);
    expect((await issue({ unitCode: "MK-THPT" })).issued.map((i) => i.unit.code)).toEqual(["MK-THPT-GV", "MK-THPT-HC"]);
    expect(await issueCellInvites(bot.app, { unitCode: "NOPE", role: "secretary", at: bot.clock.now() })).toEqual({ ok: false, reason: "unknown-unit" });
  });

  it("prints one card per cell: the PDF read back has each cell's name, role and code, and a QR code that decodes to its link", async () => {
    bot = await startTestBot({ dbPath });
    // Seven cells: two pages of six cards.
    await bot.app.stores.org.createUnits(
      [
        { code: "MK-X1", name: "Chi bộ thôn Sín Chải", kind: "cell", parentCode: "MK", memberCount: 9 },
        { code: "MK-X2", name: "Chi bộ thôn Lùng Vai", kind: "cell", parentCode: "MK", memberCount: 11 },
      ],
      bot.clock.now(),
    );
    const batch = await issue();
    expect(batch.issued).toHaveLength(7);
    const { pdf } = await inviteSheets(bot.app, batch, { locale: "vi", botUsername: "bontot_bot", zaloContact: "Bontot Lào Cai (0912 345 678)" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

    const pages = readPdf(pdf);
    expect(pages).toHaveLength(2);
    expect(pages.map((p) => p.images.length)).toEqual([6, 1]);
    // Lines are as laid out: a sentence may wrap, so it is looked for with its lines joined.
    const text = pages.map((p) => flat(p.lines));
    for (const invite of batch.issued) {
      const onPages = text.filter((t) => t.includes(invite.code));
      expect(onPages, invite.unit.code).toHaveLength(1);
      const page = onPages[0] ?? "";
      expect(page).toContain(`${invite.unit.name} (${invite.unit.code})`);
      expect(page).toContain(`Zalo: gửi tin nhắn «start ${invite.code}» tới`);
    }
    expect(text[0]).toContain("Vai trò: Bí thư");
    expect(text[0]).toContain("Telegram: quét mã QR");
    expect(text[0]).toContain("Đảng ủy xã Mường Khương");
    expect(text.join(" ")).toContain("Bontot Lào Cai (0912 345 678)");
    expect(text.join(" ")).toContain("Hết hạn: 10:00 27/11/2026");

    // The QR codes as they are in the PDF, in card order.
    const decoded = pages.flatMap((p) => p.images.map((image) => jsQR(image.rgba, image.width, image.height)?.data));
    expect(decoded).toEqual(batch.issued.map((i) => telegramInviteLink("bontot_bot", i.code)));
    expect(decoded[0]).toMatch(/^https:\/\/t\.me\/bontot_bot\?start=[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  });

  it("the QR code on the card opens the link whose payload /start accepts", async () => {
    bot = await startTestBot({ dbPath });
    const batch = await issue({ unitCode: "MK-TT" });
    const [invite] = batch.issued as IssuedInvite[];
    const { pdf } = await inviteSheets(bot.app, batch, { locale: "vi", botUsername: "bontot_bot", zaloContact: null });
    const [qr] = readPdf(pdf)[0]?.images ?? [];
    const link = qr ? jsQR(qr.rgba, qr.width, qr.height)?.data : undefined;
    expect(link).toBe(telegramInviteLink("bontot_bot", invite?.code ?? ""));
    // What Telegram sends when the link is opened: "/start <payload>".
    const payload = new URL(link ?? "").searchParams.get("start") ?? "";
    expect(payload).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(await (await bot.user("sec-tt")).say(`/start ${payload}`)).toContain("Chi bộ thôn Tả Thàng");
  });

  it("without the bot's username the cards have no QR code and say how to register by typing", async () => {
    bot = await startTestBot({ dbPath });
    const batch = await issue({ unitCode: "MK-THPT" });
    const { pdf } = await inviteSheets(bot.app, batch, { locale: "en", botUsername: null, zaloContact: null });
    const [page] = readPdf(pdf);
    expect(page?.images).toEqual([]);
    const text = flat(page?.lines ?? []);
    expect(text).toContain("(No QR code: the Telegram bot's name was not set when this was printed)");
    for (const i of batch.issued) expect(text).toContain(`/start ${i.code}`);
    expect(text).toContain("the bot's Zalo account: ………………………");
    expect(text).not.toContain("t.me");
  });

  it("the XLSX lists the same cards (Vietnamese headers, frozen header row), then the cells left out", async () => {
    bot = await startTestBot({ dbPath });
    await bot.user("sec-pl1", [{ unit: "MK-PL1", role: "secretary" }]);
    await issue({ unitCode: "MK-TT" });
    const batch = await issue();
    const { xlsx } = await inviteSheets(bot.app, batch, { locale: "vi", botUsername: "bontot_bot", zaloContact: null });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    expect(sheet.name).toBe("Mã mời");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const values = (n: number): unknown[] => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(["Cấp ủy", "Mã đơn vị", "Tên đơn vị", "Vai trò", "Mã mời", "Đường link Telegram", "Hết hạn", "Trạng thái"]);
    expect(sheet.getColumn(3).width).toBeGreaterThan(20);
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => values(i + 2));
    expect(rows.map((r) => [r[1], r[7]])).toEqual([
      ["MK-NC", "mã mới"],
      ["MK-THPT-GV", "mã mới"],
      ["MK-THPT-HC", "mã mới"],
      ["MK-PL1", "đã có người đăng ký"],
      ["MK-TT", "còn mã chưa dùng"],
    ]);
    batch.issued.forEach((invite, n) => {
      expect(rows[n]).toEqual([invite.committee?.name, invite.unit.code, invite.unit.name, "Bí thư", invite.code, telegramInviteLink("bontot_bot", invite.code), "10:00 27/11/2026", "mã mới"]);
    });
    expect(rows[3]?.[4]).toBe("");
  });

  it("lists who registered where, the pending codes, and the cells with nobody; revokes by code or by unit", async () => {
    bot = await startTestBot({ dbPath });
    await bot.user("sec-pl1", [{ unit: "MK-PL1", role: "secretary" }]);
    const batch = await issue();
    const gv = batch.issued.find((i) => i.unit.code === "MK-THPT-GV");
    await (await bot.user("sec-gv")).says(`/start ${gv?.code}`);

    const overview = await inviteOverview(bot.app, { unitCode: "MK", at: bot.clock.now() });
    if (!overview.ok) throw new Error("no overview");
    const byCode = new Map(overview.units.map((u) => [u.unit.code, u]));
    expect([...byCode.keys()]).toEqual(["MK-PL1", "MK-NC", "MK-TT", "MK-THPT-GV", "MK-THPT-HC"]);
    expect(byCode.get("MK-PL1")).toMatchObject({ nobody: false, pending: [], registered: [{ role: "secretary", since: null, identities: [{ channel: "fake", externalId: "sec-pl1", reachable: true }] }] });
    expect(byCode.get("MK-THPT-GV")).toMatchObject({ nobody: false, pending: [], registered: [{ role: "secretary", since: bot.clock.now() }] });
    expect(byCode.get("MK-NC")).toMatchObject({ nobody: true, registered: [], pending: [{ role: "secretary", expiresAt: batch.issued[0]?.expiresAt }] });

    const nc = batch.issued.find((i) => i.unit.code === "MK-NC")?.code ?? "";
    expect(await revokeInviteCode(bot.app, { code: nc.toLowerCase().replace(/-/g, " "), at: bot.clock.now() })).toMatchObject({ ok: true, role: "secretary", unit: { code: "MK-NC" } });
    expect(await revokeInviteCode(bot.app, { code: nc, at: bot.clock.now() })).toMatchObject({ ok: false, reason: "revoked" });
    expect(await revokeInviteCode(bot.app, { code: gv?.code ?? "", at: bot.clock.now() })).toMatchObject({ ok: false, reason: "used", unit: { code: "MK-THPT-GV" } });
    expect(await revokeInviteCode(bot.app, { code: "0000-0000-0000-0000", at: bot.clock.now() })).toEqual({ ok: false, reason: "invalid" });

    const byUnit = await revokeUnitInvites(bot.app, { unitCode: "MK", role: "secretary", at: bot.clock.now() });
    expect(byUnit.ok && byUnit.revoked.map((r) => r.unit.code)).toEqual(["MK-TT", "MK-THPT-HC"]);
    const after = await inviteOverview(bot.app, { unitCode: "MK", at: bot.clock.now() });
    expect(after.ok && after.units.flatMap((u) => u.pending)).toEqual([]);
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'invite.revoke'")).toBe(3);
  });
});
