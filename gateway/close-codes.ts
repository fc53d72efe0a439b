// What a worker socket's close code means, for the gateway's "worker disconnected" log line
// (docs/connect-protocol.md §3, close codes). 1005 ("no status") is what a peer's close without
// a code arrives as — the official SDK's graceful shutdown among them — and is a normal close.
const MEANINGS: Record<number, string> = {
  1000: "normal close",
  1001: "going away",
  1005: "normal close (no status code sent)",
  1006: "connection lost (no close frame)",
  1007: "invalid frame payload",
  1008: "policy violation",
  1009: "frame too large",
  1011: "internal error",
  1013: "try again later",
  4001: "handshake aborted",
};

/** The close codes a worker or gateway sends when all is well. */
const NORMAL = new Set([1000, 1001, 1005]);

export interface CloseMeaning {
  meaning: string;
  /** A clean shutdown or a drain, not a failure. */
  normal: boolean;
}

export function closeMeaning(code: number): CloseMeaning {
  return { meaning: MEANINGS[code] ?? (code >= 4000 && code < 5000 ? "application close" : "unknown close code"), normal: NORMAL.has(code) };
}
