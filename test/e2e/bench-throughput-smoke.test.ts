// Issue 13, point 7: the throughput and realtime suites of `npm run bench` run end to end at a tiny
// size (no timed assertions). `npm test` builds dist/ first, which the suites' processes run.
import assert from "node:assert/strict";
import { test } from "node:test";
import { runBench } from "../helpers/bench-run.ts";
import { natsAvailable } from "../helpers/nats-server.ts";

test("bench: the throughput and realtime suites run and print their figures", { skip: !natsAvailable() && "nats-server not on PATH" }, async () => {
  const { code, out } = await runBench(["--suites", "throughput,realtime", "--throughput-runs", "50", "--realtime-subscribers", "20", "--realtime-seconds", "1"]);
  assert.equal(code, 0, out);
  assert.doesNotMatch(out, /failed/, out);
  // Throughput: runs/s for every setup, and the CPU accounting.
  for (const label of ["embedded (tether dev)", "NATS, 1 executor", "NATS, 2 executors"]) {
    assert.match(out, new RegExp(`^  ${label.replace(/[()]/g, "\\$&")}: \\d+ runs/s \\(50 runs`, "m"), `throughput of ${label}`);
  }
  assert.match(out, /^Total CPU per run, 2 executors \/ 1 executor: ×\d/m);
  // Realtime: the result line, every message delivered in order.
  const line = out.split("\n").find((l) => l.startsWith('{"status"'));
  assert.ok(line, out);
  const realtime = JSON.parse(line) as { status: string; received: number; expected: number; lost: number; latency: { p99: number } };
  assert.equal(realtime.status, "ok");
  assert.equal(realtime.lost, 0);
  assert.equal(realtime.received, realtime.expected);
  assert.ok(realtime.expected > 0 && Number.isFinite(realtime.latency.p99));
});
