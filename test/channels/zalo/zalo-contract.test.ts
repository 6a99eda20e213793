import { ThreadType } from "zca-js";
import { describe, expect, it } from "vitest";
import { classifyZaloError } from "../../../src/channels/zalo/classify-zalo-error.ts";
import { toIncomingMessage } from "../../../src/channels/zalo/to-incoming-message.ts";
import { groupMessage, userMessage } from "../../support/zalo-fakes.ts";

const at = new Date("2026-11-20T03:00:00Z");

describe("zca-js messages as the engine's messages", () => {
  it("a direct message keeps its thread and sender", () => {
    expect(toIncomingMessage(userMessage("111", "có", "m1"), at)).toEqual({
      channel: "zalo",
      chatId: "111",
      chatType: "private",
      senderId: "111",
      messageId: "m1",
      text: "có",
      receivedAt: at,
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

  it("ignores the account's own messages and stickers or photos", () => {
    expect(toIncomingMessage(userMessage("0", "echo", "m6"), at)).toBeUndefined();
    expect(toIncomingMessage(userMessage("111", { title: "sticker", href: "x" }, "m7"), at)).toBeUndefined();
  });
});

describe("Zalo send errors", () => {
  it.each([
    [Object.assign(new Error("Không thể nhận tin nhắn từ bạn"), { code: 123 }), { kind: "permanent", unreachable: true }],
    [Object.assign(new Error("Bạn đã thao tác quá nhanh"), { code: 221 }), { kind: "retry", retryAfterMs: 900_000 }],
    [new Error("socket hang up"), { kind: "retry" }],
  ])("%s", (error, expected) => {
    expect(classifyZaloError(error)).toMatchObject(expected);
  });
});
