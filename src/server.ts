// Composition of the embedded server (`tether dev` / `tether start`): one process with API,
// gateway and executor on the in-process bus and the SQLite store. Used by the CLI and by
// in-process tests; signals are handled by the CLI only.
import { createHash } from "node:crypto";
import type { Logger } from "pino";
import { Gateway } from "../gateway/index.ts";
import { DEV_SESSION_SECRET } from "../gateway/index.ts";
import { ApiServer, serveAppSync } from "./api/index.ts";
import { MemoryBus } from "./bus/index.ts";
import type { Config } from "./config.ts";
import { Executor } from "./executor/index.ts";
import { MemoryConnectState, SqliteStore } from "./state/index.ts";

export interface RunningServer {
  api: ApiServer;
  gateway: Gateway;
  executor: Executor;
  store: SqliteStore;
  close(): Promise<void>;
}

export async function startEmbedded(config: Config, log: Logger): Promise<RunningServer> {
  const bus = new MemoryBus();
  const store = new SqliteStore(config.db);
  const connectState = new MemoryConnectState();
  const sessionSecret = config.sessionSecret
    ?? (config.signingKey ? createHash("sha256").update(`tether-session:${config.signingKey}`).digest("hex") : DEV_SESSION_SECRET);
  const executor = new Executor({
    store, connectState, bus, log, concurrency: config.queueWorkers, soleExecutor: true,
    retryIntervalMs: config.retryInterval ? config.retryInterval * 1000 : undefined,
    requestLeaseMs: config.leaseMs, orphanGraceMs: config.orphanGraceMs, signingKey: config.signingKey,
  });
  const stopSync = serveAppSync(bus, store, log, () => executor.invalidateFunctions());
  const gateway = new Gateway({
    bus, state: connectState, log, port: config.gatewayPort, host: config.host, sessionSecret,
    timings: {
      heartbeatIntervalMs: config.heartbeatIntervalMs, leaseMs: config.leaseMs,
      extendLeaseIntervalMs: Math.max(1, Math.floor(config.leaseMs / 4)),
    },
  });
  const api = new ApiServer({
    store, connectState, bus, log, port: config.port, host: config.host, gatewayPort: config.gatewayPort,
    gatewayUrl: config.gatewayUrl, sessionSecret, eventKey: config.eventKey, signingKey: config.signingKey,
    onAppSynced: () => executor.invalidateFunctions(),
  });
  await executor.start();
  await gateway.start();
  await api.start();
  let closing: Promise<void> | undefined;
  return {
    api, gateway, executor, store,
    close() {
      closing ??= (async () => {
        // Stop intake, let in-flight requests finish over the still-open gateway, then close it.
        await api.close();
        await executor.close();
        await gateway.close({ graceMs: 0 });
        stopSync();
        await bus.close();
        await connectState.close();
        await store.close();
      })();
      return closing;
    },
  };
}
