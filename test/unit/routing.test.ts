// Connection choice: READY, fresh, serving the function, with capacity; newest version, least loaded.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { pickConnection } from "../../src/executor/drivers/routing.ts";
import { MemoryConnectState, type ConnectionRecord } from "../../src/state/index.ts";

const now = Date.now();
const conn = (id: string, extra: Partial<ConnectionRecord> = {}, syncId = "s2"): ConnectionRecord => ({
  id, gatewayId: "g", instanceId: `i-${id}`, status: "READY", lastHeartbeatAt: now, connectedAt: now, sdkLanguage: "t", sdkVersion: "1",
  apps: [{ appId: "A", appName: "app", syncId, functionSlugs: ["app-f"] }], ...extra,
});
const req = { requestId: "r1", app: { id: "A", syncId: "s2" }, fn: { slug: "app-f" } } as never;

describe("pickConnection", () => {
  test("skips connections that are not READY, stale, excluded or not serving the function", async () => {
    const state = new MemoryConnectState();
    const conns = [
      conn("draining", { status: "DRAINING" }),
      conn("stale", { lastHeartbeatAt: now - 60_000 }),
      conn("other-fn", { apps: [{ appId: "A", appName: "app", syncId: "s2", functionSlugs: ["app-g"] }] }),
      conn("excluded"),
    ];
    const r = await pickConnection(state, conns, req, new Set(["excluded"]), now);
    assert.deepEqual(r, { ok: false, code: "connect_no_healthy_connection" });
  });

  test("prefers the latest app version, then the least loaded", async () => {
    const state = new MemoryConnectState();
    const load: Record<string, number> = { "i-old": 0, "i-busy": 5, "i-idle": 1 };
    const conns = [conn("old", {}, "s1"), conn("busy"), conn("idle")];
    const r = await pickConnection(state, conns, req, new Set(), now, (i) => load[i] ?? 0);
    assert.equal(r.ok && r.conn.id, "idle");
  });

  test("answers all_workers_at_capacity when every limited worker is full", async () => {
    const state = new MemoryConnectState();
    await state.assignRequest("i-full", "x", 1);
    const r = await pickConnection(state, [conn("full", { maxWorkerConcurrency: 1 })], req, new Set(), now);
    assert.deepEqual(r, { ok: false, code: "connect_all_workers_at_capacity" });
  });
});
