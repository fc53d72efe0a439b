// States a worker connection moves through: CONNECTING → ACTIVE ⇄ RECONNECTING → CLOSING → CLOSED.

export const ConnectionState = {
  CONNECTING: "CONNECTING",
  ACTIVE: "ACTIVE",
  RECONNECTING: "RECONNECTING",
  CLOSING: "CLOSING",
  CLOSED: "CLOSED",
} as const;

export type ConnectionState = (typeof ConnectionState)[keyof typeof ConnectionState];
