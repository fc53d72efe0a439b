// Crash safety of checkpointing (issue 6, point 3), with real processes: a worker runs a 20-step
// function back to back, checkpointing over its socket, and is killed with -9 inside step 12.
// The run continues on another worker from the last checkpointed step: no checkpointed step runs
// again; only the step in flight does (at-least-once for unacknowledged work).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { after, test } from "node:test";
import { ROOT, startTether, type TetherProcess } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

const FIXTURE = join(import.meta.dirname, "fixtures", "checkpoint-worker.ts");
const procs: ReturnType<typeof spawn>[] = [];
let tether: TetherProcess | undefined;
after(async () => {
  for (const p of procs) if (p.exitCode === null) p.kill("SIGKILL");
  await tether?.stop();
});

function worker(apiUrl: string, block: boolean) {
  const p = spawn(process.execPath, ["--import", "tsx", FIXTURE], { cwd: ROOT, env: { ...process.env, TETHER_BASE_URL: apiUrl, BLOCK: block ? "1" : "0" }, stdio: ["ignore", "pipe", "pipe"] });
  procs.push(p);
  const lines: any[] = [];
  let buf = "";
  p.stdout!.on("data", (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf("\n")) >= 0) {
      try {
        lines.push(JSON.parse(buf.slice(0, i)));
      } catch { /* not ours */ }
      buf = buf.slice(i + 1);
    }
  });
  return { p, lines, exited: new Promise((r) => p.once("exit", r)) };
}

test("a worker killed mid-run: the run resumes elsewhere from the last checkpoint and no checkpointed step runs again", { timeout: 90_000 }, async () => {
  tether = await startTether({ args: ["--orphan-grace-ms", "1000", "--retry-interval", "0.2"] });
  const a = worker(tether.apiUrl, true);
  await waitFor(() => a.lines.some((l) => l.ready), { timeoutMs: 20_000, what: "worker A" });
  const sent = await tether.sendEvent({ name: "ckcrash/go" });
  const run = await waitFor(async () => (await tether!.getJson(`/v1/events/${sent.ids[0]}/runs`)).data[0], { what: "run" });
  await waitFor(() => a.lines.some((l) => l.exec === 12), { what: "step 12 in flight" });
  const stored = await waitFor(async () => {
    const v = (await tether!.getJson(`/v1/runs/${run.run_id}`)).data;
    return v.steps.length >= 10 ? v.steps.length : undefined;
  }, { what: "checkpointed steps stored" });
  a.p.kill("SIGKILL");
  await a.exited;
  const b = worker(tether.apiUrl, false);
  await waitFor(() => b.lines.some((l) => l.ready), { timeoutMs: 20_000, what: "worker B" });
  const [done] = await tether.waitForRuns(sent.ids[0], { timeoutMs: 40_000 });
  assert.equal(done.status, "Completed");
  assert.deepEqual(done.output, { total: 190 });
  const runsOn = (w: typeof a, i: number) => w.lines.filter((l) => l.exec === i).length;
  for (let i = 0; i < stored; i++) {
    assert.equal(runsOn(a, i) + runsOn(b, i), 1, `checkpointed step s${i} ran ${runsOn(a, i) + runsOn(b, i)} times`);
  }
  for (let i = 12; i < 20; i++) assert.equal(runsOn(b, i), 1, `step s${i} ran on the new worker`);
  const full = (await tether.getJson(`/v1/runs/${done.run_id}`)).data;
  assert.equal(full.steps.length, 20, "all 20 steps stored");
});
