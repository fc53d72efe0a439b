// What the JetStream listing adds to the store contract: runs and events stored before the
// listing's summaries existed (an upgraded deployment) are listed after the backfill the first
// listing runs (a new deployment is marked as needing none), and a summary whose record vanished
// without telling the mirror (a missed delete marker) is deleted by the page that meets it.
// Deletion leaves nothing behind: a listing process purges the delete markers once their grace is over.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { connectNats } from "../../src/common/nats.ts";
import { newId } from "../../src/common/index.ts";
import { purgeKvKeys } from "../../src/state/jetstream-kv-purge.ts";
import { JetStreamStore } from "../../src/state/index.ts";
import { event, run } from "../contract/records.ts";
import { useNats } from "../helpers/use-nats.ts";
import { waitFor } from "../helpers/wait.ts";

const nats = useNats();

async function open(prefix: string, opts: { listingMarkerGraceMs?: number } = {}) {
  const nc = await connectNats(nats.url());
  const store = await JetStreamStore.create(nc, { prefix, ...opts });
  return { store, nc, async close() {
    await store.close();
    await nc.close();
  } };
}

describe("JetStream listing", { skip: nats.skip }, () => {
  test("runs and events stored before the listing existed are listed after the first listing's backfill", async () => {
    const prefix = `t${newId().toLowerCase().slice(-10)}`;
    const writer = await open(prefix);
    const ev = event("e/old");
    const runs = [run(newId(), { createdAt: Date.now() - 2000, eventIds: [ev.internalId] }), run(newId(), { createdAt: Date.now() - 1000 })];
    await writer.store.insertEvents([ev], []);
    await writer.store.createRuns(runs, []);
    await writer.store.commit({ run: { id: runs[0].id, status: "Failed", endedAt: Date.now() }, expectRunStatus: "Running" });
    // As before the upgrade: no summaries.
    await writer.nc.jetstreamManager().then((jsm) => jsm.streams.purge(`KV_${prefix}_listing`));
    const reader = await open(prefix);
    try {
      assert.deepEqual((await reader.store.listRunsPage({ limit: 10 })).runs.map((r) => [r.id, r.status]), [[runs[1].id, "Running"], [runs[0].id, "Failed"]]);
      assert.deepEqual((await reader.store.listRunsPage({ limit: 10, eventId: ev.internalId })).runs.map((r) => r.id), [runs[0].id]);
      assert.deepEqual((await reader.store.listEvents({ limit: 10 })).events.map((e) => e.internalId), [ev.internalId]);
      assert.deepEqual((await reader.store.listRuns({ status: "Failed" })).map((r) => r.id), [runs[0].id], "bulk operations see them too");
    } finally {
      await reader.close();
      await writer.close();
    }
  });

  test("a store opened with nothing stored records that no backfill is needed; one opened on stored runs does not", async () => {
    const prefix = `t${newId().toLowerCase().slice(-10)}`;
    const first = await open(prefix);
    try {
      const summaries = await first.nc.jetstream().views.kv(`${prefix}_listing`);
      assert.equal((await summaries.get("meta.backfill"))?.operation, "PUT");
      await first.store.createRuns([run(newId())], []);
      await summaries.purge("meta.backfill");
      const second = await open(prefix);
      await second.close();
      assert.notEqual((await summaries.get("meta.backfill"))?.operation, "PUT", "left for the first listing's backfill");
    } finally {
      await first.close();
    }
  });

  test("a summary whose record vanished unseen is deleted by the page that meets it", async () => {
    const prefix = `t${newId().toLowerCase().slice(-10)}`;
    const s = await open(prefix);
    try {
      const kept = run(newId(), { createdAt: Date.now() - 3_600_000 });
      const orphan = run(newId(), { createdAt: Date.now() - 3_500_000, status: "Completed" });
      await s.store.createRuns([kept, orphan], []);
      await waitFor(async () => (await s.store.listRunsPage({ limit: 10 })).runs.length === 2, { what: "both runs listed" });
      // The record goes the way retention's purge does, without the summary's delete marker.
      const jsm = await s.nc.jetstreamManager();
      await purgeKvKeys(jsm, `${prefix}_runs`, [orphan.id]);
      assert.deepEqual((await s.store.listRunsPage({ limit: 10 })).runs.map((r) => r.id), [kept.id], "a run without its record is not listed");
      await waitFor(async () => {
        const e = await (await s.nc.jetstream().views.kv(`${prefix}_listing`)).get(`r.${orphan.id}`);
        return e?.operation === "DEL";
      }, { what: "the orphan summary deleted" });
    } finally {
      await s.close();
    }
  });

  test("deleted runs and events leave no summary and, after the grace, no delete marker in the bucket", async () => {
    const prefix = `t${newId().toLowerCase().slice(-10)}`;
    const s = await open(prefix, { listingMarkerGraceMs: 200 });
    try {
      const ev = event("e/gone");
      const r = run(newId(), { eventIds: [ev.internalId] });
      await s.store.insertEvents([ev], []);
      await s.store.createRuns([r], []);
      await s.store.commit({ run: { id: r.id, status: "Completed", endedAt: Date.now() }, expectRunStatus: "Running" });
      await waitFor(async () => (await s.store.listRunsPage({ limit: 10 })).runs.length === 1, { what: "the run listed" });
      assert.equal(await s.store.deleteRun(r.id), true);
      assert.deepEqual(await s.store.deleteEvents([ev.internalId]), [ev.internalId]);
      const jsm = await s.nc.jetstreamManager();
      const messages = async () => (await jsm.streams.info(`KV_${prefix}_listing`)).state.messages;
      // What stays is the backfill record only.
      await waitFor(async () => (await messages()) === 1, { what: "the listing bucket emptied of summaries and markers" });
      assert.deepEqual((await s.store.listRunsPage({ limit: 10 })).runs, []);
      assert.deepEqual((await s.store.listEvents({ limit: 10 })).events, []);
    } finally {
      await s.close();
    }
  });
});
