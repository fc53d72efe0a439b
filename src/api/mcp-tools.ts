// The MCP tools (docs/mcp.md): list functions, send an event, read a run, list runs, cancel and
// rerun. Names and arguments follow the Inngest dev server's MCP tools where they overlap
// (`send_event {name, data, user}`, `list_functions`, camelCase `runId`); answers reuse the REST
// views (rest.ts) so a run reads the same over MCP as from `GET /v1/runs/{id}`. Every action goes
// through actions.ts, the code path the REST routes take. A tool never throws to the SDK: a
// coded error becomes an `isError` result naming the code, anything else is logged.
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { Logger } from "pino";
import { z } from "zod";
import { asTetherError, sleep, TetherError, toError } from "../common/index.ts";
import { eventSkips } from "../flow/skips.ts";
import { eventMatches } from "../functions/index.ts";
import type { EventRecord, RunRecord, Store } from "../state/index.ts";
import { type ActionDeps, cancelRunById, functionsWithPause, ingestEvents, requireFunction, rerunById } from "./actions.ts";
import { functionView, runView } from "./rest.ts";

/** How long `send_event` waits for the runs an event starts, by default and at most. */
export const DEFAULT_SEND_WAIT_MS = 2_000;
export const MAX_SEND_WAIT_MS = 10_000;
/** Runs per `list_runs` answer: a model's context, not a page of 500. */
export const DEFAULT_LIST_RUNS_LIMIT = 20;
export const MAX_LIST_RUNS_LIMIT = 100;
const SEND_POLL_MS = 50;

export interface McpToolDeps extends ActionDeps {
  log: Logger;
  maxEventBytes: number;
}

const runStatus = z.enum(["Running", "Completed", "Failed", "Cancelled"]);
const runId = z.string().min(1).max(128).describe("The run id (a ULID), as send_event, list_runs or GET /v1/runs return it");
const jsonObject = z.record(z.string(), z.unknown());

/** A tool's answer: its JSON as text, or an error result with the code and message. */
async function answer(log: Logger, tool: string, work: () => Promise<unknown>): Promise<CallToolResult> {
  try {
    return { content: [{ type: "text", text: JSON.stringify(await work(), null, 2) }] };
  } catch (err) {
    const e = asTetherError(err);
    if (e.code === "internal_error") log.error({ err: toError(err), tool }, "mcp tool failed");
    return { isError: true, content: [{ type: "text", text: JSON.stringify({ code: e.code, message: e.message }) }] };
  }
}

export function registerTools(server: McpServer, deps: McpToolDeps): void {
  registerReadTools(server, deps);
  registerActionTools(server, deps);
}

/** Tools that only read: functions, a run, a page of runs. */
function registerReadTools(server: McpServer, deps: McpToolDeps): void {
  const { log } = deps;
  server.registerTool("list_functions", {
    description: "List the apps synced to Tether and their functions, with triggers (events, crons), retries and whether each is paused.",
    annotations: { readOnlyHint: true },
  }, () => answer(log, "list_functions", () => listFunctions(deps.store)));

  server.registerTool("get_run", {
    description: "A run with its status, output and steps (op, attempt, output or error, timing), as GET /v1/runs/{runId} returns it.",
    inputSchema: { runId },
    annotations: { readOnlyHint: true },
  }, ({ runId: id }) => answer(log, "get_run", () => getRun(deps.store, id)));

  server.registerTool("list_runs", {
    description: "Runs newest first, filtered by status (e.g. [\"Failed\"] for failed runs) and function; pass the returned cursor for older ones.",
    inputSchema: {
      status: z.union([runStatus, z.array(runStatus).max(4)], { error: `status must be one of ${runStatus.options.join(", ")}, or a list of them` })
        .optional().describe("A status or a list of statuses"),
      functionId: z.string().min(1).optional().describe("Function id or slug (<app id>-<function id>), as list_functions shows"),
      limit: z.number().int().min(1).max(MAX_LIST_RUNS_LIMIT).optional().describe(`At most this many runs (default ${DEFAULT_LIST_RUNS_LIMIT})`),
      cursor: z.string().min(1).optional().describe("The cursor of the previous answer, for the next (older) runs"),
    },
    annotations: { readOnlyHint: true },
  }, (args) => answer(log, "list_runs", () => listRuns(deps.store, args)));
}

/** Tools that change something: an event in, a run cancelled, a run started again. */
function registerActionTools(server: McpServer, deps: McpToolDeps): void {
  const { log } = deps;
  server.registerTool("send_event", {
    description: "Send an event, as POST /e/{key} does; functions triggered by its name start runs. Returns the event id and the runs "
      + "it started within waitMs (runs behind debounce, batching or a throttle may start later: see list_runs or get_run).",
    inputSchema: {
      name: z.string().min(1).describe("Event name, e.g. app/user.created"),
      data: jsonObject.optional().describe("Event payload (a JSON object)"),
      user: jsonObject.optional().describe("User context (a JSON object)"),
      id: z.string().min(1).max(512).optional().describe("Idempotency id: a second event with the same id starts no runs"),
      waitMs: z.number().int().min(0).max(MAX_SEND_WAIT_MS).optional()
        .describe(`How long to wait for the runs it starts, ms (default ${DEFAULT_SEND_WAIT_MS})`),
    },
  }, (args, extra) => answer(log, "send_event", () => sendEvent(deps, args, extra.signal)));

  server.registerTool("cancel_run", {
    description: "Cancel a running run: no further step runs (a step already executing finishes). A run that has already ended is left as it is.",
    inputSchema: { runId },
    annotations: { destructiveHint: true, idempotentHint: true },
  }, ({ runId: id }) => answer(log, "cancel_run", async () => {
    const { cancelled, run } = await cancelRunById(deps, id);
    return { run_id: run.id, cancelled, status: run.status };
  }));

  server.registerTool("rerun_run", {
    description: "Start a new run of the same function from the same event(s): from the start, or from a step (earlier steps' results are reused).",
    inputSchema: {
      runId,
      fromStep: z.object({
        stepId: z.string().min(1).describe("The step's id or name, as get_run lists it"),
        input: z.array(z.unknown()).optional().describe("Replacement arguments for that step's code"),
      }).optional(),
    },
  }, ({ runId: id, fromStep }) => answer(log, "rerun_run", async () => {
    const r = await rerunById(deps, id, fromStep);
    return { run_id: r.runId, original_run_id: r.originalRunId };
  }));
}

async function listFunctions(store: Store) {
  const [apps, fns] = await Promise.all([store.listApps(), functionsWithPause(store)]);
  return {
    apps: apps.map((a) => ({
      id: a.id, name: a.name, sdk: a.sdk, app_version: a.appVersion ?? null, method: a.method, url: a.url,
      functions: fns.filter(({ fn }) => fn.appId === a.id).map(({ fn, paused }) => functionView(fn, paused)),
    })),
    function_count: fns.length,
  };
}

async function getRun(store: Store, id: string) {
  const found = await store.getRunWithSteps(id);
  if (!found) throw new TetherError("not_found", `run ${id} not found`);
  return runView(found.run, found.steps);
}

async function listRuns(store: Store, args: { status?: RunRecord["status"] | RunRecord["status"][]; functionId?: string; limit?: number; cursor?: string }) {
  const fn = args.functionId ? await requireFunction(store, args.functionId) : undefined;
  const status = args.status === undefined ? undefined : Array.isArray(args.status) ? args.status : [args.status];
  const page = await store.listRunsPage({ status, functionId: fn?.id, limit: args.limit ?? DEFAULT_LIST_RUNS_LIMIT, cursor: args.cursor });
  return { runs: page.runs.map((r) => runView(r)), cursor: page.cursor ?? null };
}

async function sendEvent(deps: McpToolDeps, args: { name: string; data?: object; user?: object; id?: string; waitMs?: number }, signal: AbortSignal) {
  const { name, data, user, id } = args;
  const [event] = await ingestEvents(deps, { name, data, user, id }, { maxEventBytes: deps.maxEventBytes });
  const runs = await awaitRuns(deps.store, event, Math.min(args.waitMs ?? DEFAULT_SEND_WAIT_MS, MAX_SEND_WAIT_MS), signal);
  return {
    event_id: event.internalId,
    id: event.event.id,
    run_ids: runs.runs.map((r) => r.id),
    runs: runs.runs.map((r) => ({ run_id: r.id, function_slug: r.functionSlug, status: r.status })),
    ...(runs.skipped.length ? { skipped: runs.skipped } : {}),
    ...(runs.pending ? { pending: `${runs.pending} more function(s) match this event; their runs may start later` } : {}),
  };
}

/**
 * The runs an event started, once every function whose trigger names it has a run or a recorded
 * skip (docs/flow-control.md), or when `waitMs` is up: the fan-out is a job an executor runs
 * after the event is stored, so the runs do not exist yet when `ingestEvents` returns.
 */
async function awaitRuns(store: Store, e: EventRecord, waitMs: number, signal: AbortSignal) {
  const matching = (await store.listFunctions()).filter((f) => f.triggers.some((t) => t.event && eventMatches(t.event, e.event.name))).length;
  const deadline = Date.now() + waitMs;
  for (;;) {
    const [runs, skipped] = await Promise.all([store.listRunsForEvent(e.internalId), eventSkips(store, e.internalId)]);
    const pending = Math.max(0, matching - runs.length - skipped.length);
    if (pending === 0 || Date.now() >= deadline || signal.aborted) return { runs, skipped, pending };
    await sleep(Math.min(SEND_POLL_MS, Math.max(0, deadline - Date.now())), signal).catch(() => undefined);
  }
}
