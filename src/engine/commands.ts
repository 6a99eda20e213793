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
  returnReport: ["tralai", "return"],
  allowLate: ["chophepmuon", "late"],
  annual: ["nam", "year"],
  yearRating: ["xeploai", "rating"],
  missedMeeting: ["lydo", "excuse"],
  titleDecision: ["danhhieu", "title"],
  unitMembers: ["donvi", "unit"],
  invite: ["moi", "invite"],
} as const;

export type CommandName = keyof typeof COMMANDS;

export type ParsedCommand = { readonly name: CommandName; readonly args: readonly string[] } | { readonly name: "unknown"; readonly word: string };

/** Longest command word or argument kept: replies may quote them, and a reply must stay short. */
const MAX_TOKEN = 40;
const excerpt = (token: string): string => (token.length > MAX_TOKEN ? `${token.slice(0, MAX_TOKEN)}…` : token);

/** "/baocao", "/back@bontot_bot", "/lang en" -> a command; anything not starting with "/" is not one. */
export function parseCommand(text: string): ParsedCommand | undefined {
  const match = /^\/([A-Za-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!match) return undefined;
  const word = excerpt((match[1] ?? "").toLowerCase());
  // A handful of arguments is all any command takes; the rest of a pasted essay is dropped unread.
  const args = (match[2] ?? "").split(/\s+/, 8).filter((a) => a.length > 0).map(excerpt);
  for (const [name, aliases] of Object.entries(COMMANDS) as [CommandName, readonly string[]][]) {
    if (aliases.includes(word)) return { name, args };
  }
  return { name: "unknown", word };
}
