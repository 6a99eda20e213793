import type { Command } from "commander";
import { choiceOption, CommandUsageError, examples, integerIn, withApp, type CliContext } from "./command-support.ts";

interface ListOptions {
  readonly format: "text" | "json";
}

interface ActOptions {
  readonly id?: number;
  readonly chat?: string;
  readonly all?: boolean;
}

/** `npx bontot outbox` lists undelivered messages per chat; `outbox retry|drop (--id N | --chat CHANNEL:CHAT | --all)` acts on them. */
export function outboxCommand(program: Command, context: CliContext): void {
  const { t } = context;
  const outbox = program.command("outbox").description(t("cli-outbox-description"));
  outbox.addOption(choiceOption(outbox, `--format <${t("cli-placeholder-format")}>`, t("cli-option-format"), ["text", "json"], "text"));
  examples(outbox, context, "cli-outbox-examples").action(async (options: ListOptions) => {
    context.exitCode = await list(context, options);
  });
  for (const action of ["retry", "drop"] as const) {
    const command = outbox
      .command(action)
      .description(t(`cli-outbox-${action}-description`))
      .option(`--id <${t("cli-placeholder-number")}>`, t("cli-option-outbox-id"), integerIn(t, "--id", 1, Number.MAX_SAFE_INTEGER))
      .option(`--chat <${t("cli-placeholder-chat")}>`, t("cli-option-outbox-chat"))
      .option("--all", t("cli-option-outbox-all"));
    examples(command, context, `cli-outbox-${action}-examples`).action(async (options: ActOptions) => {
      context.exitCode = await act(context, action, options);
    });
  }
}

async function list(context: CliContext, options: ListOptions): Promise<number> {
  const { io, t } = context;
  return withApp(context, async (app) => {
    const chats = await app.stores.outboxAdmin.summary();
    if (options.format === "json") io.stdout.write(`${JSON.stringify(chats, null, 2)}\n`);
    else if (chats.length === 0) io.stdout.write(`${t("cli-outbox-empty")}\n`);
    else {
      for (const c of chats) {
        const args = { chat: `${c.channel}:${c.chatId}`, pending: c.pending, failed: c.failed, since: c.oldestAt.toISOString(), error: c.lastError ?? "—" };
        io.stdout.write(`${t("cli-outbox-line", args)}\n`);
      }
    }
    return 0;
  });
}

async function act(context: CliContext, action: "retry" | "drop", options: ActOptions): Promise<number> {
  const { io, t } = context;
  const [channel, ...chat] = options.chat?.split(":") ?? [];
  if (options.chat !== undefined && (!channel || chat.join(":").length === 0)) throw new CommandUsageError("cli-outbox-bad-chat", { chat: options.chat });
  // Acting on every chat at once must be asked for by name.
  if (options.id === undefined && options.chat === undefined && !options.all) throw new CommandUsageError("cli-outbox-usage");
  const filter = { ...(options.id !== undefined ? { id: options.id } : {}), ...(channel ? { channel, chatId: chat.join(":") } : {}) };
  return withApp(context, async (app) => {
    const count = action === "retry" ? await app.stores.outboxAdmin.retry(filter, app.clock.now()) : await app.stores.outboxAdmin.drop(filter);
    io.stdout.write(`${t(action === "retry" ? "cli-outbox-retried" : "cli-outbox-dropped", { count })}\n`);
    return 0;
  });
}
