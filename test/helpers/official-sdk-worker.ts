// Runs an official-SDK fixture script (connect worker or serve app) as its own child process and
// reads the JSON lines it prints, so conformance tests count executions from the worker's side.
import { type ChildProcess, spawn } from "node:child_process";
import { ROOT } from "./server-process.ts";
import { waitFor } from "./wait.ts";

/** One JSON line printed by a fixture (`{"type": "ready" | "exec" | ..., ...}`). */
export type FixtureLine = { type: string } & Record<string, any>;

export interface FixtureProcess {
  proc: ChildProcess;
  /** Every JSON line printed so far, in order. */
  lines(): FixtureLine[];
  /** Lines of type "exec" for one tag (event `data.tag`), optionally for one step. */
  execs(tag: string, step?: string): FixtureLine[];
  /** Waits for a line that matches. */
  waitForLine(match: (l: FixtureLine) => boolean, opts?: { timeoutMs?: number; what?: string }): Promise<FixtureLine>;
  /** Non-JSON stdout and all stderr, for failure messages. */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface FixtureOptions {
  /** Extra env; NODE_OPTIONS=--experimental-websocket is always set (Node 20, observed §1). */
  env?: Record<string, string>;
  /** Node flags before the script, e.g. ["--import", "tsx"]. */
  execArgv?: string[];
}

export function startFixture(script: string, opts: FixtureOptions = {}): FixtureProcess {
  const proc = spawn(process.execPath, [...(opts.execArgv ?? []), script], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: "--experimental-websocket", ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const parsed: FixtureLine[] = [];
  let raw = "";
  let pending = "";
  proc.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    pending += chunk;
    let nl: number;
    while ((nl = pending.indexOf("\n")) >= 0) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      try {
        const value = JSON.parse(line);
        if (value && typeof value.type === "string") {
          parsed.push(value);
          continue;
        }
      } catch { /* not ours */ }
      raw += `${line}\n`;
    }
  });
  proc.stderr!.setEncoding("utf8").on("data", (chunk: string) => (raw += chunk));
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  const alive = () => proc.exitCode === null && proc.signalCode === null;

  return {
    proc,
    lines: () => [...parsed],
    execs: (tag, step) => parsed.filter((l) => l.type === "exec" && l.tag === tag && (step === undefined || l.step === step)),
    output: () => raw,
    async waitForLine(match, o = {}) {
      return waitFor(() => {
        const hit = parsed.find(match);
        if (hit) return hit;
        if (!alive()) throw new Error(`fixture exited (${proc.exitCode ?? proc.signalCode}): ${raw}`);
        return undefined;
      }, { timeoutMs: o.timeoutMs ?? 15_000, what: o.what ?? "fixture line" }).catch((err) => {
        throw new Error(`${err.message}\n--- fixture output ---\n${raw}`);
      });
    },
    async stop(graceMs = 5_000) {
      if (!alive()) return;
      proc.kill("SIGTERM");
      const t = setTimeout(() => proc.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(t);
    },
  };
}
