import type { SendLimits } from "../engine/channel-sender.ts";

/**
 * Paces sends per platform: a global rate (spread evenly), a minimum interval per chat, and a
 * per-minute cap per group chat. `delayFor` says how long to wait; `record` books a send.
 */
/** Messages a sender may run ahead of the even spacing to make up for late timers. */
const BURST = 5;

export class RateLimiter {
  readonly #limits: SendLimits;
  #nextGlobal = 0;
  readonly #lastByChat = new Map<string, number>();
  /** Chats the platform told to wait (a 429's retry_after), until when. */
  readonly #blockedUntil = new Map<string, number>();
  readonly #groupSends = new Map<string, number[]>();
  #hourSends: number[] = [];
  readonly #random: () => number;

  constructor(limits: SendLimits, random: () => number = Math.random) {
    this.#limits = limits;
    this.#random = random;
  }

  /** Wait owed to the platform-wide rate: short, so the worker simply sleeps it. */
  globalDelay(now: number): number {
    const perHour = this.#limits.perHour;
    this.#hourSends = this.#hourSends.filter((t) => t > now - 3_600_000);
    const hourly = perHour !== undefined && this.#hourSends.length >= perHour ? (this.#hourSends[this.#hourSends.length - perHour] ?? now) + 3_600_000 - now : 0;
    return Math.max(0, this.#nextGlobal - now, hourly);
  }

  /** Wait owed to one chat (per-chat interval, group cap): the message is put back until then. */
  chatDelay(chatId: string, now: number): number {
    const last = this.#lastByChat.get(chatId);
    const chat = last === undefined ? 0 : last + this.#limits.chatIntervalMs - now;
    let group = 0;
    if (this.#limits.isGroup(chatId)) {
      const recent = (this.#groupSends.get(chatId) ?? []).filter((t) => t > now - 60_000);
      if (recent.length >= this.#limits.groupPerMinute) group = (recent[recent.length - this.#limits.groupPerMinute] ?? now) + 60_000 - now;
    }
    const blocked = (this.#blockedUntil.get(chatId) ?? 0) - now;
    return Math.max(0, chat, group, blocked);
  }

  /** The platform said this chat must wait until `until`. */
  block(chatId: string, until: number): void {
    this.#blockedUntil.set(chatId, Math.max(until, this.#blockedUntil.get(chatId) ?? 0));
  }

  delayFor(chatId: string, now: number): number {
    return Math.max(this.globalDelay(now), this.chatDelay(chatId, now));
  }

  /** Books a send to the chat at `now`, in the platform-wide rate's slot at `slot` (a short wait ahead, booked before it is slept). */
  record(chatId: string, now: number, slot: number = now): void {
    // A few messages of slack: timers fire late, and a sender that fell behind may catch up
    // briefly, so the average rate settles on the limit instead of below it.
    const interval = 1000 / this.#limits.perSecond;
    const jitter = this.#limits.jitterMs ? this.#random() * this.#limits.jitterMs : 0;
    this.#nextGlobal = jitter > 0 ? Math.max(this.#nextGlobal, slot) + interval + jitter : Math.max(this.#nextGlobal, slot - BURST * interval) + interval;
    if (this.#limits.perHour !== undefined) this.#hourSends.push(slot);
    this.#lastByChat.set(chatId, now);
    if (this.#limits.isGroup(chatId)) {
      const recent = (this.#groupSends.get(chatId) ?? []).filter((t) => t > now - 60_000);
      recent.push(now);
      this.#groupSends.set(chatId, recent);
    }
    if (this.#lastByChat.size > 10_000) this.#forgetIdle(now);
  }

  #forgetIdle(now: number): void {
    for (const [chat, at] of this.#lastByChat) if (at < now - 60_000) this.#lastByChat.delete(chat);
    for (const [chat, times] of this.#groupSends) if ((times.at(-1) ?? 0) < now - 60_000) this.#groupSends.delete(chat);
    for (const [chat, until] of this.#blockedUntil) if (until < now) this.#blockedUntil.delete(chat);
  }
}
