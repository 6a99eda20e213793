import { PassThrough } from "node:stream";

/** stdin/stdout/stderr for running the CLI in-process. */
export function captureIo(env: NodeJS.ProcessEnv, input = "") {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk.toString("utf8")));
  stderr.on("data", (chunk: Buffer) => err.push(chunk.toString("utf8")));
  const stdin = new PassThrough();
  stdin.end(input);
  return { io: { stdin, stdout, stderr, env }, out: () => out.join(""), err: () => err.join("") };
}
