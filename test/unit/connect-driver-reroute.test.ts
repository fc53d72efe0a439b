// The connect driver re-routes a request whose forward failed to another connection; the re-routed
// request carries the run as stored then, not as it was when the first forward left (a forward can
// hang until its timeout, and steps may have been stored meanwhile), and a run that ended
// meanwhile is not sent at all.
import assert from "node:assert/strict";
import { test } from "node:test";
import pino from "pino";
import { connect as pb, tether as tpb } from "../../proto/gen/protos.js";
import { MemoryBus, subjects } from "../../src/bus/index.ts";
import { TetherError } from "../../src/common/index.ts";
import { ConnectDriver } from "../../src/executor/drivers/connect-driver.ts";
import type { DriverRequest } from "../../src/executor/drivers/driver.ts";
import { MemoryConnectState } from "../../src/state/index.ts";

const log = pino({ level: "silent" });

async function setup() {
  const bus = new MemoryBus();
  const state = new MemoryConnectState();
  const now = Date.now();
  for (const [id, gatewayId] of [["c1", "g1"], ["c2", "g2"]]) {
    await state.upsertConnection({
      id, gatewayId, instanceId: `w-${id}`, status: "READY", lastHeartbeatAt: now, connectedAt: now, sdkLanguage: "ts", sdkVersion: "1",
      apps: [{ appId: "A", appName: "app", syncId: "S", functionSlugs: ["app-fn"] }],
    });
  }
  const driver = new ConnectDriver({ bus, state, executorId: "E", log, leaseMs: 60_000 });
  /** What each gateway received, as request payload JSON. */
  const forwarded: { gateway: string; payload: Record<string, unknown> }[] = [];
  for (const g of ["g1", "g2"]) {
    bus.subscribe(subjects.gatewayForward(g), (msg) => {
      const fwd = tpb.v1.ForwardRequest.decode(msg.data);
      const data = fwd.data!;
      forwarded.push({ gateway: g, payload: JSON.parse(Buffer.from(data.requestPayload ?? []).toString("utf8")) });
      const ok = forwarded.length > 1; // the first gateway cannot deliver
      msg.respond?.(tpb.v1.ForwardResponse.encode({ success: ok, errorCode: ok ? "" : "connect_forward_failed" }).finish());
      if (ok) {
        const reply = pb.v1.SDKResponse.encode({ requestId: data.requestId, status: pb.v1.SDKResponseStatus.DONE, body: Buffer.from("\"done\"") }).finish();
        void bus.publish(fwd.replySubject, reply);
      }
    });
  }
  const req = (refresh: DriverRequest["refresh"]): DriverRequest => ({
    requestId: "01J0000000000000000000000R", jobId: "J",
    run: { id: "R", functionId: "F", functionSlug: "app-fn", appId: "A", appName: "app", eventIds: [], status: "Running", createdAt: now, requestVersion: 2, forceStepPlan: false, pendingSteps: [], maxAttempts: 1 },
    fn: { id: "F", appId: "A", appName: "app", slug: "app-fn", name: "fn", triggers: [], retries: 0, url: "", config: {}, createdAt: now },
    app: { id: "A", name: "app", url: "", method: "connect", sdk: "ts", syncId: "S", checksum: "", createdAt: now, updatedAt: now },
    stepId: "step", payload: { steps: {} }, refresh,
  });
  return { driver, forwarded, req };
}

test("a re-routed request carries the steps stored since the first forward left", async () => {
  const { driver, forwarded, req } = await setup();
  try {
    const res = await driver.call(req(async () => ({ steps: { s1: { data: 1 } } })));
    assert.equal(res.statusCode, 200);
    assert.equal(forwarded.length, 2, "one failed forward, one re-route");
    assert.notEqual(forwarded[0].gateway, forwarded[1].gateway, "re-routed to the other connection's gateway");
    assert.deepEqual(forwarded[0].payload, { steps: {} });
    assert.deepEqual(forwarded[1].payload, { steps: { s1: { data: 1 } } }, "the re-route sends the refreshed payload");
  } finally {
    await driver.close();
  }
});

test("a run that ended while its forward failed is not sent again", async () => {
  const { driver, forwarded, req } = await setup();
  try {
    await assert.rejects(driver.call(req(async () => undefined)), (err: unknown) => err instanceof TetherError && err.code === "stale_dispatch");
    assert.equal(forwarded.length, 1, "only the first forward left");
  } finally {
    await driver.close();
  }
});
