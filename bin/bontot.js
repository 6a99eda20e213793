#!/usr/bin/env -S node --max-old-space-size=512
// Runs the TypeScript sources directly through tsx: no build step between a clone and `npm start`.
// Runs in this very process (no child), so a signal sent to it reaches the bot.
import { readFileSync } from "node:fs";
import { clearInterval, setInterval, setTimeout } from "node:timers";
import { register } from "tsx/esm/api";

/** How long a finished command may take to let go of its last handles before it is made to exit. */
const EXIT_GRACE_MS = 3_000;
const LAUNCHER_POLL_MS = 200;

/**
 * `npm start` runs `sh -c "node … bin/bontot.js start"`. npm passes a SIGTERM on to that shell only,
 * and the shell (dash) dies of it without passing it on: the bot would go on polling as an
 * orphan. Under npm, the launcher going away is therefore taken as the SIGTERM it was sent.
 */
function stopWithLauncher() {
  if (process.env.npm_lifecycle_event === undefined) return;
  const launcher = process.ppid;
  // npm itself, above the shell: a `kill -9` of npm leaves the shell (and so this process) behind.
  const npm = parentOf(launcher);
  const watch = setInterval(() => {
    if (process.ppid === launcher && (npm === undefined || alive(npm))) return;
    clearInterval(watch);
    // Where the bot listens for signals it hears this as one, emitted rather than sent: after a
    // real SIGTERM (systemd signals every process at once) a second one must not kill it mid-stop.
    // Where nothing listens (the console chat) it ends, as a SIGTERM would end it.
    if (process.listenerCount("SIGTERM") + process.listenerCount("SIGINT") > 0) process.emit("SIGTERM", "SIGTERM");
    else process.kill(process.pid, "SIGTERM");
  }, LAUNCHER_POLL_MS);
  watch.unref();
}

/** The parent of a process, from /proc (Linux); undefined elsewhere. */
function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return Number.isInteger(ppid) && ppid > 1 ? ppid : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

stopWithLauncher();
register();
const { runCli } = await import("../src/cli/main.ts");
// `npx bontot --help | head`: a reader that stops early is no error, and no stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
// Only `start` needs the running bot (the composition root); other commands never load it.
// (`start` may follow a program option: `npx bontot --lang en start`.)
const bot = process.argv.slice(2).includes("start") ? { start: (await import("../src/main.ts")).startBot } : undefined;
const code = await runCli(process.argv.slice(2), io, bot);
process.exitCode = code;
// Everything is stopped and closed by now; a handle left open somewhere (a keep-alive socket, a
// library's timer) must not keep a stopped bot alive, since a supervisor waits for the exit.
setTimeout(() => process.exit(code), EXIT_GRACE_MS).unref();
