// Runs the ConnectState contract against MemoryConnectState and, on a private nats-server,
// against NatsConnectState with two connections sharing one set of buckets (a fresh prefix per
// test). Plus what only the NATS adapter has: concurrent bucket creation and a connection mirror
// that outlives a server restart. NATS variants skip on a laptop without nats-server.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test as nodeTest } from "node:test";
import type { NatsConnection } from "nats";
import { ulidAt } from "../../src/common/index.ts";
import { connectNats } from "../../src/common/nats.ts";
import { MemoryConnectState, NatsConnectState, type ConnectionRecord } from "../../src/state/index.ts";
import { connectStateContract } from "../contract/connect-state.contract.ts";
import { natsAvailable, type NatsServer, startNats } from "../helpers/nats-server.ts";
import { waitFor } from "../helpers/wait.ts";

const hasNats = natsAvailable();
const skip = hasNats ? false : "nats-server not installed";
let nats: NatsServer | undefined;

before(async () => {
  if (hasNats) nats = await startNats();
});
after(async () => {
  await nats?.stop();
});

const BUCKETS = ["connections", "capacity", "leases", "responses"];

/** Two connections, two NatsConnectState handles on one fresh set of buckets. */
async function natsPair(prefix = `t${randomBytes(5).toString("hex")}`, extra: { staleSlotMs?: number } = {}) {
  const [nca, ncb] = await Promise.all([connectNats(nats!.url, { name: "state-a" }), connectNats(nats!.url, { name: "state-b" })]);
  // Created concurrently on purpose: bucket creation must be idempotent across processes.
  const made = await Promise.allSettled([NatsConnectState.create(nca, { prefix, ...extra }), NatsConnectState.create(ncb, { prefix, ...extra })]);
  if (made[0].status === "rejected" || made[1].status === "rejected") {
    await Promise.all(made.map((m) => (m.status === "fulfilled" ? m.value.close() : undefined)));
    await Promise.all([nca.close(), ncb.close()]);
    throw made[0].status === "rejected" ? made[0].reason : (made[1] as PromiseRejectedResult).reason;
  }
  const [a, b] = [made[0].value, made[1].value];
  return {
    a, b, nca, ncb,
    async cleanup() {
      await Promise.all([a.close(), b.close()]);
      const jsm = await nca.jetstreamManager();
      await Promise.all(BUCKETS.map((n) => jsm.streams.delete(`KV_${prefix}_${n}`).catch(() => false)));
      await Promise.all([nca.close(), ncb.close()]);
    },
  };
}

connectStateContract("MemoryConnectState", async () => {
  const s = new MemoryConnectState();
  return { a: s, b: s, cleanup: () => s.close() };
});

connectStateContract("NatsConnectState", () => natsPair(), { skip });

describe("NatsConnectState specifics", () => {
  const test = (title: string, fn: () => Promise<void>) => nodeTest(title, { skip }, fn);
  test("creates four prefixed buckets with their max ages; the responses bucket's is the reply TTL", async () => {
    const p = await natsPair();
    try {
      const jsm = await p.nca.jetstreamManager();
      const prefix = p.a.debugSnapshot().prefix;
      const wantMaxAgeMs: Record<string, number> = {
        connections: 3_600_000, capacity: 86_400_000, leases: 7_320_000, responses: 60_000,
      };
      for (const n of BUCKETS) {
        const { config } = await jsm.streams.info(`KV_${prefix}_${n}`);
        assert.equal(config.max_msgs_per_subject, 1, `${n} keeps one revision per key`);
        assert.equal(config.max_age, wantMaxAgeMs[n] * 1_000_000, `${n} max age`);
      }
    } finally {
      await p.cleanup();
    }
  });

  test("capacity held by a request without a live lease (its executor died) is reclaimed at the limit", async () => {
    const p = await natsPair(undefined, { staleSlotMs: 100 });
    try {
      const live = `live-${randomBytes(3).toString("hex")}`;
      await p.a.createLease({ requestId: live, leaseId: ulidAt(Date.now() + 60_000), instanceId: "w", replySubject: "s", runId: "r" });
      assert.equal(await p.a.assignRequest("w", live, 2), true, "first slot");
      assert.equal(await p.a.assignRequest("w", "dead-one", 2), true, "second slot, never leased");
      assert.equal(await p.b.assignRequest("w", "new-1", 2), false, "full before the stale age");
      await new Promise((r) => setTimeout(r, 150));
      assert.equal(await p.b.assignRequest("w", "new-1", 2), true, "the slot without a lease was reclaimed");
      assert.equal(await p.b.assignRequest("w", "new-2", 2), false, "the leased request keeps its slot");
    } finally {
      await p.cleanup();
    }
  });

  test("capacity held by a request whose worker replied is reclaimed at the limit, though its lease is live", async () => {
    // The executor that dispatched it died: nobody releases the slot, and the lease the worker
    // last extended would hold it for up to the request lease (executor fail-over, issue 11).
    const p = await natsPair(undefined, { staleSlotMs: 100 });
    try {
      const [done, running] = ["done", "running"].map((n) => `${n}-${randomBytes(3).toString("hex")}`);
      for (const id of [done, running]) {
        await p.a.createLease({ requestId: id, leaseId: ulidAt(Date.now() + 60_000), instanceId: "w", replySubject: "s", runId: "r" });
        assert.equal(await p.a.assignRequest("w", id, 2), true);
      }
      await p.a.saveResponse(done, new Uint8Array([1]), 60_000);
      assert.equal(await p.b.assignRequest("w", "new-1", 2), false, "full before the stale age");
      await new Promise((r) => setTimeout(r, 150));
      assert.equal(await p.b.assignRequest("w", "new-1", 2), true, "the slot of the answered request was reclaimed");
      assert.equal(await p.b.assignRequest("w", "new-2", 2), false, "the running request keeps its slot");
    } finally {
      await p.cleanup();
    }
  });

  test("deleting leases and replies leaves no delete markers behind", async () => {
    const p = await natsPair();
    try {
      const jsm = await p.nca.jetstreamManager();
      const prefix = p.a.debugSnapshot().prefix;
      const requestId = `req-${randomBytes(4).toString("hex")}`;
      await p.a.createLease({ requestId, leaseId: ulidAt(Date.now() + 60_000), instanceId: "h", replySubject: "s", runId: "r" });
      await p.a.saveResponse(requestId, new Uint8Array([1]), 60_000);
      await p.b.deleteLease(requestId);
      await p.b.deleteResponse(requestId);
      await p.b.deleteResponse("never-saved");
      for (const n of ["leases", "responses"]) {
        assert.equal((await jsm.streams.info(`KV_${prefix}_${n}`)).state.messages, 0, `${n} is empty`);
      }
      assert.equal(await p.a.createLease({ requestId, leaseId: ulidAt(Date.now() + 60_000), instanceId: "h", replySubject: "s", runId: "r" }), true);
    } finally {
      await p.cleanup();
    }
  });

  test("listConnections drops records whose heartbeat is older than the bucket's max age", async () => {
    const p = await natsPair();
    try {
      const stale = { ...record("stale"), lastHeartbeatAt: Date.now() - 3_600_001 };
      const fresh = record("fresh");
      await p.a.upsertConnection(stale);
      await p.a.upsertConnection(fresh);
      await waitFor(async () => (await p.b.listConnections()).some((c) => c.id === fresh.id), { what: "fresh listed" });
      for (const s of [p.a, p.b]) assert.deepEqual((await s.listConnections()).map((c) => c.id), [fresh.id]);
    } finally {
      await p.cleanup();
    }
  });

  test("rejects a prefix that is not a valid bucket name", async () => {
    const nc: NatsConnection = await connectNats(nats!.url);
    try {
      await assert.rejects(NatsConnectState.create(nc, { prefix: "bad.prefix" }), { code: "bad_request" });
    } finally {
      await nc.close();
    }
  });

  test("a handle created later mirrors the connections already registered", async () => {
    const p = await natsPair();
    try {
      const c = record("early");
      await p.a.upsertConnection(c);
      const late = await NatsConnectState.create(p.ncb, { prefix: p.a.debugSnapshot().prefix });
      try {
        assert.deepEqual(await late.listConnections(), [c], "listed as soon as create() resolves");
      } finally {
        await late.close();
      }
    } finally {
      await p.cleanup();
    }
  });

  test("the connection mirror catches up after the server restarts", async () => {
    const p = await natsPair();
    try {
      const before = record("before");
      await p.a.upsertConnection(before);
      await waitFor(async () => (await p.b.listConnections()).length === 1, { what: "first listed" });
      await nats!.restart();
      // A request buffered while the client reconnects loses its reply (and waits out the
      // client's 5 s timeout), so probe JetStream with short requests until it answers.
      await waitFor(() => p.nca.request("$JS.API.INFO", undefined, { timeout: 250 }).then(() => true), { timeoutMs: 10_000, what: "JetStream back" });
      const afterRestart = record("after");
      await p.a.upsertConnection(afterRestart);
      await p.a.deleteConnection(before.id);
      const list = await waitFor(async () => {
        const l = await p.b.listConnections();
        return l.length === 1 && l[0].id === afterRestart.id ? l : undefined;
      }, { timeoutMs: 15_000, what: "mirror caught up" });
      assert.deepEqual(list, [afterRestart]);
    } finally {
      await p.cleanup();
    }
  });
});

function record(label: string): ConnectionRecord {
  return {
    id: `${label}-${randomBytes(4).toString("hex")}`, gatewayId: "gw-1", instanceId: "host-1", status: "READY",
    apps: [], lastHeartbeatAt: Date.now(), connectedAt: Date.now(), sdkLanguage: "typescript", sdkVersion: "3.0.0",
  };
}
