// The only module in the SDK that reads `process.env`. Everything else receives resolved values.
// Tether names win over the Inngest names so one process can hold both SDKs.

/** Environment values the SDK understands, already trimmed; `undefined` when unset or empty. */
export interface SdkEnvironment {
  baseUrl?: string;
  eventKey?: string;
  signingKey?: string;
  gatewayUrl?: string;
  maxWorkerConcurrency?: string;
}

function first(env: NodeJS.ProcessEnv, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

/** Reads the SDK's environment variables once. `env` is injectable for tests. */
export function readSdkEnvironment(env: NodeJS.ProcessEnv = process.env): SdkEnvironment {
  return {
    baseUrl: first(env, "TETHER_BASE_URL", "INNGEST_BASE_URL"),
    eventKey: first(env, "TETHER_EVENT_KEY", "INNGEST_EVENT_KEY"),
    signingKey: first(env, "TETHER_SIGNING_KEY", "INNGEST_SIGNING_KEY"),
    gatewayUrl: first(env, "TETHER_CONNECT_GATEWAY_URL", "INNGEST_CONNECT_GATEWAY_URL"),
    maxWorkerConcurrency: first(
      env,
      "TETHER_CONNECT_MAX_WORKER_CONCURRENCY",
      "INNGEST_CONNECT_MAX_WORKER_CONCURRENCY",
    ),
  };
}
