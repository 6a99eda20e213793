import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterEach, inject } from "vitest";

/** A fresh, empty PostgreSQL database per test on the run's server; dropped afterwards. */
export function tempPostgresUrl(): () => Promise<string> {
  const created: string[] = [];
  const admin = inject("postgresUrl");
  afterEach(async () => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    for (const name of created.splice(0)) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  });
  return async () => {
    const name = `t_${randomBytes(6).toString("hex")}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
    created.push(name);
    return admin.replace(/\/postgres$/, `/${name}`);
  };
}
