// Realtime messages (docs/execution-protocol.md §5.3) and the one way to publish them: a JSON message on
// the channel+topic's bus subject. Every API process with subscribers for that subject delivers it.
// Each message gets a unique `id` (a ULID) that subscribers resume from (replay.ts).
import { type Bus, subjects } from "../bus/index.ts";
import { INTERNAL_JSON_DEPTH, newId, tryParseJson } from "../common/index.ts";

/** Largest publish body accepted over HTTP (docs/execution-protocol.md §5.2). */
export const MAX_PUBLISH_BYTES = 512 * 1024;

/** Inngest's kinds, and Tether's `gap` and `cursor` for resuming subscribers (resume.ts). */
export type RealtimeKind = "data" | "run" | "step" | "datastream-start" | "datastream-end" | "chunk" | "event" | "gap" | "cursor";

/** A message as subscribers receive it (WebSocket text frame, SSE `data:` line). */
export interface RealtimeMessage {
  kind: RealtimeKind;
  data: unknown;
  channel: string;
  topic: string;
  run_id?: string;
  fn_id?: string;
  /** RFC 3339 */
  created_at: string;
  /** Filled by the delivering API process when the publisher did not know it. */
  env_id?: string;
  /** `datastream-start`, `chunk` and `datastream-end` of one streamed publish share it. */
  stream_id?: string;
  /** Unique per message (Tether): what a resuming subscriber names as the last one it saw. */
  id?: string;
}

export interface PublishRealtimeArgs {
  channel: string;
  topic: string;
  data: unknown;
  runId?: string;
  fnId?: string;
  envId?: string;
  /** @default "data" */
  kind?: RealtimeKind;
  streamId?: string;
}

/** Publishes one message to every subscriber of its channel+topic, on any API process. */
export function publishRealtime(bus: Bus, args: PublishRealtimeArgs): RealtimeMessage {
  const msg: RealtimeMessage = {
    kind: args.kind ?? "data", data: args.data ?? null, channel: args.channel, topic: args.topic,
    run_id: args.runId, fn_id: args.fnId, created_at: new Date().toISOString(), env_id: args.envId,
    stream_id: args.streamId, id: newId(),
  };
  bus.publish(subjects.realtime(args.channel, args.topic), Buffer.from(JSON.stringify(msg)));
  return msg;
}

/**
 * A publish body (HTTP or a worker's socket): JSON when it parses, else the text as a JSON
 * string; empty is null. Text nesting deeper than MAX_JSON_DEPTH is refused (`invalid_json`):
 * it would be JSON too deep to relay, not a string the publisher meant.
 */
export function decodePublishBody(body: Uint8Array): unknown {
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
  if (text.length === 0) return null;
  const parsed = tryParseJson(text, { what: "the published data" });
  if (!parsed.ok && parsed.reason === "depth") throw parsed.error;
  return parsed.ok ? parsed.value : text;
}

/** Decodes a bus payload; undefined when it is not a realtime message (untrusted bus input). */
export function decodeBusMessage(data: Uint8Array): RealtimeMessage | undefined {
  const parsed = tryParseJson(data, { maxDepth: INTERNAL_JSON_DEPTH });
  if (!parsed.ok) return undefined;
  const v = parsed.value;
  if (typeof v !== "object" || v === null) return undefined;
  const m = v as RealtimeMessage;
  if (typeof m.channel !== "string" || typeof m.topic !== "string" || typeof m.kind !== "string") return undefined;
  return m;
}
