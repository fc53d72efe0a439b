// Gateway: worker WebSocket server, handshake, heartbeats, leases, replies, draining.
export { Gateway, CONNECT_SUBPROTOCOL, DEFAULT_TIMINGS, DEFAULT_MAX_PAYLOAD_BYTES } from "./gateway.ts";
export type { GatewayOptions } from "./gateway.ts";
export { deliverReply } from "./worker-socket.ts";
export type { GatewayTimings, AppSyncAnswer } from "./worker-socket.ts";
export { signSessionToken, verifySessionToken, sessionSecretFor, DEV_SESSION_SECRET, SESSION_TOKEN_TTL_MS } from "./session-token.ts";
export { encodeFrame, decodeFrame, Kind } from "./frames.ts";
export { announceGateway, GatewayDirectory, type GatewayAnnouncement } from "./directory.ts";
