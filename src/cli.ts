// Composition root of the `tether` command: config → logger → components → signals.
import pino, { type Logger } from "pino";
import { TetherError } from "./common/index.ts";
import { redactNatsUrl } from "./common/nats-url.ts";
import { loadConfig, ROLES, type Role } from "./config.ts";
import { usage } from "./options.ts";
import { startServer } from "./server.ts";

function makeLogger(level: string): Logger {
  const redact = { paths: ["signingKey", "eventKey", "*.signingKey", "*.authorization", "headers.authorization"], censor: "[redacted]" };
  if (process.stdout.isTTY) {
    return pino({ level, redact, transport: { target: "pino-pretty", options: { colorize: true, translateTime: "HH:MM:ss.l", ignore: "pid,hostname" } } });
  }
  return pino({ level, redact });
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const role = ROLES.find((r) => r === argv[0]) as Role | undefined;
  if (argv.length === 0 || argv[0] === "help" || argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(usage(role));
    return;
  }
  let config;
  try {
    config = loadConfig(argv, process.env);
  } catch (err) {
    // The error, and where the options are: not the whole help after every mistake.
    process.stderr.write(`tether: ${(err as Error).message}\nRun \`tether ${role ? `${role} ` : ""}--help\` for the options.\n`);
    process.exitCode = 2;
    return;
  }
  const log = makeLogger(config.logLevel);
  const server = await startServer(config, log);
  log.info({
    role: config.role,
    store: config.nats ? `nats ${redactNatsUrl(config.nats)} (${config.natsPrefix})` : config.db,
    ...(server.api ? { api: `http://${config.host}:${server.api.port}` } : {}),
    ...(server.gateway ? { gateway: `ws://${config.host}:${server.gateway.port}/v0/connect` } : {}),
  }, "tether is ready");
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      log.warn({ signal }, "forced exit");
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, "shutting down");
    server.close().then(() => process.exit(0), (err) => {
      log.error({ err }, "shutdown failed");
      process.exit(1);
    });
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((err) => {
  const e = err instanceof TetherError ? `${err.code}: ${err.message}` : (err as Error)?.stack ?? String(err);
  process.stderr.write(`tether: ${e}\n`);
  process.exit(1);
});
