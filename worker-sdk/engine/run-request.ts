// Entry point from a transport into the engine: decodes the executor's JSON payload, finds the
// function (or an onFailure companion, `<slug>-failure`) by slug, loads trimmed run state when the executor asks (`use_api`), and runs it.
// Every failure becomes a retriable ERROR result, so a transport always has a reply to send —
// except a StaleDispatchError (checkpointing: the request is no longer live), which means "send
// nothing" and is rethrown.

import { ExecutionRequestError, StaleDispatchError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import type { RunnableFunction } from "../runnable-function.ts";
import { executeFunction } from "./execute.ts";
import { parseExecutionRequest, parseMemoEntry, type ExecutionRequest } from "./execution-request.ts";
import { internalErrorResult, type ExecutionResult } from "./execution-result.ts";
import type { SocketChannel } from "./socket-channel.ts";
import { type RequestTraceContext, withTraceContext } from "../trace-context.ts";

/** Run state fetched from the API when the request was too large to carry it. */
export interface RunState {
  events: Record<string, unknown>[];
  steps: Record<string, unknown>;
}

/** A served function: runnable itself, possibly with an onFailure companion. */
export interface ServedFunction extends RunnableFunction {
  readonly failureFunction?: RunnableFunction | undefined;
}

function findRunnable(functions: readonly ServedFunction[], slug: string): RunnableFunction | undefined {
  for (const fn of functions) {
    if (fn.slug === slug) return fn;
    if (fn.failureFunction?.slug === slug) return fn.failureFunction;
  }
  return undefined;
}

export interface RunRequestOptions {
  /** Functions of the app the request is for (their onFailure companions are found through them). */
  functions: readonly ServedFunction[];
  /** `<appId>-<fnId>` of the function to run. */
  functionSlug: string;
  /** UTF-8 JSON request body. */
  payload: Uint8Array | string;
  /** Requested hashed step id; absent or "step" = discovery. */
  stepId?: string | null;
  logger?: Logger;
  /** Fetches events and steps for `use_api` requests. */
  loadRunState?: (runId: string) => Promise<RunState>;
  /** Socket messages for this request (connect); see ExecuteFunctionOptions.channel. */
  channel?: SocketChannel;
  /** The server's trace context for the request: user code runs inside it (trace-context.ts). */
  traceContext?: RequestTraceContext;
}

async function withRunState(
  request: ExecutionRequest,
  load: RunRequestOptions["loadRunState"],
): Promise<ExecutionRequest> {
  if (!request.useApi) return request;
  if (!load) throw new ExecutionRequestError("PAYLOAD_INVALID", "request needs run state from the API (use_api)");
  const state = await load(request.runId);
  const steps = new Map(Object.entries(state.steps).map(([id, value]) => [id, parseMemoEntry(value)] as const));
  const stack = request.stack.length > 0 ? request.stack : [...steps.keys()];
  const events = state.events.map((event) => ({
    ...event,
    name: typeof event.name === "string" ? event.name : "",
    data: (event.data as Record<string, unknown> | undefined) ?? {},
  }));
  return { ...request, events, steps, stack };
}

/** Runs one request. Rejects only with StaleDispatchError: the request must be dropped. */
export async function runExecutorRequest(options: RunRequestOptions): Promise<ExecutionResult> {
  try {
    const text = typeof options.payload === "string" ? options.payload : new TextDecoder().decode(options.payload);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (err) {
      throw new ExecutionRequestError("PAYLOAD_INVALID", "request payload is not JSON", { cause: err });
    }
    const fn = findRunnable(options.functions, options.functionSlug);
    if (!fn) {
      throw new ExecutionRequestError(
        "FUNCTION_NOT_FOUND",
        `Function "${options.functionSlug}" was not found in this app`,
      );
    }
    const request = await withRunState(parseExecutionRequest(body), options.loadRunState);
    return await withTraceContext(options.traceContext, () =>
      executeFunction({ fn, request, stepId: options.stepId, logger: options.logger, channel: options.channel }));
  } catch (err) {
    if (err instanceof StaleDispatchError) throw err;
    options.logger?.error({ err, functionSlug: options.functionSlug }, "could not run executor request");
    return internalErrorResult(err);
  }
}
