// Issue 13, point 7: the flow suite of `npm run bench` runs end to end at a tiny size: three limits
// on three setups, each with a rate (no timed assertions). `npm test` builds dist/ first.
import assert from "node:assert/strict";
import { test } from "node:test";
import { runBench } from "../helpers/bench-run.ts";
import { natsAvailable } from "../helpers/nats-server.ts";

test("bench: the flow suite runs every limit on every setup", { skip: !natsAvailable() && "nats-server not on PATH" }, async () => {
  const { code, out } = await runBench(["--suites", "flow", "--flow-runs", "20"]);
  assert.equal(code, 0, out);
  assert.doesNotMatch(out, /failed/, out);
  const flow = out.split("\n").filter((l) => /^ {2}(embedded \(tether dev\)|NATS, [12] executors?), flow-(none|c10|key): \d+ runs\/s/.test(l));
  assert.equal(flow.length, 9, out);
});
