// Type-level view of an app's events. An app may declare `schemas` (event name → Standard Schema
// of the event's `data`); these types then restrict event names to the declared ones (plus
// `inngest/*` system events and wildcards in triggers) and give handlers, `send()`,
// `step.sendEvent()` and `step.waitForEvent()` typed data. Without schemas every name is allowed and
// data is an untyped record. Runtime validation lives in event-validation.ts.

import type { SchemaInput, StandardSchema } from "./standard-schema.ts";

/** Event name → schema of that event's `data`. */
export type EventSchemas = Record<string, StandardSchema<Record<string, unknown>>>;

/** `data` of an event without a schema. */
export type UntypedData = Record<string, unknown>;

/** Events the server emits itself. */
export type SystemEventName = `inngest/${string}`;

/** Trigger event of a run started by `step.invoke`. */
export type InvokedEventName = "inngest/function.invoked";
/** Trigger event of a cron run. */
export type ScheduledTimerEventName = "inngest/scheduled.timer";
/** Trigger event of `onFailure` handlers. */
export type FunctionFailedEventName = "inngest/function.failed";

type HasSchemas<S> = [keyof S] extends [never] ? false : true;

/** Names declared in `S`. */
export type KnownEventName<S> = keyof S & string;

/** Names an app may send or wait for: declared ones when it has schemas, else any. */
export type EventName<S> = HasSchemas<S> extends true ? KnownEventName<S> | SystemEventName : string;

/** Names a trigger may use: as `EventName`, plus wildcards ("app/*") when the app has schemas. */
export type TriggerEventName<S> = EventName<S> | (HasSchemas<S> extends true ? `${string}*` : never);

/** `data` of the event `N`. */
export type EventDataOf<S, N> = N extends keyof S ? SchemaInput<S[N]> : UntypedData;

/** An event as the function receives it: `data` is always present. */
export interface ReceivedEvent<TData = UntypedData, TName extends string = string> {
  name: TName;
  data: TData;
  /** Event id (server-assigned unless the sender set one). */
  id?: string;
  /** Unix milliseconds. */
  ts?: number;
  v?: string;
  [key: string]: unknown;
}

type MatchingNames<S, Prefix extends string> = Extract<KnownEventName<S>, `${Prefix}${string}`>;

type NamedEvents<S, N extends string> = { [K in N]: ReceivedEvent<EventDataOf<S, K>, K> }[N];

/** Events a trigger on `N` may deliver; a wildcard yields the union of the declared names it matches. */
export type EventsForName<S, N extends string> = N extends `${infer Prefix}*`
  ? [MatchingNames<S, Prefix>] extends [never]
    ? ReceivedEvent<UntypedData, string>
    : NamedEvents<S, MatchingNames<S, Prefix>>
  : ReceivedEvent<EventDataOf<S, N>, N>;

/** The event of a cron run. */
export type ScheduledTimerEvent = ReceivedEvent<{ cron: string; [key: string]: unknown }, ScheduledTimerEventName>;

/** The event of a run started by `step.invoke`, carrying the caller's `data`. */
export type InvokedEvent<TData = UntypedData> = ReceivedEvent<TData, InvokedEventName>;

type TriggerEvents<S, T> = T extends { event: infer N extends string }
  ? EventsForName<S, N>
  : T extends { cron: string }
    ? ScheduledTimerEvent
    : never;

type EventTriggerData<S, T> = T extends { event: infer N extends string } ? EventsForName<S, N>["data"] : never;

/** `data` a function accepts when invoked: the union of its event triggers' data. */
export type InvokeDataOf<S, TTriggers extends readonly unknown[]> = [EventTriggerData<S, TTriggers[number]>] extends [never]
  ? UntypedData
  : EventTriggerData<S, TTriggers[number]>;

/** What a handler's `event` may be: any trigger's event, or the invoke event (any function can be invoked). */
export type HandlerEvent<S, TTriggers extends readonly unknown[]> =
  | TriggerEvents<S, TTriggers[number]>
  | InvokedEvent<InvokeDataOf<S, TTriggers>>;

/** A failed run's error as carried in `inngest/function.failed`. */
export interface FailedRunError {
  name: string;
  message: string;
  stack?: string;
  [key: string]: unknown;
}

/** `data` of `inngest/function.failed`, the trigger of `onFailure` handlers (docs/execution-protocol.md §7.2). */
export interface FunctionFailedData<TEvent = ReceivedEvent> {
  /** Composite id of the function that failed. */
  function_id: string;
  /** Run id of the failed run. */
  run_id: string;
  error: FailedRunError;
  /** The failed run's triggering event. */
  event: TEvent;
  [key: string]: unknown;
}

export type FunctionFailedEvent<TEvent = ReceivedEvent> = ReceivedEvent<FunctionFailedData<TEvent>, FunctionFailedEventName>;

/** An event to send whose `data` matches its schema; `data` may be omitted when `{}` is valid. */
export type TypedEventPayload<N extends string, D> = {
  name: N;
  /** Idempotency id; the server generates one when absent. */
  id?: string;
  /** Unix milliseconds. @default the time of sending */
  ts?: number;
  v?: string;
} & ({} extends D ? { data?: D } : { data: D });

/** An untyped event to send. */
export interface EventPayload<TData = UntypedData> {
  /** Event name, e.g. "app/user.created". */
  name: string;
  /** Event data. @default {} */
  data?: TData;
  /** Idempotency id; the server generates one when absent. */
  id?: string;
  /** Unix milliseconds. @default the time of sending */
  ts?: number;
  /** Optional schema version. */
  v?: string;
  [key: string]: unknown;
}

/** What `send()` and `step.sendEvent()` accept: typed by name when the app has schemas. */
export type SendableEvent<S> = HasSchemas<S> extends true
  ? { [K in KnownEventName<S>]: TypedEventPayload<K, SchemaInput<S[K]>> }[KnownEventName<S>]
  : EventPayload;
