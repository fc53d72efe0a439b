// A secured NATS (user/password or token) is reached with credentials in the `--nats` URL, which
// the nats.js client would otherwise ignore (src/common/nats.ts parseNatsUrl); logs never show them.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { connectNats, parseNatsUrl, redactNatsUrl } from "../../src/common/nats.ts";
import { natsAvailable, type NatsServer, startNats } from "../helpers/nats-server.ts";

describe("NATS credentials in the --nats URL", () => {
  it("takes user:password and token out of the URLs and leaves the servers", () => {
    assert.deepEqual(parseNatsUrl("nats://u%40x:p%3Aw@h1:4222, nats://u%40x:p%3Aw@h2:4222"),
      { servers: ["nats://h1:4222", "nats://h2:4222"], user: "u@x", pass: "p:w" });
    assert.deepEqual(parseNatsUrl("nats://s3cr3t@h1:4222"), { servers: ["nats://h1:4222"], token: "s3cr3t" });
    assert.deepEqual(parseNatsUrl("nats://h1:4222"), { servers: ["nats://h1:4222"] });
    assert.throws(() => parseNatsUrl("nats://a:b@h1,nats://c:d@h2"), /same credentials/);
  });

  it("redacts credentials for logs", () => {
    assert.equal(redactNatsUrl("nats://u:p@h1:4222,nats://t@h2:4222,nats://h3"), "nats://***@h1:4222,nats://***@h2:4222,nats://h3");
  });
});

const skip = natsAvailable() ? false : "nats-server not installed";

describe("a NATS server that requires a user and password", { skip }, () => {
  let nats: NatsServer;
  before(async () => {
    nats = await startNats(["--user", "tether", "--pass", "pa:ss@word"]);
  });
  after(async () => nats?.stop());

  it("accepts a connection with the credentials in the URL", async () => {
    const url = nats.url.replace("nats://", `nats://tether:${encodeURIComponent("pa:ss@word")}@`);
    const nc = await connectNats(url, { connectOptions: { maxReconnectAttempts: 0 } });
    await nc.flush();
    await nc.close();
  });

  it("refuses a connection without them", async () => {
    await assert.rejects(connectNats(nats.url, { connectOptions: { maxReconnectAttempts: 0, reconnect: false } }),
      (err: { code?: string }) => err.code === "AUTHORIZATION_VIOLATION");
  });
});
