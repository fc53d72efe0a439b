// Builds the function configuration JSON a connect worker advertises in WORKER_CONNECT
// (apps[].functions). Same shape as the official SDK's connect sync payload
// (official-sdk-observed.md §4.3): the gateway forwards it to /fn/register unchanged.

import type { FunctionTrigger } from "./types.ts";

/** Id of the single generator step every function exposes. */
export const GENERATOR_STEP_ID = "step";

/** Base of the fake step URL connect workers advertise. */
export const CONNECT_STEP_URL_BASE = "wss://connect";

export type TriggerConfig = { event: string; expression?: string } | { cron: string; jitter?: string };

/** One function's sync configuration. */
export interface FunctionConfig {
  id: string;
  name: string;
  triggers: TriggerConfig[];
  steps: {
    [GENERATOR_STEP_ID]: {
      id: string;
      name: string;
      runtime: { type: "ws"; url: string };
      /** `attempts` carries the retry count, despite its name. Absent means the server default. */
      retries?: { attempts: number };
    };
  };
}

export interface FunctionConfigInput {
  /** Composite id `<appId>-<fnId>`. */
  slug: string;
  name: string;
  triggers: readonly FunctionTrigger[];
  retries?: number;
}

function toTriggerConfig(trigger: FunctionTrigger): TriggerConfig {
  if ("cron" in trigger) {
    return { cron: trigger.cron, ...(trigger.jitter ? { jitter: trigger.jitter } : {}) };
  }
  return { event: trigger.event, ...(trigger.if !== undefined ? { expression: trigger.if } : {}) };
}

/** The fake `wss://connect/?fnId=…&stepId=step` URL identifying a function over connect. */
export function connectStepUrl(slug: string): string {
  const url = new URL(CONNECT_STEP_URL_BASE);
  url.searchParams.set("fnId", slug);
  url.searchParams.set("stepId", GENERATOR_STEP_ID);
  return url.href;
}

export function buildFunctionConfig(input: FunctionConfigInput): FunctionConfig {
  return {
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
}
