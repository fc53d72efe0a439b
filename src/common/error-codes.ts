// The one registry of error codes: message, HTTP status, WebSocket close code and whether a
// retry may help. Connect syscodes keep Inngest's spelling (docs/connect-protocol.md §3.15).
// test/unit/error-codes.test.ts keeps the codes unique and documented in docs/errors.md.

export interface ErrorCodeInfo {
  message: string;
  httpStatus: number;
  closeCode: number;
  retryable: boolean;
}

const c = (message: string, httpStatus: number, closeCode: number, retryable = false): ErrorCodeInfo => ({
  message, httpStatus, closeCode, retryable,
});

export const ERROR_CODES = {
  // HTTP input
  bad_request: c("The request is malformed", 400, 1008),
  invalid_json: c("The body is not valid JSON", 400, 1007),
  invalid_event: c("The event is invalid", 400, 1008),
  payload_too_large: c("The payload is too large", 413, 1009),
  headers_too_large: c("The request headers are too large", 431, 1009),
  request_timeout: c("The request was not received in time", 408, 1008, true),
  not_found: c("Not found", 404, 1008),
  method_not_allowed: c("Method not allowed", 405, 1008),
  unauthorized: c("Authentication failed", 401, 1008),
  forbidden_origin: c("Requests from this web origin are not allowed", 403, 1008),
  event_key_not_found: c("Event key not found", 401, 1008),
  invalid_function_config: c("The function configuration is invalid", 400, 1008),
  internal_error: c("Internal error", 500, 1011, true),
  too_many_connections: c("This server has as many connections as it accepts; try another or later", 503, 1013, true),
  // Connect protocol (gateway close reasons and step syscodes)
  connect_worker_hello_timeout: c("No WORKER_CONNECT within the handshake timeout", 400, 1008),
  connect_worker_hello_invalid_msg: c("The first message was not WORKER_CONNECT", 400, 1008),
  connect_worker_hello_invalid_payload: c("WORKER_CONNECT payload is invalid", 400, 1008),
  connect_authentication_failed: c("The session token is invalid", 401, 1008),
  connect_too_many_apps_per_connection: c("Too many apps on one connection", 400, 1008),
  connect_worker_request_ack_invalid_payload: c("WORKER_REQUEST_ACK payload is invalid", 400, 1008),
  connect_worker_request_extend_lease_invalid_payload: c("Lease extension payload is invalid", 400, 1008),
  connect_internal_error: c("Internal gateway error", 500, 1011, true),
  connect_gateway_closing: c("The gateway is draining", 503, 1001, true),
  connect_protobuf_invalid: c("failed to unmarshal Protobuf", 400, 1007),
  connect_no_healthy_connection: c("No healthy connection serves this app", 503, 1011, true),
  connect_all_workers_at_capacity: c("All workers are at capacity", 503, 1011, true),
  connect_worker_stopped_responding: c("The worker stopped responding to the request.", 504, 1011, true),
  connect_forward_failed: c("The gateway could not deliver the request", 503, 1011, true),
  request_duration_too_long: c("The request ran longer than the maximum", 504, 1011, false),
  // Execution
  function_not_found: c("Function not found", 404, 1008),
  sdk_transport_error: c("The SDK could not be reached", 502, 1011, true),
  sdk_invalid_response: c("The SDK answered with an invalid response", 502, 1011, true),
  output_too_large: c("Output is too large", 413, 1009),
  rerun_step_not_found: c("The step to rerun from is not a stored step of the run", 400, 1008),
  rerun_step_ambiguous: c("The step name to rerun from matches several steps of the run", 400, 1008),
  stale_dispatch: c("The request is no longer live (retried, re-routed or the run ended)", 409, 1008),
  // PUT /fn/register {url}: the server fetching an app's URL (src/api/sync-url.ts)
  sync_url_forbidden: c("The sync URL points at a link-local or cloud-metadata address", 400, 1008),
  sync_url_timeout: c("The app did not answer the sync in time", 504, 1011, true),
  sync_url_too_large: c("The app's answer to the sync is too large", 502, 1009),
  sync_url_failed: c("The app did not accept the sync", 502, 1011, true),
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;
