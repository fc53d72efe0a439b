// Runs the Bus contract against MemoryBus and, on a private nats-server, against NatsBus with
// two separate connections (skipped on a laptop without nats-server; required when CI is set).
// Plus what only NatsBus has: the server's max_payload, and failing fast while disconnected.
import assert from "node:assert/strict";
import { describe, test as nodeTest } from "node:test";
import { MemoryBus, NatsBus } from "../../src/bus/index.ts";
import { TetherError } from "../../src/common/index.ts";
import { busContract } from "../contract/bus.contract.ts";
import { useNats } from "../helpers/use-nats.ts";
import { waitFor } from "../helpers/wait.ts";

const nats = useNats();
const { skip } = nats;

busContract("MemoryBus", async () => {
  const bus = new MemoryBus();
  return { a: bus, b: bus, cleanup: () => bus.close() };
});

busContract("NatsBus", async () => {
  const [a, b] = await Promise.all([
    NatsBus.connect(nats.url(), { name: "contract-a" }),
    NatsBus.connect(nats.url(), { name: "contract-b" }),
  ]);
  return { a, b, cleanup: async () => void (await Promise.all([a.close(), b.close()])) };
}, { skip });

describe("NatsBus specifics", () => {
  const test = (title: string, fn: () => Promise<void>) => nodeTest(title, { skip }, fn);
  const code = (want: string) => (err: unknown) => err instanceof TetherError && err.code === want;

  test("a message over the server's max_payload fails with payload_too_large", async () => {
    const bus = await NatsBus.connect(nats.url());
    try {
      const huge = new Uint8Array(bus.connection.info!.max_payload + 1);
      assert.throws(() => bus.publish("test.huge", huge), code("payload_too_large"));
      await assert.rejects(bus.request("test.huge", huge, { timeoutMs: 1_000 }), code("payload_too_large"));
    } finally {
      await bus.close();
    }
  });

  test("while disconnected, request fails fast with connect_forward_failed; after reconnecting it works", async () => {
    const [a, b] = await Promise.all([NatsBus.connect(nats.url()), NatsBus.connect(nats.url())]);
    try {
      b.subscribe("test.outage", (m) => m.respond?.(new Uint8Array([1])));
      await waitFor(() => a.request("test.outage", new Uint8Array(), { timeoutMs: 500 }).then(() => true), { what: "responder up" });
      const restarted = nats.server().restart();
      // Only requests made once the client knows it is disconnected fail fast; one already in
      // flight when the server went away runs to its timeout (its reply may yet arrive).
      await waitFor(() => !a.debugSnapshot().connected, { timeoutMs: 5_000, what: "disconnect noticed" });
      const started = Date.now();
      await assert.rejects(a.request("test.outage", new Uint8Array(), { timeoutMs: 30_000 }), code("connect_forward_failed"));
      assert.ok(Date.now() - started < 1_000, "failed at once, not after the 30 s timeout");
      await restarted;
      await waitFor(() => a.request("test.outage", new Uint8Array(), { timeoutMs: 500 }).then(() => true), { timeoutMs: 10_000, what: "reply after reconnect" });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
