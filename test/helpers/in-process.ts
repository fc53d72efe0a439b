// Starts the embedded server in this process on free ports (integration tests).
import pino from "pino";
import { loadConfig } from "../../src/config.ts";
import { type RunningServer, startServer } from "../../src/server.ts";
import { freePort } from "./ports.ts";

export interface InProcessServer extends RunningServer {
  api: NonNullable<RunningServer["api"]>;
  gateway: NonNullable<RunningServer["gateway"]>;
  executor: NonNullable<RunningServer["executor"]>;
  apiUrl: string;
  gatewayUrl: string;
}

export async function startInProcess(extraArgs: string[] = [], env: Record<string, string> = {}): Promise<InProcessServer> {
  const port = await freePort();
  const gatewayPort = await freePort();
  const config = loadConfig(["dev", "--host", "127.0.0.1", "--port", String(port), "--gateway-port", String(gatewayPort),
    "--db", ":memory:", ...extraArgs], env);
  const server = await startServer(config, pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }));
  return {
    ...server, api: server.api!, gateway: server.gateway!, executor: server.executor!,
    apiUrl: `http://127.0.0.1:${port}`, gatewayUrl: `ws://127.0.0.1:${gatewayPort}/v0/connect`,
  };
}
