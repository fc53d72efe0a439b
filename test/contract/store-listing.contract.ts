// The listing part of the store contract (store.contract.ts runs it on every adapter): runs and
// events newest first, every filter, keyset cursors across pages with no duplicates or misses
// (also while newer rows arrive), a status change moving a run between status filters, deleted
// rows disappearing, and bad cursors and limits refused. Adapters whose listing trails writes
// (JetStream's mirror) get there by waiting for the condition, never by sleeping.
import assert from "node:assert/strict";
import { test } from "node:test";
import { newId, TetherError } from "../../src/common/index.ts";
import type { EventQuery, EventRecord, RunQuery, RunRecord, RunStatus, Store } from "../../src/state/index.ts";
import { waitFor } from "../helpers/wait.ts";
import type { StorePair } from "./store.contract.ts";
import { event, run } from "./records.ts";

/** Every run a query lists, following cursors page by page. */
async function allPages(s: Store, q: Omit<RunQuery, "cursor">): Promise<string[]> {
  const ids: string[] = [];
  for (let cursor: string | undefined, pages = 0; ; pages++) {
    assert.ok(pages < 1000, "the cursor chain ends");
    const page = await s.listRunsPage({ ...q, cursor });
    ids.push(...page.runs.map((r) => r.id));
    if (!page.cursor) return ids;
    assert.equal(page.runs.length, q.limit, "a page with a cursor is full");
    cursor = page.cursor;
  }
}

async function allEventPages(s: Store, q: Omit<EventQuery, "cursor">): Promise<string[]> {
  const ids: string[] = [];
  for (let cursor: string | undefined; ;) {
    const page = await s.listEvents({ ...q, cursor });
    ids.push(...page.events.map((e) => e.internalId));
    if (!page.cursor) return ids;
    cursor = page.cursor;
  }
}

/** Waits until `list()` gives `want` (listings may trail writes); fails with the last answer. */
async function listsEventually(list: () => Promise<string[]>, want: string[], what: string): Promise<void> {
  let last: string[] = [];
  try {
    await waitFor(async () => {
      last = await list();
      return JSON.stringify(last) === JSON.stringify(want);
    }, { timeoutMs: 10_000, what });
  } catch {
    assert.deepEqual(last, want, what);
  }
}

const newestFirst = (runs: RunRecord[]) => [...runs].sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1)).map((r) => r.id);

/** 30 runs over 3 functions and 3 statuses, two of them in the same millisecond, 4 started by one event. */
async function seed(s: Store): Promise<{ runs: RunRecord[]; trigger: EventRecord; base: number }> {
  const base = Date.now() - 60_000;
  const trigger = event("e/listing");
  await s.insertEvents([trigger], []);
  const statuses: RunStatus[] = ["Running", "Completed", "Failed"];
  const runs = Array.from({ length: 30 }, (_, i) => run(newId(), {
    functionId: `fn-${i % 3}`, createdAt: base + Math.min(i, 28) * 100, eventIds: i % 7 === 0 ? [trigger.internalId] : [],
  }));
  await s.createRuns(runs, []);
  for (const [i, r] of runs.entries()) {
    const status = statuses[Math.floor(i / 4) % 3];
    if (status === "Running") continue;
    await s.commit({ run: { id: r.id, status, endedAt: Date.now() }, expectRunStatus: "Running" });
    r.status = status;
  }
  return { runs, trigger, base };
}

export function listingContract(make: () => Promise<StorePair>): void {
  test("runs are listed newest first under every filter, and cursors page through them without duplicates or misses", async () => {
    const { a, b, cleanup } = await make();
    try {
      const { runs, trigger, base } = await seed(a);
      const cases: [string, Omit<RunQuery, "limit" | "cursor">, (r: RunRecord) => boolean][] = [
        ["no filter", {}, () => true],
        ["status", { status: ["Failed"] }, (r) => r.status === "Failed"],
        ["two statuses", { status: ["Failed", "Completed"] }, (r) => r.status !== "Running"],
        ["function", { functionId: "fn-1" }, (r) => r.functionId === "fn-1"],
        ["function and status", { functionId: "fn-2", status: ["Running"] }, (r) => r.functionId === "fn-2" && r.status === "Running"],
        ["time range", { createdAfter: base + 500, createdBefore: base + 1500 }, (r) => r.createdAt >= base + 500 && r.createdAt < base + 1500],
        ["event", { eventId: trigger.internalId }, (r) => r.eventIds.includes(trigger.internalId)],
        ["event and status", { eventId: trigger.internalId, status: ["Completed"] }, (r) => r.eventIds.includes(trigger.internalId) && r.status === "Completed"],
        ["everything", { functionId: "fn-0", status: ["Running", "Failed"], createdAfter: base + 300, createdBefore: base + 2500 },
          (r) => r.functionId === "fn-0" && r.status !== "Completed" && r.createdAt >= base + 300 && r.createdAt < base + 2500],
      ];
      for (const [what, q, keep] of cases) {
        const want = newestFirst(runs.filter(keep));
        assert.ok(want.length > 0, `${what}: the seed has matches`);
        await listsEventually(async () => (await b.listRunsPage({ ...q, limit: 500 })).runs.map((r) => r.id), want, `${what}: one page`);
        assert.deepEqual(await allPages(b, { ...q, limit: 4 }), want, `${what}: pages of 4`);
        assert.deepEqual(await allPages(b, { ...q, limit: 1 }), want, `${what}: pages of 1`);
      }
      const first = await b.listRunsPage({ limit: 30 });
      assert.equal(first.cursor, undefined, "no cursor when nothing older remains");
      assert.deepEqual((await a.listRuns({ functionId: "fn-1" })).map((r) => r.id), newestFirst(runs.filter((r) => r.functionId === "fn-1")).reverse(), "listRuns: oldest first");
    } finally {
      await cleanup();
    }
  });

  test("a cursor page stays put while newer runs arrive", async () => {
    const { a, b, cleanup } = await make();
    try {
      const { runs } = await seed(a);
      const want = newestFirst(runs);
      await listsEventually(async () => (await b.listRunsPage({ limit: 500 })).runs.map((r) => r.id), want, "seeded");
      const p1 = await b.listRunsPage({ limit: 10 });
      await a.createRuns([run(newId()), run(newId())], []);
      const p2 = await b.listRunsPage({ limit: 10, cursor: p1.cursor });
      const p3 = await b.listRunsPage({ limit: 10, cursor: p2.cursor });
      assert.deepEqual([...p1.runs, ...p2.runs, ...p3.runs].map((r) => r.id), want);
      assert.equal(p3.cursor, undefined);
    } finally {
      await cleanup();
    }
  });

  test("a status change moves a run between status filters, and a deleted run leaves every listing", async () => {
    const { a, b, cleanup } = await make();
    try {
      const r = run(newId(), { functionId: "fn-moves" });
      await a.createRuns([r], []);
      const listed = async (status: RunStatus) => (await b.listRunsPage({ status: [status], functionId: "fn-moves", limit: 10 })).runs.map((x) => x.id);
      await listsEventually(() => listed("Running"), [r.id], "listed as Running");
      await a.commit({ run: { id: r.id, status: "Completed", endedAt: Date.now() }, expectRunStatus: "Running" });
      await listsEventually(() => listed("Completed"), [r.id], "listed as Completed");
      await listsEventually(() => listed("Running"), [], "no longer listed as Running");
      assert.equal(await a.deleteRun(r.id), true);
      await listsEventually(async () => (await b.listRunsPage({ limit: 10 })).runs.map((x) => x.id), [], "a deleted run is not listed");
    } finally {
      await cleanup();
    }
  });

  test("events are listed newest first, by name, page by page; deleted events leave the listing", async () => {
    const { a, b, cleanup } = await make();
    try {
      const base = Date.now() - 10_000;
      const events = Array.from({ length: 12 }, (_, i) => ({ ...event(i % 3 === 0 ? "e/rare" : "e/common"), receivedAt: base + Math.min(i, 10) * 10 }));
      await a.insertEvents(events, []);
      const order = (list: EventRecord[]) => [...list].sort((x, y) => y.receivedAt - x.receivedAt || (x.internalId < y.internalId ? 1 : -1)).map((e) => e.internalId);
      await listsEventually(async () => (await b.listEvents({ limit: 100 })).events.map((e) => e.internalId), order(events), "all events");
      assert.deepEqual(await allEventPages(b, { limit: 5 }), order(events), "pages of 5");
      assert.deepEqual(await allEventPages(b, { name: "e/rare", limit: 2 }), order(events.filter((e) => e.event.name === "e/rare")), "by name");
      const gone = events.filter((e) => e.event.name === "e/rare").map((e) => e.internalId);
      assert.deepEqual((await a.deleteEvents(gone)).sort(), [...gone].sort());
      await listsEventually(async () => (await b.listEvents({ name: "e/rare", limit: 100 })).events.map((e) => e.internalId), [], "deleted events are not listed");
    } finally {
      await cleanup();
    }
  });

  test("a malformed cursor, another listing's cursor or a limit out of range is bad_request", async () => {
    const { a, b, cleanup } = await make();
    try {
      const events = [event("e/one"), event("e/two")];
      await a.insertEvents(events, []);
      const eventCursor = await waitFor(async () => (await b.listEvents({ limit: 1 })).cursor, { what: "an event cursor" });
      const refused = async (p: Promise<unknown>, what: string) => {
        await assert.rejects(p, (err: unknown) => err instanceof TetherError && err.code === "bad_request", what);
      };
      await refused(b.listRunsPage({ limit: 10, cursor: "not a cursor" }), "garbage");
      await refused(b.listRunsPage({ limit: 10, cursor: Buffer.from("r12.x y").toString("base64url") }), "a forged cursor");
      await refused(b.listRunsPage({ limit: 10, cursor: eventCursor }), "an event cursor for runs");
      await refused(b.listEvents({ limit: 10, cursor: "%%" }), "garbage for events");
      for (const limit of [0, 501, 1.5, Number.NaN]) await refused(b.listRunsPage({ limit }), `limit ${limit}`);
      await refused(b.listEvents({ limit: 0 }), "event limit 0");
    } finally {
      await cleanup();
    }
  });
}
