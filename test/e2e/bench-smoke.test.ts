// Issue 13, point 7: the peers bench suite runs end to end at a tiny size (no timed assertions).
// `npm test` builds dist/ first, which the suite's `tether` processes run. Without a Redis (and no
// redis-server to start) the BullMQ rows are skipped, so only the Tether rows must hold numbers.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT } from "../helpers/server-process.ts";

test("bench: the peers suite runs and prints its rows", async () => {
  const proc = spawn(process.execPath, ["--import", "tsx", join(ROOT, "bench", "run.ts"), "--suites", "peers", "--peers-runs", "50", "--peers-probes", "5", "--no-write"], {
    cwd: ROOT, stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (out += d));
  const code = await new Promise<number | null>((resolve) => proc.once("exit", resolve));
  assert.equal(code, 0, out);
  assert.doesNotMatch(out, /failed/, out);
  const rows = (label: string) => out.split("\n").filter((l) => l.startsWith(`| ${label} |`));
  // A row's first three figures: probes, p50, p99 or runs, seconds, runs/s.
  const measured = (row: string) => row.split("|").slice(2, 5).every((c) => /^-?\d+(\.\d+)?$/.test(c.trim()));
  for (const label of ["Tether, embedded (tether dev)", "Tether, NATS, 1 executor"]) {
    assert.equal(rows(label).length, 2, `a start-latency and a burst row for ${label}:\n${out}`);
    for (const row of rows(label)) assert.ok(measured(row), row);
  }
  for (const label of ["BullMQ", "BullMQ, addBulk + 2 workers", "BullMQ, processing alone, 2 workers"]) {
    assert.equal(rows(label).length, 1, `a row for ${label}:\n${out}`);
    assert.ok(measured(rows(label)[0]) || rows(label)[0].includes("skipped: no Redis"), rows(label)[0]);
  }
});
