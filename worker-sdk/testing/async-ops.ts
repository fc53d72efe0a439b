// What the test engine does in the server's place for ops the SDK does not run itself: a sleep
// ends at once with the clock moved to its wake-up time, a waitForEvent or an invoke is answered by
// its mock. The memoised shapes are the executor's (docs/testing.md, docs/execution-protocol.md):
// `null` for a sleep, the event or `null` for a wait, `{data}` or `{error}` for an invoke.

import { parseDurationMs } from "../duration.ts";
import { ConfigError } from "../errors.ts";
import { serializeError } from "../serialize-error.ts";
import { OpCode, type OutgoingOp } from "../engine/ops.ts";
import type { StepMock } from "./mocked-function.ts";

/** The stored result of an async op and the time at which it completed. */
export interface ResolvedOp {
  stored: { data: unknown } | { error: unknown };
  atMs: number;
}

/** What a waitForEvent mock's handler gets. */
export interface WaitForEventMockInput {
  event: string;
  timeout: string;
  if?: string;
}

/** What an invoke mock's handler gets. */
export interface InvokeMockInput {
  functionId: string;
  data: Record<string, unknown>;
}

/** A time string ("1h30m") or an ISO date, as step tools put it on the wire, as an instant. */
export function wakeUpMs(time: string, nowMs: number): number {
  const duration = parseDurationMs(time);
  if (duration !== undefined) return nowMs + duration;
  const date = Date.parse(time);
  if (Number.isNaN(date)) throw new ConfigError(`the test engine cannot read the time "${time}"`);
  return date;
}

function mockFor(op: OutgoingOp, mocks: ReadonlyMap<string, StepMock>): StepMock {
  const id = op.userland?.id ?? "";
  const mock = mocks.get(id);
  if (!mock) {
    const tool = op.op === OpCode.WaitForEvent ? "step.waitForEvent" : "step.invoke";
    throw new ConfigError(`${tool} "${id}" has no mock: give the test engine steps: [{ id: "${id}", handler }]`);
  }
  return mock;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

async function waitForEvent(op: OutgoingOp, mock: StepMock, nowMs: number, seq: number): Promise<ResolvedOp> {
  const opts = op.opts ?? {};
  const input: WaitForEventMockInput = {
    event: op.name ?? "",
    timeout: String(opts.timeout ?? ""),
    ...(typeof opts.if === "string" ? { if: opts.if } : {}),
  };
  const got = await (mock.handler as (input: WaitForEventMockInput) => unknown)(input);
  if (got === null || got === undefined) return { stored: { data: null }, atMs: wakeUpMs(input.timeout, nowMs) };
  if (!isRecord(got)) throw new ConfigError(`the waitForEvent mock "${op.userland?.id}" must return an event object or null`);
  const event = { id: `test-awaited-${seq}`, ts: nowMs, user: {}, ...got, name: got.name ?? input.event, data: got.data ?? {} };
  return { stored: { data: event }, atMs: nowMs };
}

async function invoke(op: OutgoingOp, mock: StepMock, nowMs: number): Promise<ResolvedOp> {
  const opts = op.opts ?? {};
  const payload = isRecord(opts.payload) ? opts.payload : {};
  const input: InvokeMockInput = {
    functionId: String(opts.function_id ?? ""),
    data: isRecord(payload.data) ? payload.data : {},
  };
  try {
    const data = await (mock.handler as (input: InvokeMockInput) => unknown)(input);
    return { stored: { data: data === undefined ? null : data }, atMs: nowMs };
  } catch (error) {
    return { stored: { error: serializeError(error) }, atMs: nowMs };
  }
}

/** Resolves a Sleep, WaitForEvent or InvokeFunction op; undefined for any other op. */
export async function resolveAsyncOp(
  op: OutgoingOp,
  mocks: ReadonlyMap<string, StepMock>,
  nowMs: number,
  seq: number,
): Promise<ResolvedOp | undefined> {
  switch (op.op) {
    case OpCode.Sleep:
      return { stored: { data: null }, atMs: Math.max(nowMs, wakeUpMs(op.name ?? "", nowMs)) };
    case OpCode.WaitForEvent:
      return waitForEvent(op, mockFor(op, mocks), nowMs, seq);
    case OpCode.InvokeFunction:
      return invoke(op, mockFor(op, mocks), nowMs);
    default:
      return undefined;
  }
}
