// `step.waitForEvent` (docs/semantics.md §15): a `WaitForEvent` op with the event name in `name` and
// `opts: {timeout, if?}`; `match: "data.x"` becomes `if: "event.data.x == async.data.x"`, as in the
// official SDK. The executor memoises the matched event (or `null` on timeout); a matched event is
// checked against the app's schema for that name before user code sees it.

import type { AppServices } from "../app-services.ts";
import { validateAwaitedEvent } from "../event-validation.ts";
import { toTimeString } from "../time-string.ts";
import type { StepOptions, WaitForEventOptions } from "../types.ts";
import type { StepDescriptor } from "./found-step.ts";
import { OpCode } from "./ops.ts";

export function waitForEventDescriptor(
  { id, name }: StepOptions,
  options: WaitForEventOptions,
  app: AppServices,
): StepDescriptor {
  if (!options || typeof options.event !== "string" || options.event.length === 0) {
    throw new TypeError(`step.waitForEvent "${id}" needs an event name`);
  }
  if (options.timeout === undefined || options.timeout === null) {
    throw new TypeError(`step.waitForEvent "${id}" needs a timeout`);
  }
  const event = options.event;
  const opts: { timeout: string; if?: string } = { timeout: toTimeString(options.timeout) };
  // Truthiness, like the official SDK: an empty `match` or `if` is ignored; `match` wins over `if`.
  if (options.match) opts.if = `event.${options.match} == async.${options.match}`;
  else if (options.if) opts.if = options.if;
  return {
    id,
    op: OpCode.WaitForEvent,
    name: event,
    displayName: name ?? id,
    opts,
    validateResult: (data) => validateAwaitedEvent(app.schemas, event, data),
  };
}
