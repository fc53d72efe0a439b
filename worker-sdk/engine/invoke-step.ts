// `step.invoke` (docs/semantics.md §16): an `InvokeFunction` op without `name`, with
// `opts: {payload: {data?, v?}, function_id, timeout?}` as the official SDK sends it. The target is
// a TetherFunction (its slug) or a composite id string used verbatim. The executor memoises
// `{data}` (the target's return value) or `{error}`; the engine replays an error as a StepError,
// which fails the caller for good unless caught.

import { toTimeString } from "../time-string.ts";
import type { InvokeOptions, StepOptions } from "../types.ts";
import type { StepDescriptor } from "./found-step.ts";
import { OpCode } from "./ops.ts";

function functionId(target: unknown): string {
  if (typeof target === "string" && target.length > 0) return target;
  const slug = (target as { slug?: unknown } | null | undefined)?.slug;
  if (typeof target === "object" && typeof slug === "string") return slug;
  throw new TypeError('step.invoke needs `function`: a TetherFunction or a composite id "<appId>-<fnId>"');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function invokeDescriptor({ id, name }: StepOptions, options: InvokeOptions): StepDescriptor {
  if (!isRecord(options)) throw new TypeError(`step.invoke "${id}" needs options`);
  const function_id = functionId(options.function);
  if (options.data !== undefined && !isRecord(options.data)) {
    throw new TypeError(`step.invoke "${id}": data must be an object`);
  }
  if (options.v !== undefined && typeof options.v !== "string") {
    throw new TypeError(`step.invoke "${id}": v must be a string`);
  }
  const payload = {
    ...(options.data !== undefined ? { data: options.data } : {}),
    ...(options.v !== undefined ? { v: options.v } : {}),
  };
  return {
    id,
    op: OpCode.InvokeFunction,
    displayName: name ?? id,
    opts: {
      payload,
      function_id,
      ...(options.timeout !== undefined ? { timeout: toTimeString(options.timeout) } : {}),
    },
  };
}
