// The ConnectState contract (src/state/connect-state.ts; MemoryConnectState is the reference),
// run unchanged against every adapter. `make` returns two handles on ONE store — two processes'
// worth of clients for NATS KV, the same instance twice for memory — so races and visibility are
// tested across handles. listConnections() may lag writes (the NATS adapter answers from a
// watch-fed mirror), so tests poll it with a deadline; every other read is immediate.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, test as nodeTest } from "node:test";
import { ulidAt } from "../../src/common/index.ts";
import type { ConnectionRecord, ConnectState, LeaseRecord } from "../../src/state/index.ts";
import { waitFor } from "../helpers/wait.ts";

export interface ConnectStatePair {
  a: ConnectState;
  b: ConnectState;
  cleanup(): Promise<void>;
}

export interface ContractOptions {
  /** Skip every test with this reason (e.g. "nats-server not installed"). */
  skip?: string | false;
}

const LEASE_MS = 120_000;
const VISIBLE_MS = 5_000;

let seq = 0;
const uid = (label: string) => `${label}-${process.pid}-${++seq}-${randomBytes(4).toString("hex")}`;
const bytes = (s: string) => new TextEncoder().encode(s);

function connection(over: Partial<ConnectionRecord> = {}): ConnectionRecord {
  return {
    id: uid("conn"),
    gatewayId: uid("gw"),
    instanceId: uid("host"),
    status: "READY",
    apps: [{ appId: "app-1", appName: "billing", appVersion: "v1", syncId: "sync-1", functionSlugs: ["billing-charge"] }],
    maxWorkerConcurrency: 4,
    lastHeartbeatAt: Date.now(),
    connectedAt: Date.now() - 1_000,
    sdkLanguage: "typescript",
    sdkVersion: "3.0.0",
    ...over,
  };
}

function lease(over: Partial<LeaseRecord> = {}): LeaseRecord {
  return {
    requestId: uid("req"),
    leaseId: ulidAt(Date.now() + LEASE_MS),
    instanceId: uid("host"),
    replySubject: "tether.v1.exec.e1.reply",
    runId: uid("run"),
    ...over,
  };
}

const ids = (list: ConnectionRecord[]) => list.map((c) => c.id).sort();

/** Polls `s.listConnections()` until `pred` holds (the NATS mirror is eventually consistent). */
async function listedEventually(s: ConnectState, what: string, pred: (list: ConnectionRecord[]) => boolean): Promise<ConnectionRecord[]> {
  return waitFor(async () => {
    const list = await s.listConnections();
    return pred(list) ? list : undefined;
  }, { timeoutMs: VISIBLE_MS, what });
}

export function connectStateContract(name: string, make: () => Promise<ConnectStatePair>, opts: ContractOptions = {}): void {
  describe(`ConnectState contract: ${name}`, () => {
    // Skipped per test (not per suite) so the runner's summary counts what did not run.
    const test = (title: string, fn: () => Promise<void>) => nodeTest(title, { skip: opts.skip }, fn);
    const withState = async (fn: (p: ConnectStatePair) => Promise<void>) => {
      const pair = await make();
      try {
        await fn(pair);
      } finally {
        await pair.cleanup();
      }
    };

    // --- connection registry ---------------------------------------------------------------

    test("an upserted connection reads back equal from either handle; unknown ids read undefined", () => withState(async ({ a, b }) => {
      const c = connection();
      await a.upsertConnection(c);
      assert.deepEqual(await a.getConnection(c.id), c);
      assert.deepEqual(await b.getConnection(c.id), c);
      assert.equal(await b.getConnection(uid("missing")), undefined);
    }));

    test("the store keeps its own copy of an upserted record", () => withState(async ({ a }) => {
      const c = connection();
      await a.upsertConnection(c);
      c.status = "DRAINING";
      c.apps[0].appName = "changed";
      const stored = await a.getConnection(c.id);
      assert.equal(stored?.status, "READY");
      assert.equal(stored?.apps[0].appName, "billing");
    }));

    test("upsert replaces, and every handle eventually lists the latest version", () => withState(async ({ a, b }) => {
      const c = connection({ status: "CONNECTED" });
      await a.upsertConnection(c);
      for (const s of [a, b]) await listedEventually(s, "connection listed", (l) => l.some((x) => x.id === c.id));
      const ready = { ...c, status: "READY" as const, lastHeartbeatAt: c.lastHeartbeatAt + 10_000 };
      await b.upsertConnection(ready);
      assert.deepEqual(await a.getConnection(c.id), ready);
      for (const s of [a, b]) {
        const list = await listedEventually(s, "update listed", (l) => l.find((x) => x.id === c.id)?.status === "READY");
        assert.deepEqual(list.filter((x) => x.id === c.id), [ready]);
      }
    }));

    test("listConnections holds every connection written through any handle", () => withState(async ({ a, b }) => {
      const written = [connection(), connection(), connection(), connection(), connection()];
      await Promise.all(written.map((c, i) => (i % 2 ? a : b).upsertConnection(c)));
      const want = ids(written);
      for (const s of [a, b]) {
        const list = await listedEventually(s, "all listed", (l) => ids(l).join() === want.join());
        assert.deepEqual([...list].sort((x, y) => x.id.localeCompare(y.id)), [...written].sort((x, y) => x.id.localeCompare(y.id)));
      }
    }));

    test("a deleted connection is gone from get at once and from every list eventually", () => withState(async ({ a, b }) => {
      const gone = connection();
      const kept = connection();
      await a.upsertConnection(gone);
      await a.upsertConnection(kept);
      await listedEventually(b, "both listed", (l) => l.some((x) => x.id === gone.id) && l.some((x) => x.id === kept.id));
      await b.deleteConnection(gone.id);
      await b.deleteConnection(uid("never-existed")); // a no-op
      assert.equal(await a.getConnection(gone.id), undefined);
      for (const s of [a, b]) {
        const list = await listedEventually(s, "deletion listed", (l) => !l.some((x) => x.id === gone.id));
        assert.ok(list.some((x) => x.id === kept.id), "the other connection is still listed");
      }
      await a.upsertConnection(gone); // a re-registered id comes back
      await listedEventually(b, "re-upsert listed", (l) => l.some((x) => x.id === gone.id));
    }));

    // --- capacity ----------------------------------------------------------------------------

    test("assignRequest counts up to the limit, then refuses; release frees a slot", () => withState(async ({ a, b }) => {
      const inst = uid("host");
      assert.equal(await a.inFlight(inst), 0);
      assert.equal(await a.assignRequest(inst, "r1", 2), true);
      assert.equal(await b.assignRequest(inst, "r2", 2), true);
      assert.equal(await a.assignRequest(inst, "r3", 2), false);
      assert.equal(await b.inFlight(inst), 2);
      assert.equal(await a.assignRequest(inst, "r1", 2), true, "a request already counted is not counted twice");
      assert.equal(await a.inFlight(inst), 2);
      await b.releaseRequest(inst, "r1");
      assert.equal(await a.inFlight(inst), 1);
      assert.equal(await a.assignRequest(inst, "r3", 2), true);
      await a.releaseRequest(inst, "r2");
      await a.releaseRequest(inst, "r3");
      assert.equal(await b.inFlight(inst), 0);
    }));

    test("release of an unknown request or instance is a no-op", () => withState(async ({ a }) => {
      const inst = uid("host");
      await a.releaseRequest(uid("nobody"), "r1");
      await a.assignRequest(inst, "r1", 3);
      await a.releaseRequest(inst, "r-unknown");
      assert.equal(await a.inFlight(inst), 1);
    }));

    test("no limit (absent or 0) never refuses but still counts", () => withState(async ({ a }) => {
      const inst = uid("host");
      for (let i = 0; i < 6; i++) assert.equal(await a.assignRequest(inst, `u${i}`), true);
      assert.equal(await a.assignRequest(inst, "zero", 0), true);
      assert.equal(await a.inFlight(inst), 7);
    }));

    test("instances are counted separately", () => withState(async ({ a }) => {
      const [x, y] = [uid("host"), uid("host")];
      assert.equal(await a.assignRequest(x, "r1", 1), true);
      assert.equal(await a.assignRequest(y, "r1", 1), true);
      assert.equal(await a.assignRequest(x, "r2", 1), false);
      assert.equal(await a.inFlight(y), 1);
    }));

    test("20 concurrent assignRequest calls with limit 5 admit exactly 5", () => withState(async ({ a, b }) => {
      const inst = uid("host");
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).assignRequest(inst, `c${i}`, 5)));
      assert.equal(results.filter(Boolean).length, 5);
      assert.equal(await a.inFlight(inst), 5);
      assert.equal(await b.inFlight(inst), 5);
    }));

    test("concurrent assigns and releases lose no update", () => withState(async ({ a, b }) => {
      const inst = uid("host");
      const n = 20;
      await Promise.all(Array.from({ length: n }, (_, i) => (i % 2 ? a : b).assignRequest(inst, `p${i}`)));
      assert.equal(await a.inFlight(inst), n);
      await Promise.all(Array.from({ length: n / 2 }, (_, i) => (i % 2 ? b : a).releaseRequest(inst, `p${i}`)));
      assert.equal(await b.inFlight(inst), n / 2);
    }));

    // --- leases ------------------------------------------------------------------------------

    test("createLease stores the lease; a second create is refused while it is live", () => withState(async ({ a, b }) => {
      const l = lease();
      assert.equal(await a.createLease(l), true);
      assert.deepEqual(await b.getLease(l.requestId), l);
      assert.equal(await b.createLease({ ...l, leaseId: ulidAt(Date.now() + LEASE_MS), instanceId: "other" }), false);
      assert.deepEqual(await a.getLease(l.requestId), l, "the refused create changed nothing");
      assert.equal(await a.getLease(uid("req")), undefined);
    }));

    test("createLease is allowed once the existing lease has expired", () => withState(async ({ a, b }) => {
      const l = lease({ leaseId: ulidAt(Date.now() + 300) });
      assert.equal(await a.createLease(l), true);
      const next = { ...l, leaseId: ulidAt(Date.now() + LEASE_MS), replySubject: "tether.v1.exec.e2.reply" };
      assert.equal(await b.createLease(next), false);
      await waitFor(() => b.createLease(next), { timeoutMs: VISIBLE_MS, what: "lease expiry" });
      assert.deepEqual(await a.getLease(l.requestId), next);
    }));

    test("of concurrent createLease calls for one request exactly one wins", () => withState(async ({ a, b }) => {
      const requestId = uid("req");
      const tries = Array.from({ length: 10 }, (_, i) => lease({ requestId, instanceId: `inst-${i}` }));
      const results = await Promise.all(tries.map((l, i) => (i % 2 ? a : b).createLease(l)));
      assert.equal(results.filter(Boolean).length, 1);
      assert.deepEqual(await a.getLease(requestId), tries[results.indexOf(true)]);
    }));

    test("extendLease with the current id answers the new id and keeps the previous one", () => withState(async ({ a, b }) => {
      const l = lease();
      await a.createLease(l);
      const next = ulidAt(Date.now() + LEASE_MS + 1);
      assert.equal(await b.extendLease(l.requestId, l.leaseId, l.instanceId, next), next);
      assert.deepEqual(await a.getLease(l.requestId), { ...l, leaseId: next, prevLeaseId: l.leaseId });
    }));

    test("extendLease with the previous id from the same instance answers the current id (lost ACK)", () => withState(async ({ a, b }) => {
      const l = lease();
      await a.createLease(l);
      const next = ulidAt(Date.now() + LEASE_MS + 1);
      await a.extendLease(l.requestId, l.leaseId, l.instanceId, next);
      const unused = ulidAt(Date.now() + LEASE_MS + 2);
      assert.equal(await b.extendLease(l.requestId, l.leaseId, l.instanceId, unused), next);
      assert.equal((await a.getLease(l.requestId))?.leaseId, next, "the retry changed nothing");
    }));

    test("extendLease NACKs a wrong id, another instance, and a missing lease", () => withState(async ({ a, b }) => {
      const l = lease();
      await a.createLease(l);
      const next = ulidAt(Date.now() + LEASE_MS + 1);
      const other = ulidAt(Date.now() + LEASE_MS + 2);
      assert.equal(await b.extendLease(l.requestId, ulidAt(Date.now() + 5), l.instanceId, other), undefined, "wrong id");
      assert.equal(await b.extendLease(l.requestId, l.leaseId, "another-instance", other), undefined, "current id, other instance");
      assert.equal(await b.extendLease(uid("req"), l.leaseId, l.instanceId, other), undefined, "missing lease");
      assert.deepEqual(await a.getLease(l.requestId), l, "NACKs changed nothing");
      await a.extendLease(l.requestId, l.leaseId, l.instanceId, next);
      assert.equal(await b.extendLease(l.requestId, l.leaseId, "another-instance", other), undefined, "previous id, other instance");
      const third = ulidAt(Date.now() + LEASE_MS + 3);
      assert.equal(await b.extendLease(l.requestId, next, l.instanceId, third), third);
      assert.equal(await a.extendLease(l.requestId, l.leaseId, l.instanceId, other), undefined, "an id two generations old");
    }));

    test("an expired lease that still matches is renewed", () => withState(async ({ a }) => {
      const l = lease({ leaseId: ulidAt(Date.now() - 1_000) });
      await a.createLease(l);
      const next = ulidAt(Date.now() + LEASE_MS);
      assert.equal(await a.extendLease(l.requestId, l.leaseId, l.instanceId, next), next);
    }));

    test("two racing extensions with one id converge on a single new id", () => withState(async ({ a, b }) => {
      const l = lease();
      await a.createLease(l);
      const [x, y] = [ulidAt(Date.now() + LEASE_MS + 1), ulidAt(Date.now() + LEASE_MS + 2)];
      const [rx, ry] = await Promise.all([a.extendLease(l.requestId, l.leaseId, l.instanceId, x), b.extendLease(l.requestId, l.leaseId, l.instanceId, y)]);
      const stored = (await a.getLease(l.requestId))?.leaseId;
      assert.ok(stored === x || stored === y, `stored lease id is one of the two, got ${stored}`);
      assert.equal(rx, stored);
      assert.equal(ry, stored);
    }));

    test("a deleted lease is gone: extend NACKs and a new lease may be created", () => withState(async ({ a, b }) => {
      const l = lease();
      await a.createLease(l);
      await b.deleteLease(l.requestId);
      await b.deleteLease(uid("req")); // a no-op
      assert.equal(await a.getLease(l.requestId), undefined);
      assert.equal(await a.extendLease(l.requestId, l.leaseId, l.instanceId, ulidAt(Date.now() + LEASE_MS)), undefined);
      assert.equal(await b.createLease(l), true);
    }));

    test("orphanLeases marks live leases once; unknown ids are ignored", () => withState(async ({ a, b }) => {
      const [x, y] = [lease(), lease()];
      await a.createLease(x);
      await a.createLease(y);
      await b.orphanLeases([x.requestId, y.requestId, uid("req")], 1_000);
      assert.equal((await a.getLease(x.requestId))?.orphanedAt, 1_000);
      assert.equal((await a.getLease(y.requestId))?.orphanedAt, 1_000);
      await a.orphanLeases([x.requestId], 2_000);
      assert.equal((await b.getLease(x.requestId))?.orphanedAt, 1_000, "the first orphaning time is kept");
      await a.orphanLeases([], 3_000); // a no-op
    }));

    test("adoptLeases clears the orphan mark for the owning instance only", () => withState(async ({ a, b }) => {
      const [mine, theirs] = [lease({ instanceId: "host-a" }), lease({ instanceId: "host-b" })];
      await a.createLease(mine);
      await a.createLease(theirs);
      await a.orphanLeases([mine.requestId, theirs.requestId], 1_000);
      await b.adoptLeases([mine.requestId, theirs.requestId, uid("req")], "host-a");
      assert.deepEqual(await a.getLease(mine.requestId), mine, "adopted: back to the plain record");
      assert.equal((await a.getLease(theirs.requestId))?.orphanedAt, 1_000, "another instance's lease stays orphaned");
    }));

    test("concurrent orphan and adopt calls leave each lease consistent", () => withState(async ({ a, b }) => {
      const leases = Array.from({ length: 6 }, () => lease({ instanceId: "host-a" }));
      await Promise.all(leases.map((l) => a.createLease(l)));
      const idList = leases.map((l) => l.requestId);
      await Promise.all([a.orphanLeases(idList, 1_000), b.orphanLeases(idList, 2_000)]);
      for (const l of leases) {
        const at = (await b.getLease(l.requestId))?.orphanedAt;
        assert.ok(at === 1_000 || at === 2_000, `orphaned once, got ${at}`);
      }
      await Promise.all([a.adoptLeases(idList, "host-a"), b.adoptLeases(idList, "host-a")]);
      for (const l of leases) assert.deepEqual(await a.getLease(l.requestId), l);
    }));

    test("a successful extension re-adopts an orphaned lease; a NACK does not", () => withState(async ({ a, b }) => {
      const l = lease();
      await a.createLease(l);
      await a.orphanLeases([l.requestId], 1_000);
      assert.equal(await b.extendLease(l.requestId, l.leaseId, "another-instance", ulidAt(Date.now() + LEASE_MS)), undefined);
      assert.equal((await a.getLease(l.requestId))?.orphanedAt, 1_000);
      const next = ulidAt(Date.now() + LEASE_MS + 1);
      assert.equal(await b.extendLease(l.requestId, l.leaseId, l.instanceId, next), next);
      assert.deepEqual(await a.getLease(l.requestId), { ...l, leaseId: next, prevLeaseId: l.leaseId });
    }));

    // --- buffered replies --------------------------------------------------------------------

    test("saveResponse keeps the first reply; later ones are refused", () => withState(async ({ a, b }) => {
      const requestId = uid("req");
      assert.equal(await a.saveResponse(requestId, bytes("first"), 60_000), true);
      assert.equal(await b.saveResponse(requestId, bytes("second"), 60_000), false);
      assert.deepEqual(await b.getResponse(requestId), bytes("first"));
      assert.equal(await a.getResponse(uid("req")), undefined);
    }));

    test("of concurrent saveResponse calls exactly one wins and is what is stored", () => withState(async ({ a, b }) => {
      const requestId = uid("req");
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).saveResponse(requestId, bytes(`r${i}`), 60_000)));
      assert.equal(results.filter(Boolean).length, 1);
      assert.deepEqual(await a.getResponse(requestId), bytes(`r${results.indexOf(true)}`));
    }));

    test("a buffered reply keeps its bytes exactly and can be deleted, then saved again", () => withState(async ({ a, b }) => {
      const requestId = uid("req");
      const data = new Uint8Array(4_096).map((_, i) => (i * 7) % 256);
      await a.saveResponse(requestId, data, 60_000);
      assert.deepEqual(await b.getResponse(requestId), data);
      await b.deleteResponse(requestId);
      await b.deleteResponse(uid("req")); // a no-op
      assert.equal(await a.getResponse(requestId), undefined);
      assert.equal(await a.saveResponse(requestId, bytes("again"), 60_000), true);
      assert.deepEqual(await b.getResponse(requestId), bytes("again"));
    }));

    test("a buffered reply is gone after its TTL", () => withState(async ({ a, b }) => {
      const requestId = uid("req");
      await a.saveResponse(requestId, bytes("short"), 200);
      assert.deepEqual(await b.getResponse(requestId), bytes("short"));
      await waitFor(async () => (await b.getResponse(requestId)) === undefined, { timeoutMs: VISIBLE_MS, what: "reply expiry" });
    }));

    // --- ids ---------------------------------------------------------------------------------

    test("ids with any characters work as keys and never collide", () => withState(async ({ a, b }) => {
      const odd = ["ip-10-0-0-1.ec2.internal", "host name/with:colons*and>wildcards", "ünïcödé-✓", "", "x".repeat(300), "=abc"];
      for (const [i, id] of odd.entries()) {
        assert.equal(await a.assignRequest(id, `req ${i}.x`, 1), true, `assign on ${JSON.stringify(id)}`);
        assert.equal(await b.inFlight(id), 1);
        const l = lease({ requestId: `${id}#lease` });
        assert.equal(await a.createLease(l), true);
        assert.deepEqual(await b.getLease(l.requestId), l);
        assert.equal(await a.saveResponse(`${id}#resp`, bytes(id), 60_000), true);
        assert.deepEqual(await b.getResponse(`${id}#resp`), bytes(id));
        const c = connection({ id: `${id}#conn` });
        await a.upsertConnection(c);
        assert.deepEqual(await b.getConnection(c.id), c);
      }
      await listedEventually(b, "odd ids listed", (l) => odd.every((id) => l.some((c) => c.id === `${id}#conn`)));
    }));
  });
}
