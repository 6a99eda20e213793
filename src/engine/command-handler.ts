import type { Locale } from "../i18n/locale.ts";
import type { CommandName } from "./commands.ts";
import type { IncomingMessage, OutgoingMessage } from "./messages.ts";
import type { TurnSnapshot, TurnWrite } from "./ports.ts";

/** What a turn decided: replies to enqueue, state to store, and an optional at-once acknowledgement. */
export interface Decision {
  readonly messages: readonly OutgoingMessage[];
  readonly write?: Omit<TurnWrite, "key" | "at" | "outbox" | "inbound">;
  readonly ack?: string;
}

export interface CommandContext {
  readonly message: IncomingMessage;
  readonly snapshot: TurnSnapshot;
  readonly locale: Locale;
  readonly args: readonly string[];
  /** An admin by role in some unit, or by the configured admin list. */
  readonly isAdmin: boolean;
  /**
   * Listed in ADMIN_TELEGRAM_IDS / ADMIN_ZALO_IDS: a root admin, who may act on every unit and
   * on all of them at once, whatever roles the org tree gives them.
   */
  readonly configuredAdmin: boolean;
}

/** A command registered on the engine from outside (admin commands, by main.ts). */
export type CommandHandler = (context: CommandContext) => Promise<Decision>;

export type CommandHandlers = Partial<Record<CommandName, CommandHandler>>;
