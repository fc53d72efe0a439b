// Conformance: the flow-control scenarios (flow-scenarios.ts) on a cluster of real processes
// (test/helpers/cluster.ts: nats-server, 1 API, 2 gateways, 2 executors) with two official-SDK
// worker processes, one on each gateway. Steps go through both executors and both workers, so a
// limit holds only if its state is global (the flow store on JetStream, docs/flow-control.md),
// not kept in one executor's memory. Overlap is measured over both workers' spans: they run on
// this machine and stamp them with one clock.
import assert from "node:assert/strict";
import { type ClusterFlowDeployment, roleLogs, startClusterFlow } from "../helpers/flow-deployment.ts";
import { natsAvailable } from "../helpers/nats-server.ts";
import { flowScenarios } from "./flow-scenarios.ts";

const skip = natsAvailable() ? false : "nats-server not installed";

flowScenarios("official SDK, flow control on a cluster (2 executors, 2 gateways, 2 workers)",
  // Debug logs: each executor names the requests it sends ("calling the SDK"), checked below.
  (o) => startClusterFlow({ ...o, name: "flow", workers: 2, roleArgs: ["--log-level", "debug"] }), {
    skip,
    verify(d) {
      const { cluster } = d as ClusterFlowDeployment;
      const steps = d.lines().filter((l) => l.type === "enter");
      for (const w of [0, 1]) assert.ok(steps.some((l) => l.worker === w), `worker ${w} executed steps`);
      for (const e of cluster.executors) assert.ok(roleLogs(e, "calling the SDK").length > 0, `${e.name} sent requests`);
    },
  });
