import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import ExcelJS from "exceljs";
import type JsQrModule from "jsqr";
import { describe, expect, it } from "vitest";
import { cliOnDemoDatabase } from "../support/cli-on-demo.ts";
import { readPdf } from "../support/pdf-reader.ts";

// jsqr is CommonJS whose default export TypeScript cannot see through an ESM import (as in src/channels/zalo/zalo-session.ts).
const jsQR: (typeof JsQrModule)["default"] = createRequire(import.meta.url)("jsqr");

const CODE = /[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}/g;

async function sheetRows(file: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  return Array.from({ length: sheet.rowCount }, (_, i) => (sheet.getRow(i + 1).values as unknown[]).slice(1));
}

describe("npx bontot invite --all-cells, invite list, invite revoke", () => {
  it("writes the cards (PDF) and the list (XLSX) where --out says, prints both paths and no code", async () => {
    const { dir, run } = await cliOnDemoDatabase("bontot-invite-");
    const out = path.join(dir, "phieu-MK.pdf");
    const result = await run("invite", "--unit", "MK", "--all-cells", "--bot-username", "@bontot_bot", "--zalo-contact", "Bontot Lào Cai", "--out", out);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain("Đã tạo 5 mã mời (Bí thư) cho các đơn vị thuộc Đảng ủy xã Mường Khương (MK); hết hạn");
    expect(result.out).toContain(`Đã ghi phiếu mời để in (PDF): ${out}`);
    expect(result.out).toContain(`Đã ghi danh sách mã mời (XLSX): ${path.join(dir, "phieu-MK.xlsx")}`);
    expect(result.out.match(CODE)).toBeNull();

    const rows = await sheetRows(path.join(dir, "phieu-MK.xlsx"));
    expect(rows[0]?.[0]).toBe("Cấp ủy");
    const listed = rows.slice(1).map((r) => ({ unit: r[1], code: String(r[4]), link: r[5] }));
    expect(listed.map((r) => r.unit)).toEqual(["MK-PL1", "MK-NC", "MK-TT", "MK-THPT-GV", "MK-THPT-HC"]);

    // The PDF as written (compressed), read back: one card per cell with its code, and its QR code is its link.
    const pages = readPdf(readFileSync(out));
    expect(pages).toHaveLength(1);
    // Lines as laid out: a phrase may wrap.
    const text = (pages[0]?.lines.join(" ") ?? "").replace(/\s+/g, " ");
    expect(text.match(CODE)?.filter((c, i, all) => all.indexOf(c) === i)).toEqual(listed.map((r) => r.code));
    expect(text).toContain("Bontot Lào Cai");
    expect(pages[0]?.images.map((image) => jsQR(image.rgba, image.width, image.height)?.data)).toEqual(listed.map((r) => `https://t.me/bontot_bot?start=${r.code}`));
    expect(listed.map((r) => r.link)).toEqual(listed.map((r) => `https://t.me/bontot_bot?start=${r.code}`));
  });

  it("without --out, clear names under data/exports/ beside the database; without a bot name, says the QR code is left out", async () => {
    const { dir, run } = await cliOnDemoDatabase("bontot-invite-");
    const first = await run("invite", "--unit", "MK-THPT", "--all-cells", "--role", "deputy", "--lang", "en");
    expect(first.code).toBe(0);
    expect(first.err).toContain("The Telegram bot's name is unknown, so the cards have no QR code");
    const exports = path.join(dir, "exports");
    const files = readdirSync(exports).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^ma-moi-MK-THPT-pho-bi-thu-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(files[1]).toBe(files[0]?.replace(/\.pdf$/, ".xlsx"));
    expect(first.out).toContain(`Wrote the printable invite cards (PDF): ${path.join(exports, files[0] ?? "")}`);
    const [page] = readPdf(readFileSync(path.join(exports, files[0] ?? "")));
    expect(page?.images).toEqual([]);
    expect(page?.lines.join(" ").replace(/\s+/g, " ")).toContain("Role: Deputy secretary");

    // Nothing new to print: no file is written, and the operator is told why.
    const again = await run("invite", "--unit", "MK-THPT", "--all-cells", "--role", "deputy");
    expect(again).toMatchObject({ code: 0, err: "" });
    expect(again.out).toContain("Không tạo mã mới nào");
    expect(again.out).toContain("Bỏ qua 2 đơn vị còn mã chưa dùng (thêm --renew để thu hồi và cấp mã mới): MK-THPT-GV, MK-THPT-HC");
    expect(readdirSync(exports)).toHaveLength(2);

    // --renew: new names beside the old ones, nothing overwritten.
    const renewed = await run("invite", "--unit", "MK-THPT", "--all-cells", "--role", "deputy", "--renew");
    expect(renewed.code).toBe(0);
    expect(renewed.out).toContain("2 mã cũ chưa dùng đã bị thu hồi và thay bằng mã mới.");
    expect(readdirSync(exports).sort()).toEqual([...files, files[0]?.replace(/\.pdf$/, "-2.pdf"), files[1]?.replace(/\.xlsx$/, "-2.xlsx")].sort());
  });

  it("refuses before issuing anything: a file that exists, a missing folder, a wrong extension, batch options without --all-cells", async () => {
    const { dir, run, rows } = await cliOnDemoDatabase("bontot-invite-");
    const taken = path.join(dir, "taken.pdf");
    writeFileSync(taken, "keep me");
    const cases: [string[], string][] = [
      [["--out", taken], "đã có; thêm --force"],
      [["--out", path.join(dir, "missing", "x.pdf")], "không có"],
      [["--out", path.join(dir, "x.xlsx")], "--out cần tên tệp có đuôi .pdf"],
      [["--out", path.join(dir, "x.pdf"), "--xlsx", path.join(dir, "x.csv")], "--xlsx cần tên tệp có đuôi .xlsx"],
      [["--bot-username", "t.me/bontot"], '"t.me/bontot" không phải tên bot Telegram'],
    ];
    for (const [extra, message] of cases) {
      const result = await run("invite", "--unit", "MK", "--all-cells", ...extra);
      expect(result.code, extra.join(" ")).toBe(2);
      expect(result.err).toContain(message);
    }
    const single = await run("invite", "--unit", "MK-PL1", "--renew");
    expect(single.code).toBe(2);
    expect(single.err).toContain("--renew chỉ dùng khi tạo mã cho cả cấp ủy (--all-cells).");
    const unknown = await run("invite", "--unit", "NOPE", "--all-cells");
    expect(unknown.code).toBe(2);
    expect(readFileSync(taken, "utf8")).toBe("keep me");
    expect(rows.count("SELECT COUNT(*) AS n FROM invites")).toBe(0);
    expect(existsSync(path.join(dir, "exports"))).toBe(false);
  });

  it("the single invite prints a code in the new format, with the link when --bot-username is given", async () => {
    const { run } = await cliOnDemoDatabase("bontot-invite-");
    const result = await run("invite", "--unit", "MK-PL1", "--bot-username", "bontot_bot");
    expect(result.code).toBe(0);
    const [code] = result.out.match(CODE) ?? [];
    expect(result.out).toContain(`https://t.me/bontot_bot?start=${code}`);
  });

  it("lists registrations and pending codes, and revokes by code (as typed off a card) or by unit", async () => {
    const { dir, run } = await cliOnDemoDatabase("bontot-invite-");
    expect((await run("invite", "--unit", "MK", "--all-cells", "--out", path.join(dir, "c.pdf"))).code).toBe(0);
    const listed = (await sheetRows(path.join(dir, "c.xlsx"))).slice(1);
    const tt = String(listed.find((r) => r[1] === "MK-TT")?.[4]);

    const list = await run("invite", "list", "--unit", "MK-THPT");
    expect(list.code).toBe(0);
    expect(list.out).toContain("Đăng ký và mã mời — Đảng bộ Trường THPT số 1 Mường Khương (MK-THPT):");
    expect(list.out).toContain("  Chi bộ Giáo viên (MK-THPT-GV)\n    • Bí thư: mã chưa dùng, tạo");
    expect(list.out).toContain("    • chưa có ai đăng ký trả lời báo cáo");
    expect(list.out).toContain("Tổng: 0 đơn vị đã có người đăng ký, 2 mã đang chờ, 2 chi bộ chưa có ai.");
    expect(list.out).not.toContain("MK-TT");

    const typed = tt.toLowerCase().split("-");
    const revoked = await run("invite", "revoke", ...typed);
    expect(revoked).toMatchObject({ code: 0, err: "" });
    expect(revoked.out).toBe("Đã thu hồi mã mời Bí thư của Chi bộ thôn Tả Thàng (MK-TT).\n");
    expect((await run("invite", "revoke", tt)).out).toContain("đã bị thu hồi từ trước");
    const wrong = await run("invite", "revoke", "0000-0000-0000-0000");
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("Không có mã mời nào như vậy.");
    expect((await run("invite", "revoke")).code).toBe(2);
    expect((await run("invite", "revoke", tt, "--unit", "MK")).code).toBe(2);

    const byUnit = await run("invite", "revoke", "--unit", "MK", "--role", "secretary");
    expect(byUnit.out).toBe("Đã thu hồi 4 mã mời chưa dùng thuộc Đảng ủy xã Mường Khương (MK).\n");
    const json = JSON.parse((await run("invite", "list", "--unit", "MK", "--format", "json")).out);
    expect(json.unit).toBe("MK");
    expect(json.units.map((u: { code: string; pending: unknown[]; nobody: boolean }) => [u.code, u.pending.length, u.nobody])).toEqual([
      ["MK-PL1", 0, true],
      ["MK-NC", 0, true],
      ["MK-TT", 0, true],
      ["MK-THPT-GV", 0, true],
      ["MK-THPT-HC", 0, true],
    ]);
    expect((await run("invite", "list", "--pending", "--registered")).code).toBe(2);
  });
});
