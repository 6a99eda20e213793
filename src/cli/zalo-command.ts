import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { commandConfig, examples, type CliContext } from "./command-support.ts";

/** `npx bontot zalo login`: the bot's Zalo account logged in by QR code; the session saved for `npm start`. */
export function zaloCommand(program: Command, context: CliContext): void {
  const { t } = context;
  const zalo = program.command("zalo").description(t("cli-zalo-description"));
  examples(zalo, context, "cli-zalo-login-examples");
  const login = zalo.command("login").description(t("cli-zalo-login-description"));
  examples(login, context, "cli-zalo-login-examples").action(async () => {
    context.exitCode = await zaloLogin(context);
  });
}

async function zaloLogin(context: CliContext): Promise<number> {
  const { io, t } = context;
  const { zalo: settings } = commandConfig(io);
  mkdirSync(path.dirname(path.resolve(settings.qrFile)), { recursive: true });
  // The Zalo library is loaded by this command only, not by every command of the CLI.
  const { ZaloQrLoginEnded, loginByQr } = await import("../channels/zalo/zalo-session.ts");
  try {
    await loginByQr({
      qrFile: settings.qrFile,
      credentialsFile: settings.credentialsFile,
      events: {
        qr: (file, terminal) => io.stdout.write(`${terminal ?? ""}\n${t("cli-zalo-qr", { file })}\n`),
        scanned: () => io.stdout.write(`${t("cli-zalo-scanned")}\n`),
      },
    });
  } catch (error) {
    if (!(error instanceof ZaloQrLoginEnded)) throw error;
    io.stderr.write(`${t(error.outcome === "declined" ? "cli-zalo-declined" : "cli-zalo-qr-expired")}\n`);
    return 1;
  }
  io.stdout.write(`${t("cli-zalo-saved", { file: settings.credentialsFile })}\n`);
  return 0;
}
