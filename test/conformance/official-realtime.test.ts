// Conformance: the official `inngest` SDK's realtime (`inngest/realtime`, v4) against a real
// `tether dev`: `inngest.realtime.token()` + `subscribe()` and `inngest.realtime.subscribe()` over
// the WebSocket, publishing with `inngest.realtime.publish` and `step.realtime.publish` from a
// connect() worker's run (also a streamed publish of a ReadableStream), and from outside any run (docs/execution-protocol.md §5,
// docs/official-sdk-observed.md §8).
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type FixtureProcess, startFixture } from "../helpers/official-sdk-worker.ts";
import { startTether, type TetherProcess } from "../helpers/server-process.ts";
import { connectWs, token } from "../helpers/realtime.ts";
import { waitFor } from "../helpers/wait.ts";

const SCRIPT = join(import.meta.dirname, "fixtures", "realtime-official.mjs");
const APP = "conf-realtime";
const CHANNEL = `chat:room-${process.pid}`;

describe("official SDK, realtime", () => {
  let tether: TetherProcess | undefined;
  let fixture: FixtureProcess | undefined;

  before(async () => {
    tether = await startTether();
    fixture = startFixture(SCRIPT, { env: { TETHER_API_URL: tether.apiUrl, APP_ID: APP, CHANNEL_ID: `room-${process.pid}` } });
    await fixture.waitForLine((l) => l.type === "ready", { timeoutMs: 30_000, what: "realtime fixture ready" });
  });

  after(async () => {
    await fixture?.stop();
    await tether?.stop();
  });

  const msgs = (via: string) => fixture!.lines().filter((l) => l.type === "msg" && l.via === via);

  test("realtime.token() gets a Tether JWT for the channel's topics", () => {
    const tok = fixture!.lines().find((l) => l.type === "token");
    assert.ok(tok && typeof tok.key === "string", "the fixture printed a token key");
    const claims = JSON.parse(Buffer.from(tok.key.split(".")[1], "base64url").toString("utf8"));
    assert.equal(claims.iss, "rt.inngest.com");
    assert.deepEqual(claims.topics.map((t: any) => [t.channel, t.name]), [[CHANNEL, "status"], [CHANNEL, "tokens"]]);
  });

  test("a run's realtime.publish and step.realtime.publish reach subscribers in order, with run_id", async () => {
    const res = await tether!.sendEvent({ name: `${APP}/publish`, data: { n: 7 } });
    assert.equal(res.status, 200);
    await waitFor(() => msgs("token").length >= 3, { timeoutMs: 30_000, what: "3 messages on the token subscriber" }).catch((err) => {
      throw new Error(`${err.message}\n${fixture!.output()}\n${tether!.output()}`);
    });
    const got = msgs("token");
    assert.deepEqual(got.map((m) => [m.topic, m.data]), [
      ["status", { phase: "started", n: 7 }],
      ["tokens", { text: "hello" }],
      ["status", { phase: "done", echoed: { text: "hello" } }],
    ]);
    for (const m of got) {
      assert.equal(m.kind, "data");
      assert.equal(m.channel, CHANNEL);
      assert.equal(typeof m.runId, "string", "run_id is set inside a run");
      assert.equal(typeof m.envId, "string", "env_id is set");
      assert.ok(!Number.isNaN(Date.parse(m.createdAt)), "created_at parses");
    }
    const [run] = await tether!.waitForRuns(res.ids[0]);
    assert.equal(got[0].runId, run.run_id ?? run.id);

    // The lazy subscriber asked only for "status".
    await waitFor(() => msgs("lazy").length >= 2, { what: "2 status messages on the lazy subscriber" });
    assert.deepEqual(msgs("lazy").map((m) => m.data.phase), ["started", "done"]);
  });

  test("a run's realtime.publish of a ReadableStream is a text/stream publish subscribers get as a stream", async () => {
    // Heard with a raw WebSocket: the official subscriber cannot take streams (see the fixture).
    const sub = await connectWs(tether!.apiUrl, await token(tether!.apiUrl, [{ channel: CHANNEL, name: "stream" }]));
    try {
      const res = await tether!.sendEvent({ name: `${APP}/stream`, data: {} });
      assert.equal(res.status, 200);
      await waitFor(() => sub.messages.some((m) => m.kind === "datastream-end"), { timeoutMs: 30_000, what: "the stream end" }).catch((err) => {
        throw new Error(`${err.message}\n${fixture!.output()}\n${tether!.output()}`);
      });
      const got = sub.messages;
      assert.equal(got[0].kind, "datastream-start");
      assert.equal(got.at(-1).kind, "datastream-end");
      const chunks = got.slice(1, -1);
      assert.ok(chunks.length >= 1 && chunks.every((m) => m.kind === "chunk" && m.stream_id === got[0].data), "chunks of the stream");
      assert.equal(chunks.map((m) => m.data).join(""), "alpha beta gamma", "the streamed text, whole and in order");
      assert.equal(typeof got[0].run_id, "string", "the stream carries the run id");
      assert.equal(fixture!.proc.exitCode, null, "the official subscribers (other topics) are unaffected");
    } finally {
      sub.ws.close();
    }
  });

  test("realtime.publish outside a run publishes without run_id", async () => {
    fixture!.proc.kill("SIGUSR2");
    await fixture!.waitForLine((l) => l.type === "published" || l.type === "publish-failed", { what: "publish result" });
    assert.equal(fixture!.lines().find((l) => l.type === "publish-failed"), undefined);
    await waitFor(() => msgs("token").some((m) => m.data?.phase === "outside"), { what: "the outside message" });
    const m = msgs("token").find((x) => x.data?.phase === "outside")!;
    assert.equal(m.runId, undefined);
  });
});
