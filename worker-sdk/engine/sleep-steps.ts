// `step.sleep` and `step.sleepUntil` (docs/semantics.md §18): a `Sleep` op whose `name` carries the
// duration as a time string ("1h30m") or the wake-up time as an ISO-8601 date, exactly as the
// official SDK sends it (no opts). The executor memoises `null` when the sleep ends.

import { toIsoString, toTimeString, type DateInput, type DurationInput } from "../time-string.ts";
import type { StepOptions } from "../types.ts";
import type { StepDescriptor } from "./found-step.ts";
import { OpCode } from "./ops.ts";

export function sleepDescriptor({ id, name }: StepOptions, duration: DurationInput): StepDescriptor {
  return { id, op: OpCode.Sleep, name: toTimeString(duration), displayName: name ?? id };
}

export function sleepUntilDescriptor({ id, name }: StepOptions, until: DateInput): StepDescriptor {
  let iso: string;
  try {
    iso = toIsoString(until);
  } catch {
    // The official SDK's error, word for word, so a failed run reads the same from either SDK.
    throw new Error(
      `Invalid \`Date\`, date string, \`Temporal.Instant\`, or \`Temporal.ZonedDateTime\` passed to sleepUntil: ${String(until)}`,
    );
  }
  return { id, op: OpCode.Sleep, name: iso, displayName: name ?? id };
}
