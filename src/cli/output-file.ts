import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import type { Config } from "../config.ts";
import type { Translate } from "../i18n/translator.ts";
import { CommandUsageError, type CliContext } from "./command-support.ts";

/**
 * Files out, the same for every command that writes one (XLSX, PDF, PNG, CSV…). To use it:
 *
 *   outputOptions(cmd, context)                     // adds --out FILE and --force
 *   const file = outputFile(t, config, options, "bao-cao-2026-11-MK.xlsx");
 *   writeOutput(t, file, bytes);                    // then print file.shown (e.g. cli-file-written)
 *
 * - `--out FILE` writes exactly there. Its directory must exist: a mistyped path is refused
 *   rather than silently created. An existing file is refused unless `--force` is given.
 * - Without `--out`, a clear name (Vietnamese, no diacritics, with the period, year or unit in it)
 *   under `exports/` beside the SQLite file — `data/exports/` by default — directories created;
 *   when that name is taken, `-2`, `-3`… is added: nothing already exported is ever overwritten.
 * - Never the database itself, --force or not.
 * - Written to FILE.<pid>.part and renamed: a killed command leaves no half file under the name.
 * - `shown` is the path as the operator typed it, or relative to the working directory.
 * Reading formats (json, text) go to stdout without `--out`; files (csv, xlsx, pdf, png) to a
 * file. `--out -` sends any of them to stdout, for a pipe or a shell redirection.
 */

export interface OutputOptions {
  readonly out?: string | undefined;
  readonly force?: boolean | undefined;
}

export interface OutputFile {
  /** Where to write. */
  readonly file: string;
  /** How to name it to the operator. */
  readonly shown: string;
}

/** `--out -`, or a reading format without --out: the output goes to stdout, not to a file. */
export function toStdout(options: OutputOptions, readingFormat: boolean): boolean {
  return options.out === "-" || (options.out === undefined && readingFormat);
}

/** Adds `--out FILE` and `--force` to a command that writes a file. */
export function outputOptions(command: Command, context: Pick<CliContext, "t">): Command {
  return command.option(`--out <${context.t("cli-placeholder-file")}>`, context.t("cli-option-out")).option("--force", context.t("cli-option-force"));
}

/** The folder for files written without --out: `exports/` beside the SQLite file (data/exports/ by default). */
export function exportsDir(config: Pick<Config, "dbPath">): string {
  return path.join(path.dirname(config.dbPath), "exports");
}

/** Where a command writes its file: --out, or `defaultName` under data/exports/ (see above). Refuses before anything is computed. */
export function outputFile(t: Translate, config: Pick<Config, "dbPath">, options: OutputOptions, defaultName: string, dir: string = exportsDir(config)): OutputFile {
  if (options.out !== undefined) {
    // Even with --force: an export must never land on the database.
    const database = path.resolve(config.dbPath);
    if ([database, `${database}-wal`, `${database}-shm`, `${database}-journal`].includes(path.resolve(options.out))) throw new CommandUsageError("cli-out-is-database", { file: options.out });
    return explicitTarget(options.out, options.force === true);
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new CommandUsageError("cli-cannot-write", { file: dir, reason: fileSystemReason(t, error) });
  }
  const ext = path.extname(defaultName);
  const base = defaultName.slice(0, defaultName.length - ext.length);
  for (let n = 1; ; n++) {
    const file = path.join(dir, n === 1 ? defaultName : `${base}-${n}${ext}`);
    if (!existsSync(file)) return { file, shown: shown(file) };
  }
}

function explicitTarget(out: string, force: boolean): OutputFile {
  if (out.trim().length === 0) throw new CommandUsageError("cli-option-needs-value", { option: "--out" });
  const dir = path.dirname(path.resolve(out));
  if (!isDirectory(dir)) throw new CommandUsageError("cli-out-no-dir", { file: out, dir });
  if (isDirectory(out)) throw new CommandUsageError("cli-out-is-dir", { file: out });
  if (existsSync(out) && !force) throw new CommandUsageError("cli-out-exists", { file: out });
  return { file: out, shown: out };
}

/** Writes the bytes; a failure (permissions, a full disk) is a readable refusal naming the file. */
export function writeOutput(t: Translate, target: OutputFile | string, body: string | Uint8Array): void {
  const file = typeof target === "string" ? target : target.file;
  // Written beside, then renamed: a command killed half way leaves no half file under the real name.
  const partial = `${file}.${process.pid}.part`;
  try {
    writeFileSync(partial, body);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new CommandUsageError("cli-cannot-write", { file, reason: fileSystemReason(t, error) });
  }
}

/** Several files from one target (a chart in several images): FILE.png, FILE-2.png, … */
export function numberedFiles(target: OutputFile, count: number): OutputFile[] {
  const ext = path.extname(target.file);
  const numbered = (name: string, i: number): string => (i === 0 ? name : `${name.slice(0, name.length - ext.length)}-${i + 1}${ext}`);
  return Array.from({ length: count }, (_, i) => ({ file: numbered(target.file, i), shown: numbered(target.shown, i) }));
}

/** A name part from a code or label: "MK-PL1" stays, "Mường Khương" becomes "muong-khuong". */
export function fileNamePart(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function shown(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative.startsWith("..") || path.isAbsolute(relative) ? path.resolve(file) : relative;
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** The common file-system refusals in the operator's words; anything else as the system said it. */
const KNOWN_CODES = new Set(["EACCES", "EPERM", "EROFS", "ENOSPC", "ENOENT", "ENOTDIR", "EISDIR"]);

export function fileSystemReason(t: Translate, error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (KNOWN_CODES.has(code)) return t(`cli-fs-${code}`);
  return error instanceof Error ? error.message : String(error);
}
