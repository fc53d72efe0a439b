// Conformance: flow control with the official `inngest` SDK in connect mode against one real
// `tether dev` process and one worker process. The scenarios are in flow-scenarios.ts; the same
// ones run on a cluster in official-flow-cluster.test.ts.
import { startLocalFlow } from "../helpers/flow-deployment.ts";
import { flowScenarios } from "./flow-scenarios.ts";

flowScenarios("official SDK, flow control (connect mode)", startLocalFlow);
