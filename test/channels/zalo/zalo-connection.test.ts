import { ThreadType } from "zca-js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createZaloChannel, type ZaloChannelOptions, type ZaloProblem } from "../../../src/channels/zalo/zalo-channel.ts";
import { ZaloHttpError } from "../../../src/channels/zalo/zalo-http-error.ts";
import type { Engine } from "../../../src/engine/handle-message.ts";
import { FakeListener, FakeZaloAccount, FakeZaloServer, userMessage, zaloErrors, type FakeZalo } from "../../support/zalo-fakes.ts";

const MINUTE = 60_000;

function setup(overrides: Partial<ZaloChannelOptions> = {}) {
  const account = new FakeZaloAccount();
  const handled: string[] = [];
  const engine: Engine = {
    handle: async (m) => {
      handled.push(`${m.messageId}:${m.text}`);
      return {};
    },
  };
  const problems: ZaloProblem[] = [];
  const savedCookies: string[] = [];
  const channel = createZaloChannel({
    engine,
    logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    login: account.login,
    saveCookies: (api) => void savedCookies.push(String(api.getCookie().toJSON()?.cookies[0]?.value)),
    reportProblem: (p) => void problems.push(p),
    backoff: { baseMs: 1_000, maxMs: 8_000 },
    reconnectsBeforeRelogin: 2,
    random: () => 1,
    ...overrides,
  });
  const session = (index: number): FakeZalo => {
    const found = account.sessions[index];
    if (!found) throw new Error(`no login number ${index + 1}`);
    return found;
  };
  return { account, handled, problems, savedCookies, channel, session };
}

/** Lets queued socket events (microtasks) and the channel's awaits run, without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the fake listener copies zca-js", () => {
  it("emits connected on start, refuses a second start, and closes with 1000 after stop", async () => {
    const server = new FakeZaloServer();
    const listener = new FakeListener(server);
    const events: string[] = [];
    for (const event of ["connected", "disconnected", "closed"]) listener.on(event, (...args: unknown[]) => events.push([event, ...args].join(" ")));
    listener.start();
    expect(() => listener.start()).toThrow("Already started");
    await settle();
    expect(events).toEqual(["connected"]);
    listener.stop();
    await settle();
    expect(events).toEqual(["connected", "disconnected 1000 ", "closed 1000 "]);
    expect(server.openSockets).toBe(0);
  });

  it("runs the library's own retry from a timer, where a second start is an uncaught throw", async () => {
    const server = new FakeZaloServer();
    server.retryable = { 1006: { max: 5, times: [500] } };
    const listener = new FakeListener(server);
    // What the bot used to do: start again itself on every drop, with retryOnClose as well.
    listener.on("disconnected", () => listener.start({ retryOnClose: true }));
    listener.start({ retryOnClose: true });
    await settle();
    listener.drop(1006);
    await settle();
    await expect(vi.advanceTimersByTimeAsync(500)).rejects.toThrow("Already started");
  });
});

describe("Zalo: one reconnect mechanism", () => {
  it("reconnects after a 1006 drop with growing, capped delays, then asks for the missed messages", async () => {
    const { channel, session } = setup();
    await channel.start();
    await settle();
    const { listener } = session(0);
    expect(listener.starts).toBe(1);
    listener.emit("message", userMessage("111", "có", "m41"));
    listener.drop(1006);
    await vi.advanceTimersByTimeAsync(999);
    expect(listener.starts).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(listener.starts).toBe(2);
    listener.drop(1006);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(listener.starts).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(listener.starts).toBe(3);
    expect(listener.oldRequests.slice(-2)).toEqual([
      { type: ThreadType.User, lastMsgId: "m41" },
      { type: ThreadType.Group, lastMsgId: null },
    ]);
    await channel.stop();
  });

  it("starts the backoff afresh after a connection that stayed up", async () => {
    const { channel, session } = setup();
    await channel.start();
    await settle();
    const { listener } = session(0);
    listener.drop();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(listener.starts).toBe(2);
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    listener.drop();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(listener.starts).toBe(3);
    await channel.stop();
  });

  it.each([
    ["no close code retryable", {}],
    ["1006 retryable", { 1006: { max: 5, times: [500] } }],
    ["1000 and 1006 retryable", { 1000: { max: 5, times: [100] }, 1006: { max: 5, times: [100, 500] } }],
  ])("never has two sockets open, and never throws from a timer (%s)", async (_, retryable) => {
    const { account, channel, problems } = setup();
    account.server.retryable = retryable;
    await channel.start();
    await settle();
    // Drops, reconnects, a log-in again after three failures in a row, a session that ends, a stop.
    for (let i = 0; i < 5; i++) {
      account.server.dropAll(1006);
      await vi.advanceTimersByTimeAsync(10_000);
    }
    expect(account.logins).toBeGreaterThan(1);
    if (account.latest) account.latest.state.failWith = zaloErrors.sessionEnded;
    await expect(channel.api()?.sendMessage("x", "111", ThreadType.User)).rejects.toThrow("zpw_sek");
    await vi.advanceTimersByTimeAsync(10_000);
    await channel.stop();
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(account.server.maxOpen).toBe(1);
    expect(account.server.openSockets).toBe(0);
    expect(problems).toEqual([]);
  });

  it("absorbs zca-js's 'Already started' when the socket is still up", async () => {
    const { account, channel, session } = setup();
    await channel.start();
    await settle();
    const { listener } = session(0);
    listener.emit("closed", 1006, "stray");
    await vi.advanceTimersByTimeAsync(10_000);
    expect(listener.starts).toBe(1);
    expect(account.server.openSockets).toBe(1);
    await channel.stop();
  });

  it("does not take its own stop() for a drop", async () => {
    const { account, channel, problems, session } = setup();
    await channel.start();
    await settle();
    const { listener } = session(0);
    const closes: number[] = [];
    listener.on("closed", (code: number) => closes.push(code));
    await channel.stop();
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(closes).toEqual([1000]);
    expect(listener.starts).toBe(1);
    expect(account.logins).toBe(1);
    expect(problems).toEqual([]);
    expect(account.server.openSockets).toBe(0);
  });

  it("logs in again after repeated drops, closing the old socket before opening the new one", async () => {
    const { account, channel, problems, session } = setup();
    await channel.start();
    await settle();
    for (let i = 0; i < 3; i++) {
      account.latest?.listener.drop(1006);
      await vi.advanceTimersByTimeAsync(10_000);
    }
    expect(account.logins).toBe(2);
    expect(session(0).listener.starts).toBe(3);
    expect(session(1).listener.starts).toBe(1);
    expect(account.server.maxOpen).toBe(1);
    expect(problems).toEqual([]);
    await channel.stop();
  });

  it("rides out a network outage: failed connects, failed logins, one notice, then back", async () => {
    const { account, channel, problems } = setup({ unreachableAfter: 4 });
    await channel.start();
    await settle();
    account.server.reachable = false;
    account.failLogins(...Array.from({ length: 20 }, () => zaloErrors.network));
    account.server.dropAll(1006);
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(problems).toEqual(["unreachable"]);
    expect(account.server.openSockets).toBe(0);
    account.server.reachable = true;
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(account.server.openSockets).toBe(1);
    expect(account.server.maxOpen).toBe(1);
    expect(problems).toEqual(["unreachable"]);
    await channel.stop();
  });

  it("reports Zalo Web opened elsewhere and does not fight for the session", async () => {
    const { channel, problems, session } = setup();
    await channel.start();
    await settle();
    session(0).listener.drop(3000);
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(problems).toEqual(["duplicate-connection"]);
    expect(session(0).listener.starts).toBe(1);
    await channel.stop();
  });

  it("hands the messages missed meanwhile to the engine (not the account's own)", async () => {
    const { handled, channel, session } = setup();
    await channel.start();
    session(0).listener.emit("old_messages", [userMessage("111", "có", "m51"), userMessage("0", "my own", "m52")], ThreadType.User);
    await settle();
    expect(handled).toEqual(["m51:có"]);
    await channel.stop();
  });
});

describe("Zalo: logging in", () => {
  it("retries a first login that failed on the network or a Zalo 5xx, with capped exponential backoff", async () => {
    const { account, channel, problems } = setup();
    account.failLogins(zaloErrors.network, () => new ZaloHttpError(502), zaloErrors.network, () => new ZaloHttpError(503), zaloErrors.network);
    await channel.start();
    expect(account.logins).toBe(1);
    expect(channel.api()).toBeUndefined();
    // random() = 1: waits of 1, 2, 4, 8 and 8 seconds (capped).
    for (const [wait, logins] of [[1_000, 2], [2_000, 3], [4_000, 4], [8_000, 5], [8_000, 6]] as const) {
      await vi.advanceTimersByTimeAsync(wait - 1);
      expect(account.logins).toBe(logins - 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(account.logins).toBe(logins);
    }
    await settle();
    expect(channel.api()).toBeDefined();
    expect(account.server.openSockets).toBe(1);
    expect(problems).toEqual([]);
    await channel.stop();
  });

  it("spreads the retries with jitter", async () => {
    const { account, channel } = setup({ random: () => 0 });
    account.failLogins(zaloErrors.network, zaloErrors.network);
    await channel.start();
    // random() = 0: half of the exponential wait.
    await vi.advanceTimersByTimeAsync(500);
    expect(account.logins).toBe(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(account.logins).toBe(3);
    await channel.stop();
  });

  it("asks for a QR scan only when Zalo refuses the stored session, and then stops trying", async () => {
    const { account, channel, problems } = setup();
    account.failLogins(zaloErrors.refused);
    await channel.start();
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(problems).toEqual(["login-failed"]);
    expect(account.logins).toBe(1);
    await channel.stop();
  });

  it("tells admins once that Zalo cannot be reached, without asking for a QR scan", async () => {
    const { account, channel, problems } = setup({ unreachableAfter: 3 });
    account.failLogins(...Array.from({ length: 10 }, () => zaloErrors.network));
    await channel.start();
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(account.logins).toBe(11);
    expect(problems).toEqual(["unreachable"]);
    expect(channel.api()).toBeDefined();
    await channel.stop();
  });
});

describe("Zalo: a session that ends while the listener runs (error 600)", () => {
  it("logs in again from the stored session, with one socket at a time", async () => {
    const { account, channel, problems, session } = setup();
    await channel.start();
    await settle();
    session(0).state.failWith = zaloErrors.sessionEnded;
    await expect(channel.api()?.sendMessage("xin chào", "111", ThreadType.User)).rejects.toThrow("zpw_sek");
    await settle();
    expect(account.logins).toBe(2);
    expect(session(0).listener.stops).toBe(1);
    expect(session(1).listener.starts).toBe(1);
    expect(account.server.maxOpen).toBe(1);
    await expect(channel.api()?.sendMessage("xin chào", "111", ThreadType.User)).resolves.toMatchObject({ message: { msgId: 5000 } });
    // The old socket's close (1000, from the channel's own stop()) is no drop: nothing restarts.
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(account.logins).toBe(2);
    expect(session(0).listener.starts).toBe(1);
    expect(session(1).listener.starts).toBe(1);
    expect(problems).toEqual([]);
    await channel.stop();
  });

  it("alerts admins when the stored session is refused too", async () => {
    const { account, channel, problems, session } = setup();
    await channel.start();
    await settle();
    account.failLogins(zaloErrors.refused);
    session(0).state.keepAliveFailsWith = zaloErrors.sessionEnded;
    await vi.advanceTimersByTimeAsync(15 * MINUTE);
    expect(account.logins).toBe(2);
    expect(problems).toEqual(["session-expired"]);
    expect(channel.api()).toBeUndefined();
    expect(account.server.openSockets).toBe(0);
    await channel.stop();
  });

  it("alerts admins when a fresh login's session ends again at once, without logging in over and over", async () => {
    const { account, channel, problems, session } = setup();
    await channel.start();
    await settle();
    session(0).state.failWith = zaloErrors.sessionEnded;
    await expect(channel.api()?.sendMessage("a", "111", ThreadType.User)).rejects.toThrow();
    await settle();
    session(1).state.failWith = zaloErrors.sessionEnded;
    await expect(channel.api()?.sendMessage("b", "111", ThreadType.User)).rejects.toThrow();
    await settle();
    expect(account.logins).toBe(2);
    expect(problems).toEqual(["session-expired"]);
    await channel.stop();
  });
});

describe("Zalo: keeping a quiet session alive", () => {
  it("makes a light call every interval and saves the refreshed cookies", async () => {
    const { channel, savedCookies, session } = setup({ keepAliveIntervalMs: 15 * MINUTE });
    await channel.start();
    await settle();
    expect(savedCookies).toEqual(["fresh-0"]);
    await vi.advanceTimersByTimeAsync(15 * MINUTE);
    expect(session(0).state.keepAlives).toBe(1);
    expect(savedCookies).toEqual(["fresh-0", "fresh-1"]);
    await vi.advanceTimersByTimeAsync(7 * 24 * 60 * MINUTE);
    expect(session(0).state.keepAlives).toBe(4 * 24 * 7 + 1);
    expect(savedCookies.at(-1)).toBe(`fresh-${4 * 24 * 7 + 1}`);
    await channel.stop();
  });

  it("goes on after a keep-alive that failed on the network", async () => {
    const { channel, problems, savedCookies, session, account } = setup({ keepAliveIntervalMs: 15 * MINUTE });
    await channel.start();
    await settle();
    session(0).state.keepAliveFailsWith = zaloErrors.network;
    await vi.advanceTimersByTimeAsync(15 * MINUTE);
    expect(savedCookies).toEqual(["fresh-0"]);
    session(0).state.keepAliveFailsWith = undefined;
    await vi.advanceTimersByTimeAsync(15 * MINUTE);
    expect(savedCookies).toEqual(["fresh-0", "fresh-1"]);
    expect(account.logins).toBe(1);
    expect(problems).toEqual([]);
    await channel.stop();
  });
});
