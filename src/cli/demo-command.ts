import type { Command } from "commander";
import { DEMO_ORG } from "../app/demo-org.ts";
import { examples, withApp, type CliContext } from "./command-support.ts";

/** `npx bontot demo`: the demo organisation (no people), on an empty database only. */
export function demoCommand(program: Command, context: CliContext): void {
  const { io, t } = context;
  const command = program.command("demo").description(t("cli-demo-description"));
  examples(command, context, "cli-demo-examples").action(async () => {
    context.exitCode = await withApp(context, async (app) => {
      if (!(await app.stores.org.isEmpty())) {
        io.stdout.write(`${t("cli-demo-skipped")}\n`);
        return 0;
      }
      await app.stores.org.createUnits(DEMO_ORG, app.clock.now());
      io.stdout.write(`${t("cli-demo-created", { units: DEMO_ORG.length })}\n`);
      return 0;
    });
  });
}
