import { returnForCorrection } from "../../src/app/return-for-correction.ts";
import { startTestBot, type TestBot, type TestUser } from "./test-bot.ts";

/**
 * A full month's answers as a secretary types them, for a cell of `members` members: a meeting
 * on 5/11 with everyone but one present, nobody absent without reason, all points. `violation`
 * reports a member disciplined after the committee above found it (a veto of criterion III)
 * and one member in breach (an early warning); `note` answers the free-text item.
 */
export function monthAnswers(members: number, options: { violation?: boolean; note?: string } = {}): string[] {
  const v = options.violation === true;
  return [
    "có",
    "5/11",
    `${members} ${members - 1} 0`,
    "120",
    "không",
    "1",
    "1",
    "5 5",
    "1",
    ...(v ? ["1", "2"] : ["2"]),
    "2",
    String(members),
    "không",
    "100",
    v ? "1" : "0",
    "2 1",
    String(members - 1),
    options.note ?? "/skip",
    "gửi",
  ];
}

async function answer(user: TestUser, answers: readonly string[]): Promise<void> {
  await user.says("/baocao");
  for (const a of answers) await user.says(a);
}

/**
 * November 2026 in the demo org, seen on 20 November (10:00 in Hà Nội): Pha Long 1 submitted
 * (100 points); Na Chơ answered one question; Tả Thàng submitted, and the commune returned it for
 * correction; the school's Giáo viên submitted with a veto, a warning and a note; Hành chính has
 * nobody registered (nor has Tả Thàng's deputy… only its secretary).
 */
export async function seedNovember(dbPath: string): Promise<TestBot> {
  const bot = await startTestBot({ dbPath });
  await answer(await bot.user("sec-pl1", [{ unit: "MK-PL1", role: "secretary" }]), monthAnswers(18));
  const nc = await bot.user("sec-nc", [{ unit: "MK-NC", role: "deputy" }]);
  await nc.says("/baocao");
  await nc.says("có");
  await answer(await bot.user("sec-tt", [{ unit: "MK-TT", role: "secretary" }]), monthAnswers(12));
  const returned = await returnForCorrection(bot.app, { unitCode: "MK-TT", periodKey: "2026-11", reason: "Câu 2 ghi nhầm số có mặt", by: null });
  if (!returned.ok) throw new Error(`seed: could not return MK-TT (${returned.why})`);
  await answer(await bot.user("sec-gv", [{ unit: "MK-THPT-GV", role: "secretary" }]), monthAnswers(26, { violation: true, note: "Làm xong đường bê tông; kiến nghị hỗ trợ xi măng" }));
  return bot;
}
