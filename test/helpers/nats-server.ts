// Starts a private nats-server (JetStream in a temp dir) on a free port. Skips when the binary
// is missing on a developer laptop, but fails when CI is set (DEVELOPERS.md).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./ports.ts";
import { waitFor } from "./wait.ts";

export interface NatsServer {
  url: string;
  port: number;
  /** The process id of the server running now. */
  readonly pid: number;
  stop(): Promise<void>;
  restart(): Promise<void>;
}

export function natsAvailable(): boolean {
  const r = spawnSync("nats-server", ["--version"], { stdio: "ignore" });
  if (r.error || r.status !== 0) {
    if (process.env.CI) throw new Error("nats-server is not on PATH but CI is set: install it (see .ci/run)");
    return false;
  }
  return true;
}

/** `extraArgs`: more nats-server flags, e.g. `["--user", "u", "--pass", "p"]` for an authenticated server. */
export async function startNats(extraArgs: string[] = []): Promise<NatsServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "tether-nats-"));
  let proc: ChildProcess;
  const launch = async () => {
    proc = spawn("nats-server", ["-a", "127.0.0.1", "-p", String(port), "-js", "-sd", dir, ...extraArgs], { stdio: "ignore" });
    await waitFor(() => new Promise<boolean>((resolve) => {
      const s = connect(port, "127.0.0.1", () => {
        s.destroy();
        resolve(true);
      });
      s.on("error", () => resolve(false));
    }), { timeoutMs: 10_000, what: "nats-server" });
  };
  const kill = async () => {
    if (proc.exitCode !== null) return;
    const done = new Promise((r) => proc.once("exit", r));
    proc.kill("SIGTERM");
    await done;
  };
  await launch();
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    get pid() {
      return proc.pid!;
    },
    async stop() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
    async restart() {
      await kill();
      await launch();
    },
  };
}
