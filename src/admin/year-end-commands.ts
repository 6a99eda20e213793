import { approveMissedMeeting, withdrawMissedMeeting } from "../app/approve-missed-meeting.ts";
import type { Translate } from "../i18n/translator.ts";
import { enterYearEndRating } from "../app/enter-year-end-rating.ts";
import type { App } from "../app/open-app.ts";
import { recordTitleDecision } from "../app/record-title-decision.ts";
import { missedOutcomeText, ratingOutcomeText, titleOutcomeText, withdrawOutcomeText, yearEndRefusalText } from "../app/year-end-text.ts";
import { refuse, type YearEndActor } from "../app/year-end-unit.ts";
import { parseConferred, parseMonth, parseSharePercent, parseYear, parseYearEndRating } from "../app/year-end-values.ts";
import { cleanText, fold } from "../domain/input/normalize.ts";
import type { CommandContext, CommandHandlers, Decision } from "../engine/command-handler.ts";
import { authorityOf } from "./authority.ts";

/** Words that, in place of a reason, take an approved missed meeting back: "/lydo MK-PL1 2026-08 xóa". */
const WITHDRAW_WORDS = new Set(["xoa", "huy", "bo", "withdraw", "remove", "delete"]);

/**
 * The message's words after the command word, and the text after the first `n` of them as typed
 * (a reason or a note: free text is read from the message itself, not from the parsed command,
 * which keeps only a few short arguments).
 */
function words(ctx: CommandContext): { readonly args: readonly string[]; readonly after: (n: number) => string } {
  const text = cleanText(ctx.message.text ?? "");
  const args = text.split(/\s+/).slice(1);
  return {
    args,
    after: (n) => {
      const match = new RegExp(`^\\S+(?:\\s+\\S+){${n}}\\s*([\\s\\S]*)$`).exec(text);
      return match?.[1] ?? "";
    },
  };
}

/**
 * /xeploai (/rating), /lydo (/excuse) and /danhhieu (/title): the committee's year-end inputs, in a
 * private chat, by an admin of a unit above the one concerned (or a root admin). A unit's
 * rating and share of members rated good, an approved reason for a missed monthly meeting, and
 * the committee's title decision — each audited; the title is the committee's decision, kept
 * apart from what the bot computes.
 */
export function createYearEndCommands(app: Pick<App, "inTransaction" | "clock" | "config" | "translator" | "stores">): CommandHandlers {
  const tr =
    (ctx: CommandContext): Translate =>
    (key, args) =>
      app.translator.t(ctx.locale, key, args);
  const reply = (text: string): Decision => ({ messages: [{ text }] });

  /** Who may go on, as whom; or the refusal to send. */
  async function actorOf(ctx: CommandContext): Promise<YearEndActor | Decision> {
    if (ctx.message.chatType === "group") return reply(tr(ctx)("group-private-only"));
    if (!ctx.isAdmin) return reply(tr(ctx)("yearend-admin-only"));
    const authority = await authorityOf(ctx, app.stores.org);
    return { personId: ctx.snapshot.person?.id ?? null, everywhere: authority.root };
  }

  return {
    async yearRating(ctx) {
      const actor = await actorOf(ctx);
      if ("messages" in actor) return actor;
      const t = tr(ctx);
      const [code, yearText, ...typed] = words(ctx).args;
      // "95 %" is one share, typed with a space.
      const rest = typed.at(-1) === "%" && typed.length > 1 ? [...typed.slice(0, -2), `${typed.at(-2) ?? ""}%`] : typed;
      if (!code || !yearText || rest.length === 0) return reply(t("yearend-usage-rating"));
      const year = parseYear(yearText);
      if (year === undefined) return reply(yearEndRefusalText(t, refuse("bad-year", { year: yearText })));
      // The share is the last word when it is a number: "tốt 95", "hoàn thành tốt 95%", "95".
      const last = rest.at(-1) ?? "";
      // Anything that looks like a number is meant as the share ("-5", "95.5"), and is refused as one.
      const shareText = /^[-+]?\d/.test(last) ? last : undefined;
      const ratingText = (shareText === undefined ? rest : rest.slice(0, -1)).join(" ");
      const share = shareText === undefined ? undefined : parseSharePercent(shareText);
      if (share && !share.ok) return reply(yearEndRefusalText(t, refuse("bad-percent", { share: shareText ?? "" })));
      const rating = ratingText.length > 0 ? parseYearEndRating(ratingText) : undefined;
      if (ratingText.length > 0 && rating === undefined) return reply(yearEndRefusalText(t, refuse("bad-rating", { rating: ratingText })));
      const outcome = await enterYearEndRating(app, {
        unitCode: code,
        year,
        ...(rating === undefined ? {} : { rating }),
        ...(share?.ok ? { shareGoodPercent: share.value } : {}),
        actor,
      });
      return reply(ratingOutcomeText(t, outcome));
    },

    async missedMeeting(ctx) {
      const actor = await actorOf(ctx);
      if ("messages" in actor) return actor;
      const t = tr(ctx);
      const message = words(ctx);
      const [code, monthText] = message.args;
      const reason = message.after(2);
      if (!code || !monthText || reason.length === 0) return reply(t("yearend-usage-missed"));
      const periodKey = parseMonth(monthText);
      if (periodKey === undefined) return reply(yearEndRefusalText(t, refuse("bad-period", { period: monthText })));
      if (WITHDRAW_WORDS.has(fold(reason))) return reply(withdrawOutcomeText(t, await withdrawMissedMeeting(app, { unitCode: code, periodKey, actor })));
      return reply(missedOutcomeText(t, await approveMissedMeeting(app, { unitCode: code, periodKey, reason, actor })));
    },

    async titleDecision(ctx) {
      const actor = await actorOf(ctx);
      if ("messages" in actor) return actor;
      const t = tr(ctx);
      const message = words(ctx);
      const [code, yearText, first, second] = message.args;
      if (!code || !yearText || !first) return reply(t("yearend-usage-title"));
      const year = parseYear(yearText);
      if (year === undefined) return reply(yearEndRefusalText(t, refuse("bad-year", { year: yearText })));
      // "có" / "không", or two words: "công nhận" / "không công nhận" (the longer reading first).
      const three = message.args.slice(2, 5).join(" ");
      const two = second === undefined ? undefined : parseConferred(`${first} ${second}`);
      const taken = parseConferred(three) !== undefined ? 3 : two !== undefined ? 2 : 1;
      const conferred = parseConferred(message.args.slice(2, 2 + taken).join(" "));
      if (conferred === undefined) return reply(yearEndRefusalText(t, refuse("bad-conferred", { value: first })));
      const note = message.after(2 + taken);
      return reply(titleOutcomeText(t, await recordTitleDecision(app, { unitCode: code, year, conferred, note, actor })));
    },
  };
}
