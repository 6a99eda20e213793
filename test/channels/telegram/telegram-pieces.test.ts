import { GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { decodeCallbackData, encodeCallbackData } from "../../../src/channels/telegram/callback-data.ts";
import { classifySendError } from "../../../src/channels/telegram/classify-send-error.ts";
import { renderTelegram } from "../../../src/channels/telegram/render-telegram.ts";
import { splitText } from "../../../src/channels/split-text.ts";

const apiError = (error_code: number, description: string, parameters: Record<string, number> = {}) =>
  new GrammyError("Call to 'sendMessage' failed!", { ok: false, error_code, description, parameters }, "sendMessage", {});

describe("Telegram send errors", () => {
  it.each([
    [apiError(429, "Too Many Requests: retry after 7", { retry_after: 7 }), { kind: "rate_limited", retryAfterMs: 7000 }],
    [apiError(400, "Bad Request: group chat was upgraded to a supergroup chat", { migrate_to_chat_id: -1001234567890 }), { kind: "moved", newChatId: "-1001234567890" }],
    [apiError(400, "Bad Request: not enough rights to send photos to the chat"), { kind: "permanent", unreachable: false, skipPart: true }],
    [apiError(403, "Forbidden: bot was kicked from the group chat"), { kind: "permanent", unreachable: true }],
    [apiError(502, "Bad Gateway"), { kind: "retry" }],
    [new HttpError("Network request for 'sendMessage' failed!", new Error("ECONNRESET")), { kind: "retry" }],
    [apiError(403, "Forbidden: bot was blocked by the user"), { kind: "permanent", unreachable: true }],
    [apiError(403, "Forbidden: user is deactivated"), { kind: "permanent", unreachable: true }],
    [apiError(400, "Bad Request: chat not found"), { kind: "permanent", unreachable: true }],
    [apiError(400, "Bad Request: message text is empty"), { kind: "permanent", unreachable: false }],
  ])("%s", (error, expected) => {
    expect(classifySendError(error)).toMatchObject(expected);
  });
});

describe("Telegram callback data", () => {
  it("round-trips ids and stays within 64 bytes", () => {
    const data = encodeCallbackData("q14_development", "dev-none-left");
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(decodeCallbackData(data)).toEqual({ context: "q14_development", id: "dev-none-left" });
    expect(decodeCallbackData(encodeCallbackData(undefined, "assess"))).toEqual({ id: "assess" });
  });

  it("refuses what it could not have produced", () => {
    for (const data of ["", "a||yes", "a|q1|YES", "b|q1|yes", "a|q1|yes|x", "a|q1|có", "a|" + "q".repeat(30) + "|x"]) {
      expect(decodeCallbackData(data), data).toBeUndefined();
    }
  });
});

describe("Telegram rendering", () => {
  it("puts long choices one per row and item numbers six per row", () => {
    const [long] = renderTelegram({ text: "?", choices: [{ id: "discipline-none", label: "Không" }, { id: "discipline-self", label: "Có – chi bộ tự phát hiện, xử lý" }], choiceContext: "q8_discipline" });
    expect(long?.replyMarkup?.inline_keyboard.map((row) => row.length)).toEqual([1, 1]);
    const [items] = renderTelegram({ text: "?", choices: Array.from({ length: 16 }, (_, i) => ({ id: `item-${i + 1}`, label: String(i + 1) })), choiceContext: "items" });
    expect(items?.replyMarkup?.inline_keyboard.map((row) => row.length)).toEqual([6, 6, 4]);
  });

  it("splits one long line at spaces, never inside a word", () => {
    const words = Array.from({ length: 2000 }, (_, i) => `từ${i}`);
    const parts = splitText(words.join(" "), 4096);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= 4096)).toBe(true);
    expect(parts.join(" ").split(" ")).toEqual(words);
  });

  it("splits text over 4096 characters at line breaks, buttons on the last part", () => {
    const text = Array.from({ length: 300 }, (_, i) => `dòng ${i} ${"x".repeat(20)}`).join("\n");
    const parts = splitText(text, 4096);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= 4096)).toBe(true);
    expect(parts.join("\n")).toBe(text);
    const rendered = renderTelegram({ text, choices: [{ id: "yes", label: "Có" }], choiceContext: "q1_held" });
    expect(rendered.at(-1)?.replyMarkup).toBeDefined();
    expect(rendered[0]?.replyMarkup).toBeUndefined();
  });
});
