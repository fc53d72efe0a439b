// Test helper (not a test file): runs a request JSON through the official `inngest` v4 SDK's engine
// (its fetch-style serve handler, in dev mode, no network) and through Tether's engine, and maps
// both to the same comparable shape so tests can assert identical ops. Events either SDK sends go
// to a recording fake `fetch` and are part of the result, so sends are compared too.

import { Inngest, referenceFunction } from "inngest";
import { serve } from "inngest/edge";
import { executeFunction } from "../../worker-sdk/engine/execute.ts";
import { parseExecutionRequest } from "../../worker-sdk/engine/execution-request.ts";
import { safeStringify } from "../../worker-sdk/safe-json.ts";
import { Tether, type FunctionContext, type TetherFunction } from "../../worker-sdk/index.ts";

export const APP_ID = "compat-app";
/** Event API base both clients send to (through the fake fetch; nothing listens there). */
export const EVENT_BASE_URL = "http://127.0.0.1:1";

/** What differs between the SDKs inside a fixture: how to name a function to invoke. */
export interface FixtureKit {
  sdk: "official" | "tether";
  /** The fixture function `id` of this SDK (an InngestFunction at run time on the official side). */
  fn(id: string): TetherFunction<unknown, Record<string, unknown>>;
  /** A function of another app: the composite id (a `referenceFunction(...)` on the official side). */
  ref(appId: string, functionId: string): string;
}

export interface FixtureFunction {
  id: string;
  retries?: number;
  /** Written against the common subset of both SDKs' handler context. */
  handler: (ctx: FunctionContext, kit: FixtureKit) => unknown;
  /** Registered as `onFailure`; reached with fnId `<id>-failure`. */
  onFailure?: (ctx: FunctionContext & { error: Error }) => unknown;
}

export interface ComparableResult {
  status: "NOT_COMPLETED" | "DONE" | "ERROR";
  body: unknown;
  noRetry: boolean;
  retryAfter?: string;
  /** Event requests made while running, with `ts` normalised. Absent when none. */
  sent?: Array<{ url: string; body: unknown }>;
}

/** A fake event API: records each POST and answers with one id per event. */
function recordingFetch(log: Array<{ url: string; body: unknown }>): typeof fetch {
  return async (input, init) => {
    const events = JSON.parse(String(init?.body)) as Array<Record<string, unknown>>;
    const body = events.map((event) => ({ ...event, ts: typeof event.ts === "number" ? "<ts>" : event.ts }));
    log.push({ url: String(input), body });
    const ids = events.map((_, index) => `evt-id-${log.length}-${index}`);
    return new Response(JSON.stringify({ ids, status: 200 }), { status: 200, headers: { "content-type": "application/json" } });
  };
}

function withSent(result: Omit<ComparableResult, "sent">, log: Array<{ url: string; body: unknown }>): ComparableResult {
  return log.length > 0 ? { ...result, sent: [...log] } : result;
}

const quietLogger = { info() {}, warn() {}, error() {}, debug() {} };

/** Replaces values that legitimately differ between runs (timings, stack frames). */
export function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key === "timing") out[key] = "<timing>";
      else if (key === "stack" && typeof inner === "string") out[key] = inner.split("\n")[0];
      else out[key] = normalise(inner);
    }
    return out;
  }
  return value;
}

export function officialRunner(fixtures: FixtureFunction[]) {
  let log: Array<{ url: string; body: unknown }> = [];
  const client = new Inngest({
    id: APP_ID,
    isDev: true,
    logger: quietLogger,
    baseUrl: EVENT_BASE_URL,
    fetch: (input, init) => recordingFetch(log)(input, init),
  });
  const byId = new Map<string, unknown>();
  const kit: FixtureKit = {
    sdk: "official",
    fn: (id) => byId.get(id) as never,
    ref: (appId, functionId) => referenceFunction({ appId, functionId }) as never,
  };
  const fns = fixtures.map((fixture) => {
    const fn = client.createFunction(
      {
        id: fixture.id,
        retries: fixture.retries as 0,
        triggers: [{ event: "compat/test" }],
        ...(fixture.onFailure ? { onFailure: (ctx: unknown) => fixture.onFailure!(ctx as FunctionContext & { error: Error }) } : {}),
      },
      // The official context is a superset of FunctionContext for what fixtures use.
      (ctx) => fixture.handler(ctx as unknown as FunctionContext, kit),
    );
    byId.set(fixture.id, fn);
    return fn;
  });
  const handler = serve({ client, functions: fns });
  return async (fnId: string, body: unknown, stepId = "step"): Promise<ComparableResult> => {
    log = [];
    const url = `http://localhost/api/inngest?fnId=${APP_ID}-${fnId}&stepId=${stepId}`;
    const response = await handler(
      new Request(url, {
        method: "POST",
        headers: { "content-type": "application/json", host: "localhost" },
        body: JSON.stringify(body),
      }),
    );
    const status = response.status === 206 ? "NOT_COMPLETED" : response.status === 500 ? "ERROR" : "DONE";
    const retryAfter = response.headers.get("retry-after") ?? undefined;
    return withSent(
      {
        status,
        body: normalise(JSON.parse(await response.text())),
        noRetry: response.headers.get("x-inngest-no-retry") === "true",
        ...(retryAfter !== undefined ? { retryAfter } : {}),
      },
      log,
    );
  };
}

export function tetherRunner(fixtures: FixtureFunction[]) {
  let log: Array<{ url: string; body: unknown }> = [];
  const app = new Tether({ id: APP_ID, baseUrl: EVENT_BASE_URL, fetch: (input, init) => recordingFetch(log)(input, init) });
  const fns = new Map<string, TetherFunction<unknown, unknown>>();
  const kit: FixtureKit = {
    sdk: "tether",
    fn: (id) => fns.get(id) as never,
    ref: (appId, functionId) => `${appId}-${functionId}`,
  };
  for (const fixture of fixtures) {
    const fn = app.createFunction(
      {
        id: fixture.id,
        retries: fixture.retries,
        triggers: [{ event: "compat/test" }],
        ...(fixture.onFailure ? { onFailure: fixture.onFailure } : {}),
      },
      (ctx) => fixture.handler(ctx, kit),
    );
    fns.set(fixture.id, fn);
  }
  return async (fnId: string, body: unknown, stepId = "step"): Promise<ComparableResult> => {
    log = [];
    const failure = fnId.endsWith("-failure");
    const main = fns.get(failure ? fnId.slice(0, -"-failure".length) : fnId);
    const fn = failure ? main?.failureFunction : main;
    if (!fn) throw new Error(`no fixture ${fnId}`);
    const result = await executeFunction({ fn, request: parseExecutionRequest(body), stepId });
    return withSent(
      {
        status: result.status,
        body: normalise(JSON.parse(safeStringify(result.body))),
        noRetry: result.noRetry,
        ...(result.retryAfter !== undefined ? { retryAfter: result.retryAfter } : {}),
      },
      log,
    );
  };
}

/** Builds a request body like the executor sends. */
export function requestBody(options: {
  steps?: Record<string, unknown>;
  stack?: string[];
  attempt?: number;
  maxAttempts?: number;
  disableImmediateExecution?: boolean;
  data?: Record<string, unknown>;
  /** Trigger event name. @default "compat/test" */
  eventName?: string;
}): unknown {
  const event = { name: options.eventName ?? "compat/test", data: options.data ?? {}, id: "evt-1", ts: 1700000000000, user: {} };
  const stack = options.stack ?? [];
  return {
    event,
    events: [event],
    steps: options.steps ?? {},
    ctx: {
      run_id: "01JRUNID000000000000000000",
      attempt: options.attempt ?? 0,
      max_attempts: options.maxAttempts ?? 4,
      stack: { stack, current: stack.length },
      disable_immediate_execution: options.disableImmediateExecution ?? false,
      use_api: false,
    },
    version: 2,
    use_api: false,
  };
}
