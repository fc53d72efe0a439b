// An in-memory event API for tests: hand its `fetch` to the client (`new Tether({ fetch })`) and
// events the code sends with `tether.send()` are recorded instead of POSTed, answered the way
// `POST /e/{eventKey}` answers (docs/execution-protocol.md §6.2: `{ids, status: 200}`). A
// TestEngine given this API lists those events with the ones `step.sendEvent` sent, in call order
// (docs/testing.md).

import type { EventPayload } from "../event-types.ts";

const INGEST_PATH = /\/e\/[^/]+$/;

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

export class TestEventApi {
  /** Every event received, over all runs. */
  readonly events: EventPayload[] = [];
  #sink: EventPayload[] | undefined;
  #nextId = 0;

  /** A `fetch` for the client's `fetch` option; anything but `POST …/e/{key}` gets a 404. */
  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init?.method ?? (input instanceof Request ? input.method : "GET");
    if (method !== "POST" || !INGEST_PATH.test(url.pathname)) return answer(404, { error: `no route ${method} ${url.pathname}` });
    let events: unknown;
    try {
      events = JSON.parse(String(init?.body ?? ""));
    } catch {
      return answer(400, { error: "the body is not JSON", status: 400 });
    }
    if (!Array.isArray(events)) return answer(400, { error: "the body must be a JSON array of events", status: 400 });
    return answer(200, { ids: this.record(events as EventPayload[]).ids, status: 200 });
  };

  /** Records events and returns the ids the API would give them. */
  record(events: EventPayload[]): { ids: string[] } {
    const copies = structuredClone(events);
    this.events.push(...copies);
    this.#sink?.push(...copies);
    return { ids: copies.map(() => `test-sent-${this.#nextId++}`) };
  }

  /** @internal Also records into `sink` until the returned function is called (one run's events). */
  attach(sink: EventPayload[]): () => void {
    this.#sink = sink;
    return () => {
      if (this.#sink === sink) this.#sink = undefined;
    };
  }
}
