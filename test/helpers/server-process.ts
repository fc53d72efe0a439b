// Starts `tether dev` as a real child process on free ports and talks to its HTTP API.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { freePort } from "./ports.ts";
import { waitFor } from "./wait.ts";

export const ROOT = join(import.meta.dirname, "..", "..");

export interface TetherProcess {
  apiUrl: string;
  gatewayPort: number;
  port: number;
  proc: ChildProcess;
  output(): string;
  /** SIGTERM and wait for exit (SIGKILL after 10 s). */
  stop(): Promise<number | null>;
  kill9(): Promise<void>;
  sendEvent(event: unknown, key?: string): Promise<{ ids: string[]; status: number }>;
  getJson(path: string): Promise<any>;
  /** Polls `GET /v1/events/{id}/runs` until every run for the event has ended. */
  waitForRuns(eventId: string, opts?: { count?: number; timeoutMs?: number }): Promise<any[]>;
}

export interface StartOptions {
  /** `start` is the same process with authentication on (give the keys in `args`). @default "dev" */
  role?: "dev" | "start";
  args?: string[];
  env?: Record<string, string>;
  db?: string;
  port?: number;
  gatewayPort?: number;
}

export async function startTether(opts: StartOptions = {}): Promise<TetherProcess> {
  const port = opts.port ?? (await freePort());
  const gatewayPort = opts.gatewayPort ?? (await freePort());
  const args = [join(ROOT, "bin", "tether.js"), opts.role ?? "dev", "--host", "127.0.0.1", "--port", String(port),
    "--gateway-port", String(gatewayPort), "--db", opts.db ?? ":memory:", "--log-level", "warn", ...(opts.args ?? [])];
  const proc = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...opts.env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (out += d));
  const apiUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((r) => proc.once("exit", (code) => r(code)));
  await waitFor(async () => proc.exitCode === null && (await fetch(`${apiUrl}/health`)).ok, { timeoutMs: 20_000, what: `tether dev on ${port}` })
    .catch((err) => {
      proc.kill("SIGKILL");
      throw new Error(`${err.message}\n${out}`);
    });
  const getJson = async (path: string) => {
    const r = await fetch(apiUrl + path);
    return r.json();
  };
  return {
    apiUrl, port, gatewayPort, proc,
    output: () => out,
    async stop() {
      if (proc.exitCode !== null) return proc.exitCode;
      proc.kill("SIGTERM");
      const t = setTimeout(() => proc.kill("SIGKILL"), 10_000);
      const code = await exited;
      clearTimeout(t);
      return code;
    },
    async kill9() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill("SIGKILL");
      await exited;
    },
    async sendEvent(event, key = "test") {
      const r = await fetch(`${apiUrl}/e/${key}`, { method: "POST", body: JSON.stringify(event) });
      return r.json();
    },
    getJson,
    async waitForRuns(eventId, o = {}) {
      return waitFor(async () => {
        const body = await getJson(`/v1/events/${eventId}/runs`);
        const runs = body.data as any[];
        if (runs.length < (o.count ?? 1)) return undefined;
        return runs.every((r) => r.status !== "Running") ? runs : undefined;
      }, { timeoutMs: o.timeoutMs ?? 30_000, what: `runs of event ${eventId}` });
    },
  };
}
