/** Commands every channel understands, with the Vietnamese and English names people type. */
export const COMMANDS = {
  start: ["start", "batdau"],
  help: ["help", "trogiup"],
  assess: ["baocao", "assess"],
  back: ["back", "quaylai"],
  summary: ["summary", "tomtat"],
  pause: ["cancel", "pause", "tamdung"],
  skip: ["skip", "boqua"],
  lang: ["lang", "ngonngu"],
  bind: ["bind", "gan"],
  unbind: ["unbind", "bogan"],
  status: ["status", "tinhhinh"],
  digest: ["digest", "bantin"],
  remind: ["remind", "nhac"],
  period: ["period", "ky"],
} as const;

export type CommandName = keyof typeof COMMANDS;

export type ParsedCommand = { readonly name: CommandName; readonly args: readonly string[] } | { readonly name: "unknown"; readonly word: string };

/** "/baocao", "/back@bontot_bot", "/lang en" -> a command; anything not starting with "/" is not one. */
export function parseCommand(text: string): ParsedCommand | undefined {
  const match = /^\/([A-Za-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!match) return undefined;
  const word = (match[1] ?? "").toLowerCase();
  const args = (match[2] ?? "").split(/\s+/).filter((a) => a.length > 0);
  for (const [name, aliases] of Object.entries(COMMANDS) as [CommandName, readonly string[]][]) {
    if (aliases.includes(word)) return { name, args };
  }
  return { name: "unknown", word };
}
