// JSON helpers: the one way to parse untrusted JSON (bounded depth, coded errors), canonical
// (sorted-key, RFC 8785 style) serialisation for signed bodies, and byte-size checks.
//
// Why a depth limit: V8's JSON.parse is iterative, but everything that walks the result
// afterwards is recursive (JSON.stringify, structured clone, zod, our own walkers) and overflows
// the stack a few thousand levels down. Text nested deeper than MAX_JSON_DEPTH is refused by a
// linear scan before it is parsed, so nothing downstream ever sees such a value (docs/fuzzing.md).
import { TetherError } from "./errors.ts";

/** Deepest nesting of arrays and objects accepted in JSON from outside (docs/fuzzing.md). */
export const MAX_JSON_DEPTH = 1_000;
/**
 * Limit for JSON Tether itself builds around user data that passed MAX_JSON_DEPTH (bus messages
 * such as realtime messages and app syncs): a few levels of envelope on top.
 */
export const INTERNAL_JSON_DEPTH = MAX_JSON_DEPTH + 16;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * True when `text` nests arrays/objects deeper than `maxDepth`, counting `[`/`{` outside strings.
 * Linear, no allocation; says nothing about validity (JSON.parse judges that afterwards).
 */
export function jsonDepthExceeds(text: string, maxDepth: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > maxDepth) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

export interface ParseJsonOptions {
  /** @default MAX_JSON_DEPTH */
  maxDepth?: number;
  /** Names the input in the error message. @default "the body" */
  what?: string;
}

export type TryParseJsonResult = { ok: true; value: unknown } | { ok: false; reason: "depth" | "syntax"; error: TetherError };

/**
 * Parses JSON that came from outside the process, for callers with a fallback: the value, or
 * the `invalid_json` error and why — `depth` (nested deeper than `maxDepth`, refused before
 * parsing) or `syntax` (not JSON: a caller may keep the text instead).
 */
export function tryParseJson(input: string | Uint8Array, opts: ParseJsonOptions = {}): TryParseJsonResult {
  const text = typeof input === "string" ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString("utf8");
  const maxDepth = opts.maxDepth ?? MAX_JSON_DEPTH;
  const what = opts.what ?? "the body";
  if (jsonDepthExceeds(text, maxDepth)) {
    const error = new TetherError("invalid_json", `${what} nests JSON deeper than ${maxDepth} levels`, { data: { max_depth: maxDepth } });
    return { ok: false, reason: "depth", error };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, reason: "syntax", error: new TetherError("invalid_json", `${what} is not valid JSON`) };
  }
}

/** `tryParseJson` that throws its `invalid_json` error: for inputs that must be JSON. */
export function parseJson(input: string | Uint8Array, opts: ParseJsonOptions = {}): unknown {
  const r = tryParseJson(input, opts);
  if (!r.ok) throw r.error;
  return r.value;
}

/** JSON with object keys sorted recursively; equal to JCS for JSON-safe values. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

// One stack frame per level (plain loops, no map callbacks), so any value that passed
// MAX_JSON_DEPTH sorts with room to spare (test/unit/json-depth.test.ts).
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = sortKeys(value[i]);
    return out;
  }
  if (value && typeof value === "object" && (value as object).constructor === Object) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value as object).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export function byteLength(s: string): number {
  return Buffer.byteLength(s, "utf8");
}
