// WebSocket close codes and reasons the worker sends. Reasons are WorkerDisconnectReason enum names
// (docs/connect-protocol.md §2.1), which the gateway records as the disconnect reason.

export const CloseCode = {
  /** Clean shutdown, or releasing a draining socket. */
  NORMAL: 1000,
  /** Handshake went wrong (official SDKs use the same code). */
  UNEXPECTED: 4001,
} as const;

export const CloseReason = {
  WORKER_SHUTDOWN: "WORKER_SHUTDOWN",
  UNEXPECTED: "UNEXPECTED",
  GATEWAY_DRAINING: "GATEWAY_DRAINING",
  CONSECUTIVE_HEARTBEATS_MISSED: "CONSECUTIVE_HEARTBEATS_MISSED",
} as const;

/** WebSocket subprotocol offered to the gateway. */
export const CONNECT_SUBPROTOCOL = "v0.connect.inngest.com";
