// `GET /v1/runs` and `GET /v1/events`: the run and event listings the dashboard pages through
// (docs/listing.md). Query parameters are checked here, each refusal a `bad_request` naming the
// parameter; paging is the store's (keyset cursors, src/state/listing.ts). The answer is the v1
// envelope with `cursor` beside it: null on the last page.
import { TetherError } from "../common/index.ts";
import { MAX_PAGE_LIMIT, type RunQuery, type RunStatus, type Store } from "../state/index.ts";
import { envelope } from "./http.ts";
import { eventView, runView } from "./rest.ts";

export const DEFAULT_PAGE_LIMIT = 50;
const RUN_STATUSES: readonly RunStatus[] = ["Running", "Completed", "Failed", "Cancelled"];
/** Longest id, name or cursor accepted in a query parameter. */
const MAX_PARAM_CHARS = 512;

/** `GET /v1/runs?status=&function_id=&after=&before=&event_id=&limit=&cursor=` */
export async function listRuns(store: Store, params: URLSearchParams) {
  const q: RunQuery = {
    status: statuses(params.get("status")),
    functionId: await functionId(store, text(params, "function_id")),
    createdAfter: time(params, "after"),
    createdBefore: time(params, "before"),
    eventId: text(params, "event_id"),
    limit: limit(params),
    cursor: text(params, "cursor"),
  };
  const page = await store.listRunsPage(q);
  return { ...envelope(page.runs.map((r) => runView(r))), cursor: page.cursor ?? null };
}

/** `GET /v1/events?name=&limit=&cursor=` */
export async function listEvents(store: Store, params: URLSearchParams) {
  const page = await store.listEvents({ name: text(params, "name"), limit: limit(params), cursor: text(params, "cursor") });
  return { ...envelope(page.events.map((e) => eventView(e))), cursor: page.cursor ?? null };
}

const bad = (message: string) => new TetherError("bad_request", message);

/** A non-empty parameter, or undefined when absent or empty. */
function text(params: URLSearchParams, name: string): string | undefined {
  const v = params.get(name);
  if (v === null || v === "") return undefined;
  if (v.length > MAX_PARAM_CHARS) throw bad(`${name} is longer than ${MAX_PARAM_CHARS} characters`);
  return v;
}

function statuses(raw: string | null): RunStatus[] | undefined {
  if (!raw) return undefined;
  const wanted = raw.split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.find((s) => !RUN_STATUSES.includes(s as RunStatus));
  if (unknown !== undefined) throw bad(`status must be a comma-separated list of ${RUN_STATUSES.join(", ")} (got ${JSON.stringify(unknown.slice(0, 40))})`);
  return wanted as RunStatus[];
}

/** A time as milliseconds since the epoch or an ISO 8601 / RFC 3339 date. */
function time(params: URLSearchParams, name: string): number | undefined {
  const raw = text(params, name);
  if (raw === undefined) return undefined;
  const ms = /^\d{1,16}$/.test(raw) ? Number(raw) : Date.parse(raw);
  if (!Number.isSafeInteger(ms)) throw bad(`${name} must be milliseconds since the epoch or an ISO 8601 time`);
  return ms;
}

function limit(params: URLSearchParams): number {
  const raw = text(params, "limit");
  if (raw === undefined) return DEFAULT_PAGE_LIMIT;
  const n = /^\d{1,4}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(n >= 1 && n <= MAX_PAGE_LIMIT)) throw bad(`limit must be an integer from 1 to ${MAX_PAGE_LIMIT}`);
  return n;
}

/**
 * The function's internal id from its id or slug. An id no function has is kept as it is: the
 * runs of a function an app no longer serves are still listed by it.
 */
async function functionId(store: Store, idOrSlug: string | undefined): Promise<string | undefined> {
  if (idOrSlug === undefined) return undefined;
  return (await store.listFunctions()).find((f) => f.id === idOrSlug || f.slug === idOrSlug)?.id ?? idOrSlug;
}
