// Parses the executor's request JSON (docs/execution-protocol.md §1.3) at the trust boundary: the
// `request_payload` of GATEWAY_EXECUTOR_REQUEST. Produces the engine's normalised input.

import { z } from "zod";
import { ExecutionRequestError } from "../errors.ts";
import { parseJsonError, type JsonError } from "../serialize-error.ts";
import type { ReceivedEvent } from "../types.ts";

/** One memoised step, interpreted by shape like the official SDK (§1.3.2). */
export type MemoEntry =
  | { kind: "data"; data: unknown }
  | { kind: "error"; error: JsonError }
  | { kind: "input"; input: unknown };

/** The engine's view of one request. */
export interface ExecutionRequest {
  event: ReceivedEvent;
  events: ReceivedEvent[];
  /** Memoised steps by hashed id. */
  steps: Map<string, MemoEntry>;
  /** Hashed ids in completion order; memoised steps resolve in this order. */
  stack: string[];
  runId: string;
  attempt: number;
  maxAttempts?: number;
  disableImmediateExecution: boolean;
  /** The executor trimmed `events`/`steps`; they must be fetched from the API. */
  useApi: boolean;
  /**
   * The server takes Tether's socket messages for this request (`ctx.tether_checkpoint`):
   * checkpoints (running steps back to back) and step progress.
   */
  tetherCheckpoint: boolean;
}

const eventSchema = z.record(z.string(), z.unknown());

const requestSchema = z.object({
  event: eventSchema,
  events: z.array(eventSchema).nullish(),
  steps: z.record(z.string(), z.unknown()).nullish(),
  ctx: z
    .object({
      run_id: z.string(),
      attempt: z.number().int().nullish(),
      max_attempts: z.number().nullish(),
      disable_immediate_execution: z.boolean().nullish(),
      use_api: z.boolean().nullish(),
      tether_checkpoint: z.boolean().nullish(),
      stack: z
        .object({ stack: z.array(z.string()).nullish(), current: z.number().nullish() })
        .nullish(),
    })
    .nullish(),
  // -1 = not chosen yet; 0 (legacy) is not supported, as in the official v4 SDK.
  version: z.union([z.literal(-1), z.literal(1), z.literal(2)]).optional(),
  use_api: z.boolean().nullish(),
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function onlyKeys(value: Record<string, unknown>, main: string): boolean {
  const type = value.type;
  if (type !== undefined && type !== main) return false;
  return Object.keys(value).every((key) => key === main || key === "type");
}

/** Interprets a stored step value: `{data}`, `{error}`, `{input}`, or anything else as raw data. */
export function parseMemoEntry(value: unknown): MemoEntry {
  if (isRecord(value)) {
    if ("data" in value && value.data !== undefined && onlyKeys(value, "data")) {
      return { kind: "data", data: value.data };
    }
    if ("error" in value && onlyKeys(value, "error")) {
      return { kind: "error", error: parseJsonError(value.error) };
    }
    if ("input" in value && value.input !== undefined && onlyKeys(value, "input")) {
      return { kind: "input", input: value.input };
    }
  }
  return { kind: "data", data: value };
}

function toReceivedEvent(raw: Record<string, unknown>): ReceivedEvent {
  return { ...raw, name: typeof raw.name === "string" ? raw.name : "", data: isRecord(raw.data) ? raw.data : {} };
}

/** Validates and normalises a decoded request body. Throws ExecutionRequestError(PAYLOAD_INVALID). */
export function parseExecutionRequest(body: unknown): ExecutionRequest {
  const parsed = requestSchema.safeParse(body);
  if (!parsed.success) {
    throw new ExecutionRequestError("PAYLOAD_INVALID", `invalid execution request: ${z.prettifyError(parsed.error)}`);
  }
  const { event, events, steps, ctx, use_api } = parsed.data;
  const memo = new Map<string, MemoEntry>();
  for (const [id, value] of Object.entries(steps ?? {})) memo.set(id, parseMemoEntry(value));
  // Without a stack the official SDK falls back to the stored ids (docs/execution-protocol.md §1.3.3).
  let stack = ctx?.stack?.stack ?? [];
  if (stack.length === 0 && memo.size > 0) stack = [...memo.keys()];
  return {
    event: toReceivedEvent(event),
    events: (events ?? []).map(toReceivedEvent),
    steps: memo,
    stack,
    runId: ctx?.run_id ?? "",
    attempt: ctx?.attempt ?? 0,
    maxAttempts: ctx?.max_attempts ?? undefined,
    disableImmediateExecution: ctx?.disable_immediate_execution ?? false,
    useApi: Boolean(ctx?.use_api ?? use_api ?? false),
    tetherCheckpoint: ctx?.tether_checkpoint === true,
  };
}
