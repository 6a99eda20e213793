import { readFileSync } from "node:fs";
import type { QuestionnaireDefinition } from "./definition.ts";
import { parseQuestionnaireFile } from "./file/parse-questionnaire-file.ts";

/** Where the built-in questionnaires are kept, as files an office can read (and copy): questionnaires/ at the top of the repository. */
export const BUILT_IN_QUESTIONNAIRES = new URL("../../../questionnaires/", import.meta.url);

/**
 * A built-in questionnaire, read once when the code loads, as the locale files are: it is part of
 * the program (no I/O after start), and a broken one stops the program at once, naming every
 * problem with its line.
 */
export function builtInQuestionnaire(file: string): QuestionnaireDefinition {
  const read = parseQuestionnaireFile(readFileSync(new URL(file, BUILT_IN_QUESTIONNAIRES), "utf8"));
  if (read.ok) return read.definition;
  const problems = read.problems.map((p) => `  line ${p.line ?? "?"}:${p.column ?? "?"} ${p.code} ${p.path.join(".")} ${JSON.stringify(p.args)}`);
  throw new Error(`questionnaires/${file} is not a valid questionnaire:\n${problems.join("\n")}`);
}
