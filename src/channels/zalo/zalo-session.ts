import { writeFileSync } from "node:fs";
import { loadImage, createCanvas } from "@napi-rs/canvas";
import { createRequire } from "node:module";
import type JsQrModule from "jsqr";
import QRCode from "qrcode";
import { LoginQRCallbackEventType, Zalo } from "zca-js";
import type { ZaloApi } from "./zalo-api.ts";
import { readZaloCredentials, writeZaloCredentials } from "./zalo-credentials.ts";

type JsQr = (typeof JsQrModule)["default"];
// jsqr is CommonJS whose default export TypeScript cannot see through an ESM import.
const jsQR: JsQr = createRequire(import.meta.url)("jsqr");

/** zca-js options for a bot: its own messages ignored, no npm update check, no library logging. */
const ZALO_OPTIONS = { selfListen: false, checkUpdate: false, logging: false } as const;

export class ZaloCredentialsMissing extends Error {
  constructor(file: string) {
    super(`no stored Zalo session in ${file}: run "npx bontot zalo login"`);
    this.name = "ZaloCredentialsMissing";
  }
}

/** Logs in with the stored session. */
export function loginFromFile(file: string): () => Promise<ZaloApi> {
  return async () => {
    const credentials = readZaloCredentials(file);
    if (!credentials) throw new ZaloCredentialsMissing(file);
    return new Zalo(ZALO_OPTIONS).login(credentials);
  };
}

/** Writes the session's current cookies back to the file (Zalo refreshes them as they are used). */
export function saveCookies(file: string, api: ZaloApi): void {
  const stored = readZaloCredentials(file);
  const cookies = api.getCookie().toJSON()?.cookies;
  if (!stored || !cookies || cookies.length === 0) return;
  writeZaloCredentials(file, { imei: stored.imei, userAgent: stored.userAgent, cookie: cookies });
}

export interface QrLoginEvents {
  /** The QR code was saved as a PNG; `terminal` is the same code drawn in text, when it could be read. */
  qr(pngFile: string, terminal: string | undefined): void;
  expired(): void;
  scanned(): void;
  declined(): void;
}

/**
 * `bontot zalo login`: shows a QR code to scan with the Zalo app of the bot's account, then
 * stores the session (cookie, imei, user agent) in the credentials file with mode 0600.
 */
export async function loginByQr(options: { qrFile: string; credentialsFile: string; events: QrLoginEvents }): Promise<void> {
  await new Zalo(ZALO_OPTIONS).loginQR({ qrPath: options.qrFile }, async (event) => {
    switch (event.type) {
      case LoginQRCallbackEventType.QRCodeGenerated: {
        const png = Buffer.from(event.data.image, "base64");
        writeFileSync(options.qrFile, png);
        options.events.qr(options.qrFile, await terminalQr(png));
        break;
      }
      case LoginQRCallbackEventType.QRCodeExpired:
        options.events.expired();
        event.actions.retry();
        break;
      case LoginQRCallbackEventType.QRCodeScanned:
        options.events.scanned();
        break;
      case LoginQRCallbackEventType.QRCodeDeclined:
        options.events.declined();
        break;
      case LoginQRCallbackEventType.GotLoginInfo:
        writeZaloCredentials(options.credentialsFile, { imei: event.data.imei, userAgent: event.data.userAgent, cookie: event.data.cookie });
        break;
    }
  });
}

/** Reads the QR code back from Zalo's PNG and draws it with text blocks; undefined if it cannot. */
export async function terminalQr(png: Buffer): Promise<string | undefined> {
  try {
    const image = await loadImage(png);
    const canvas = createCanvas(image.width, image.height);
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height);
    const decoded = jsQR(new Uint8ClampedArray(pixels.data), image.width, image.height);
    return decoded ? await QRCode.toString(decoded.data, { type: "terminal", small: true }) : undefined;
  } catch {
    return undefined;
  }
}
