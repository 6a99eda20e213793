import type { OutgoingMessage } from "../engine/messages.ts";

/** Text-only channels (console, Zalo): choices to pick become numbered lines; shortcuts are listed beside. */
export function renderNumbered(message: OutgoingMessage): string {
  const lines = [message.text];
  const choices = message.choices ?? [];
  choices.forEach((choice, index) => {
    lines.push(message.choiceStyle === "alternative" ? `   ▸ ${choice.label}` : `   ${index + 1}. ${choice.label}`);
  });
  return lines.join("\n");
}
