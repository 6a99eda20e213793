import path from "node:path";
import { existsSync } from "node:fs";
import { InvalidArgumentError, type Command } from "commander";
import { inviteOverview, type UnitInvites } from "../app/invite-overview.ts";
import { inviteSheets } from "../app/invite-sheets.ts";
import { issueCellInvites } from "../app/issue-cell-invites.ts";
import type { App } from "../app/open-app.ts";
import { revokeInviteCode, revokeUnitInvites } from "../app/revoke-invites.ts";
import { fetchBotUsername } from "../channels/telegram/bot-username.ts";
import { calendarDateAt } from "../domain/period.ts";
import { ROLES, type Role, type UnitRef } from "../domain/org.ts";
import { formatExpiry } from "../reports/invite-cards-pdf.ts";
import { choiceOption, CommandUsageError, examples, matching, notBlank, withApp, type CliContext } from "./command-support.ts";
import { fileNamePart, outputFile, writeOutput, type OutputFile } from "./output-file.ts";

/** A Telegram bot username as @BotFather allows it (with or without the @). */
const BOT_USERNAME = /^@?[A-Za-z0-9_]{5,32}$/;

/** The options of `invite` that only a committee-wide batch (--all-cells) takes. */
export interface InviteBatchOptions {
  readonly unit: string;
  readonly role: Role;
  readonly allCells?: boolean;
  readonly renew?: boolean;
  readonly out?: string;
  readonly xlsx?: string;
  readonly force?: boolean;
  readonly botUsername?: string;
  readonly zaloContact?: string;
}

/** Adds the batch options to `invite` (one call in invite-command.ts). */
export function batchOptions(command: Command, context: Pick<CliContext, "t">): Command {
  const { t } = context;
  return command
    .option("--all-cells", t("cli-option-invite-all-cells"))
    .option("--renew", t("cli-option-invite-renew"))
    .option(`--out <${t("cli-placeholder-file")}>`, t("cli-option-invite-out"), endingIn(t, "--out", ".pdf", "phieu-moi.pdf"))
    .option(`--xlsx <${t("cli-placeholder-file")}>`, t("cli-option-invite-xlsx"), endingIn(t, "--xlsx", ".xlsx", "danh-sach.xlsx"))
    .option("--force", t("cli-option-force"))
    .option(`--bot-username <${t("cli-placeholder-name")}>`, t("cli-option-bot-username"), matching(t, "--bot-username", (v) => BOT_USERNAME.test(v), "cli-bad-bot-username"))
    .option(`--zalo-contact <${t("cli-placeholder-name")}>`, t("cli-option-zalo-contact"), notBlank(t, "--zalo-contact"));
}

/** A file name with the extension of what is written into it: a PDF is never written to "list.xlsx". */
function endingIn(t: CliContext["t"], option: string, ext: string, example: string): (value: string) => string {
  return (value) => {
    if (path.extname(value.trim()).toLowerCase() !== ext) throw new InvalidArgumentError(t("cli-invite-bad-extension", { option, ext, example }));
    return value.trim();
  };
}

/** The options given that make sense only with --all-cells (for refusing them on a single invite). */
export function batchOnlyOptions(options: InviteBatchOptions): string[] {
  const given: [string, unknown][] = [
    ["--renew", options.renew],
    ["--out", options.out],
    ["--xlsx", options.xlsx],
    ["--force", options.force],
    ["--zalo-contact", options.zaloContact],
  ];
  return given.filter(([, value]) => value !== undefined).map(([flag]) => flag);
}

/**
 * `invite --unit CODE --all-cells [--role …] [--renew] [--out FILE.pdf] [--xlsx FILE.xlsx]`: one
 * code per unit without someone in the role, printed as cards (PDF) and listed (XLSX). Both
 * files are checked before any code is made; without --out they go under data/exports/, the
 * XLSX beside the PDF with the same name unless --xlsx names it.
 */
export async function inviteBatch(context: CliContext, options: InviteBatchOptions): Promise<number> {
  const { io, t, locale } = context;
  const { role } = options;
  return withApp(context, async (app) => {
    const unit = await app.stores.org.findUnit(options.unit);
    if (!unit) throw new CommandUsageError("cli-unknown-unit", { code: options.unit });
    const now = app.clock.now();
    const targets = fileTargets(context, app, unit, options, now);
    const username = await botUsername(app, options.botUsername);
    const batch = await issueCellInvites(app, { unitCode: unit.code, role, renew: options.renew ?? false, at: now });
    if (!batch.ok) throw new CommandUsageError("cli-unknown-unit", { code: options.unit });
    const roleName = t(`role-${role}`);
    if (batch.issued.length === 0 && batch.skipped.length === 0) throw new CommandUsageError("cli-invite-batch-no-targets", { unit: unit.name, code: unit.code, role: roleName });

    const lines: string[] = [];
    const names = (units: readonly UnitRef[]): string => units.map((u) => u.code).join(", ");
    const registered = batch.skipped.filter((s) => s.reason === "registered").map((s) => s.unit);
    const pending = batch.skipped.filter((s) => s.reason === "pending").map((s) => s.unit);
    const expiresAt = batch.issued[0]?.expiresAt;
    if (expiresAt) lines.push(t("cli-invite-batch-issued", { count: batch.issued.length, role: roleName, unit: unit.name, code: unit.code, expires: formatExpiry(expiresAt, locale, app.config.timeZone) }));
    else lines.push(t("cli-invite-batch-none"));
    const renewed = batch.issued.filter((i) => i.renewed).length;
    if (renewed > 0) lines.push(t("cli-invite-batch-renewed", { count: renewed }));
    if (registered.length > 0) lines.push(t("cli-invite-batch-skipped-registered", { count: registered.length, role: roleName, units: names(registered) }));
    if (pending.length > 0) lines.push(t("cli-invite-batch-skipped-pending", { count: pending.length, units: names(pending) }));
    io.stdout.write(`${lines.join("\n")}\n`);
    if (batch.issued.length === 0) return 0;

    if (!username) io.stderr.write(`${t("cli-invite-batch-no-qr")}\n`);
    const zaloContact = options.zaloContact?.trim() ?? app.config.zalo.contact ?? null;
    try {
      const sheets = await inviteSheets(app, batch, { locale, botUsername: username, zaloContact });
      writeOutput(t, targets.pdf, sheets.pdf);
      writeOutput(t, targets.xlsx, sheets.xlsx);
    } catch (error) {
      // The codes are committed and shown nowhere else: say how to get usable ones.
      io.stderr.write(`${t("cli-invite-batch-not-written")}\n`);
      throw error;
    }
    io.stdout.write(`${t("cli-invite-pdf-written", { file: targets.pdf.shown })}\n${t("cli-invite-xlsx-written", { file: targets.xlsx.shown })}\n`);
    return 0;
  });
}

function fileTargets(context: CliContext, app: App, unit: UnitRef, options: InviteBatchOptions, now: Date): { pdf: OutputFile; xlsx: OutputFile } {
  const { t } = context;
  const { year, month, day } = calendarDateAt(now, app.config.timeZone);
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  // File names are Vietnamese whatever --lang says, like every export's.
  const base = `ma-moi-${fileNamePart(unit.code)}-${fileNamePart(context.translator.t("vi", `role-${options.role}`)).toLowerCase()}-${date}`;
  const force = options.force === true;
  const pdf = outputFile(t, app.config, { out: options.out, force }, `${base}.pdf`);
  const beside = (file: string): string => path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.xlsx`);
  let xlsx: OutputFile;
  if (options.xlsx !== undefined) xlsx = outputFile(t, app.config, { out: options.xlsx, force }, `${base}.xlsx`);
  else if (options.out !== undefined) xlsx = outputFile(t, app.config, { out: beside(options.out), force }, `${base}.xlsx`);
  // Under data/exports/: beside the PDF with its name, unless an older export took that name.
  else xlsx = existsSync(beside(pdf.file)) ? outputFile(t, app.config, {}, `${base}.xlsx`) : { file: beside(pdf.file), shown: beside(pdf.shown) };
  if (path.resolve(pdf.file) === path.resolve(xlsx.file)) throw new CommandUsageError("cli-invite-same-file");
  return { pdf, xlsx };
}

/** --bot-username, else TELEGRAM_BOT_USERNAME, else asked from Telegram with the token; null when none works (offline). */
async function botUsername(app: App, given: string | undefined): Promise<string | null> {
  if (given) return given.replace(/^@/, "");
  if (app.config.telegram.username) return app.config.telegram.username;
  if (!app.config.telegram.token) return null;
  return fetchBotUsername(app.config.telegram.token, app.config.telegram.apiRoot).catch((error: unknown) => {
    app.logger.warn({ err: error }, "could not ask Telegram for the bot's username");
    return null;
  });
}

interface ListOptions {
  readonly unit?: string;
  readonly pending?: boolean;
  readonly registered?: boolean;
  readonly format: "text" | "json";
}

/** `invite list [--unit CODE] [--pending|--registered] [--format text|json]`. */
export function inviteListCommand(invite: Command, context: CliContext): void {
  const { t } = context;
  const list = invite
    .command("list")
    .description(t("cli-invite-list-description"))
    .option(`--unit <${t("cli-placeholder-code")}>`, t("cli-option-invite-list-unit"), notBlank(t, "--unit"))
    .option("--pending", t("cli-option-invite-pending"))
    .option("--registered", t("cli-option-invite-registered"));
  list.addOption(choiceOption(list, `--format <${t("cli-placeholder-format")}>`, t("cli-option-format"), ["text", "json"], "text"));
  examples(list, context, "cli-invite-list-examples").action(async (options: ListOptions) => {
    context.exitCode = await listInvites(context, options);
  });
}

async function listInvites(context: CliContext, options: ListOptions): Promise<number> {
  const { io, t, locale } = context;
  if (options.pending && options.registered) throw new CommandUsageError("cli-invite-list-filters");
  return withApp(context, async (app) => {
    const now = app.clock.now();
    const roots = options.unit === undefined ? await app.stores.org.topUnits() : [await app.stores.org.findUnit(options.unit)];
    const when = (at: Date): string => formatExpiry(at, locale, app.config.timeZone);
    const keep = (u: UnitInvites): boolean => (options.pending ? u.pending.length > 0 : options.registered ? u.registered.length > 0 : true);
    const json: unknown[] = [];
    const text: string[] = [];
    for (const root of roots) {
      if (!root) throw new CommandUsageError("cli-unknown-unit", { code: options.unit ?? "" });
      const overview = await inviteOverview(app, { unitCode: root.code, at: now });
      if (!overview.ok) throw new CommandUsageError("cli-unknown-unit", { code: root.code });
      const units = overview.units.filter(keep);
      json.push({
        unit: root.code,
        units: units.map((u) => ({
          code: u.unit.code,
          name: u.unit.name,
          nobody: u.nobody,
          registered: u.registered.map((r) => ({ role: r.role, since: r.since?.toISOString() ?? null, accounts: r.identities.map((i) => ({ channel: i.channel, id: i.externalId, reachable: i.reachable })) })),
          pending: u.pending.map((p) => ({ role: p.role, createdAt: p.createdAt.toISOString(), expiresAt: p.expiresAt.toISOString() })),
        })),
      });
      text.push(t("cli-invite-list-title", { unit: root.name, code: root.code }));
      if (units.length === 0) text.push(`  ${t("cli-invite-list-empty")}`);
      for (const u of units) {
        text.push(`  ${t("cli-invite-list-unit", { unit: u.unit.name, code: u.unit.code })}`);
        for (const r of u.registered) {
          const accounts = r.identities.map((i) => (i.reachable ? `${i.channel} ${i.externalId}` : t("cli-invite-list-unreachable", { account: `${i.channel} ${i.externalId}` })));
          const since = r.since ? t("cli-invite-list-since", { date: when(r.since) }) : t("cli-invite-list-granted");
          text.push(`    ${t("cli-invite-list-registered", { role: t(`role-${r.role}`), accounts: accounts.join(", ") || t("cli-invite-list-no-account"), since })}`);
        }
        for (const p of u.pending) text.push(`    ${t("cli-invite-list-pending", { role: t(`role-${p.role}`), created: when(p.createdAt), expires: when(p.expiresAt) })}`);
        if (u.nobody && !options.registered) text.push(`    ${t("cli-invite-list-nobody")}`);
      }
      const all = overview.units;
      text.push(
        t("cli-invite-list-summary", {
          registered: all.filter((u) => u.registered.length > 0).length,
          pending: all.reduce((n, u) => n + u.pending.length, 0),
          nobody: all.filter((u) => u.nobody).length,
        }),
      );
    }
    io.stdout.write(options.format === "json" ? `${JSON.stringify(options.unit === undefined ? json : json[0], null, 2)}\n` : `${text.join("\n")}\n`);
    return 0;
  });
}

interface RevokeOptions {
  readonly unit?: string;
  readonly role?: Role;
}

/** `invite revoke CODE` or `invite revoke --unit CODE [--role …]`. */
export function inviteRevokeCommand(invite: Command, context: CliContext): void {
  const { t } = context;
  const revoke = invite
    .command("revoke")
    .description(t("cli-invite-revoke-description"))
    // A code read off a card may be typed in its four groups: "7kq2 m9xd 4tfa 0bnz".
    .argument(`[${t("cli-placeholder-invite-code")}...]`, t("cli-argument-invite-code"))
    .option(`--unit <${t("cli-placeholder-code")}>`, t("cli-option-invite-revoke-unit"), notBlank(t, "--unit"));
  revoke.addOption(choiceOption(revoke, `--role <${t("cli-placeholder-role")}>`, t("cli-option-invite-revoke-role"), ROLES));
  examples(revoke, context, "cli-invite-revoke-examples").action(async (code: string[], options: RevokeOptions) => {
    context.exitCode = await revokeInvites(context, code.join(" ").trim(), options);
  });
}

async function revokeInvites(context: CliContext, code: string, options: RevokeOptions): Promise<number> {
  const { io, t } = context;
  if ((code === "") === (options.unit === undefined) || (code !== "" && options.role !== undefined)) throw new CommandUsageError("cli-invite-revoke-usage");
  return withApp(context, async (app) => {
    const at = app.clock.now();
    if (options.unit !== undefined) {
      const result = await revokeUnitInvites(app, { unitCode: options.unit, at, ...(options.role ? { role: options.role } : {}) });
      if (!result.ok) throw new CommandUsageError("cli-unknown-unit", { code: options.unit });
      io.stdout.write(`${t("cli-invite-revoked-unit", { count: result.revoked.length, unit: result.unit.name, code: result.unit.code })}\n`);
      return 0;
    }
    const result = await revokeInviteCode(app, { code, at });
    if (result.ok) {
      io.stdout.write(`${t("cli-invite-revoked-code", { role: t(`role-${result.role}`), unit: result.unit.name, code: result.unit.code })}\n`);
      return 0;
    }
    const where = { unit: result.unit?.name ?? "", code: result.unit?.code ?? "" };
    if (result.reason === "invalid" || result.reason === "used") throw new CommandUsageError(`cli-invite-revoke-${result.reason}`, where);
    io.stdout.write(`${t(`cli-invite-revoke-${result.reason}`, where)}\n`);
    return 0;
  });
}
