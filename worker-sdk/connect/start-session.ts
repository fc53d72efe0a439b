// Step 1 of connecting (connect-protocol.md §1.1): `POST /v0/connect/start` with a protobuf
// StartRequest (empty body when no gateway is excluded); the protobuf StartResponse names the
// gateway and carries the session and sync tokens.

import { AuthError, ConnectError, ConnectionLimitError } from "../errors.ts";
import { apiUrl, bodySnippet, protobufHeaders } from "./http.ts";
import { pb, type StartResponse } from "./proto.ts";

export interface StartSessionInput {
  apiBaseUrl: string;
  hashedSigningKey?: string;
  /** Gateway groups that failed recently. */
  excludeGateways: readonly string[];
  timeoutMs: number;
  signal?: AbortSignal;
}

function combinedSignal(timeoutMs: number, signal?: AbortSignal): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([timeout, signal]) : timeout;
}

export async function startSession(input: StartSessionInput): Promise<StartResponse> {
  const url = apiUrl(input.apiBaseUrl, "/v0/connect/start");
  const body = pb.StartRequest.encode({ excludeGateways: [...input.excludeGateways] }).finish();
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: protobufHeaders(input.hashedSigningKey),
      body: new Uint8Array(body),
      signal: combinedSignal(input.timeoutMs, input.signal),
    });
  } catch (err) {
    throw new ConnectError("CONNECT_START_FAILED", `start request to ${url.href} failed`, { cause: err });
  }
  if (response.status === 401) throw new AuthError(`start request rejected: ${await bodySnippet(response)}`);
  if (response.status === 429) throw new ConnectionLimitError(`start request refused: ${await bodySnippet(response)}`);
  if (!response.ok) {
    throw new ConnectError("CONNECT_START_FAILED", `start request answered ${response.status}: ${await bodySnippet(response)}`, {
      status: response.status,
    });
  }
  let start: StartResponse;
  try {
    start = pb.StartResponse.decode(new Uint8Array(await response.arrayBuffer()));
  } catch (err) {
    throw new ConnectError("CONNECT_START_FAILED", "start response is not a StartResponse", { cause: err });
  }
  if (!start.connectionId) throw new ConnectError("CONNECT_START_FAILED", "start response has no connection id");
  return start;
}
