// Builds the function configuration JSON a connect worker advertises in WORKER_CONNECT
// (apps[].functions). Same shape and key order as the official SDK's `getConfig`
// (docs/execution-protocol.md §3.3, docs/official-sdk-observed.md §4.3): the gateway forwards it to
// /fn/register unchanged. Flow-control options pass through verbatim; cancel rules are converted
// (`match` → `if`, timeouts → time strings) as the official SDK does.

import type { CancelOn, FunctionOptions } from "./function-options.ts";
import { toTimeString } from "./time-string.ts";
import type { FunctionTrigger } from "./types.ts";

/** Id of the single generator step every function exposes. */
export const GENERATOR_STEP_ID = "step";

/** Base of the fake step URL connect workers advertise. */
export const CONNECT_STEP_URL_BASE = "wss://connect";

export type TriggerConfig = { event: string; expression?: string } | { cron: string; jitter?: string };

/** One cancel rule as the server reads it. */
export interface CancelConfig {
  event: string;
  timeout?: string;
  if?: string;
}

/** Options copied into the config unchanged. */
export type FlowControlOptions = Pick<
  FunctionOptions,
  "idempotency" | "batchEvents" | "rateLimit" | "throttle" | "concurrency" | "debounce" | "priority" | "timeouts" | "singleton"
>;

/** The official SDK's key order for the verbatim options. */
const FLOW_CONTROL_KEYS = [
  "idempotency",
  "batchEvents",
  "rateLimit",
  "throttle",
  "concurrency",
  "debounce",
  "priority",
  "timeouts",
  "singleton",
] as const satisfies ReadonlyArray<keyof FlowControlOptions>;

/** One function's sync configuration. */
export interface FunctionConfig extends FlowControlOptions {
  id: string;
  name: string;
  triggers: TriggerConfig[];
  steps: {
    [GENERATOR_STEP_ID]: {
      id: string;
      name: string;
      /** "ws" over connect; the official SDK advertises onFailure companions as "http" even there. */
      runtime: { type: "ws" | "http"; url: string };
      /** `attempts` carries the retry count, despite its name. Absent means the server default. */
      retries?: { attempts: number };
    };
  };
  cancel?: CancelConfig[];
}

export interface FunctionConfigInput extends FlowControlOptions {
  /** Composite id `<appId>-<fnId>`. */
  slug: string;
  name: string;
  triggers: readonly FunctionTrigger[];
  retries?: number;
  cancelOn?: readonly CancelOn[];
}

function toTriggerConfig(trigger: FunctionTrigger): TriggerConfig {
  if ("cron" in trigger) {
    return { cron: trigger.cron, ...(trigger.jitter ? { jitter: trigger.jitter } : {}) };
  }
  return { event: trigger.event, ...(trigger.if !== undefined ? { expression: trigger.if } : {}) };
}

/** A cancel rule in wire form. Throws a TypeError for an invalid timeout. */
export function toCancelConfig(rule: CancelOn): CancelConfig {
  const config: CancelConfig = { event: rule.event };
  // Truthiness checks as in the official SDK: empty strings are left out.
  if (rule.timeout) config.timeout = toTimeString(rule.timeout);
  if (rule.match) config.if = `event.${rule.match} == async.${rule.match}`;
  else if (rule.if) config.if = rule.if;
  return config;
}

/** The fake `wss://connect/?fnId=…&stepId=step` URL identifying a function over connect. */
export function connectStepUrl(slug: string): string {
  const url = new URL(CONNECT_STEP_URL_BASE);
  url.searchParams.set("fnId", slug);
  url.searchParams.set("stepId", GENERATOR_STEP_ID);
  return url.href;
}

export function buildFunctionConfig(input: FunctionConfigInput): FunctionConfig {
  const config: FunctionConfig = {
    id: input.slug,
    name: input.name,
    triggers: input.triggers.map(toTriggerConfig),
    steps: {
      [GENERATOR_STEP_ID]: {
        id: GENERATOR_STEP_ID,
        name: GENERATOR_STEP_ID,
        runtime: { type: "ws", url: connectStepUrl(input.slug) },
        ...(input.retries !== undefined ? { retries: { attempts: input.retries } } : {}),
      },
    },
  };
  const target = config as unknown as Record<string, unknown>;
  for (const key of FLOW_CONTROL_KEYS) {
    if (input[key] !== undefined) target[key] = input[key];
  }
  if (input.cancelOn) config.cancel = input.cancelOn.map(toCancelConfig);
  return config;
}
