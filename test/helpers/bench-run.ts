// Runs `npm run bench`'s suites at a tiny size for the smoke tests (test/e2e/bench-*-smoke.test.ts):
// bench/run.ts with --no-write, its exit code and everything it printed.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./server-process.ts";

export const NUMBER = /^-?\d+(\.\d+)?$/;

export async function runBench(args: string[]): Promise<{ code: number | null; out: string }> {
  const proc = spawn(process.execPath, ["--import", "tsx", join(ROOT, "bench", "run.ts"), ...args, "--no-write"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (out += d));
  const code = await new Promise<number | null>((resolve) => proc.once("exit", resolve));
  return { code, out };
}
