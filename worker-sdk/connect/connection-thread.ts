// Entry point of the connection thread (docs/worker-threads.md): runs a ConnectionCore with the
// config from workerData and talks to the WorkerConnection on the user's thread through parentPort.
// Status is reported whenever it changes (checked on every message and every 20 ms), so the
// user's thread can answer `state`, `connectionId` and `snapshot()` without asking.

import { isDeepStrictEqual } from "node:util";
import { parentPort, workerData } from "node:worker_threads";
import { ConnectionCore } from "./connection-core.ts";
import { cycledRandom, forwardingLogger, toWire, type FromThread, type ThreadConfig, type ThreadStatus, type ToThread } from "./thread-protocol.ts";

const STATUS_CHECK_MS = 20;

function main(port: NonNullable<typeof parentPort>, config: ThreadConfig): void {
  const post = (message: FromThread): void => port.postMessage(message);
  const replies = new Map<string, (reply: Uint8Array | undefined) => void>();
  let lastStatus: ThreadStatus | undefined;
  const core = new ConnectionCore({
    config,
    logger: forwardingLogger(post),
    random: cycledRandom(config.randomSamples),
    execute: (request, payload) =>
      new Promise((resolve) => {
        replies.set(request.requestId, resolve);
        post({ t: "run", payload });
      }),
    onChange: () => reportStatus(),
    onActive: () => {
      reportStatus();
      post({ t: "active" });
    },
    onFailed: (error) => post({ t: "failed", error: toWire(error) }),
  });
  const reportStatus = (): void => {
    const status = core.status();
    if (lastStatus && isDeepStrictEqual(status, lastStatus)) return;
    lastStatus = status;
    post({ t: "status", status });
  };
  const timer = setInterval(reportStatus, STATUS_CHECK_MS);
  port.on("message", (message: ToThread) => {
    switch (message.t) {
      case "done":
        replies.get(message.requestId)?.(message.reply);
        replies.delete(message.requestId);
        break;
      case "checkpoint":
        void core.sendCheckpoint(message.requestId, message.seq, message.payload).then((outcome) => {
          post({ t: "checkpointOutcome", requestId: message.requestId, seq: message.seq, outcome });
        });
        break;
      case "frame":
        core.sendFrame(message.requestId, message.kind, message.payload);
        break;
      case "close":
        void core.close();
        break;
    }
    reportStatus();
  });
  void core.closed.then(() => {
    clearInterval(timer);
    reportStatus();
    post({ t: "closed" });
  });
  core.start();
}

if (parentPort) main(parentPort, workerData as ThreadConfig);
