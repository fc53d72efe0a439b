// Run and event listings, the parts both store adapters share: the opaque keyset cursor (the last
// row's sort key), the page-size bounds, and the bulk listing (`Store.listRuns`) as pages of
// `listRunsPage`, so there is one query logic per adapter. Listings are newest first: time desc,
// id desc; ids break ties between rows of the same millisecond.
import { TetherError } from "../common/index.ts";
import type { EventQuery, RunFilter, RunQuery, Store } from "./store.ts";
import type { RunRecord } from "./types.ts";

/** The largest page a listing answers. */
export const MAX_PAGE_LIMIT = 500;

/** A row's position in a newest-first listing. */
export interface SortKey {
  at: number;
  id: string;
}

type CursorKind = "run" | "event";
const KIND_TAG: Record<CursorKind, string> = { run: "r", event: "e" };
const CURSOR_TEXT = /^([re])(\d{1,16})\.([0-9A-Za-z_-]{1,128})$/;

/** The cursor that resumes a listing after `last`. */
export function encodeCursor(kind: CursorKind, last: SortKey): string {
  return Buffer.from(`${KIND_TAG[kind]}${last.at}.${last.id}`, "utf8").toString("base64url");
}

/** The sort key a cursor resumes after; `bad_request` for anything this module did not write. */
export function decodeCursor(kind: CursorKind, cursor: string): SortKey {
  const m = cursor.length <= 256 && /^[A-Za-z0-9_-]+$/.test(cursor) ? CURSOR_TEXT.exec(Buffer.from(cursor, "base64url").toString("utf8")) : null;
  if (!m || m[1] !== KIND_TAG[kind] || !Number.isSafeInteger(Number(m[2]))) {
    throw new TetherError("bad_request", `cursor is not a ${kind} listing cursor from this server`);
  }
  return { at: Number(m[2]), id: m[3] };
}

/** `bad_request` unless the page size is an integer in 1..MAX_PAGE_LIMIT. */
export function checkLimit(q: RunQuery | EventQuery): void {
  if (!Number.isInteger(q.limit) || q.limit < 1 || q.limit > MAX_PAGE_LIMIT) {
    throw new TetherError("bad_request", `limit must be an integer from 1 to ${MAX_PAGE_LIMIT}`);
  }
}

/** Newest-first order: a before b when a is newer (or the same ms and a greater id). */
export function newerFirst(a: SortKey, b: SortKey): number {
  return b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** `row` comes after the cursor's row in a newest-first listing. */
export function isAfterCursor(row: SortKey, after: SortKey | undefined): boolean {
  return after === undefined || newerFirst(after, row) < 0;
}

/**
 * A page from rows fetched one past the limit: the extra row only tells that more remain, and
 * the cursor is the last returned row's key.
 */
export function pageOf<T>(rows: T[], limit: number, kind: CursorKind, key: (row: T) => SortKey): { rows: T[]; cursor?: string } {
  if (rows.length <= limit) return { rows };
  const page = rows.slice(0, limit);
  return { rows: page, cursor: encodeCursor(kind, key(page[page.length - 1])) };
}

/** Every run matching `f`, oldest first (the first `f.limit` of them), from pages of listRunsPage. */
export async function allRuns(store: Store, f: RunFilter): Promise<RunRecord[]> {
  const q: RunQuery = {
    functionId: f.functionId, createdAfter: f.createdAfter, createdBefore: f.createdBefore,
    status: f.status ? [f.status] : undefined, limit: MAX_PAGE_LIMIT,
  };
  const runs: RunRecord[] = [];
  for (let cursor: string | undefined; ;) {
    const page = await store.listRunsPage({ ...q, cursor });
    runs.push(...page.runs);
    cursor = page.cursor;
    if (!cursor) break;
  }
  runs.reverse();
  return f.limit === undefined ? runs : runs.slice(0, f.limit);
}
