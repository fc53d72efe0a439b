// `step.sendEvent` (docs/semantics.md §17): a "run code" step reported as `StepPlanned` with
// `name: "sendEvent"` and `opts: {type: "step.sendEvent"}`, like the official SDK. Running it
// validates the events against the app's schemas (a mismatch fails the step for good with
// EventValidationError) and POSTs them to `/e/{key}`; the result `{ids}` is memoised, so the events
// are sent once per run.

import type { AppServices } from "../app-services.ts";
import type { EventPayload } from "../event-types.ts";
import { EventValidationError, findOutgoingFailure } from "../event-validation.ts";
import type { StepOptions } from "../types.ts";
import type { StepDescriptor } from "./found-step.ts";
import { OpCode } from "./ops.ts";

/** The step's `opts.type`. */
export const SEND_EVENT_STEP_TYPE = "step.sendEvent";

async function validateAndSend(app: AppServices, events: EventPayload[]): Promise<{ ids: string[] }> {
  const failure = await findOutgoingFailure(app.schemas, events);
  if (failure) throw new EventValidationError(failure);
  return app.sendEvents(events);
}

export function sendEventDescriptor(
  { id, name }: StepOptions,
  events: EventPayload | EventPayload[] | undefined,
  app: AppServices,
): StepDescriptor {
  // As the official SDK: nothing given sends nothing and resolves with no ids.
  const list = Array.isArray(events) ? [...events] : events ? [events] : [];
  return {
    id,
    op: OpCode.StepPlanned,
    name: "sendEvent",
    displayName: name ?? id,
    opts: { type: SEND_EVENT_STEP_TYPE },
    handler: () => validateAndSend(app, list),
  };
}
