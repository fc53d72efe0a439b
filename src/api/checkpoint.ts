// `POST /v1/checkpoint/{runId}/async` (docs/execution-protocol.md §4.2): an SDK that runs steps back to
// back inside one request reports each finished step here. Results are stored durably (first
// wins) as they arrive; the request's final reply still ends the run. A report for a request that
// is no longer live (its lease is gone: retried, re-routed, cancelled) is stale and gets 409, so
// the SDK stops at once.
import { z } from "zod";
import { TetherError } from "../common/index.ts";
import { storeCheckpoint } from "../executor/index.ts";
import type { ConnectState, Store } from "../state/index.ts";

const bodySchema = z.object({
  run_id: z.string().optional(),
  fn_id: z.string().optional(),
  qi_id: z.string().optional(),
  request_id: z.string().optional(),
  generation_id: z.number().optional(),
  request_started_at: z.number().optional(),
  steps: z.array(z.unknown()),
  ts: z.number().optional(),
}).passthrough();

export async function checkpointAsync(store: Store, state: ConnectState, runId: string, body: unknown): Promise<void> {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new TetherError("bad_request", `${i.path.join(".") || "body"}: ${i.message}`);
  }
  const run = await store.getRun(runId);
  if (!run) throw new TetherError("not_found", `run ${runId} not found`);
  const stale = () => new TetherError("stale_dispatch", undefined, { data: { run_id: runId } });
  if (run.status !== "Running") throw stale();
  const requestId = parsed.data.request_id;
  const lease = requestId ? await state.getLease(requestId) : undefined;
  if (!lease || lease.runId !== runId) throw stale();
  await storeCheckpoint(store, runId, parsed.data.steps, Date.now());
}
