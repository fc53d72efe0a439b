// connect(): validates options and starts a WorkerConnection; resolves once it is ACTIVE.

import { resolveConnectConfig, type ConnectOptions } from "./connect-options.ts";
import { WorkerConnection } from "./worker-connection.ts";

/**
 * Connects the given apps to a gateway and serves their functions until `close()`.
 * Resolves when the first connection is ACTIVE; keeps retrying (with backoff, a `warn` per failed
 * attempt) until then. Rejects with ConfigError for invalid options, AuthError (code AUTH_FAILED)
 * when the server refuses the signing key, or ClosedError if closed before connecting.
 */
export async function connect(options: ConnectOptions): Promise<WorkerConnection> {
  const connection = new WorkerConnection(resolveConnectConfig(options));
  await connection.start();
  return connection;
}
