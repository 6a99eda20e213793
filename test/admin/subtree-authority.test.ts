import { afterEach, describe, expect, it } from "vitest";
import type { Role } from "../../src/domain/org.ts";
import { openPeriod } from "../../src/app/open-period.ts";
import { proactiveDeps } from "../../src/app/open-app.ts";
import { startTestBot, type TestBot } from "../support/test-bot.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { dbRows } from "../support/db-rows.ts";

/**
 * Issue 9, point 4: every role tries every admin command. An admin acts only within the
 * subtree of the units they administer; periods and the all-cells reminder list need a root
 * admin (configured, or admin of a unit with no parent); every refusal says why.
 *
 * The demo org (Tỉnh ủy Lào Cai → Đảng ủy xã Mường Khương → cells) gets a second committee,
 * Đảng ủy xã Bắc Hà, with one cell. On 2 December 2026 the December period is open and
 * November's may still be opened (it ends on 10 December).
 */
const NOW = "2026-12-02T03:00:00Z";
const ROOT_ID = "9000";

const ROLES = {
  stranger: [],
  "secretary of a cell": [{ unit: "MK-PL1", role: "secretary" }],
  "leader of the committee": [{ unit: "MK", role: "leader" }],
  "admin of a cell": [{ unit: "MK-TT", role: "admin" }],
  "admin of another committee": [{ unit: "BH", role: "admin" }],
  "admin of the committee": [{ unit: "MK", role: "admin" }],
  "root admin by configuration": [],
  "admin of the top unit": [{ unit: "LC", role: "admin" }],
} as const satisfies Record<string, readonly { unit: string; role: Role }[]>;
type RoleName = keyof typeof ROLES;
const ROLE_NAMES = Object.keys(ROLES) as RoleName[];
const externalId = (role: RoleName): string => (role === "root admin by configuration" ? ROOT_ID : role.replaceAll(" ", "-"));

const MK = "Đảng ủy xã Mường Khương";
const BH = "Đảng ủy xã Bắc Hà";
const LC = "Tỉnh ủy Lào Cai";
const TT = "Chi bộ thôn Tả Thàng";
const PL1 = "Chi bộ thôn Pha Long 1";

const ADMIN_ONLY = "Chỉ quản trị viên mới dùng được lệnh này.";
const NOT_REGISTERED = "Đồng chí chưa được đăng ký dùng bot. Vui lòng xin mã mời từ văn phòng cấp ủy.";
const notYourUnit = (code: string): string => `Đồng chí không quản trị đơn vị ${code}.`;
const bindTaken = (unit: string, code: string): string =>
  `Nhóm này đang gắn với ${unit} (${code}), ngoài phạm vi quản lý của đồng chí, nên đồng chí không gắn lại được.`;
const unbindNotYours = (unit: string, code: string): string =>
  `Nhóm này đang gắn với ${unit} (${code}), ngoài phạm vi quản lý của đồng chí, nên đồng chí không bỏ gắn được.`;
const outOfScope = (unit: string, code: string): string => `${unit} (${code}) ngoài phạm vi đồng chí phụ trách, nên đồng chí không xem được.`;
const outsideGroup = (bound: string, unit: string, code: string): string =>
  `Nhóm này gắn với ${bound}; ${unit} (${code}) không thuộc đơn vị đó nên không xem được ở đây.`;
const LEADERS_ONLY = "Chỉ lãnh đạo cấp ủy hoặc quản trị viên mới xem được bản tin. Tình hình chi bộ của đồng chí: gõ /status.";
const remindOutOfScope = (unit: string, code: string): string => `${unit} (${code}) ngoài phạm vi đồng chí quản trị, nên đồng chí không nhắc được các chi bộ của đơn vị này.`;
/** Only the secretary of Pha Long 1 is registered: the other cells cannot be reminded, and the reply says so. */
const REMINDED_MK = "Không nhắc được — chưa có bí thư, phó bí thư đăng ký (4): Chi bộ thôn Na Chơ, Chi bộ thôn Tả Thàng, Chi bộ Giáo viên, Chi bộ Hành chính";
const PERIOD_ROOT_ONLY = "Chỉ quản trị cấp cao nhất mới được mở hoặc đóng kỳ báo cáo, vì kỳ báo cáo áp dụng cho mọi chi bộ.";

/** Succeeds, and the reply contains this; or is refused with exactly this text. */
type Outcome = { readonly ok: string } | { readonly refused: string };
const ok = (shows: string): Outcome => ({ ok: shows });
const no = (why: string): Outcome => ({ refused: why });

type Where = "private" | "an unbound group" | "MK's group" | "BH's group";

interface Row {
  readonly command: string;
  readonly where: Where;
  readonly outcomes: Record<RoleName, Outcome>;
  /** What the database shows after a success and after a refusal (the chat is the role's own). */
  readonly after?: { readonly ok: (bot: TestBot, chat: string) => Promise<void>; readonly refused: (bot: TestBot, chat: string) => Promise<void> };
  readonly setup?: (bot: TestBot) => Promise<void>;
  /** A success changes what the next role would find (periods): the next role gets a fresh bot. */
  readonly isolated?: boolean;
}

const bindingOf = async (bot: TestBot, chatId: string): Promise<string | null> =>
  dbRows(bot.app).get<{ code: string }>(
    "SELECT units.code AS code FROM group_bindings JOIN units ON units.id = group_bindings.unit_id WHERE group_bindings.channel = ? AND group_bindings.chat_id = ?",
    "telegram",
    chatId,
  )?.code ?? null;
const periodOf = async (bot: TestBot, key: string): Promise<{ open: boolean } | null> => {
  const period = dbRows(bot.app).get<{ status: string }>("SELECT status FROM periods WHERE key = ?", key);
  return period ? { open: period.status === "open" } : null;
};

const boundTo = (code: string | null) => async (bot: TestBot, chat: string) => expect(await bindingOf(bot, chat)).toBe(code);
const bindAfter = (from: string | null, to: string) => ({ ok: boundTo(to), refused: boundTo(from) });

const nonAdmins = (why: string) => ({ stranger: no(why), "secretary of a cell": no(why), "leader of the committee": no(why) });
const roots = (outcome: Outcome) => ({ "root admin by configuration": outcome, "admin of the top unit": outcome });
const everyone = (outcome: Outcome): Record<RoleName, Outcome> => Object.fromEntries(ROLE_NAMES.map((r) => [r, outcome])) as Record<RoleName, Outcome>;

const bound = (unit: string, code: string): string => `✅ Đã gắn nhóm này với ${unit} (${code}).`;
const status = (unit: string): string => `📊 Tình hình báo cáo tháng 12/2026 — ${unit}`;
const digest = (unit: string): string => `📰 Bản tin tuần — ${unit} — báo cáo tháng 12/2026`;

const TABLE: readonly Row[] = [
  {
    command: "/bind MK",
    where: "an unbound group",
    outcomes: {
      ...nonAdmins(ADMIN_ONLY),
      "admin of a cell": no(notYourUnit("MK")),
      "admin of another committee": no(notYourUnit("MK")),
      "admin of the committee": ok(bound(MK, "MK")),
      ...roots(ok(bound(MK, "MK"))),
    },
    after: bindAfter(null, "MK"),
  },
  {
    command: "/bind MK-TT",
    where: "an unbound group",
    outcomes: {
      ...nonAdmins(ADMIN_ONLY),
      "admin of a cell": ok(bound(TT, "MK-TT")),
      "admin of another committee": no(notYourUnit("MK-TT")),
      "admin of the committee": ok(bound(TT, "MK-TT")),
      ...roots(ok(bound(TT, "MK-TT"))),
    },
    after: bindAfter(null, "MK-TT"),
  },
  {
    command: "/bind BH",
    where: "an unbound group",
    outcomes: {
      ...nonAdmins(ADMIN_ONLY),
      "admin of a cell": no(notYourUnit("BH")),
      "admin of another committee": ok(bound(BH, "BH")),
      "admin of the committee": no(notYourUnit("BH")),
      ...roots(ok(bound(BH, "BH"))),
    },
    after: bindAfter(null, "BH"),
  },
  {
    command: "/bind MK",
    where: "BH's group",
    outcomes: {
      ...nonAdmins(ADMIN_ONLY),
      "admin of a cell": no(notYourUnit("MK")),
      "admin of another committee": no(notYourUnit("MK")),
      "admin of the committee": no(bindTaken(BH, "BH")),
      ...roots(ok(bound(MK, "MK"))),
    },
    after: bindAfter("BH", "MK"),
  },
  {
    command: "/bind MK-TT",
    where: "MK's group",
    outcomes: {
      ...nonAdmins(ADMIN_ONLY),
      "admin of a cell": no(bindTaken(MK, "MK")),
      "admin of another committee": no(notYourUnit("MK-TT")),
      "admin of the committee": ok(bound(TT, "MK-TT")),
      ...roots(ok(bound(TT, "MK-TT"))),
    },
    after: bindAfter("MK", "MK-TT"),
  },
  {
    command: "/unbind",
    where: "MK's group",
    outcomes: {
      ...nonAdmins(ADMIN_ONLY),
      "admin of a cell": no(unbindNotYours(MK, "MK")),
      "admin of another committee": no(unbindNotYours(MK, "MK")),
      "admin of the committee": ok(`Đã bỏ gắn nhóm này khỏi ${MK}.`),
      ...roots(ok(`Đã bỏ gắn nhóm này khỏi ${MK}.`)),
    },
    after: { ok: boundTo(null), refused: boundTo("MK") },
  },
  {
    command: "/unbind",
    where: "BH's group",
    outcomes: {
      ...nonAdmins(ADMIN_ONLY),
      "admin of a cell": no(unbindNotYours(BH, "BH")),
      "admin of another committee": ok(`Đã bỏ gắn nhóm này khỏi ${BH}.`),
      "admin of the committee": no(unbindNotYours(BH, "BH")),
      ...roots(ok(`Đã bỏ gắn nhóm này khỏi ${BH}.`)),
    },
    after: { ok: boundTo(null), refused: boundTo("BH") },
  },
  {
    command: "/status",
    where: "private",
    outcomes: {
      stranger: no(NOT_REGISTERED),
      "secretary of a cell": ok(status(PL1)),
      "leader of the committee": ok(status(MK)),
      "admin of a cell": ok(status(TT)),
      "admin of another committee": ok(status(BH)),
      "admin of the committee": ok(status(MK)),
      ...roots(ok(status(LC))),
    },
  },
  {
    command: "/status MK",
    where: "private",
    outcomes: {
      stranger: no(NOT_REGISTERED),
      "secretary of a cell": no(outOfScope(MK, "MK")),
      "leader of the committee": ok(status(MK)),
      "admin of a cell": no(outOfScope(MK, "MK")),
      "admin of another committee": no(outOfScope(MK, "MK")),
      "admin of the committee": ok(status(MK)),
      ...roots(ok(status(MK))),
    },
  },
  // Whoever is in a bound group reads what the group receives anyway, and nothing else.
  { command: "/status", where: "MK's group", outcomes: everyone(ok(status(MK))) },
  { command: "/status BH", where: "MK's group", outcomes: everyone(no(outsideGroup(MK, BH, "BH"))) },
  {
    command: "/digest",
    where: "private",
    outcomes: {
      stranger: no(NOT_REGISTERED),
      "secretary of a cell": no(LEADERS_ONLY),
      "leader of the committee": ok(digest(MK)),
      "admin of a cell": ok(digest(TT)),
      "admin of another committee": ok(digest(BH)),
      "admin of the committee": ok(digest(MK)),
      ...roots(ok(digest(LC))),
    },
  },
  {
    command: "/digest MK-TT",
    where: "private",
    outcomes: {
      stranger: no(NOT_REGISTERED),
      "secretary of a cell": no(LEADERS_ONLY),
      "leader of the committee": ok(digest(TT)),
      "admin of a cell": ok(digest(TT)),
      "admin of another committee": no(outOfScope(TT, "MK-TT")),
      "admin of the committee": ok(digest(TT)),
      ...roots(ok(digest(TT))),
    },
  },
  {
    // November is open and due on 5 December: today every cell of both committees is due in 3 days.
    command: "/remind",
    where: "private",
    setup: async (bot) => void (await openPeriod(proactiveDeps(bot.app), "2026-11")),
    // Issue 12: an admin sees the reminders of their own subtree; a root admin, every cell's.
    outcomes: {
      ...nonAdmins(ADMIN_ONLY),
      "admin of a cell": ok(`⏰ Nhắc báo cáo — ${TT}\nTháng 11/2026 (hạn 05/12/2026): 1/1 chi bộ chưa gửi báo cáo.`),
      "admin of another committee": ok(`⏰ Nhắc báo cáo — ${BH}\nTháng 11/2026 (hạn 05/12/2026): 1/1 chi bộ chưa gửi báo cáo.`),
      "admin of the committee": ok(`⏰ Nhắc báo cáo — ${MK}\nTháng 11/2026 (hạn 05/12/2026): 5/5 chi bộ chưa gửi báo cáo.`),
      ...roots(ok("Sẽ nhắc hôm nay:\n• Chi bộ thôn Pha Long 1 — tháng 11/2026, 3 ngày trước hạn")),
    },
  },
  {
    command: "/remind now MK",
    where: "private",
    setup: async (bot) => void (await openPeriod(proactiveDeps(bot.app), "2026-11")),
    outcomes: {
      ...nonAdmins(ADMIN_ONLY),
      "admin of a cell": no(remindOutOfScope(MK, "MK")),
      "admin of another committee": no(remindOutOfScope(MK, "MK")),
      "admin of the committee": ok(REMINDED_MK),
      ...roots(ok(REMINDED_MK)),
    },
  },
  {
    command: "/period open 2026-11",
    where: "private",
    isolated: true,
    outcomes: {
      ...nonAdmins(ADMIN_ONLY),
      "admin of a cell": no(PERIOD_ROOT_ONLY),
      "admin of another committee": no(PERIOD_ROOT_ONLY),
      "admin of the committee": no(PERIOD_ROOT_ONLY),
      ...roots(ok("Đã mở kỳ báo cáo tháng 11/2026.")),
    },
    after: {
      ok: async (bot) => expect(await periodOf(bot, "2026-11")).toMatchObject({ open: true }),
      refused: async (bot) => expect(await periodOf(bot, "2026-11")).toBeNull(),
    },
  },
  {
    // Before its due date, closing must be confirmed (issue 11); confirmed here in the same message.
    command: "/period close 2026-12 xacnhan",
    where: "private",
    isolated: true,
    outcomes: {
      ...nonAdmins(ADMIN_ONLY),
      "admin of a cell": no(PERIOD_ROOT_ONLY),
      "admin of another committee": no(PERIOD_ROOT_ONLY),
      "admin of the committee": no(PERIOD_ROOT_ONLY),
      ...roots(ok('Đã đóng kỳ báo cáo tháng 12/2026; 6 chi bộ được ghi "chưa báo cáo".')),
    },
    after: {
      ok: async (bot) => expect(await periodOf(bot, "2026-12")).toMatchObject({ open: false }),
      refused: async (bot) => expect(await periodOf(bot, "2026-12")).toMatchObject({ open: true }),
    },
  },
  {
    command: "/period open 2024-03",
    where: "private",
    outcomes: {
      ...nonAdmins(ADMIN_ONLY),
      "admin of a cell": no(PERIOD_ROOT_ONLY),
      "admin of another committee": no(PERIOD_ROOT_ONLY),
      "admin of the committee": no(PERIOD_ROOT_ONLY),
      ...roots(no("Không mở được kỳ 03/2024: kỳ này đã kết thúc ngày 10/04/2024, không mở lại được.")),
    },
    after: { ok: async () => undefined, refused: async (bot) => expect(await periodOf(bot, "2024-03")).toBeNull() },
  },
];

describe("authority within one's subtree: each role × command", () => {
  const dbPath = tempDbPath();
  const open: TestBot[] = [];
  let bots = 0;
  afterEach(async () => {
    await Promise.all(open.splice(0).map((b) => b.close()));
  });

  async function freshBot(): Promise<TestBot> {
    const bot = await startTestBot({ dbPath: `${dbPath}.${bots++}`, now: NOW, channel: "telegram", env: { ADMIN_TELEGRAM_IDS: ROOT_ID } });
    open.push(bot);
    await bot.app.stores.org.createUnits([
      { code: "BH", name: BH, kind: "committee", parentCode: "LC", memberCount: 0 },
      { code: "BH-BP", name: "Chi bộ thôn Bản Phố", kind: "cell", parentCode: "BH", memberCount: 14 },
    ], bot.clock.now());
    return bot;
  }

  /** Each role in a chat of its own, so that one role's success is not the next role's setup. */
  async function chatFor(bot: TestBot, row: Row, role: RoleName): Promise<string | undefined> {
    if (row.where === "private") return undefined;
    const chat = `-100${ROLE_NAMES.indexOf(role)}`;
    const unit = row.where === "MK's group" ? "MK" : row.where === "BH's group" ? "BH" : undefined;
    if (unit) await bot.app.groups.bind({ channel: "telegram", chatId: chat }, unit, null, bot.clock.now());
    return chat;
  }

  it.each(TABLE.map((row) => [`${row.command} in ${row.where === "private" ? "a private chat" : row.where}`, row] as const))("%s", async (_name, row) => {
    let bot: TestBot | undefined;
    for (const role of ROLE_NAMES) {
      if (!bot) {
        bot = await freshBot();
        await row.setup?.(bot);
      }
      const chat = await chatFor(bot, row, role);
      const user = await bot.user(externalId(role), ROLES[role], chat ? { group: chat } : {});
      const replies = await user.says(row.command);
      expect(replies.length, role).toBe(1);
      const text = replies[0]?.text ?? "";
      const expected = row.outcomes[role];
      if ("ok" in expected) {
        expect(text, role).toContain(expected.ok);
        await row.after?.ok(bot, chat ?? "");
        if (row.isolated) bot = undefined;
      } else {
        expect(text, role).toBe(expected.refused);
        await row.after?.refused(bot, chat ?? "");
      }
    }
  });

  it("a mistyped code or period is named as such, not taken for a lack of authority", async () => {
    const bot = await freshBot();
    const committeeAdmin = await bot.user("mk-admin", [{ unit: "MK", role: "admin" }], { group: "-300" });
    expect(await committeeAdmin.say("/bind MX")).toBe("Không có đơn vị mã MX.");
    expect(await bindingOf(bot, "-300")).toBeNull();
    const leader = await bot.user("mk-leader", [{ unit: "MK", role: "leader" }]);
    expect(await leader.say("/status MX")).toBe("Không có đơn vị mã MX.");
    expect(await leader.say("/digest MK 2026-13")).toBe("Cách dùng: /digest [mã đơn vị] [YYYY-MM], ví dụ /digest MK 2026-11");
    expect(await leader.say("/digest 2026-12 MK-TT")).toContain(digest(TT));
  });

  it("says why in English too", async () => {
    const bot = await freshBot();
    await bot.app.groups.bind({ channel: "telegram", chatId: "-200" }, "BH", null, bot.clock.now());
    const committeeAdmin = await bot.user("mk-admin-en", [{ unit: "MK", role: "admin" }], { localeHint: "en", group: "-200" });
    expect(await committeeAdmin.say("/unbind")).toBe("This group is bound to Đảng ủy xã Bắc Hà (BH), outside the units you manage, so you cannot unbind it.");
    expect(await bindingOf(bot, "-200")).toBe("BH");

    const cellAdmin = await bot.user("tt-admin-en", [{ unit: "MK-TT", role: "admin" }], { localeHint: "en" });
    expect(await cellAdmin.say("/period close 2026-12")).toBe("Only a top-level admin may open or close a reporting period, as a period applies to every cell.");
    expect(await periodOf(bot, "2026-12")).toMatchObject({ open: true });

    const root = await bot.user(ROOT_ID, [], { localeHint: "en" });
    expect(await root.say("/period open 2024-03")).toBe("Cannot open period 03/2024: it ended on 10/04/2024 and cannot be reopened.");
    expect(await periodOf(bot, "2024-03")).toBeNull();
  });
});
