import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { PrismaConfig } from "prisma";

// The Prisma CLI (generate, migrate diff) runs fully offline through the better-sqlite3 driver
// adapter (no engine download). The app itself uses no Prisma client.
// No generator needs a query engine (only prisma-kysely's types are generated): without this the
// CLI would try to download one, and the machines reach no host but the npm registry.
process.env["PRISMA_CLIENT_ENGINE_TYPE"] ??= "client";
const url = `file:${path.resolve(process.env["BONTOT_DB_PATH"] ?? "data/bontot.db")}`;

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaBetterSQLite3({ url }),
} satisfies PrismaConfig;
