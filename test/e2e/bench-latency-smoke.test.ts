// Issue 13, point 7: the latency and checkpoint suites of `npm run bench` run end to end at a tiny
// size and print a measured figure for every mode (no timed assertions). `npm test` builds dist/
// first, which the suites' processes run.
import assert from "node:assert/strict";
import { test } from "node:test";
import { NUMBER, runBench } from "../helpers/bench-run.ts";
import { natsAvailable } from "../helpers/nats-server.ts";

test("bench: the latency and checkpoint suites run and print every mode", { skip: !natsAvailable() && "nats-server not on PATH" }, async () => {
  const { code, out } = await runBench(["--suites", "latency,checkpoint", "--runs", "1", "--warmup", "0"]);
  assert.equal(code, 0, out);
  assert.doesNotMatch(out, /failed|not yet available/, out);
  const lines = out.split("\n");
  // A console row per mode whose figures (runs, p50, p99, mean) are numbers.
  const modeRow = (label: string) => lines.find((l) => l.startsWith(`${label}  `));
  for (const label of ["official SDK, connect", "official SDK, serve (HTTP)", "Tether SDK, connect, embedded", "Tether SDK, connect, on NATS",
    "(a) official serve(), HTTP callbacks", "(b) official connect(), no checkpointing", "(c) official connect(), checkpointing", "(d) Tether SDK, per step",
    "(e) Tether SDK, socket checkpointing"]) {
    const row = modeRow(label);
    assert.ok(row, `a row for ${label}:\n${out}`);
    const figures = row.slice(label.length).trim().split(/\s{2,}/).slice(0, 4);
    assert.ok(figures.every((f) => NUMBER.test(f)), `${label}: ${row}`);
  }
  assert.match(modeRow("Tether SDK, connect, on NATS")!, /\d+(\.\d+)? NATS messages in per request/);
});
