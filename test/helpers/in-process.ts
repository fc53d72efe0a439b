// Starts the embedded server in this process on free ports (integration tests).
import pino from "pino";
import { loadConfig } from "../../src/config.ts";
import { type RunningServer, type ServerHooks, startServer } from "../../src/server.ts";

export interface InProcessServer extends RunningServer {
  api: NonNullable<RunningServer["api"]>;
  gateway: NonNullable<RunningServer["gateway"]>;
  executor: NonNullable<RunningServer["executor"]>;
  apiUrl: string;
  gatewayUrl: string;
}

/**
 * Both ports are chosen by the kernel as the servers listen (port 0): a port found free and then
 * released could be taken by any other process's connection before the server binds it.
 */
export async function startInProcess(extraArgs: string[] = [], env: Record<string, string> = {}, hooks: ServerHooks = {}): Promise<InProcessServer> {
  const config = loadConfig(["dev", "--host", "127.0.0.1", "--port", "0", "--gateway-port", "0", "--db", ":memory:", ...extraArgs], env);
  const server = await startServer(config, pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }), hooks);
  const port = server.api!.port;
  const gatewayPort = server.gateway!.port;
  return {
    ...server, api: server.api!, gateway: server.gateway!, executor: server.executor!,
    apiUrl: `http://127.0.0.1:${port}`, gatewayUrl: `ws://127.0.0.1:${gatewayPort}/v0/connect`,
  };
}
