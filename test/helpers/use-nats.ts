// One private nats-server per test file for the suites that run on NATS as well as without it
// (the store, flow-store and bus contracts...): started before the file's tests, stopped after.
import { after, before } from "node:test";
import { natsAvailable, type NatsServer, startNats } from "./nats-server.ts";

export interface NatsForSuite {
  /** The `skip` option for a suite that needs the server: set only when it is missing and CI is not set. */
  skip: string | undefined;
  /** The running server; throws if the suite was not skipped but no server started. */
  server(): NatsServer;
  url(): string;
}

/**
 * One private nats-server for this test file, started before its tests and stopped after them
 * (file-level hooks: call at the top level). Without the binary it is not started and `skip` says
 * why, which natsAvailable allows only when CI is not set.
 */
export function useNats(): NatsForSuite {
  const hasNats = natsAvailable();
  let nats: NatsServer | undefined;
  before(async () => {
    if (hasNats) nats = await startNats();
  });
  after(async () => {
    await nats?.stop();
  });
  const server = () => {
    if (!nats) throw new Error("nats-server is not running");
    return nats;
  };
  return { skip: hasNats ? undefined : "nats-server not installed", server, url: () => server().url };
}
