// CEL expressions (docs/semantics.md §21) via @marcbachmann/cel-js: compiled once, cached, evaluated
// with Inngest's variables `event` and `async`. JSON numbers are doubles in CEL while literals
// are ints, so integral numbers in the input are converted to BigInt (CEL int) first.
import { parse } from "@marcbachmann/cel-js";

type Compiled = ReturnType<typeof parse>;
const cache = new Map<string, Compiled>();

/** Compiles (and caches) an expression; throws on a syntax error. */
export function compileExpression(expr: string): Compiled {
  let c = cache.get(expr);
  if (!c) {
    c = parse(expr);
    if (cache.size > 10_000) cache.clear();
    cache.set(expr, c);
  }
  return c;
}

/** Undefined when valid, else the error message. */
export function expressionError(expr: string): string | undefined {
  try {
    compileExpression(expr);
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

export function evaluateExpression(expr: string, vars: Record<string, unknown>): unknown {
  const out = compileExpression(expr)(toCel(vars) as Record<string, unknown>);
  return fromCel(out);
}

/** A boolean filter: anything but `true` (including an evaluation error) is false. */
export function evaluateBoolean(expr: string, vars: Record<string, unknown>): boolean {
  try {
    return evaluateExpression(expr, vars) === true;
  } catch {
    return false;
  }
}

function toCel(v: unknown): unknown {
  if (typeof v === "number") return Number.isInteger(v) ? BigInt(v) : v;
  if (Array.isArray(v)) return v.map(toCel);
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toCel(x);
    return out;
  }
  return v;
}

function fromCel(v: unknown): unknown {
  if (typeof v === "bigint") return Number(v);
  if (Array.isArray(v)) return v.map(fromCel);
  if (v instanceof Map) return Object.fromEntries([...v].map(([k, x]) => [k, fromCel(x)]));
  return v;
}

/**
 * Functions and methods an expression may call (standard CEL macros and conversions). Others —
 * string extensions such as `.substring()` — are refused at sync, as Inngest does (§21).
 */
const SUPPORTED_CALLS = new Set([
  "size", "has", "contains", "startsWith", "endsWith", "matches", "exists", "exists_one", "all", "map", "filter",
  "int", "uint", "double", "string", "bool", "bytes", "timestamp", "duration", "dyn", "type",
]);

/**
 * Undefined when `expr` is valid where it is used, else why not: a syntax error, an unsupported
 * call, or `async` outside waitForEvent/cancelOn (where no incoming event exists).
 */
export function expressionUsageError(expr: string, opts: { allowAsync: boolean }): string | undefined {
  let ast: unknown;
  try {
    ast = compileExpression(expr).ast;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  let problem: string | undefined;
  const visit = (node: unknown): void => {
    if (problem || !node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(visit);
    const { op, args } = node as { op?: string; args?: unknown };
    if (op === "id" && args === "async" && !opts.allowAsync) problem = "`async` is only available in waitForEvent and cancelOn expressions";
    else if ((op === "call" || op === "rcall") && Array.isArray(args) && !SUPPORTED_CALLS.has(String(args[0]))) {
      problem = `unsupported function "${String(args[0])}"`;
    } else if (op !== "value") visit(args);
  };
  visit(ast);
  return problem;
}
