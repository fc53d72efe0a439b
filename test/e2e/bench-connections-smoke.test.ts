// Issue 13, point 5: the connections bench suite runs end to end at a tiny size (no timed
// assertions): simulated connect workers on 1 and on 3 gateway processes on NATS, the idle phase
// and the restart of every gateway. `npm test` builds dist/ first, which the suite's processes run.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { natsAvailable } from "../helpers/nats-server.ts";
import { ROOT } from "../helpers/server-process.ts";

test("bench: the connections suite runs and prints its rows", { skip: !natsAvailable() && "nats-server not on PATH", timeout: 240_000 }, async () => {
  const proc = spawn(process.execPath, ["--import", "tsx", join(ROOT, "bench", "run.ts"), "--suites", "connections",
    "--connections", "200", "--connections-spread", "300", "--connections-idle", "11", "--no-write"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (out += d));
  const code = await new Promise<number | null>((resolve) => proc.once("exit", resolve));
  assert.equal(code, 0, out);
  assert.doesNotMatch(out, /failed:/, out);
  const rows = (label: string) => out.split("\n").filter((l) => l.startsWith(`| ${label} |`));
  const cells = (row: string) => row.split("|").slice(2, -1).map((c) => c.trim());
  const number = /^-?\d+(\.\d+)?( ✓| ✗)?$/; // RSS can shrink at a tiny size (a GC): negative KB
  for (const [label, gateways] of [["1 gateway, 200 workers", 1], ["3 gateways, 300 workers", 3]] as const) {
    const [memory, idle, restart] = rows(label);
    assert.ok(memory && idle && restart, `a memory, an idle and a restart row for ${label}:\n${out}`);
    // ramp s, READY per gateway, RSS before / after, KB per connection (twice).
    const m = cells(memory);
    assert.match(m[2], number, memory);
    const held = m[3].split(" / ").map(Number);
    assert.equal(held.length, gateways, memory);
    assert.equal(held.reduce((a, b) => a + b, 0), gateways === 1 ? 200 : 300, `every worker READY in the connect state: ${memory}`);
    for (const c of [m[4], m[5]]) for (const v of c.split(" / ")) assert.match(v, /^\d+$/, memory);
    assert.match(m[6], number, memory);
    assert.match(m[7], number, memory);
    // seconds, heartbeats/s, answered/s, status/s, puts/s, puts per heartbeat, gateway CPU.
    const i = cells(idle);
    for (const c of i.slice(0, 6)) assert.match(c, number, idle);
    assert.ok(Number(i[1]) > 0, `heartbeats flowed: ${idle}`);
    assert.match(i[6], /^\d+/, idle);
    // gateways up, workers READY, connect state READY 50 / 90 / all, READY per gateway after, start calls.
    const r = cells(restart);
    assert.match(r[0], number, restart);
    assert.match(r[1], number, restart);
    assert.match(r[2], /^\d+(\.\d+)? \/ \d+(\.\d+)? \/ \d+(\.\d+)?( ✓| ✗)?$/, restart);
    assert.equal(r[3].split(" / ").map(Number).reduce((a, b) => a + b, 0), gateways === 1 ? 200 : 300, restart);
    assert.ok(Number(r[4]) >= (gateways === 1 ? 200 : 300), `every worker started again: ${restart}`);
  }
});
