// The job that fans stored events out into runs (src/executor/executor.ts `#processEvents`): its
// id names the first event, so enqueueing it again for the same events is a no-op.
import type { FanOutJob, FanOutPayload } from "./jobs.ts";

/** `extra`: the step.invoke or cron target (`invokeFunctionId`, `correlationId`). */
export function fanOutJob(eventIds: string[], now: number, extra: Omit<FanOutPayload, "eventIds"> = {}): FanOutJob {
  return { id: `event-${eventIds[0]}`, kind: "event", attempt: 0, runAt: now, createdAt: now, payload: { eventIds, ...extra } };
}
