import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** postgresql://… of the test run's PostgreSQL server (databases are made per test). */
    postgresUrl: string;
  }
}

/** vitest globalSetup: one PostgreSQL server for the whole run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startEmbeddedPostgres();
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}
