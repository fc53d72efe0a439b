// A diagnostic preload for a Tether server process, not part of any suite: wraps the flow path's
// methods (flow-store adapters, ConcurrencyGate, FlowControl, the stores' commit and claim) to sum
// calls and wall time, and prints the totals to stderr every 5 s as one `PROF` line. Wall time of
// an async call includes waiting for the event loop, so concurrent calls overlap in the sums. `x`
// counts compare-and-sets that lost (put), lanes seen (lanes), parkings (acquire) and dispatches
// that left jobs parked (dispatch). How "where the time goes" in docs/benchmarks.md was found:
//   node --import tsx --import ./bench/flow-profile.ts src/cli.ts dev   (the sources: bin/tether.js runs dist/)
//   node --import tsx --import ./bench/flow-profile.ts src/cli.ts executor --nats ...
import { FlowControl } from "../src/executor/flow-control.ts";
import { ConcurrencyGate } from "../src/flow/concurrency.ts";
import { JetStreamFlowStore } from "../src/state/jetstream-flow.ts";
import { JetStreamJobQueue } from "../src/state/jetstream-job-queue.ts";
import { JetStreamStore } from "../src/state/jetstream-store.ts";
import { SqliteFlowStore } from "../src/state/sqlite-flow.ts";
import { SqliteJobQueue } from "../src/state/sqlite-job-queue.ts";
import { SqliteStore } from "../src/state/sqlite-store.ts";

interface Tally {
  calls: number;
  ms: number;
  x: number;
}

const tallies = new Map<string, Tally>();

function wrap(proto: object, method: string, label: string, x?: (result: unknown) => number): void {
  const target = proto as Record<string, unknown>;
  const orig = target[method];
  if (typeof orig !== "function") return;
  target[method] = async function (this: unknown, ...args: unknown[]) {
    const t0 = performance.now();
    const result: unknown = await orig.apply(this, args);
    const t = tallies.get(label) ?? { calls: 0, ms: 0, x: 0 };
    t.calls++;
    t.ms += performance.now() - t0;
    t.x += x?.(result) ?? 0;
    tallies.set(label, t);
    return result;
  };
}

for (const [cls, prefix] of [[JetStreamFlowStore, "js"], [SqliteFlowStore, "sqlite"]] as const) {
  for (const m of ["get", "park", "head", "unpark"]) wrap(cls.prototype, m, `${prefix}.${m}`);
  wrap(cls.prototype, "lanes", `${prefix}.lanes`, (r) => (r as string[]).length);
  wrap(cls.prototype, "put", `${prefix}.put`, (r) => (r ? 0 : 1));
}
wrap(ConcurrencyGate.prototype, "acquire", "gate.acquire", (r) => ((r as { granted: boolean }).granted ? 0 : 1));
wrap(ConcurrencyGate.prototype, "release", "gate.release");
wrap(ConcurrencyGate.prototype, "dispatch", "gate.dispatch", (r) => (r ? 1 : 0));
for (const m of ["admit", "done", "sweep"]) wrap(FlowControl.prototype, m, `flow.${m}`);
for (const cls of [JetStreamStore, SqliteStore]) for (const m of ["commit", "getRun"]) wrap(cls.prototype, m, `store.${m}`);
for (const cls of [JetStreamJobQueue, SqliteJobQueue]) wrap(cls.prototype, "claim", "queue.claim");

const started = Date.now();
setInterval(() => {
  const parts = [...tallies].sort(([a], [b]) => a.localeCompare(b))
    .map(([k, t]) => `${k} calls=${t.calls} ms=${t.ms.toFixed(0)} avg=${(t.ms / t.calls).toFixed(2)} x=${t.x}`);
  process.stderr.write(`PROF t=${((Date.now() - started) / 1000).toFixed(0)}s ${parts.join(" | ")}\n`);
}, 5_000).unref();
