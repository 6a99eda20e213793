import { describe, expect, it } from "vitest";
import { postAnnualResults } from "../../src/app/post-annual-results.ts";
import { YEAR_2026, seedYear } from "../app/annual-seed.ts";
import { dbRows } from "../support/db-rows.ts";
import { scheduleHarness } from "../support/schedule-harness.ts";
import { tempDbPath } from "../support/temp-db.ts";

const ict = (local: string): string => new Date(`${local}+07:00`).toISOString();
type Harness = Awaited<ReturnType<typeof scheduleHarness>>;

/** The January post's outbox rows, oldest first. */
const annualRows = (h: Harness) =>
  dbRows(h.app).all<{ chat_id: string; dedupe_key: string; not_before: string | null; payload: string }>(
    "SELECT chat_id, dedupe_key, not_before, payload FROM outbox_messages WHERE dedupe_key LIKE 'annual:%' ORDER BY id",
  );
const annualDeliveries = (h: Harness, chatId: string) => h.to(chatId).filter((d) => d.message.text.includes("Kết quả năm 2026"));

/** The demo org with 2026 fully reported (test/app/annual-seed.ts), the commune's group and a grassroots committee's group bound. */
async function yearDone(dbPath: string, start: string): Promise<Harness> {
  const h = await scheduleHarness({ dbPath, start });
  await seedYear(h.app, YEAR_2026);
  await h.bindGroup("-100", "MK");
  await h.bindGroup("-200", "MK-THPT");
  return h;
}

describe("the year's results are posted to every bound group in January", () => {
  const dbPath = tempDbPath();

  it("on 11 January at 08:00 (December closed), not before, once per group: the summary of the group's unit with the 12-month chart", async () => {
    const h = await yearDone(dbPath, ict("2027-01-10T09:00"));
    await h.scheduler.catchUp();
    await h.advanceTo(ict("2027-01-11T07:00"));
    expect(annualRows(h)).toEqual([]);

    await h.advanceTo(ict("2027-01-11T10:00"));
    expect(annualRows(h).map((r) => r.dedupe_key)).toEqual(["annual:2026:fake:-100", "annual:2026:fake:-200"]);
    const [commune] = annualDeliveries(h, "-100");
    expect(commune?.at).toBe(ict("2027-01-11T08:00"));
    expect(commune?.message.text).toContain("📅 Kết quả năm 2026 — Đảng ủy xã Mường Khương");
    expect(commune?.message.text).toContain("Chi bộ thôn Na Chơ");
    expect(commune?.message.image?.filename).toBe("MK-2026.png");
    expect(Buffer.from(commune?.message.image?.base64 ?? "", "base64").subarray(1, 4).toString()).toBe("PNG");

    // The grassroots committee's group sees its own subtree only.
    const [committee] = annualDeliveries(h, "-200");
    expect(committee?.message.image?.filename).toBe("MK-THPT-2026.png");
    expect(committee?.message.text).toContain("Chi bộ Giáo viên");
    expect(committee?.message.text).not.toContain("Na Chơ");

    // A second run of the same slot (by hand, or another instance) queues nothing more.
    await postAnnualResults(h.app, new Date(ict("2027-01-11T08:00")));
    expect(annualRows(h)).toHaveLength(2);
    await h.close();

    // Restarted the same morning: the slot has run, nothing is posted twice.
    const again = await scheduleHarness({ dbPath, start: ict("2027-01-11T11:00") });
    await again.scheduler.catchUp();
    await again.advanceTo(ict("2027-01-12T12:00"));
    expect(annualRows(again)).toHaveLength(2);
    expect(dbRows(again.app).count("SELECT COUNT(*) AS n FROM job_runs WHERE job = 'annual'")).toBe(1);
    expect(annualDeliveries(again, "-100")).toEqual([]);

    // An instance that died mid-run is taken over at the next start: the dedupe keys hold.
    dbRows(again.app).run("UPDATE job_runs SET status = 'running', finished_at = NULL WHERE job = 'annual'");
    await again.close();
    const takeover = await scheduleHarness({ dbPath, start: ict("2027-01-12T13:00") });
    await takeover.scheduler.catchUp();
    expect(dbRows(takeover.app).get<{ status: string }>("SELECT status FROM job_runs WHERE job = 'annual'")?.status).toBe("done");
    expect(annualRows(takeover)).toHaveLength(2);
    await takeover.close();
  });

  it("down on the 2nd: caught up within three days, held to 07:00 when the bot starts in quiet hours", async () => {
    const h = await yearDone(dbPath, ict("2027-01-13T22:30"));
    await h.scheduler.catchUp();
    const rows = annualRows(h);
    expect(rows.map((r) => r.chat_id)).toEqual(["-100", "-200"]);
    for (const row of rows) expect(new Date(row.not_before ?? "").toISOString()).toBe(ict("2027-01-14T07:00"));
    await h.advanceTo(ict("2027-01-14T06:00"));
    expect(annualDeliveries(h, "-100")).toEqual([]);
    await h.advanceTo(ict("2027-01-14T08:00"));
    expect(annualDeliveries(h, "-100").map((d) => d.at)).toEqual([ict("2027-01-14T07:00")]);
    await h.close();
  });

  it("a January post missed for more than three days is skipped, not posted late", async () => {
    const h = await yearDone(dbPath, ict("2027-01-14T09:00"));
    await h.scheduler.catchUp();
    expect(annualRows(h)).toEqual([]);
    const run = dbRows(h.app).get<{ slot: string; status: string; error: string | null }>("SELECT slot, status, error FROM job_runs WHERE job = 'annual'");
    expect(run).toMatchObject({ slot: ict("2027-01-11T08:00"), status: "failed" });
    expect(run?.error).toContain("skipped");
    await h.close();
  });

  it("ANNUAL_CRON moves the post", async () => {
    const h = await scheduleHarness({ dbPath, start: ict("2027-01-09T12:00"), env: { ANNUAL_CRON: "0 9 10 1 *" } });
    await seedYear(h.app, YEAR_2026);
    await h.bindGroup("-100", "MK");
    await h.scheduler.catchUp();
    await h.advanceTo(ict("2027-01-10T10:00"));
    expect(annualRows(h).map((r) => r.dedupe_key)).toEqual(["annual:2026:fake:-100"]);
    expect(annualDeliveries(h, "-100").map((d) => d.at)).toEqual([ict("2027-01-10T09:00")]);
    await h.close();
  });
});
