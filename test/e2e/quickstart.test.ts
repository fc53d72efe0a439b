// The README's quick start, followed as a new user would, with real processes: `tether dev`
// (SQLite file under .tether/ in its working directory), the example worker, an event over
// HTTP, the run read back; then a clean SIGTERM and a restart on the same file.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { freePort } from "../helpers/ports.ts";
import { ROOT } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

const dir = mkdtempSync(join(tmpdir(), "tether-quickstart-"));
const procs: ReturnType<typeof spawn>[] = [];
after(() => {
  for (const p of procs) if (p.exitCode === null) p.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

function start(cmd: string[], env: Record<string, string>) {
  const p = spawn(process.execPath, cmd, { cwd: dir, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  p.stdout!.on("data", (d) => (out += d));
  p.stderr!.on("data", (d) => (out += d));
  procs.push(p);
  const exit = new Promise<number | null>((r) => p.once("exit", (c) => r(c)));
  return { p, exit, out: () => out };
}

test("quick start: tether dev + example worker + curl, then restart on the same store", async () => {
  const port = await freePort();
  const gatewayPort = await freePort();
  const env = { TETHER_PORT: String(port), TETHER_GATEWAY_PORT: String(gatewayPort), TETHER_HOST: "127.0.0.1" };
  const api = `http://127.0.0.1:${port}`;
  const server = start([join(ROOT, "bin", "tether.js"), "dev"], env);
  await waitFor(async () => (await fetch(`${api}/health`)).ok, { timeoutMs: 20_000, what: "tether dev" });
  assert.ok(existsSync(join(dir, ".tether", "dev.db")), "the SQLite store lives under .tether/");

  // `node --import tsx` as in the README; the absolute specifier lets it resolve from any cwd.
  const worker = start(["--import", import.meta.resolve("tsx"), join(ROOT, "examples", "hello-worker.ts")], { TETHER_BASE_URL: api });
  await waitFor(() => worker.out().includes("connected"), { timeoutMs: 20_000, what: `worker to connect: ${worker.out()}` });

  const sent = await (await fetch(`${api}/e/dev`, { method: "POST", body: JSON.stringify({ name: "demo/hello", data: { name: "Ada" } }) })).json();
  assert.equal(sent.status, 200);
  const run = await waitFor(async () => {
    const r = (await (await fetch(`${api}/v1/events/${sent.ids[0]}/runs`)).json()).data[0];
    return r?.status === "Completed" ? r : undefined;
  }, { what: "the run to complete" });
  assert.deepEqual(run.output, { greeting: "Hello, Ada!", length: 11 });
  const detail = (await (await fetch(`${api}/v1/runs/${run.run_id}`)).json()).data;
  assert.deepEqual(detail.steps.map((s: { name: string; status: string }) => [s.name, s.status]),
    [["pick-name", "Completed"], ["greet", "Completed"], ["measure", "Completed"]]);

  worker.p.kill("SIGTERM");
  await worker.exit;
  server.p.kill("SIGTERM");
  assert.equal(await server.exit, 0, `tether dev did not shut down cleanly:\n${server.out()}`);

  const again = start([join(ROOT, "bin", "tether.js"), "dev"], env);
  await waitFor(async () => (await fetch(`${api}/health`)).ok, { timeoutMs: 20_000, what: "tether dev restart" });
  const stored = (await (await fetch(`${api}/v1/runs/${run.run_id}`)).json()).data;
  assert.equal(stored.status, "Completed");
  assert.deepEqual(stored.output, { greeting: "Hello, Ada!", length: 11 });
  again.p.kill("SIGTERM");
  assert.equal(await again.exit, 0);
});
