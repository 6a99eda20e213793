/**
 * What was wrong with a command line, as a locale key: node's parseArgs explains in English
 * ("Unknown option '--foo'"), and an office works in Vietnamese. Recognised by its error codes;
 * anything else is quoted as node said it.
 */
export function argumentProblem(error: unknown): { readonly key: string; readonly args: Record<string, string> } {
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const quoted = /'([^' ]+)/.exec(message)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return { key: "cli-unknown-option", args: { option: quoted } };
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return { key: "cli-unexpected-argument", args: { argument: quoted } };
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      // "argument missing", or "ambiguous" when the next word starts with a dash (another option).
      if (/argument missing|ambiguous/.test(message)) return { key: "cli-option-needs-value", args: { option: quoted } };
      return { key: "cli-option-takes-no-value", args: { option: quoted } };
    default:
      return { key: "cli-bad-arguments", args: { detail: message } };
  }
}
