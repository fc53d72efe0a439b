// The SQLite run listing walks an index for every filter combination the dashboard sends (never a
// scan of the runs table, never a sort of every match), and a database written before runs had a
// status column is migrated: the column is added and filled from the stored documents.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { encodeCursor } from "../../src/state/listing.ts";
import { type RunQuery, SqliteStore } from "../../src/state/index.ts";
import { run } from "../contract/records.ts";

const FILTERS: Partial<RunQuery>[] = [
  { eventId: "e" }, { functionId: "f" }, { status: ["Failed"] }, { createdAfter: 1 }, { createdBefore: 9 }, { cursor: encodeCursor("run", { at: 5, id: "x" }) },
];

test("every combination of run filters is an index walk; only an event's few runs are sorted", () => {
  const store = new SqliteStore(":memory:");
  try {
    for (let mask = 0; mask < 1 << FILTERS.length; mask++) {
      const q: RunQuery = Object.assign({ limit: 50 }, ...FILTERS.filter((_, i) => mask & (1 << i)));
      for (const statuses of [q.status, q.status ? ["Failed", "Completed"] as const : undefined]) {
        const plans = store.listing.explainRuns({ ...q, status: statuses ? [...statuses] : undefined });
        for (const plan of plans) {
          const what = `${JSON.stringify(q)}: ${plan.join(" | ")}`;
          assert.ok(plan.some((step) => /^SEARCH r USING INDEX runs_|^SCAN r USING INDEX runs_at$|^SEARCH e USING COVERING INDEX/.test(step)), what);
          assert.ok(!plan.some((step) => /^SCAN r$|^SCAN runs/.test(step)), what);
          if (q.eventId === undefined) assert.ok(!plan.some((step) => step.includes("TEMP B-TREE")), what);
        }
      }
    }
    for (const q of [{ limit: 50 }, { limit: 50, name: "x" }, { limit: 50, name: "x", cursor: encodeCursor("event", { at: 5, id: "x" }) }]) {
      const plan = store.listing.explainEvents(q);
      assert.ok(plan.every((step) => /USING INDEX events_/.test(step)), plan.join(" | "));
    }
  } finally {
    void store.close();
  }
});

test("a database from before the status column is migrated: runs are listed by status", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tether-listing-"));
  try {
    const file = join(dir, "old.db");
    const old = new Database(file);
    old.exec("CREATE TABLE runs (id TEXT PRIMARY KEY, doc TEXT NOT NULL, function_id TEXT, created_at INTEGER)");
    const failed = run("01OLDFAILED", { status: "Failed", createdAt: 1_000 });
    const running = run("01OLDRUNNING", { createdAt: 2_000 });
    for (const r of [failed, running]) old.prepare("INSERT INTO runs VALUES (?, ?, ?, ?)").run(r.id, JSON.stringify(r), r.functionId, r.createdAt);
    old.close();
    const store = new SqliteStore(file);
    try {
      assert.deepEqual((await store.listRunsPage({ status: ["Failed"], limit: 10 })).runs.map((r) => r.id), [failed.id]);
      assert.deepEqual((await store.listRunsPage({ limit: 10 })).runs.map((r) => r.id), [running.id, failed.id]);
      await store.commit({ run: { id: running.id, status: "Cancelled" }, expectRunStatus: "Running" });
      assert.deepEqual((await store.listRunsPage({ status: ["Cancelled"], limit: 10 })).runs.map((r) => r.id), [running.id], "a commit keeps the column in step");
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
