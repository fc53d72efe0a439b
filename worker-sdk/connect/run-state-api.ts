// Fetches run state the executor left out of an oversized request (`use_api`, docs/execution-protocol.md
// §1.3.3): `GET /v0/runs/{runId}/batch` (events) and `GET /v0/runs/{runId}/actions` (steps).

import { z } from "zod";
import type { RunState } from "../engine/run-request.ts";
import { ExecutionRequestError } from "../errors.ts";
import { apiUrl, authHeaders, bodySnippet } from "./http.ts";

const TIMEOUT_MS = 30_000;
const eventsSchema = z.array(z.record(z.string(), z.unknown()));
const stepsSchema = z.record(z.string(), z.unknown());

async function getJson(url: URL, hashedSigningKey: string | undefined): Promise<unknown> {
  const response = await fetch(url, { headers: authHeaders(hashedSigningKey), signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!response.ok) {
    throw new ExecutionRequestError("PAYLOAD_INVALID", `GET ${url.pathname} answered ${response.status}: ${await bodySnippet(response)}`, {
      retryable: true,
    });
  }
  return response.json();
}

export async function loadRunState(apiBaseUrl: string, hashedSigningKey: string | undefined, runId: string): Promise<RunState> {
  const id = encodeURIComponent(runId);
  const [events, steps] = await Promise.all([
    getJson(apiUrl(apiBaseUrl, `/v0/runs/${id}/batch`), hashedSigningKey),
    getJson(apiUrl(apiBaseUrl, `/v0/runs/${id}/actions`), hashedSigningKey),
  ]);
  return { events: eventsSchema.parse(events), steps: stepsSchema.parse(steps) };
}
