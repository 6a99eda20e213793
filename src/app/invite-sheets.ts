import type { Role, UnitRef } from "../domain/org.ts";
import type { Locale } from "../i18n/locale.ts";
import { inviteCardsPdf } from "../reports/invite-cards-pdf.ts";
import { inviteListXlsx, type InviteListRow } from "../reports/invite-list-xlsx.ts";
import type { IssuedInvite, SkippedUnit } from "./issue-cell-invites.ts";
import type { App } from "./open-app.ts";

/** The Telegram deep link that registers with `code`: the grouped code is within the payload's [A-Za-z0-9_-]. */
export const telegramInviteLink = (botUsername: string, code: string): string => `https://t.me/${botUsername}?start=${code}`;

export interface InviteSheets {
  readonly pdf: Buffer;
  readonly xlsx: Buffer;
}

/**
 * What a committee-wide batch prints: the PDF of cards (one per issued code) and the XLSX list
 * of the same cards followed by the units left out. Without the bot's username there is no
 * link, so the cards carry no QR code and say how to register by typing instead.
 */
export async function inviteSheets(
  app: Pick<App, "translator" | "config">,
  batch: { readonly unit: UnitRef; readonly role: Role; readonly issued: readonly IssuedInvite[]; readonly skipped: readonly SkippedUnit[] },
  options: { readonly locale: Locale; readonly botUsername: string | null; readonly zaloContact: string | null },
): Promise<InviteSheets> {
  const { locale, botUsername } = options;
  const title = app.translator.t(locale, "invite-sheet-title", { unit: batch.unit.name, code: batch.unit.code });
  const link = (code: string): string | null => (botUsername ? telegramInviteLink(botUsername, code) : null);
  const row = (unit: UnitRef, committee: UnitRef | null) => ({ committee: committee?.name ?? null, unitCode: unit.code, unitName: unit.name, role: batch.role });
  const cards = batch.issued.map((i) => ({ ...row(i.unit, i.committee), code: i.code, link: link(i.code), expiresAt: i.expiresAt }));
  const rows: InviteListRow[] = [
    ...cards.map((card, n) => ({ ...card, status: batch.issued[n]?.renewed ? ("renewed" as const) : ("new" as const) })),
    ...batch.skipped.map((s) => ({ ...row(s.unit, s.committee), status: s.reason, code: null, link: null, expiresAt: s.expiresAt ?? null })),
  ];
  const timeZone = app.config.timeZone;
  const [pdf, xlsx] = await Promise.all([
    inviteCardsPdf(cards, app.translator, locale, { title, zaloContact: options.zaloContact, timeZone }),
    inviteListXlsx(rows, app.translator, locale, { title, timeZone }),
  ]);
  return { pdf, xlsx };
}
