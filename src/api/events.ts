// Event ingestion (docs/execution-protocol.md §6.1–6.2): one event or an array, validated with zod,
// persisted with the job that fans it out to functions in one transaction, so an acknowledged
// event is never lost (DESIGN.md invariant 1).
import { z } from "zod";
import { newId, TetherError } from "../common/index.ts";
import type { EventRecord, FanOutJob } from "../state/index.ts";
import { fanOutJob } from "../state/index.ts";

export const MAX_EVENTS_PER_REQUEST = 5_000;
export const DEFAULT_MAX_EVENT_BYTES = 512 * 1024;
export const MAX_EVENT_NAME_LENGTH = 256;

const eventSchema = z.object({
  name: z.string({ error: "name is required" }).min(1, "name is required").max(MAX_EVENT_NAME_LENGTH, `name is longer than ${MAX_EVENT_NAME_LENGTH} characters`),
  data: z.record(z.string(), z.unknown()).nullish(),
  user: z.record(z.string(), z.unknown()).nullish(),
  id: z.string().max(512).nullish(),
  ts: z.number().int().nonnegative().nullish(),
  v: z.string().nullish(),
}).passthrough();

export interface ParsedEvents {
  records: EventRecord[];
  job: FanOutJob;
}

/** Validates an ingest body; throws TetherError(`invalid_event`) naming the event and field. */
export function parseEvents(body: unknown, opts: { maxEventBytes: number; allowReserved?: boolean; now?: number }): ParsedEvents {
  const list = Array.isArray(body) ? body : [body];
  if (list.length === 0) throw new TetherError("invalid_event", "no events in the body");
  if (list.length > MAX_EVENTS_PER_REQUEST) {
    throw new TetherError("invalid_event", `at most ${MAX_EVENTS_PER_REQUEST} events per request`);
  }
  const now = opts.now ?? Date.now();
  const records: EventRecord[] = list.map((raw, i) => {
    const r = eventSchema.safeParse(raw);
    if (!r.success) {
      const issue = r.error.issues[0];
      const field = issue.path.join(".") || "event";
      throw new TetherError("invalid_event", `event ${i}: ${field}: ${issue.message}`, { data: { index: i, field } });
    }
    if (!opts.allowReserved && r.data.name.startsWith("inngest/")) {
      throw new TetherError("invalid_event", `event ${i}: name: the "inngest/" prefix is reserved`, { data: { index: i, field: "name" } });
    }
    if (Buffer.byteLength(JSON.stringify(raw)) > opts.maxEventBytes) {
      throw new TetherError("payload_too_large", `event ${i} is larger than ${opts.maxEventBytes} bytes`, { data: { index: i } });
    }
    const internalId = newId();
    const data = { ...(r.data.data ?? {}) };
    delete (data as Record<string, unknown>)._inngest;
    return {
      internalId,
      receivedAt: now,
      event: {
        name: r.data.name,
        data,
        user: r.data.user ?? {},
        id: r.data.id || internalId,
        ts: r.data.ts ?? now,
        ...(r.data.v ? { v: r.data.v } : {}),
      },
    };
  });
  const job = fanOutJob(records.map((r) => r.internalId), now);
  return { records, job };
}
