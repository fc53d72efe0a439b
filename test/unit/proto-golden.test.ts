// Golden byte vectors for connect.v1 (docs/connect-protocol.md §1.2, docs/official-sdk-observed.md §4.7):
// our generated schema must produce exactly the bytes the official SDK sends and expects.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { connect as pb } from "../../proto/gen/protos.js";

const K = pb.v1.GatewayMessageType;
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const frame = (kind: number, payload?: Uint8Array) => hex(pb.v1.ConnectMessage.encode({ kind, payload: payload ?? new Uint8Array(0) }).finish());

describe("connect.v1 golden vectors", () => {
  test("GATEWAY_HELLO is a zero-length frame", () => assert.equal(frame(K.GATEWAY_HELLO), ""));
  test("GATEWAY_HEARTBEAT is 08 0a", () => assert.equal(frame(K.GATEWAY_HEARTBEAT), "080a"));
  test("empty-payload kinds", () => {
    assert.equal(frame(K.WORKER_READY), "0804");
    assert.equal(frame(K.WORKER_PAUSE), "0808");
    assert.equal(frame(K.WORKER_HEARTBEAT), "0809");
    assert.equal(frame(K.GATEWAY_CLOSING), "080b");
  });
  test("WORKER_REPLY_ACK{req-1}", () => {
    assert.equal(frame(K.WORKER_REPLY_ACK, pb.v1.WorkerReplyAckData.encode({ requestId: "req-1" }).finish()), "080712070a057265712d31");
  });
  test("decodes the official SDK's observed CONNECTION_READY", () => {
    const m = pb.v1.ConnectMessage.decode(Buffer.from("0802120c0a023373120231731a023173", "hex"));
    assert.equal(m.kind, K.GATEWAY_CONNECTION_READY);
    const d = pb.v1.GatewayConnectionReadyData.decode(m.payload);
    assert.deepEqual([d.heartbeatInterval, d.extendLeaseInterval, d.statusInterval], ["3s", "1s", "1s"]);
  });
  test("decodes an empty frame as GATEWAY_HELLO", () => assert.equal(pb.v1.ConnectMessage.decode(new Uint8Array(0)).kind, K.GATEWAY_HELLO));
  test("StartRequest with one excluded group encodes as observed", () => {
    assert.equal(hex(pb.v1.StartRequest.encode({ excludeGateways: ["probe-gw-1"] }).finish()), "0a0a70726f62652d67772d31");
    assert.equal(hex(pb.v1.StartRequest.encode({}).finish()), "");
  });
  test("enum values match Inngest's", () => {
    assert.deepEqual([K.WORKER_CONNECT, K.GATEWAY_EXECUTOR_REQUEST, K.WORKER_REQUEST_EXTEND_LEASE, K.WORKER_REQUEST_EXTEND_LEASE_ACK, K.SYNC_FAILED, K.WORKER_STATUS], [1, 3, 12, 13, 14, 15]);
    assert.deepEqual([pb.v1.SDKResponseStatus.NOT_COMPLETED, pb.v1.SDKResponseStatus.DONE, pb.v1.SDKResponseStatus.ERROR], [0, 1, 2]);
    assert.equal(pb.v1.WorkerDisconnectReason.MESSAGE_TOO_LARGE, 4);
    assert.equal(pb.v1.ConnectionStatus.DISCONNECTED, 4);
  });
  test("field numbers of the request and reply messages", () => {
    // request_id=1, step_id=8 (optional), run_id=12, lease_id=13, job_id=14
    const req = hex(pb.v1.GatewayExecutorRequestData.encode({ requestId: "a", stepId: "b", runId: "c", leaseId: "d", jobId: "e" }).finish());
    assert.equal(req, "0a0161" + "420162" + "620163" + "6a0164" + "720165");
    // status=5, no_retry=7, retry_after=8, request_version=10, run_id=13
    const res = hex(pb.v1.SDKResponse.encode({ status: 1, noRetry: true, retryAfter: "5", requestVersion: 2, runId: "r" }).finish());
    assert.equal(res, "2801" + "3801" + "420135" + "5002" + "6a0172");
    // max_worker_concurrency=14 (int64)
    assert.equal(hex(pb.v1.WorkerConnectRequestData.encode({ maxWorkerConcurrency: 7 }).finish()), "7007");
  });
});
