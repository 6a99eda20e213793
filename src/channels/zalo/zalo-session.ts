import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import type JsQrModule from "jsqr";
import QRCode from "qrcode";
import { LoginQRCallbackEventType, Zalo, type Credentials } from "zca-js";
import type { ZaloApi } from "./zalo-api.ts";
import { fetchFailingOnServerErrors } from "./zalo-http-error.ts";
import { readZaloCredentials, writeZaloCredentials } from "./zalo-credentials.ts";

type JsQr = (typeof JsQrModule)["default"];
// jsqr is CommonJS whose default export TypeScript cannot see through an ESM import.
const jsQR: JsQr = createRequire(import.meta.url)("jsqr");

/**
 * zca-js options for a bot: its own messages ignored, no npm update check, no library logging,
 * and HTTP failures kept apart from refusals (zalo-http-error.ts).
 */
const ZALO_OPTIONS = { selfListen: false, checkUpdate: false, logging: false, polyfill: fetchFailingOnServerErrors };

export class ZaloCredentialsMissing extends Error {
  constructor(file: string, options?: ErrorOptions) {
    super(`no usable stored Zalo session in ${file}: run "npx bontot zalo login"`, options);
    this.name = "ZaloCredentialsMissing";
  }
}

function storedCredentials(file: string): Credentials {
  try {
    const credentials = readZaloCredentials(file);
    if (credentials) return credentials;
  } catch (error) {
    // A damaged file is no session either (and not a network failure worth retrying).
    throw new ZaloCredentialsMissing(file, { cause: error });
  }
  throw new ZaloCredentialsMissing(file);
}

/** Logs in with the stored session. */
export function loginFromFile(file: string): () => Promise<ZaloApi> {
  return async () => {
    const credentials = storedCredentials(file);
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
  scanned(): void;
}

/** The QR login ended without a session: declined on the phone, or not confirmed in time. Nothing was saved. */
export class ZaloQrLoginEnded extends Error {
  readonly outcome: "declined" | "expired";
  constructor(outcome: "declined" | "expired") {
    super(`the Zalo QR login was ${outcome}`);
    this.name = "ZaloQrLoginEnded";
    this.outcome = outcome;
  }
}

/**
 * `bontot zalo login`: shows a QR code to scan with the Zalo app of the bot's account, then
 * stores the session (cookie, imei, user agent) in the credentials file with mode 0600. Rejects
 * with ZaloQrLoginEnded when the login is declined or the code expires.
 */
export async function loginByQr(options: { qrFile: string; credentialsFile: string; events: QrLoginEvents }): Promise<void> {
  let ended: ZaloQrLoginEnded | undefined;
  let failure: unknown;
  // Drawing the code is asynchronous; the outcome is told only after it.
  let shown: Promise<void> = Promise.resolve();
  const abort = (actions: { abort: () => unknown }, reason: ZaloQrLoginEnded | Error): void => {
    if (reason instanceof ZaloQrLoginEnded) ended ??= reason;
    else failure ??= reason;
    // zca-js leaves its promise pending after a decline (dist/apis/loginQR.js:324-341) and would
    // make a new code on expiry; abort() settles it (loginQR.js:253-256).
    actions.abort();
  };
  try {
    await new Zalo(ZALO_OPTIONS).loginQR({ qrPath: options.qrFile }, (event) => {
      // Called from zca-js's promise and timer code (loginQR.js:290-306): a throw here would end the process.
      try {
        switch (event.type) {
          case LoginQRCallbackEventType.QRCodeGenerated: {
            const png = Buffer.from(event.data.image, "base64");
            writeFileSync(options.qrFile, png);
            const { actions } = event;
            shown = terminalQr(png)
              .then((terminal) => options.events.qr(options.qrFile, terminal))
              .catch((error: unknown) => abort(actions, error instanceof Error ? error : new Error(String(error))));
            break;
          }
          case LoginQRCallbackEventType.QRCodeExpired:
            abort(event.actions, new ZaloQrLoginEnded("expired"));
            break;
          case LoginQRCallbackEventType.QRCodeScanned:
            options.events.scanned();
            break;
          case LoginQRCallbackEventType.QRCodeDeclined:
            abort(event.actions, new ZaloQrLoginEnded("declined"));
            break;
          case LoginQRCallbackEventType.GotLoginInfo:
            writeZaloCredentials(options.credentialsFile, { imei: event.data.imei, userAgent: event.data.userAgent, cookie: event.data.cookie });
            break;
        }
      } catch (error) {
        if (event.actions) abort(event.actions, error instanceof Error ? error : new Error(String(error)));
        else failure ??= error;
      }
    });
  } catch (error) {
    await shown;
    throw ended ?? failure ?? error;
  }
  await shown;
  if (failure !== undefined) throw failure;
}

/** Reads the QR code back from Zalo's PNG and draws it with text blocks; undefined if it cannot. */
export async function terminalQr(png: Buffer): Promise<string | undefined> {
  try {
    // Loaded here, once a login shows a QR code: the canvas library takes ~35 MB.
    const { loadImage, createCanvas } = await import("@napi-rs/canvas");
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
