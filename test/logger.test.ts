import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLogger, redactSecrets } from "../src/logger.ts";
import { tempDbPath } from "./support/temp-db.ts";

const TOKEN = "123456789:AAE_secret-token-value_0123456789";

describe("logs never carry secrets", () => {
  const file = path.join(path.dirname(tempDbPath()), "bontot.log");

  it("masks tokens inside messages and URLs, and redacts token and cookie fields", async () => {
    const logger = createLogger({ level: "info", file });
    logger.error({ err: new Error(`request to https://api.telegram.org/bot${TOKEN}/getUpdates failed`) }, "polling failed");
    logger.info({ token: TOKEN, zalo: { cookie: "zpw_sek=abc; zpsid=def", imei: "imei-123" } }, "config");
    logger.flush();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const written = readFileSync(file, "utf8");
    expect(written).toContain("polling failed");
    expect(written).not.toContain("secret-token-value");
    expect(written).not.toContain("zpw_sek=abc");
    expect(written).not.toContain("imei-123");
    expect(written).toContain("[redacted]");
  });

  it("redactSecrets masks a token anywhere in a text", () => {
    expect(redactSecrets(`at https://x/bot${TOKEN}/sendMessage`)).toBe("at https://x/bot[redacted-token]/sendMessage");
  });
});
