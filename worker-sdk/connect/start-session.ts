// Step 1 of connecting (docs/connect-protocol.md §1.1): `POST /v0/connect/start` with a protobuf
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

/** Which key was refused, without revealing it: its `signkey-<env>-` prefix and the hash's last 8 characters. */
function describeKey(hashedSigningKey: string | undefined): string {
  if (!hashedSigningKey) {
    return "the server requires a signing key and none was given; set TETHER_SIGNING_KEY (or the signingKey option) to the server's --signing-key";
  }
  const prefix = /^signkey-\w+-/.exec(hashedSigningKey)?.[0] ?? "";
  return `the server refused the signing key ${prefix}… (hash …${hashedSigningKey.slice(-8)}); check TETHER_SIGNING_KEY (or the signingKey option) against the server's --signing-key`;
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
  if (response.status === 401 || response.status === 403) {
    const refused = `POST ${url.href} answered ${response.status}: ${describeKey(input.hashedSigningKey)}`;
    throw new AuthError(`${refused} (server said: ${await bodySnippet(response)})`, { status: response.status });
  }
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
