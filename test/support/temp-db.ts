import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";

/** A fresh SQLite file path per test, removed afterwards. */
export function tempDbPath(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "bontot-test-"));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, "bontot.db");
}
