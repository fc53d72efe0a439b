// The process under fuzzing: a real `tether dev` child (so a crash is a dead process), a Tether
// SDK worker whose runs prove the process still works after each batch, and a hand-driven reply
// worker that hands live requests to the properties (their worker payloads reach the executor).
import assert from "node:assert/strict";
import { connect, silentLogger, Tether, type WorkerConnection } from "../../worker-sdk/index.ts";
import { connect as pb } from "../../proto/gen/protos.js";
import { connectRawWorker, fnConfig, K, type RawWorker, replyFrame, takeRequest } from "../helpers/raw-worker.ts";
import { startTether, type TetherProcess } from "../helpers/server-process.ts";
import { FuzzFailure, type FuzzTarget, type LiveRequest } from "./properties.ts";

const REPLY_APP = "fuzz-replies";
const HEARTBEAT_MS = 5_000;
const TOKEN_REFRESH_MS = 20_000;

export interface LiveTarget extends FuzzTarget {
  output(): string;
  /** `/health`, gateway `/ready`, and a run of the SDK worker completes with the right output. */
  assertServing(): Promise<void>;
  close(): Promise<void>;
}

export async function startFuzzTarget(): Promise<LiveTarget> {
  const srv = await startTether();
  const app = new Tether({ id: "fuzz-liveness", baseUrl: srv.apiUrl, logger: silentLogger });
  app.createFunction({ id: "ping", triggers: [{ event: "fuzz-liveness/ping" }], retries: 0 }, async ({ event, step }) => {
    const doubled = await step.run("double", () => Number(event.data?.n) * 2);
    return { doubled };
  });
  const sdkWorker = await connect({ apps: [app], instanceId: `fuzz-liveness-${process.pid}`, handleShutdownSignals: [] });
  const replies = new ReplyWorker(srv.apiUrl);
  let token: { jwt: string; at: number } | undefined;
  let pings = 0;
  return {
    apiUrl: srv.apiUrl, apiPort: srv.port, gatewayPort: srv.gatewayPort,
    alive: () => srv.proc.exitCode === null && srv.proc.signalCode === null,
    output: () => srv.output(),
    async realtimeToken() {
      if (!token || Date.now() - token.at > TOKEN_REFRESH_MS) {
        const r = await fetch(`${srv.apiUrl}/v1/realtime/token`, { method: "POST", body: JSON.stringify([{ channel: "fuzz", name: "a" }, { channel: "fuzz", name: "b" }]) });
        token = { jwt: (await r.json()).jwt, at: Date.now() };
      }
      return token.jwt;
    },
    liveRequest: () => replies.liveRequest(srv),
    async assertServing() {
      assert.equal(srv.proc.exitCode, null, `tether dev exited:\n${srv.output().slice(-4_000)}`);
      assert.equal((await fetch(`${srv.apiUrl}/health`)).status, 200);
      assert.equal((await fetch(`http://127.0.0.1:${srv.gatewayPort}/ready`)).status, 200);
      const n = ++pings;
      const { ids } = await srv.sendEvent({ name: "fuzz-liveness/ping", data: { n } });
      const [run] = await srv.waitForRuns(ids[0], { timeoutMs: 60_000 });
      assert.equal(run.status, "Completed", `the liveness run ended ${run.status}: ${JSON.stringify(run.output)}`);
      assert.deepEqual(run.output, { doubled: n * 2 });
    },
    async close() {
      replies.close();
      await closeWorker(sdkWorker);
      await srv.stop();
    },
  };
}

async function closeWorker(w: WorkerConnection): Promise<void> {
  await w.close().catch(() => undefined);
}

/**
 * A raw worker for the `fuzz-replies` app: a property asks for a live request (a run started for
 * it, its first request ACKed and held); every other request it gets (later steps, retries of the
 * garbage the properties sent) is answered DONE so nothing piles up.
 */
class ReplyWorker {
  readonly #apiUrl: string;
  #worker?: Promise<RawWorker>;
  #heartbeat?: NodeJS.Timeout;
  readonly #waiting = new Map<number, (req: pb.v1.GatewayExecutorRequestData) => void>();
  #cases = 0;
  #closed = false;

  constructor(apiUrl: string) {
    this.#apiUrl = apiUrl;
  }

  async liveRequest(srv: TetherProcess): Promise<LiveRequest> {
    const w = await this.#connected();
    const n = ++this.#cases;
    const taken = new Promise<pb.v1.GatewayExecutorRequestData>((r) => this.#waiting.set(n, r));
    await srv.sendEvent({ name: `${REPLY_APP}/go`, data: { case: n } });
    let timer: NodeJS.Timeout | undefined;
    const req = await Promise.race([
      taken,
      w.closed.then(({ code, reason }) => Promise.reject(new FuzzFailure(`the reply worker's socket closed (${code} ${reason})`))),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new FuzzFailure("no request for the live run within 30 s")), 30_000))),
    ]).finally(() => {
      clearTimeout(timer);
      this.#waiting.delete(n);
    });
    return {
      req,
      send: (kind, payload) => w.send(kind, payload),
      reply: async (payload) => {
        w.send(K.WORKER_REPLY, payload);
        for (;;) {
          const ack = pb.v1.WorkerReplyAckData.decode((await w.next(K.WORKER_REPLY_ACK, 15_000).catch(() => {
            throw new FuzzFailure(`no WORKER_REPLY_ACK for ${req.requestId}${w.ws.readyState === w.ws.OPEN ? "" : " (the socket closed)"}`);
          })).payload);
          if (ack.requestId === req.requestId) break;
        }
        // Only requests are consumed by the pump: drop acks and the raw log, or 100k cases fill memory.
        w.frames.splice(0, w.frames.length, ...w.frames.filter((f) => f.kind === K.GATEWAY_EXECUTOR_REQUEST));
        w.raw.length = 0;
      },
    };
  }

  close(): void {
    this.#closed = true;
    clearInterval(this.#heartbeat);
    void this.#worker?.then((w) => w.close(), () => undefined);
  }

  /** The socket, connected (again, after the gateway closed it: that is reported as a failure once). */
  #connected(): Promise<RawWorker> {
    const current = this.#worker;
    if (current) {
      return current.then((w) => (w.ws.readyState === w.ws.OPEN ? w : ((this.#worker = undefined), this.#connected())));
    }
    this.#worker = connectRawWorker(this.#apiUrl, [{ name: REPLY_APP, functions: [fnConfig(REPLY_APP, "f", `${REPLY_APP}/go`, 0)] }])
      .then(({ worker }) => {
        clearInterval(this.#heartbeat);
        this.#heartbeat = setInterval(() => worker.send(K.WORKER_HEARTBEAT), HEARTBEAT_MS);
        void this.#pump(worker);
        return worker;
      });
    return this.#worker;
  }

  async #pump(w: RawWorker): Promise<void> {
    while (!this.#closed && w.ws.readyState === w.ws.OPEN) {
      let taken;
      try {
        taken = await takeRequest(w, 60_000);
      } catch {
        continue;
      }
      const { req, body } = taken;
      const n = body?.event?.data?.case;
      const first = body?.ctx?.attempt === 0 && Object.keys(body?.steps ?? {}).length === 0;
      const waiter = typeof n === "number" && first ? this.#waiting.get(n) : undefined;
      if (waiter) waiter(req);
      else w.send(K.WORKER_REPLY, replyFrame(req, pb.v1.SDKResponseStatus.DONE, null));
    }
  }
}
