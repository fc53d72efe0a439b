// The run and event listings of the SQLite store (listing.ts has the cursor and page rules). Each
// query is an index walk in newest-first order that stops after one row past the limit, whatever
// the table holds (docs/listing.md): the runs table keeps `status` in a
// column, written by the same statement that writes the run's document, with the indexes below.
// Several statuses are one walk per status, merged here: an `IN` over the status index could not
// give the rows in time order and would sort every match first.
import type Database from "better-sqlite3";
import { checkLimit, decodeCursor, newerFirst, pageOf, type SortKey } from "./listing.ts";
import type { EventPage, EventQuery, RunPage, RunQuery } from "./store.ts";
import type { EventRecord, RunRecord, RunStatus } from "./types.ts";

export const LISTING_SCHEMA = `
DROP INDEX IF EXISTS runs_fn;
CREATE INDEX IF NOT EXISTS runs_at ON runs (created_at, id);
CREATE INDEX IF NOT EXISTS runs_fn_at ON runs (function_id, created_at, id);
CREATE INDEX IF NOT EXISTS runs_status_at ON runs (status, created_at, id);
CREATE INDEX IF NOT EXISTS runs_fn_status_at ON runs (function_id, status, created_at, id);
CREATE INDEX IF NOT EXISTS events_at ON events (received_at, internal_id);
CREATE INDEX IF NOT EXISTS events_name_at ON events (name, received_at, internal_id);
`;

/** Databases written before runs had a status column get one, filled from the documents. */
export function migrateRunStatus(db: Database.Database): void {
  const cols = db.prepare("SELECT name FROM pragma_table_info('runs')").all() as { name: string }[];
  if (cols.length === 0 || cols.some((c) => c.name === "status")) return;
  db.exec("ALTER TABLE runs ADD COLUMN status TEXT");
  db.exec("UPDATE runs SET status = json_extract(doc, '$.status')");
}

interface RunRow {
  doc: string;
  created_at: number;
  id: string;
}

export class SqliteListing {
  readonly #db: Database.Database;
  /** Prepared statements by SQL text: at most one per combination of filters (2^6). */
  readonly #statements = new Map<string, Database.Statement>();

  constructor(db: Database.Database) {
    this.#db = db;
  }

  runsPage(q: RunQuery): RunPage {
    checkLimit(q);
    const after = q.cursor === undefined ? undefined : decodeCursor("run", q.cursor);
    const statuses = statusWalks(q);
    const rows = statuses.flatMap((status) => this.#runRows(q, status, after));
    if (statuses.length > 1) rows.sort((a, b) => newerFirst(rowKey(a), rowKey(b)));
    const page = pageOf(rows.slice(0, q.limit + 1), q.limit, "run", rowKey);
    return { runs: page.rows.map((r) => JSON.parse(r.doc) as RunRecord), cursor: page.cursor };
  }

  #runRows(q: RunQuery, status: RunStatus | undefined, after: SortKey | undefined): RunRow[] {
    const { sql, params } = runQuerySql(q, status, after);
    return this.#statement(sql).all(params) as RunRow[];
  }

  eventsPage(q: EventQuery): EventPage {
    checkLimit(q);
    const { sql, params } = eventQuerySql(q, q.cursor === undefined ? undefined : decodeCursor("event", q.cursor));
    const rows = this.#statement(sql).all(params) as { doc: string; received_at: number; internal_id: string }[];
    const page = pageOf(rows, q.limit, "event", (r) => ({ at: r.received_at, id: r.internal_id }));
    return { events: page.rows.map((r) => JSON.parse(r.doc) as EventRecord), cursor: page.cursor };
  }

  /** The plans SQLite picks for a run query, one per status walk (tests and docs check they walk an index). */
  explainRuns(q: RunQuery): string[][] {
    const after = q.cursor === undefined ? undefined : decodeCursor("run", q.cursor);
    return statusWalks(q).map((status) => this.#plan(runQuerySql(q, status, after)));
  }

  explainEvents(q: EventQuery): string[] {
    return this.#plan(eventQuerySql(q, q.cursor === undefined ? undefined : decodeCursor("event", q.cursor)));
  }

  #plan({ sql, params }: { sql: string; params: Record<string, unknown> }): string[] {
    return (this.#db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
  }

  #statement(sql: string): Database.Statement {
    let st = this.#statements.get(sql);
    if (!st) {
      st = this.#db.prepare(sql);
      this.#statements.set(sql, st);
    }
    return st;
  }
}

/** One index walk per wanted status (or one walk for all). */
const statusWalks = (q: RunQuery): (RunStatus | undefined)[] => (q.status?.length ? [...new Set(q.status)] : [undefined]);
const rowKey = (r: RunRow): SortKey => ({ at: r.created_at, id: r.id });

/** One ordered walk: the run_events key for an event id, else the narrowest runs index. */
function runQuerySql(q: RunQuery, status: RunStatus | undefined, after: SortKey | undefined): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: q.limit + 1 };
  const add = (sql: string, values: Record<string, unknown>) => {
    where.push(sql);
    Object.assign(params, values);
  };
  // An event starts a handful of runs: they are looked up from its run_events rows and sorted.
  if (q.eventId !== undefined) add("e.event_id = @event", { event: q.eventId });
  if (q.functionId !== undefined) add("r.function_id = @fn", { fn: q.functionId });
  if (status !== undefined) add("r.status = @status", { status });
  if (q.createdAfter !== undefined) add("r.created_at >= @from", { from: q.createdAfter });
  if (q.createdBefore !== undefined) add("r.created_at < @to", { to: q.createdBefore });
  if (after) add("(r.created_at, r.id) < (@afterAt, @afterId)", { afterAt: after.at, afterId: after.id });
  const from = q.eventId !== undefined ? "run_events e CROSS JOIN runs r ON r.id = e.run_id" : "runs r";
  const sql = `SELECT r.doc, r.created_at, r.id FROM ${from}${where.length ? ` WHERE ${where.join(" AND ")}` : ""}
    ORDER BY r.created_at DESC, r.id DESC LIMIT @limit`;
  return { sql, params };
}

function eventQuerySql(q: EventQuery, after: SortKey | undefined): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: q.limit + 1 };
  if (q.name !== undefined) {
    where.push("name = @name");
    params.name = q.name;
  }
  if (after) {
    where.push("(received_at, internal_id) < (@afterAt, @afterId)");
    Object.assign(params, { afterAt: after.at, afterId: after.id });
  }
  const sql = `SELECT doc, received_at, internal_id FROM events${where.length ? ` WHERE ${where.join(" AND ")}` : ""}
    ORDER BY received_at DESC, internal_id DESC LIMIT @limit`;
  return { sql, params };
}
