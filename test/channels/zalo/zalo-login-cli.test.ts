import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import QRCode from "qrcode";
import { Zalo } from "zca-js";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../../src/cli/main.ts";
import { captureIo } from "../../support/capture-io.ts";
import { tempDbPath } from "../../support/temp-db.ts";
import { fakeLoginQr } from "../../support/zalo-fakes.ts";

describe("npx bontot zalo login", () => {
  const dbPath = tempDbPath();
  const credentialsFile = path.join(path.dirname(dbPath), "zalo.json");
  const env = { BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent", ZALO_QR_FILE: path.join(path.dirname(dbPath), "qr.png"), ZALO_CREDENTIALS_FILE: credentialsFile };
  let qrPng: Buffer;

  beforeAll(async () => {
    qrPng = await QRCode.toBuffer("https://id.zalo.me/account?continue=test-login-code", { width: 300 });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it("declined on the phone: says so and exits with code 1, saving nothing", async () => {
    vi.spyOn(Zalo.prototype, "loginQR").mockImplementation(fakeLoginQr("declined", { qrPng }));
    const { io, out, err } = captureIo(env);
    expect(await runCli(["zalo", "login"], io)).toBe(1);
    expect(out()).toContain(`Mã đã lưu tại ${env.ZALO_QR_FILE}.`);
    expect(out()).toContain("Đã quét; hãy xác nhận đăng nhập trên điện thoại.");
    expect(err()).toBe('Đăng nhập đã bị từ chối trên điện thoại; chưa lưu gì. Hãy chạy lại "npx bontot zalo login" để đăng nhập.\n');
    expect(existsSync(credentialsFile)).toBe(false);
  });

  it("a code not confirmed in time: says so and exits with code 1, in the chosen language", async () => {
    vi.useFakeTimers();
    vi.spyOn(Zalo.prototype, "loginQR").mockImplementation(fakeLoginQr("expired", { qrPng }));
    const { io, err } = captureIo({ ...env, BONTOT_LANG: "en" });
    const exit = runCli(["zalo", "login"], io);
    await vi.advanceTimersByTimeAsync(100_000);
    expect(await exit).toBe(1);
    expect(err()).toBe('The QR code expired before the login was confirmed; nothing was saved. Run "npx bontot zalo login" again.\n');
    expect(existsSync(credentialsFile)).toBe(false);
  });

  it("confirmed: stores the session readable by its owner only", async () => {
    vi.spyOn(Zalo.prototype, "loginQR").mockImplementation(fakeLoginQr("confirmed", { qrPng }));
    const { io, out } = captureIo(env);
    expect(await runCli(["zalo", "login"], io)).toBe(0);
    expect(out()).toContain(`✅ Đã đăng nhập Zalo. Phiên được lưu tại ${credentialsFile}`);
    expect(statSync(credentialsFile).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(credentialsFile, "utf8"))).toMatchObject({ imei: "imei-qr", userAgent: "Mozilla/5.0" });
  });
});
