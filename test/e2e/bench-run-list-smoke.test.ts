// Issue 14: the run-list suite of `npm run bench` runs end to end at a tiny size: every listing on
// both setups answers rows and a number for each percentile (no timed assertions).
import assert from "node:assert/strict";
import { test } from "node:test";
import { runBench } from "../helpers/bench-run.ts";
import { natsAvailable } from "../helpers/nats-server.ts";

const LISTINGS = ["first page", "status=Failed", "function", "function + status=Cancelled", "page 21 (20 cursors deep)", "event_id", "events, first page"];

test("bench: the run-list suite times every listing embedded and on NATS", { skip: !natsAvailable() && "nats-server not on PATH" }, async () => {
  const { code, out } = await runBench(["--suites", "runlist", "--run-list-runs", "1200", "--run-list-samples", "5"]);
  assert.equal(code, 0, out);
  assert.doesNotMatch(out, /failed/, out);
  for (const label of LISTINGS) {
    const rows = out.split("\n").filter((l) => l.startsWith(`| ${label} |`));
    assert.equal(rows.length, 2, `${label}: one row per setup\n${out}`);
    for (const row of rows) {
      const [, , , n, first, p50, p99] = row.split("|").map((c) => c.trim());
      assert.ok(Number(n) > 0, `${label}: the listing matched runs\n${row}`);
      for (const v of [first, p50, p99]) assert.match(v, /^\d+\.\d\d$/, row);
    }
  }
});
