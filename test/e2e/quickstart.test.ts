// The README's quick start, followed as a new user would, with real processes: `tether dev`
// (SQLite file under .tether/ in its working directory), the example worker, an event over
// HTTP, the run read back; then a clean SIGTERM and a restart on the same file.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { freePort } from "../helpers/ports.ts";
import { ROOT } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

const dir = mkdtempSync(join(tmpdir(), "tether-quickstart-"));
const procs: ReturnType<typeof spawn>[] = [];
after(() => {
  for (const p of procs) {
    if (p.exitCode !== null) continue;
    try {
      process.kill(-p.pid!, "SIGKILL"); // a shell line's whole process group (the README test)
    } catch {
      p.kill("SIGKILL");
    }
  }
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

/**
 * The README's Quick start commands, as written: the shell lines of its code blocks, run with
 * `sh -c` from the repository's root. Only the address changes (127.0.0.1:8288 → this test's free
 * port, given to `npm start` through TETHER_PORT), so parallel tests never share a port.
 */
function quickStartLines(): string[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Quick start"), readme.indexOf("\n## ", readme.indexOf("## Quick start") + 3));
  return [...section.matchAll(/```sh\n([^]*?)```/g)].flatMap((m) => m[1].split("\n"))
    .map((l) => l.replace(/\s+#.*$/, "").trim()).filter((l) => l && !l.startsWith("#"));
}

test("the README's Quick start, both SDKs, with the commands it shows", async () => {
  const lines = quickStartLines();
  const pick = (re: RegExp) => {
    const l = lines.find((x) => re.test(x));
    assert.ok(l, `the Quick start shows a command matching ${re}: ${JSON.stringify(lines)}`);
    return l!;
  };
  const port = await freePort();
  const gatewayPort = await freePort();
  const here = (l: string) => l.replaceAll("127.0.0.1:8288", `127.0.0.1:${port}`);
  const sh = (line: string, env: Record<string, string> = {}) => {
    const p = spawn("sh", ["-c", line], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let out = "";
    p.stdout!.on("data", (d) => (out += d));
    p.stderr!.on("data", (d) => (out += d));
    procs.push(p);
    const exit = new Promise<number | null>((r) => p.once("exit", (c) => r(c)));
    return { p, exit, out: () => out, stop: () => process.kill(-p.pid!, "SIGTERM") };
  };
  const api = `http://127.0.0.1:${port}`;
  const server = sh(pick(/^npm start$/), {
    TETHER_PORT: String(port), TETHER_GATEWAY_PORT: String(gatewayPort), TETHER_DB: join(dir, "readme.db"),
  });
  try {
    await waitFor(async () => (await fetch(`${api}/health`)).ok, { timeoutMs: 30_000, what: `npm start: ${server.out()}` });
    // Tether's SDK: the worker, then the event and the run, by the README's curl lines.
    const worker = sh(here(pick(/^TETHER_BASE_URL=.* examples\/hello-worker\.ts$/)));
    await waitFor(() => worker.out().includes("connected"), { timeoutMs: 30_000, what: `the worker to connect: ${worker.out()}` });
    const send = sh(here(pick(/^curl .*\/e\/dev /)));
    assert.equal(await send.exit, 0);
    const { ids } = JSON.parse(send.out());
    const runsLine = here(pick(/^curl .*\/v1\/events\/<id from above>\/runs$/)).replace("<id from above>", ids[0]);
    const run = await waitFor(async () => {
      const q = sh(runsLine);
      await q.exit;
      const r = JSON.parse(q.out()).data[0];
      return r?.status === "Completed" ? r : undefined;
    }, { timeoutMs: 30_000, intervalMs: 200, what: "the Tether SDK run" });
    assert.deepEqual(run.output, { greeting: "Hello, Ada!", length: 11 });
    // The official SDK, unchanged: the example sends its own event and prints its id.
    const official = sh(here(pick(/^INNGEST_DEV=.* examples\/official-connect-worker\.mjs$/)));
    const sent = await waitFor(() => /sent event (\w+)/.exec(official.out())?.[1], { timeoutMs: 30_000, what: `the official worker: ${official.out()}` });
    const officialRun = await waitFor(async () => {
      const r = (await (await fetch(`${api}/v1/events/${sent}/runs`)).json()).data[0];
      return r?.status === "Completed" ? r : undefined;
    }, { timeoutMs: 30_000, what: "the official SDK run" });
    assert.deepEqual(officialRun.output, { greeting: "Hello, Tether!", shouted: "HELLO, TETHER!" });
    const apps = (await (await fetch(`${api}/v1/apps`)).json()).data.map((a: { name: string }) => a.name).sort();
    assert.deepEqual(apps, ["hello-app", "hello-official-app"], "the two examples are two apps");
    worker.stop();
    official.stop();
    await Promise.all([worker.exit, official.exit]);
  } finally {
    server.stop();
    await server.exit;
  }
});
