import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { PrismaConfig } from "prisma";

// Prisma runs fully offline through the better-sqlite3 driver adapter (no engine download).
const url = `file:${path.resolve(process.env["BONTOT_DB_PATH"] ?? "data/bontot.db")}`;

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaBetterSQLite3({ url }),
} satisfies PrismaConfig;
