// Closing a `ws` socket without leaving it (or a timer) behind: send a close frame, then terminate
// if the peer has not completed the closing handshake within a grace period.

import WebSocket from "ws";

/** How long the peer gets to answer a close frame before the socket is destroyed. */
export const DEFAULT_CLOSE_GRACE_MS = 2_000;

/** Resolves once the socket is closed. Never rejects. */
export function closeSocket(ws: WebSocket, code: number, reason: string, graceMs = DEFAULT_CLOSE_GRACE_MS): Promise<void> {
  if (ws.readyState === WebSocket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => ws.terminate(), graceMs);
    ws.once("close", () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      if (ws.readyState === WebSocket.OPEN) ws.close(code, reason);
      else ws.terminate();
    } catch {
      ws.terminate();
    }
  });
}
