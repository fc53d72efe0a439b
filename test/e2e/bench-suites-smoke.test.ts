// Issue 13, point 7: the latency, checkpoint, throughput, realtime and flow suites of `npm run
// bench` run end to end at a tiny size and print a measured figure for every mode (no timed
// assertions; the peers and connections suites have smoke tests of their own). `npm test` builds
// dist/ first, which the suites' processes run.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { natsAvailable } from "../helpers/nats-server.ts";
import { ROOT } from "../helpers/server-process.ts";

const NUMBER = /^-?\d+(\.\d+)?$/;

test("bench: the latency, checkpoint, throughput, realtime and flow suites run", { skip: !natsAvailable() && "nats-server not on PATH", timeout: 480_000 }, async () => {
  const proc = spawn(process.execPath, ["--import", "tsx", join(ROOT, "bench", "run.ts"), "--suites", "latency,checkpoint,throughput,realtime,flow",
    "--runs", "1", "--warmup", "0", "--throughput-runs", "50", "--flow-runs", "50", "--realtime-subscribers", "20", "--realtime-seconds", "1", "--no-write"], {
    cwd: ROOT, stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (out += d));
  const code = await new Promise<number | null>((resolve) => proc.once("exit", resolve));
  assert.equal(code, 0, out);
  assert.doesNotMatch(out, /failed|not yet available/, out);
  const lines = out.split("\n");

  // Latency and checkpoint: a console row per mode whose figures (runs, p50, p99, mean) are numbers.
  const modeRow = (label: string) => lines.find((l) => l.startsWith(`${label}  `));
  for (const label of ["official SDK, connect", "official SDK, serve (HTTP)", "Tether SDK, connect, embedded", "Tether SDK, connect, on NATS",
    "(a) official serve(), HTTP callbacks", "(c) official connect(), checkpointing", "(d) Tether SDK, per step", "(e) Tether SDK, socket checkpointing"]) {
    const row = modeRow(label);
    assert.ok(row, `a row for ${label}:\n${out}`);
    const figures = row.slice(label.length).trim().split(/\s{2,}/).slice(0, 4);
    assert.ok(figures.every((f) => NUMBER.test(f)), `${label}: ${row}`);
  }
  assert.match(modeRow("Tether SDK, connect, on NATS")!, /\d+(\.\d+)? NATS messages in per request/);

  // Throughput: runs/s for every setup, and the CPU accounting table.
  for (const label of ["embedded (tether dev)", "NATS, 1 executor", "NATS, 2 executors"]) {
    assert.match(out, new RegExp(`^  ${label.replace(/[()]/g, "\\$&")}: \\d+ runs/s \\(50 runs`, "m"), `throughput of ${label}`);
  }
  assert.match(out, /^Total CPU per run, 2 executors \/ 1 executor: ×\d/m);

  // Realtime: the result line, every message delivered in order.
  const realtime = JSON.parse(lines.find((l) => l.startsWith('{"status"'))!) as { status: string; received: number; expected: number; lost: number; latency: { p99: number } };
  assert.equal(realtime.status, "ok");
  assert.equal(realtime.lost, 0);
  assert.equal(realtime.received, realtime.expected);
  assert.ok(realtime.expected > 0 && Number.isFinite(realtime.latency.p99));

  // Flow: three limits on three setups, each with a rate.
  const flow = lines.filter((l) => /^ {2}(embedded \(tether dev\)|NATS, [12] executors?), flow-(none|c10|key): \d+ runs\/s/.test(l));
  assert.equal(flow.length, 9, out);
});
