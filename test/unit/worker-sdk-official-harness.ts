// Test helper (not a test file): runs a request JSON through the official `inngest` v4 SDK's engine
// (its fetch-style serve handler, in dev mode, no network) and through Tether's engine, and maps
// both to the same comparable shape so tests can assert identical ops.

import { Inngest } from "inngest";
import { serve } from "inngest/edge";
import { executeFunction } from "../../worker-sdk/engine/execute.ts";
import { parseExecutionRequest } from "../../worker-sdk/engine/execution-request.ts";
import { safeStringify } from "../../worker-sdk/safe-json.ts";
import { Tether, type FunctionContext } from "../../worker-sdk/index.ts";

export const APP_ID = "compat-app";

export interface FixtureFunction {
  id: string;
  retries?: number;
  /** Written against the common subset of both SDKs' handler context. */
  handler: (ctx: FunctionContext) => unknown;
}

export interface ComparableResult {
  status: "NOT_COMPLETED" | "DONE" | "ERROR";
  body: unknown;
  noRetry: boolean;
  retryAfter?: string;
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
  const client = new Inngest({ id: APP_ID, isDev: true, logger: quietLogger });
  const fns = fixtures.map((fixture) =>
    client.createFunction(
      { id: fixture.id, retries: fixture.retries as 0, triggers: [{ event: "compat/test" }] },
      // The official context is a superset of FunctionContext for what fixtures use.
      (ctx) => fixture.handler(ctx as unknown as FunctionContext),
    ),
  );
  const handler = serve({ client, functions: fns });
  return async (fnId: string, body: unknown, stepId = "step"): Promise<ComparableResult> => {
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
    return {
      status,
      body: normalise(JSON.parse(await response.text())),
      noRetry: response.headers.get("x-inngest-no-retry") === "true",
      ...(retryAfter !== undefined ? { retryAfter } : {}),
    };
  };
}

export function tetherRunner(fixtures: FixtureFunction[]) {
  const app = new Tether({ id: APP_ID, baseUrl: "http://127.0.0.1:1" });
  const fns = new Map(
    fixtures.map((fixture) => [
      fixture.id,
      app.createFunction(
        { id: fixture.id, retries: fixture.retries, triggers: [{ event: "compat/test" }] },
        fixture.handler,
      ),
    ]),
  );
  return async (fnId: string, body: unknown, stepId = "step"): Promise<ComparableResult> => {
    const fn = fns.get(fnId);
    if (!fn) throw new Error(`no fixture ${fnId}`);
    const result = await executeFunction({ fn, request: parseExecutionRequest(body), stepId });
    return {
      status: result.status,
      body: normalise(JSON.parse(safeStringify(result.body))),
      noRetry: result.noRetry,
      ...(result.retryAfter !== undefined ? { retryAfter: result.retryAfter } : {}),
    };
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
}): unknown {
  const event = { name: "compat/test", data: options.data ?? {}, id: "evt-1", ts: 1700000000000, user: {} };
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
