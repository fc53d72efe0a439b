// Serve-mode driver: POSTs the request JSON to the function's step URL with `fnId`/`stepId`
// query params, signs it when a signing key is set, and reads the SDK's status and headers
// (docs/execution-protocol.md §1.1–1.4).
import { canonicalJson, signRequestBody, TetherError, tryParseJson, ulidAt } from "../../common/index.ts";
import type { ConnectState } from "../../state/index.ts";
import type { Driver, DriverRequest, SdkResponse } from "./driver.ts";

export interface HttpDriverOptions {
  signingKey?: string;
  /** Where the request's lease lives, so checkpoints can tell a live request from a stale one. */
  state?: ConnectState;
  /** @default 7_200_000 (2 h, Inngest's MaxFunctionTimeout) */
  timeoutMs?: number;
}

export class HttpDriver implements Driver {
  readonly #opts: HttpDriverOptions;

  constructor(opts: HttpDriverOptions = {}) {
    this.#opts = opts;
  }

  async call(req: DriverRequest): Promise<SdkResponse> {
    const timeoutMs = this.#opts.timeoutMs ?? 7_200_000;
    const state = this.#opts.state;
    await state?.createLease({ requestId: req.requestId, leaseId: ulidAt(Date.now() + timeoutMs), instanceId: "serve", replySubject: "", runId: req.run.id });
    try {
      return await this.#call(req, timeoutMs);
    } finally {
      await state?.deleteLease(req.requestId);
    }
  }

  async #call(req: DriverRequest, timeoutMs: number): Promise<SdkResponse> {
    const url = new URL(req.fn.url || req.app.url);
    url.searchParams.set("fnId", req.fn.slug);
    url.searchParams.set("stepId", req.stepId);
    const body = canonicalJson(req.payload);
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "x-run-id": req.run.id,
      "x-request-id": req.requestId,
      "x-inngest-job-id": req.jobId,
      "x-inngest-req-version": String(req.run.requestVersion),
      "x-inngest-step-id": req.stepId,
      "x-inngest-server-kind": this.#opts.signingKey ? "cloud" : "dev",
    };
    if (this.#opts.signingKey) headers["x-inngest-signature"] = signRequestBody(body, this.#opts.signingKey);
    // W3C trace context as headers, where serve() SDKs read it (docs/execution-protocol.md §1.1).
    if (req.traceContext) {
      headers.traceparent = req.traceContext.traceparent;
      if (req.traceContext.tracestate) headers.tracestate = req.traceContext.tracestate;
    }
    let res: Response;
    await req.onDispatch?.();
    try {
      res = await fetch(url, {
        method: "POST", headers, body, signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      throw new TetherError("sdk_transport_error", `POST ${url.origin}${url.pathname} failed`, { cause: err });
    }
    const text = await res.text();
    const sdk = res.headers.get("x-inngest-sdk") ?? undefined;
    const json = text.trim() === "" ? { ok: true as const, value: null } : tryParseJson(text, { what: "the SDK's response" });
    if (!json.ok && json.reason === "depth") throw json.error;
    const parsed = json.ok ? json.value : text; // not JSON: keep the raw text
    if (!sdk && res.status >= 200 && res.status < 300) {
      throw new TetherError("sdk_invalid_response", `response from ${url.origin} is not from an SDK`);
    }
    const noRetryHeader = res.headers.get("x-inngest-no-retry");
    const version = Number(res.headers.get("x-inngest-req-version"));
    return {
      statusCode: res.status,
      body: parsed,
      noRetry: noRetryHeader === "true",
      retryAfter: res.headers.get("retry-after") ?? undefined,
      requestVersion: Number.isFinite(version) && version > 0 ? version : undefined,
      sdkVersion: sdk,
    };
  }
}
