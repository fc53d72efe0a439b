// Event sending: `POST {baseUrl}/e/{eventKey}` with a JSON array of events
// (docs/execution-protocol.md §6.2). Sends an id-seed header so the server derives the same event ids
// when a retry repeats the request, and retries transient failures with exponential backoff.

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { abortableSleep } from "./abortable-sleep.ts";
import { exponentialBackoffMs } from "./backoff.ts";
import { SendEventError } from "./errors.ts";
import { safeStringify } from "./safe-json.ts";
import type { EventPayload } from "./event-types.ts";

/** Key used in the URL when none is configured (dev servers accept it). */
export const NO_EVENT_KEY = "NO_EVENT_KEY_SET";
const EVENT_ID_SEED_HEADER = "x-inngest-event-id-seed";
const MAX_ATTEMPTS = 5;
const BASE_DELAY_MS = 100;
/** Past the last of MAX_ATTEMPTS doublings: a bound, never reached. */
const MAX_DELAY_MS = 1_600;
const REQUEST_TIMEOUT_MS = 30_000;

const responseSchema = z.object({
  ids: z.array(z.string()).default([]),
  status: z.number().optional(),
  error: z.string().optional(),
});

export interface SendEventsInput {
  baseUrl: string;
  eventKey?: string;
  events: EventPayload | EventPayload[];
  /** @default Math.random */
  random?: () => number;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

function normalise(events: EventPayload[], nowMs: number): EventPayload[] {
  return events.map((event) => {
    if (!event || typeof event.name !== "string" || event.name.length === 0) {
      throw new SendEventError("every event needs a non-empty name", { retryable: false });
    }
    return { ...event, ts: event.ts || nowMs, data: event.data || {} };
  });
}

async function attemptSend(fetchImpl: typeof fetch, url: URL, body: string, seed: string): Promise<string[]> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: "POST",
      headers: { "content-type": "application/json", [EVENT_ID_SEED_HEADER]: seed },
      body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (err) {
    throw new SendEventError("event request failed", { cause: err });
  }
  const text = await response.text();
  let parsed: z.infer<typeof responseSchema> | undefined;
  try {
    const result = responseSchema.safeParse(JSON.parse(text));
    parsed = result.success ? result.data : undefined;
  } catch {
    parsed = undefined;
  }
  const failed = !response.ok || !parsed || (parsed.status !== undefined && parsed.status !== 200) || parsed.error;
  if (failed) {
    const retryable = response.status >= 500 || response.status === 429 || response.ok;
    throw new SendEventError(`event request answered ${response.status}: ${parsed?.error ?? text.slice(0, 200)}`, {
      status: response.status,
      retryable,
    });
  }
  return parsed!.ids;
}

/** Sends events and returns the ids the server assigned, in order. */
export async function sendEvents(input: SendEventsInput): Promise<{ ids: string[] }> {
  const nowMs = Date.now();
  const events = normalise(Array.isArray(input.events) ? input.events : [input.events], nowMs);
  if (events.length === 0) return { ids: [] };
  const base = input.baseUrl.endsWith("/") ? input.baseUrl : `${input.baseUrl}/`;
  const url = new URL(`e/${encodeURIComponent(input.eventKey ?? NO_EVENT_KEY)}`, base);
  const seed = `${nowMs},${randomBytes(10).toString("base64")}`;
  const body = safeStringify(events);
  const random = input.random ?? Math.random;
  const fetchImpl = input.fetch ?? globalThis.fetch;
  for (let attempt = 1; ; attempt++) {
    try {
      return { ids: await attemptSend(fetchImpl, url, body, seed) };
    } catch (err) {
      if (attempt >= MAX_ATTEMPTS || !(err instanceof SendEventError) || !err.retryable) throw err;
      await abortableSleep(exponentialBackoffMs(attempt - 1, { baseMs: BASE_DELAY_MS, maxMs: MAX_DELAY_MS, jitterRatio: 0.5, random }));
    }
  }
}
