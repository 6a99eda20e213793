import type { Command } from "commander";
import { createInvite } from "../app/create-invite.ts";
import { fetchBotUsername } from "../channels/telegram/bot-username.ts";
import type { Config } from "../config.ts";
import { ROLES, type Role } from "../domain/org.ts";
import { formatExpiry } from "../reports/invite-cards-pdf.ts";
import { choiceOption, CommandUsageError, examples, notBlank, withApp, type CliContext } from "./command-support.ts";
import { batchOnlyOptions, batchOptions, inviteBatch, inviteListCommand, inviteRevokeCommand, type InviteBatchOptions } from "./invite-batch-command.ts";

interface InviteOptions {
  readonly unit: string;
  readonly role: Role;
  readonly botUsername?: string;
}

/** `npx bontot invite --unit CODE [--role secretary|deputy|leader|admin]`: a one-time code and its Telegram link. */
export function inviteCommand(program: Command, context: CliContext): void {
  const { t } = context;
  const command = program
    .command("invite")
    .description(t("cli-invite-description"))
    .requiredOption(`--unit <${t("cli-placeholder-code")}>`, t("cli-option-unit"), notBlank(t, "--unit"));
  command.addOption(choiceOption(command, `--role <${t("cli-placeholder-role")}>`, t("cli-option-role"), ROLES, "secretary"));
  // `invite list --unit X`: the subcommand's own --unit, not this one's.
  batchOptions(command, context).enablePositionalOptions();
  examples(command, context, "cli-invite-examples").action(async (options: InviteBatchOptions) => {
    const batchOnly = batchOnlyOptions(options);
    if (!options.allCells && batchOnly.length > 0) throw new CommandUsageError("cli-invite-needs-all-cells", { options: batchOnly.join(", ") });
    context.exitCode = options.allCells ? await inviteBatch(context, options) : await invite(context, options);
  });
  inviteListCommand(command, context);
  inviteRevokeCommand(command, context);
}

async function invite(context: CliContext, options: InviteOptions): Promise<number> {
  const { io, t } = context;
  const { role } = options;
  return withApp(context, async (app) => {
    const created = await createInvite(app, { unitCode: options.unit, role, at: app.clock.now() });
    if (!created.ok && created.reason === "unknown-unit") throw new CommandUsageError("cli-unknown-unit", { code: options.unit });
    if (!created.ok) throw new CommandUsageError("invite-role-needs-answering-unit", { role, code: created.unit.code, kind: t(`kind-${created.unit.kind}`) });
    const { unit, expiresAt } = created;
    const expires = formatExpiry(expiresAt, context.locale, app.config.timeZone);
    const lines = [t("cli-invite-created", { role: t(`role-${role}`), unit: unit.name, code: created.code, expires })];
    const username = options.botUsername?.replace(/^@/, "") ?? await botUsername(app.config).catch((error: unknown) => {
      app.logger.warn({ err: error }, "could not ask Telegram for the bot's username");
      return undefined;
    });
    lines.push(username ? t("cli-invite-link", { link: `https://t.me/${username}?start=${created.code}` }) : t("cli-invite-no-link"));
    lines.push(t("cli-invite-start", { code: created.code }));
    io.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  });
}

async function botUsername(config: Config): Promise<string | undefined> {
  if (config.telegram.username) return config.telegram.username;
  if (!config.telegram.token) return undefined;
  return fetchBotUsername(config.telegram.token, config.telegram.apiRoot);
}
