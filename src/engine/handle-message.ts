import type { AssessmentEvent } from "../domain/conversation/assessment-event.ts";
import { IDLE, interrupted } from "../domain/conversation/conversation-state.ts";
import { looksLikeInviteCode } from "../domain/invite-code.ts";
import { dayFirst } from "../domain/period.ts";
import { entryFor } from "../domain/conversation/reentry.ts";
import { domainError, type DomainError } from "../domain/errors.ts";
import { fold } from "../domain/input/normalize.ts";
import { ANSWERING_ROLES } from "../domain/org.ts";
import { lexiconFrom } from "../i18n/build-lexicon.ts";
import { isLocale, toLocale, type Locale } from "../i18n/locale.ts";
import type { Translator } from "../i18n/translator.ts";
import type { AssessmentTurn } from "./assessment-turn.ts";
import type { CommandContext, CommandHandlers, Decision } from "./command-handler.ts";
import { parseCommand, type ParsedCommand } from "./commands.ts";
import { KeyedLock } from "./keyed-lock.ts";
import type { LoggerPort } from "./logger-port.ts";
import { conversationKey, type HandleResult, type IncomingMessage } from "./messages.ts";
import { VersionConflict, type Clock, type InviteStore, type OutboxSignal, type PeriodStore, type TurnSnapshot, type TurnStore } from "./ports.ts";
import { renderError } from "./render/render-error.ts";
import { periodMessage } from "./render/render-context.ts";

export interface EngineDeps {
  readonly turns: TurnStore;
  readonly periods: PeriodStore;
  readonly invites: InviteStore;
  readonly assessment: AssessmentTurn;
  readonly translator: Translator;
  readonly outbox: OutboxSignal;
  readonly clock: Clock;
  readonly logger: LoggerPort;
  readonly defaultLocale: Locale;
  /** "channel:externalId" of people who are admins by configuration. */
  readonly admins?: ReadonlySet<string>;
  /** Commands handled outside the engine (admin commands), registered by main.ts. */
  readonly commands?: CommandHandlers;
}

export interface Engine {
  /** Handles one incoming message end to end; never throws. */
  handle(message: IncomingMessage): Promise<HandleResult>;
}

const MAX_ATTEMPTS = 3;

/**
 * One turn = lock -> load -> decide -> save + enqueue, in one transaction. Replies are rows in
 * the outbox before anything is sent, so a crash after the commit loses nothing.
 */
export function createEngine(deps: EngineDeps): Engine {
  const lock = new KeyedLock();
  const t = (locale: Locale, key: string, args?: Record<string, string | number>): string => deps.translator.t(locale, key, args);
  const startWords = lexiconFrom(deps.translator, ["assess"]).options.get("assess") ?? new Set<string>();
  const isStartWord = (text: string): boolean => {
    const folded = fold(text).replace(/[.)!]+$/, "");
    return folded === "1" || startWords.has(folded);
  };

  /** `added`: the outbox rows the turn enqueued, handed to the worker when the turn is over. */
  async function turn(message: IncomingMessage, added: number[]): Promise<HandleResult> {
    const key = conversationKey(message);
    for (let attempt = 1; ; attempt++) {
      const snapshot = await deps.turns.load(message, { channel: message.channel, externalId: message.senderId }, message.messageId, message.sentAt ?? message.receivedAt);
      if (snapshot.conversation?.restored) deps.logger.warn({ chat: key, restored: snapshot.conversation.restored }, "conversation state of an older release");
      if (snapshot.seen) return {};
      const locale = snapshot.person?.locale ?? toLocale(message.localeHint) ?? deps.defaultLocale;
      const decision = await decide(message, snapshot, locale);
      try {
        const ids = await deps.turns.save({
          key,
          at: deps.clock.now(),
          ...decision.write,
          ...(message.messageId ? { inbound: { channel: message.channel, externalId: message.messageId } } : {}),
          sender: { channel: message.channel, externalId: message.senderId },
          outbox: decision.messages.map((m) => ({ channel: message.channel, chatId: message.chatId, message: m })),
        });
        added.push(...ids);
        return decision.ack ? { ack: decision.ack } : {};
      } catch (error) {
        if (!(error instanceof VersionConflict) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  async function decide(message: IncomingMessage, snapshot: TurnSnapshot, locale: Locale): Promise<Decision> {
    const text = message.text ?? "";
    const command = message.option ? undefined : parseCommand(text);
    const say = (key: string, args?: Record<string, string | number>): Decision => ({ messages: [{ text: t(locale, key, args) }] });
    const fail = (error: DomainError): Decision => ({ messages: [{ text: renderError({ translator: deps.translator, locale }, error) }] });

    if (message.unreadable) {
      // Not an answer, and not a new prompt either: the question shown just before stays the one to answer.
      return message.chatType === "group" ? { messages: [] } : say(`hint-${message.unreadable}`);
    }
    if (message.chatType === "group") {
      // In groups the bot reacts only to its commands.
      if (!command || command.name === "unknown") return { messages: [] };
      if (command.name === "help" || command.name === "start") return say("help-group");
      return routed(command, message, snapshot, locale) ?? say("group-private-only");
    }
    if (command?.name === "help") return leavePrompt(snapshot, say("help"));
    // "/start lại" from someone registered is a greeting, not a wrong invite code that counts towards a lock-out.
    // A code copied off a card may come in groups: "/start 7kq2 m9xd 4tfa 0bnz".
    const code = command?.name === "start" && command.args.length > 0 ? command.args.join(" ") : undefined;
    if (code !== undefined && (looksLikeInviteCode(code) || !snapshot.person)) return leavePrompt(snapshot, await redeem(message, code, locale));
    // Admin commands come first: an admin by configuration may have no registration at all.
    const external = command ? routed(command, message, snapshot, locale) : undefined;
    if (external) return leavePrompt(snapshot, await external);
    if (!snapshot.person) return say(command?.name === "start" ? "welcome-stranger" : "not-registered");
    const person = snapshot.person;
    if (command?.name === "unknown") return leavePrompt(snapshot, fail(domainError("command/unknown", { command: command.word })));
    if (command?.name === "start") {
      const greeting = await deps.assessment.greet(snapshot, locale);
      return greeting.ok ? { messages: greeting.messages, write: greeting.write } : fail(greeting.error);
    }
    if (command?.name === "lang") {
      const chosen = command.args[0]?.toLowerCase();
      if (!isLocale(chosen)) return fail(domainError("command/bad-argument", { usage: "/lang vi | /lang en" }));
      return leavePrompt(snapshot, { messages: [{ text: t(chosen, "lang-changed") }], write: { locale: { personId: person.id, locale: chosen } } });
    }

    const state = snapshot.conversation?.state ?? IDLE;
    const entry = entryFor(state, toEvent(message, command), {
      interrupted: snapshot.conversation?.interrupted ?? false,
      startWord: !command && isStartWord(text),
    });
    if (entry.kind === "stale") return { messages: [], ack: t(locale, "stale-option") };
    if (entry.kind === "hint") {
      // After sending, "/back" or "sửa 5" cannot change anything: say so rather than "type /baocao".
      const sent = snapshot.assessment?.submitted && snapshot.assessment.period.open ? snapshot.assessment : undefined;
      return leavePrompt(snapshot, sent ? say(periodMessage("hint-submitted", sent.period.key), { period: dayFirst(sent.period.key), unit: sent.unit.name }) : say("idle-hint"));
    }
    const outcome = await deps.assessment.run(snapshot, entry.event, locale);
    if (!outcome.ok) return leavePrompt(snapshot, fail(outcome.error));
    // A tap on an old button is acknowledged on the spot instead of with a new message.
    if (message.option && outcome.stale) return { messages: [], ack: outcome.messages[0]?.text ?? t(locale, "stale-option") };
    return { messages: outcome.messages, write: outcome.write };
  }

  /**
   * A reply that shows no prompt (help, an error, a command's answer) leaves none waiting: the
   * person's next typed message brings their question back instead of answering it unseen.
   */
  function leavePrompt(snapshot: TurnSnapshot, decision: Decision): Decision {
    const conversation = snapshot.conversation;
    const person = snapshot.person;
    if (!conversation || !person || decision.messages.length === 0 || decision.write?.conversation) return decision;
    if (conversation.state.mode === "idle") return decision;
    const state = interrupted(conversation.state);
    return {
      ...decision,
      write: {
        ...decision.write,
        conversation: { personId: person.id, expectedVersion: conversation.version, state, assessmentId: conversation.assessmentId },
      },
    };
  }

  function routed(command: ParsedCommand, message: IncomingMessage, snapshot: TurnSnapshot, locale: Locale): Promise<Decision> | undefined {
    if (command.name === "unknown") return undefined;
    const handler = deps.commands?.[command.name];
    if (!handler) return undefined;
    const configuredAdmin = deps.admins?.has(`${message.channel}:${message.senderId}`) ?? false;
    const isAdmin = (snapshot.person?.memberships.some((m) => m.role === "admin") ?? false) || configuredAdmin;
    const context: CommandContext = { message, snapshot, locale, args: command.args, isAdmin, configuredAdmin };
    return handler(context);
  }

  /** The redemption itself is written with the turn: registered and answered, or neither. */
  async function redeem(message: IncomingMessage, code: string, locale: Locale): Promise<Decision> {
    const result = await deps.invites.check(code, { channel: message.channel, externalId: message.senderId }, deps.clock.now());
    if (!result.ok) {
      const counted = result.reason !== "too-many-attempts";
      return { messages: [{ text: t(locale, `invite-${result.reason}`) }], ...(counted ? { write: { invite: { kind: "failed" } } } : {}) };
    }
    const text = t(locale, "invite-accepted", { role: t(locale, `role-${result.role}`), unit: result.unit.name });
    // A grassroots committee's secretary and deputy answer its yearly self-assessment.
    const isCell = (result.unit.kind === "cell" || result.unit.kind === "grassroots_committee") && ANSWERING_ROLES.includes(result.role);
    return {
      messages: [isCell ? { text, choices: [{ id: "assess", label: t(locale, "option-assess") }], choiceContext: "greeting", choiceStyle: "pick" } : { text }],
      write: { invite: { kind: "redeem", inviteId: result.inviteId, unitId: result.unit.id, role: result.role, unitCode: result.unit.code } },
    };
  }

  async function apologise(message: IncomingMessage, added: number[]): Promise<void> {
    const locale = toLocale(message.localeHint) ?? deps.defaultLocale;
    const ids = await deps.turns.save({
      key: conversationKey(message),
      at: deps.clock.now(),
      outbox: [{ channel: message.channel, chatId: message.chatId, message: { text: t(locale, "error-unexpected") } }],
    });
    added.push(...ids);
  }

  return {
    async handle(message) {
      const key = conversationKey(message);
      const added: number[] = [];
      try {
        return await lock.run(key, () => turn(message, added));
      } catch (error) {
        deps.logger.error({ err: error, chat: key }, "turn failed");
        await apologise(message, added).catch((e: unknown) => deps.logger.error({ err: e, chat: key }, "apology failed"));
        return {};
      } finally {
        deps.outbox.wake(added);
      }
    },
  };
}

function toEvent(message: IncomingMessage, command: ParsedCommand | undefined): AssessmentEvent {
  if (message.option) {
    if (message.option.id === "assess") return { kind: "open" };
    if (message.option.id === "skip") return { kind: "skip" };
    return message.option.context === undefined
      ? { kind: "option", option: message.option.id }
      : { kind: "option", option: message.option.id, context: message.option.context };
  }
  switch (command?.name) {
    case "assess":
      return command.args[0] ? { kind: "open", unitCode: command.args[0] } : { kind: "open" };
    case "back":
      return { kind: "back" };
    case "summary":
      return { kind: "summary" };
    case "pause":
      return { kind: "pause" };
    case "skip":
      return { kind: "skip" };
    default:
      return { kind: "text", text: message.text ?? "" };
  }
}
