// Runtime checks of event `data` against the app's schemas. Outgoing events (`send()`,
// `step.sendEvent()`) are checked before anything is sent; received events are checked before the
// handler runs, like the official SDK's trigger-schema validation: an invoked run's data must match
// one of the function's trigger schemas, and a failure is final (`EventValidationError` extends
// NonRetriableError: the same event will never become valid). Data is never transformed.
//
// Unlike the official SDK, an event whose name no trigger matches is not rejected (it may come from
// a trigger removed since); only names with a schema are checked.

import type { ErrorCode } from "./error-codes.ts";
import type { EventSchemas, ReceivedEvent } from "./event-types.ts";
import { validateWithSchema, type StandardSchema, type ValidationIssue } from "./standard-schema.ts";
import { NonRetriableError } from "./user-errors.ts";

export const INVOKED_EVENT_NAME = "inngest/function.invoked";
const INVOKE_METADATA_KEY = "_inngest";

/** The first event whose data does not match its schema. */
export interface EventValidationFailure {
  eventName: string;
  /** Position of the event in what was sent or received. */
  index: number;
  /** Paths start at the event ("data.id"). */
  issues: ValidationIssue[];
}

/** "Invalid data for event "app/x": data.id: Expected string", naming the event and the fields. */
export function describeFailure(failure: EventValidationFailure): string {
  const details = failure.issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
  return `Invalid data for event "${failure.eventName}": ${details}`;
}

/** A received (or step-sent) event failed validation. Final: the run or step is not retried. */
export class EventValidationError extends NonRetriableError {
  /** Same code as the send-side ValidationError. */
  readonly code: Extract<ErrorCode, "EVENT_DATA_INVALID"> = "EVENT_DATA_INVALID";
  readonly eventName: string;
  readonly issues: ValidationIssue[];

  constructor(failure: EventValidationFailure) {
    super(describeFailure(failure));
    this.name = "EventValidationError";
    this.eventName = failure.eventName;
    this.issues = failure.issues;
  }
}

async function check(
  schemas: readonly StandardSchema[],
  eventName: string,
  index: number,
  data: unknown,
): Promise<EventValidationFailure | undefined> {
  let first: ValidationIssue[] | undefined;
  // Like the official SDK, a union of schemas passes when any one of them does.
  for (const schema of schemas) {
    const issues = await validateWithSchema(schema, data);
    if (!issues) return undefined;
    first ??= issues;
  }
  if (!first) return undefined;
  const issues = first.map((issue) => ({ path: issue.path ? `data.${issue.path}` : "data", message: issue.message }));
  return { eventName, index, issues };
}

function schemaFor(schemas: EventSchemas, name: string): StandardSchema | undefined {
  return Object.hasOwn(schemas, name) ? schemas[name] : undefined;
}

/** Checks events about to be sent; resolves with the first failure, if any. */
export async function findOutgoingFailure(
  schemas: EventSchemas,
  events: ReadonlyArray<{ name: string; data?: unknown }>,
): Promise<EventValidationFailure | undefined> {
  for (const [index, event] of events.entries()) {
    const schema = schemaFor(schemas, event.name);
    if (!schema) continue;
    const failure = await check([schema], event.name, index, event.data ?? {});
    if (failure) return failure;
  }
  return undefined;
}

/**
 * Checks an event `step.waitForEvent` received (its memoised value) against the schema of the
 * awaited name. Throws EventValidationError; the engine turns that into a failed step.
 */
export async function validateAwaitedEvent(schemas: EventSchemas, eventName: string, event: unknown): Promise<void> {
  const schema = schemaFor(schemas, eventName);
  if (!schema) return;
  const data = typeof event === "object" && event !== null ? (event as { data?: unknown }).data : undefined;
  const failure = await check([schema], eventName, 0, data);
  if (failure) throw new EventValidationError(failure);
}

/** Schemas of the names a function's event triggers use (exact names and matching wildcards). */
function triggerSchemas(schemas: EventSchemas, triggerNames: readonly string[]): StandardSchema[] {
  const found = new Set<StandardSchema>();
  for (const trigger of triggerNames) {
    if (trigger.endsWith("*")) {
      const prefix = trigger.slice(0, -1);
      for (const name of Object.keys(schemas)) if (name.startsWith(prefix)) found.add(schemas[name]!);
    } else {
      const schema = schemaFor(schemas, trigger);
      if (schema) found.add(schema);
    }
  }
  return [...found];
}

/** The executor adds `_inngest` to an invoked run's data (docs/execution-protocol.md §7.4); it is not user data. */
function withoutInvokeMetadata(data: unknown): unknown {
  if (typeof data !== "object" || data === null || !Object.hasOwn(data, INVOKE_METADATA_KEY)) return data;
  const { [INVOKE_METADATA_KEY]: _metadata, ...rest } = data as Record<string, unknown>;
  return rest;
}

/**
 * Checks the events a run received. Throws EventValidationError for the first invalid one.
 * @param triggerNames event names (or wildcards) of the function's triggers
 */
export async function validateReceivedEvents(
  schemas: EventSchemas,
  triggerNames: readonly string[],
  events: readonly ReceivedEvent[],
): Promise<void> {
  if (Object.keys(schemas).length === 0) return;
  for (const [index, event] of events.entries()) {
    const direct = schemaFor(schemas, event.name);
    const invoked = !direct && event.name === INVOKED_EVENT_NAME;
    const candidates = direct ? [direct] : invoked ? triggerSchemas(schemas, triggerNames) : [];
    if (candidates.length === 0) continue;
    const failure = await check(candidates, event.name, index, invoked ? withoutInvokeMetadata(event.data) : event.data);
    if (failure) throw new EventValidationError(failure);
  }
}
