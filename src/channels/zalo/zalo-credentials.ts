import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Credentials } from "zca-js";

/**
 * The Zalo session (cookies, imei, user agent) lives in one file, readable by the bot's user
 * only (mode 0600). Its contents are never logged.
 */
const credentialsSchema = z.object({
  imei: z.string().min(1),
  userAgent: z.string().min(1),
  cookie: z.array(z.record(z.string(), z.unknown())).min(1),
});

export function readZaloCredentials(file: string): Credentials | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = credentialsSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  // The cookie objects are zca-js's own (a tough-cookie jar serialisation); it validates them at login.
  return parsed.success ? (parsed.data as unknown as Credentials) : undefined;
}

export function writeZaloCredentials(file: string, credentials: { imei: string; userAgent: string; cookie: unknown[] }): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  // writeFileSync's mode applies only to new files; an older file keeps its mode otherwise.
  chmodSync(file, 0o600);
}
