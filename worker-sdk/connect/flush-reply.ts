// Out-of-band reply delivery (docs/connect-protocol.md §3.9): `POST /v0/connect/flush` with the raw
// SDKResponse bytes, used when a reply was not acknowledged on the socket or no socket was open.

import { FlushError } from "../errors.ts";
import { apiUrl, bodySnippet, protobufHeaders } from "./http.ts";

const FLUSH_TIMEOUT_MS = 10_000;

export interface FlushTarget {
  apiBaseUrl: string;
  hashedSigningKey?: string;
}

export async function flushReply(target: FlushTarget, sdkResponse: Uint8Array): Promise<void> {
  const url = apiUrl(target.apiBaseUrl, "/v0/connect/flush");
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: protobufHeaders(target.hashedSigningKey),
      body: new Uint8Array(sdkResponse),
      signal: AbortSignal.timeout(FLUSH_TIMEOUT_MS),
    });
  } catch (err) {
    throw new FlushError(`flush request to ${url.href} failed`, { cause: err });
  }
  if (!response.ok) {
    throw new FlushError(`flush answered ${response.status}: ${await bodySnippet(response)}`, {
      status: response.status,
      retryable: response.status >= 500 || response.status === 429 || response.status === 401,
    });
  }
  // The body is a FlushResponse{request_id}; nothing in it is needed.
  await response.arrayBuffer().catch(() => undefined);
}
