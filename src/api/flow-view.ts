// `GET /v1/functions/{id}/flow[?key=…]` (docs/flow-control.md, "Why is it waiting"): the state of a
// function's limits — per concurrency limit the steps running and the jobs queued (per lane), and
// the throttle's and rate limit's next free start. Keyed limits are read for the evaluated key
// given in `key` (the value a run's `waiting.key` names); without it only unkeyed limits have state.
import { concurrencyDocKey, gcraDocKey } from "../flow/keys.ts";
import { parseFlowConfig } from "../flow/config.ts";
import { type LeaseDoc, liveLeases } from "../flow/concurrency.ts";
import type { GcraState } from "../flow/gcra.ts";
import type { FunctionRecord, Store } from "../state/index.ts";

const iso = (ms: number) => new Date(ms).toISOString();

export async function flowView(store: Store, fn: FunctionRecord, key: string | undefined, now = Date.now()) {
  const cfg = parseFlowConfig(fn.config);
  const concurrency = await Promise.all(cfg.concurrency.map(async (c) => {
    const base = { scope: c.scope, limit: c.limit, ...(c.key ? { key_expression: c.key } : {}) };
    if (c.key && key === undefined) return { ...base, key: null, running: null, queued: null };
    const docKey = concurrencyDocKey(fn, c, key);
    const [doc, lanes] = await Promise.all([store.flow.get<LeaseDoc>(docKey), store.flow.counts(docKey)]);
    const running = Object.keys(liveLeases(doc?.value.leases, now)).length;
    const queued = Object.values(lanes).reduce((n, x) => n + x, 0);
    return { ...base, ...(c.key ? { key } : {}), running, queued, queued_by_lane: lanes };
  }));
  const gcra = async (kind: "thr" | "rate", keyed: boolean) => {
    if (keyed && key === undefined) return null;
    const doc = await store.flow.get<GcraState>(gcraDocKey(kind, fn, keyed ? key : undefined));
    return doc ? iso(doc.value.tat) : null;
  };
  const t = cfg.throttle;
  const r = cfg.rateLimit;
  return {
    function_id: fn.id,
    function_slug: fn.slug,
    concurrency,
    throttle: t ? { limit: t.limit, period_ms: t.periodMs, burst: t.burst, ...(t.key ? { key_expression: t.key, key: key ?? null } : {}), theoretical_next_start: await gcra("thr", t.key !== undefined) } : null,
    rate_limit: r ? { limit: r.limit, period_ms: r.periodMs, ...(r.key ? { key_expression: r.key, key: key ?? null } : {}), theoretical_next_start: await gcra("rate", r.key !== undefined) } : null,
  };
}
