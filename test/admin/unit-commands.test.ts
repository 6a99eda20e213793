import { describe, expect, it } from "vitest";
import { dbRows } from "../support/db-rows.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { startTestBot } from "../support/test-bot.ts";

/**
 * Issue 12: /donvi <code> <members> — an admin corrects a unit's number of members from a chat
 * (what secretaries are told to ask the committee office for), within their subtree only.
 */
describe("/donvi", () => {
  const dbPath = tempDbPath();

  it("lets an admin correct a unit's members within their subtree, by the import's rules, audited", async () => {
    const bot = await startTestBot({ dbPath });
    const admin = await bot.user("thpt-admin", [{ unit: "MK-THPT", role: "admin" }]);
    expect(await admin.say("/donvi mk-thpt-gv 28")).toBe("Đã sửa MK-THPT-GV (Chi bộ Giáo viên):\nsố đảng viên: 26 → 28");
    expect(await admin.say("/donvi MK-THPT-GV 28")).toBe("MK-THPT-GV (Chi bộ Giáo viên) đã đúng như vậy: không có gì thay đổi.");
    expect(await admin.say("/donvi MK-THPT-GV 0")).toBe('Không sửa được MK-THPT-GV (Chi bộ Giáo viên):\n- số đảng viên "0" phải là số nguyên từ 1 đến 100.000.');
    expect(await admin.say("/donvi MK-THPT-GV hai mươi")).toBe(
      "Cách dùng: /donvi <mã đơn vị> <số đảng viên>, ví dụ /donvi MK-PL1 20 — sửa số đảng viên của một đơn vị (quản trị viên, trong phạm vi đơn vị mình quản lý).",
    );
    expect(await admin.say("/donvi MK-PL1 20")).toBe("Chi bộ thôn Pha Long 1 (MK-PL1) nằm ngoài phạm vi quản trị của đồng chí.");
    expect(await admin.say("/donvi NOPE 20")).toBe("Không có đơn vị mã NOPE.");

    const secretary = await bot.user("pl1-sec", [{ unit: "MK-PL1", role: "secretary" }]);
    expect(await secretary.say("/donvi MK-PL1 20")).toBe("Chỉ quản trị viên mới dùng được lệnh này.");
    const root = await bot.user("lc-admin", [{ unit: "LC", role: "admin" }], { localeHint: "en" });
    expect(await root.say("/unit MK-PL1 20")).toBe("Changed MK-PL1 (Chi bộ thôn Pha Long 1):\nmembers: 18 → 20");

    const audit = dbRows(bot.app).all<{ action: string; subject: string; actor_id: number | null }>("SELECT action, subject, actor_id FROM audit_log WHERE action = 'unit.members' ORDER BY id");
    expect(audit.map((a) => [a.subject, a.actor_id !== null])).toEqual([
      ["unit:MK-THPT-GV", true],
      ["unit:MK-PL1", true],
    ]);
    await bot.close();
  });
});
