// Realtime (docs/execution-protocol.md §5): tokens, publishing over the bus, WebSocket and SSE subscribers.
export { RealtimeService, REALTIME_CONNECT_PATH, DEFAULT_PING_INTERVAL_MS } from "./service.ts";
export type { RealtimeOptions, RealtimeState } from "./service.ts";
export { publishRealtime, MAX_PUBLISH_BYTES, decodePublishBody } from "./message.ts";
export type { PublishRealtimeArgs, RealtimeKind, RealtimeMessage } from "./message.ts";
export { realtimeSecretOf, signRealtimeToken, verifyRealtimeToken, REALTIME_ISSUER, DEFAULT_TOKEN_TTL_MS } from "./token.ts";
export type { RealtimeClaims, RealtimeTopic, TokenRequest } from "./token.ts";
export { browserClientSource, REALTIME_CLIENT_PATH } from "./browser-client.ts";
export { publishStream, utf8Chunks, STREAM_KINDS, STREAM_CHUNK_BYTES, MAX_STREAM_CHUNKS } from "./stream.ts";
export { MemoryReplayLog, DEFAULT_REPLAY_MAX_AGE_MS, DEFAULT_REPLAY_MAX_PER_TOPIC } from "./replay.ts";
export type { ReplayLog, ReplayLimits } from "./replay.ts";
export { JetStreamReplayLog } from "./jetstream-replay.ts";
export { parseResumeCursors, type ResumeCursor } from "./resume.ts";
