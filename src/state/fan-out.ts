// The job that fans stored events out into runs (src/executor/executor.ts `#processEvents`): its
// id names the first event, so enqueueing it again for the same events is a no-op.
import type { JobRecord } from "./types.ts";

/** `extra`: the step.invoke or cron target (`invokeFunctionId`, `correlationId`). */
export function fanOutJob(eventIds: string[], now: number, extra: Record<string, unknown> = {}): JobRecord {
  return { id: `event-${eventIds[0]}`, kind: "event", attempt: 0, runAt: now, createdAt: now, payload: { eventIds, ...extra } };
}
