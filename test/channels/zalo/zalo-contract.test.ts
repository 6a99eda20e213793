import { ThreadType, ZaloApiError } from "zca-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { classifyZaloError } from "../../../src/channels/zalo/classify-zalo-error.ts";
import { classifyZaloLoginError } from "../../../src/channels/zalo/classify-zalo-login-error.ts";
import { toIncomingMessage } from "../../../src/channels/zalo/to-incoming-message.ts";
import { ZaloHttpError, fetchFailingOnServerErrors } from "../../../src/channels/zalo/zalo-http-error.ts";
import { ZaloCredentialsMissing } from "../../../src/channels/zalo/zalo-session.ts";
import { fakeZaloApi, groupMessage, userMessage, zaloErrors } from "../../support/zalo-fakes.ts";

const at = new Date("2026-11-20T03:00:00Z");

describe("zca-js messages as the engine's messages", () => {
  it("a direct message keeps its thread, its sender and when it was sent", () => {
    const message = userMessage("111", "có", "m1");
    expect(toIncomingMessage(message, at)).toEqual({
      channel: "zalo",
      chatId: "111",
      chatType: "private",
      senderId: "111",
      messageId: "m1",
      text: "có",
      receivedAt: at,
      sentAt: new Date(Number(message.data.ts)),
    });
  });

  it("a group message is a group chat, apart from user ids", () => {
    expect(toIncomingMessage(groupMessage("777", "111", "/bind MK", "m2"), at)).toMatchObject({ chatId: "g:777", chatType: "group", senderId: "111", text: "/bind MK" });
    expect(groupMessage("777", "111", "x", "m").type).toBe(ThreadType.Group);
  });

  it("commands work without a slash in a direct chat, not in groups", () => {
    expect(toIncomingMessage(userMessage("111", "start AbCdEf0123456789xyzw", "m3"), at)?.text).toBe("/start AbCdEf0123456789xyzw");
    expect(toIncomingMessage(userMessage("111", "Baocao", "m4"), at)?.text).toBe("/Baocao");
    expect(toIncomingMessage(groupMessage("777", "111", "help me", "m5"), at)?.text).toBe("help me");
  });

  it("a note typed without diacritics that begins with an admin command's word stays a note", () => {
    // "nam" is /nam (the year's results), "ky" /period: here they are "năm", "kỳ" without marks.
    expect(toIncomingMessage(userMessage("111", "nam nay chi bo ra quan lam ve sinh", "m8"), at)?.text).toBe("nam nay chi bo ra quan lam ve sinh");
    expect(toIncomingMessage(userMessage("111", "ky nay hoan thanh tot", "m9"), at)?.text).toBe("ky nay hoan thanh tot");
    expect(toIncomingMessage(userMessage("111", "/ky open 2026-12", "m10"), at)?.text).toBe("/ky open 2026-12");
  });

  it("ignores the account's own messages and stickers or photos", () => {
    expect(toIncomingMessage(userMessage("0", "echo", "m6"), at)).toBeUndefined();
    expect(toIncomingMessage(userMessage("111", { title: "sticker", href: "x" }, "m7"), at)).toBeUndefined();
  });
});

describe("Zalo send errors", () => {
  const retryThenUnreachable = { kind: "retry", unreachableIfExhausted: true };
  const rateLimited = { kind: "rate_limited", retryAfterMs: 15 * 60_000 };
  it.each([
    ["123, cannot receive (a block, or a duplicate or too-fast send)", new ZaloApiError("Không thể nhận tin nhắn từ bạn.", 123), retryThenUnreachable],
    ["122, strangers blocked", new ZaloApiError("Bạn chưa thể gửi tin nhắn đến người này vì người này chặn không nhận tin nhắn từ người lạ.", 122), retryThenUnreachable],
    ["the same wording without a code", new Error("Không thể nhận tin nhắn từ bạn"), retryThenUnreachable],
    ["221, too many requests", new ZaloApiError("Vượt quá số request cho phép", 221), rateLimited],
    ["acting too fast", new ZaloApiError("Bạn đã thao tác quá nhanh"), rateLimited],
    ["HTTP 429", new ZaloHttpError(429), rateLimited],
    ["600, the session ended", zaloErrors.sessionEnded(), { kind: "retry", reason: "600: zpw_sek bị thiếu hoặc không đúng" }],
    ["no network", zaloErrors.network(), { kind: "retry", reason: "fetch failed" }],
    ["a Zalo 5xx", new ZaloHttpError(502), { kind: "retry", reason: "Zalo answered HTTP 502" }],
    ["zca-js's 5xx wording", new ZaloApiError("Request failed with status code 503"), { kind: "retry", reason: "Request failed with status code 503" }],
    ["socket hang up", new Error("socket hang up"), { kind: "retry", reason: "socket hang up" }],
  ])("%s", (_, error, expected) => {
    expect(classifyZaloError(error)).toMatchObject(expected);
  });

  it("never takes one answer for a permanent block", () => {
    for (const code of [114, 122, 123, 134]) expect(classifyZaloError(new ZaloApiError("Không thể nhận tin nhắn từ bạn.", code)).kind).toBe("retry");
    expect(classifyZaloError(zaloErrors.sessionEnded())).not.toHaveProperty("unreachableIfExhausted");
  });
});

describe("Zalo login errors", () => {
  it.each([
    ["no network", zaloErrors.network(), "unreachable"],
    ["a timeout", new DOMException("The operation was aborted due to timeout", "TimeoutError"), "unreachable"],
    ["a connection reset", Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }), "unreachable"],
    ["a Zalo 5xx", new ZaloHttpError(502), "unreachable"],
    ["throttled", new ZaloHttpError(429), "unreachable"],
    ["an HTML error page", new SyntaxError("Unexpected token '<'"), "unreachable"],
    ["refused cookies", zaloErrors.refused(), "rejected"],
    ["a missing zpw_sek", new ZaloApiError("Failed to fetch server info: zpw_sek bị thiếu hoặc không đúng"), "rejected"],
    ["no stored session", new ZaloCredentialsMissing("data/zalo-credentials.json"), "rejected"],
  ])("%s: %s", (_, error, expected) => {
    expect(classifyZaloLoginError(error)).toBe(expected);
  });

  describe("the fetch handed to zca-js", () => {
    afterEach(() => vi.unstubAllGlobals());

    it("turns a Zalo 5xx or 429 into an error of its own, and passes everything else through", async () => {
      const answers = [502, 429, 200, 404];
      vi.stubGlobal("fetch", async () => new Response("{}", { status: answers.shift() ?? 200 }));
      await expect(fetchFailingOnServerErrors("https://wpa.chat.zalo.me/api/login/getLoginInfo")).rejects.toMatchObject({ name: "ZaloHttpError", status: 502 });
      await expect(fetchFailingOnServerErrors("https://wpa.chat.zalo.me/api/login/getLoginInfo")).rejects.toMatchObject({ status: 429 });
      expect((await fetchFailingOnServerErrors("https://wpa.chat.zalo.me/")).status).toBe(200);
      expect((await fetchFailingOnServerErrors("https://wpa.chat.zalo.me/")).status).toBe(404);
    });
  });
});

describe("the fake sendMessage answers like zca-js", () => {
  it("a text with its message id, a picture with its caption under the attachment's id only", async () => {
    const { api } = fakeZaloApi();
    expect(await api.sendMessage({ msg: "xin chào" }, "111", ThreadType.User)).toEqual({ message: { msgId: 5000 }, attachment: [] });
    const data = Buffer.from("89504e47", "hex");
    const picture = await api.sendMessage({ msg: "📰 Bản tin", attachments: [{ data, filename: "chart.png", metadata: { totalSize: data.length, width: 1, height: 1 } }] }, "777", ThreadType.Group);
    expect(picture).toEqual({ message: null, attachment: [{ msgId: 5001 }] });
  });
});
