// Issue 14: the metrics suite of `npm run bench` runs end to end at a tiny size: both kinds of
// round measured, a ratio printed and the scrapes counted (no timed assertions).
import assert from "node:assert/strict";
import { test } from "node:test";
import { runBench } from "../helpers/bench-run.ts";

test("bench: the metrics suite compares step latency with and without a scraper", async () => {
  const { code, out } = await runBench(["--suites", "metrics", "--metrics-rounds", "1", "--metrics-runs", "8", "--warmup", "1"]);
  assert.equal(code, 0, out);
  assert.doesNotMatch(out, /Not measured|failed/, out);
  for (const kind of ["no scraper", "scraped every 250 ms"]) {
    const row = out.split("\n").find((l) => l.startsWith(`| ${kind} |`));
    assert.ok(row, `a row for ${kind}\n${out}`);
    const [, , rounds, steps, p50, p99] = row.split("|").map((c) => c.trim());
    assert.equal(rounds, "1", row);
    assert.ok(Number(steps) > 0, row);
    for (const v of [p50, p99]) assert.match(v, /^\d+\.\d\d$/, row);
  }
  assert.match(out, /\*\*Ratios\*\* \(scraped \/ no scraper\): p50 ×\d+\.\d{3}, p99 ×\d+\.\d{3}/);
  assert.match(out, /\*\*The scrapes:\*\* [1-9]\d* of them/);
});
