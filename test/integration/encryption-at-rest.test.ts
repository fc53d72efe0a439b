// Encryption at rest (issue 15, point 3): a run of a function whose app uses the encryption
// middleware, against the embedded server on SQLite and on NATS/JetStream. The function sees its
// event, step results and awaited data in plaintext and its output decrypts to what it returned,
// while every row of the SQLite file and every message of every JetStream stream (the KV buckets
// for events, steps and runs included) holds only ciphertext: none of the run's secrets appear.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import Database from "better-sqlite3";
import { connectNats } from "../../src/common/nats.ts";
import { connect, encryptionMiddleware, Encryptor, generateEncryptionKey, isEnvelope, Tether, type WorkerConnection } from "../../worker-sdk/index.ts";
import { startInProcess, type InProcessServer } from "../helpers/in-process.ts";
import { natsAvailable, startNats, type NatsServer } from "../helpers/nats-server.ts";
import { waitFor } from "../helpers/wait.ts";

const key = { id: "k-2026", key: generateEncryptionKey() };
const ENVELOPE_MARK = "__ENCRYPTED__";

/** Fresh secrets per run, so nothing else in a store can contain them by chance. */
function secrets() {
  const s = (label: string) => `${label}-${randomUUID()}`;
  return { event: s("event-secret"), step: s("step-secret"), sent: s("sent-secret"), output: s("output-secret") };
}

interface Stored {
  /** Every value the store holds, as text, each prefixed by its table or stream name. */
  texts(): Promise<string[]>;
  /** The table (SQLite) or KV stream (JetStream) holding the store's `events`, `steps` or `runs`. */
  home(name: "events" | "steps" | "runs"): string;
}

const adapters = [
  {
    name: "SQLite",
    nats: false,
    async start(dir: string) {
      const db = join(dir, "tether.db");
      const srv = await startInProcess(["--db", db]);
      const stored: Stored = {
        async texts() {
          const conn = new Database(db, { readonly: true, fileMustExist: true });
          try {
            const tables = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
            return tables.flatMap(({ name }) => (conn.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((row) => `${name}: ${JSON.stringify(row)}`));
          } finally {
            conn.close();
          }
        },
        home: (name) => name,
      };
      return { srv, stored, stop: async () => undefined };
    },
  },
  {
    name: "JetStream",
    nats: true,
    async start() {
      const nats: NatsServer = await startNats();
      const prefix = `enc${randomUUID().slice(0, 8)}`;
      const srv = await startInProcess(["--nats", nats.url, "--nats-prefix", prefix]);
      const stored: Stored = {
        async texts() {
          const nc = await connectNats(nats.url);
          try {
            const jsm = await nc.jetstreamManager();
            const texts: string[] = [];
            for (const info of await jsm.streams.list().next()) {
              for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
                const msg = await jsm.streams.getMessage(info.config.name, { seq }).catch(() => undefined);
                if (msg) texts.push(`${info.config.name} ${msg.subject}: ${new TextDecoder().decode(msg.data)}`);
              }
            }
            return texts;
          } finally {
            await nc.close();
          }
        },
        home: (name) => `KV_${prefix}_${name}`,
      };
      return { srv, stored, stop: () => nats.stop() };
    },
  },
];

for (const adapter of adapters) {
  const skip = adapter.nats && !natsAvailable() ? { skip: "nats-server not installed" } : {};
  describe(`encryption at rest (${adapter.name})`, skip, () => {
    let dir: string;
    let srv: InProcessServer;
    let stored: Stored;
    let stop: () => Promise<void>;
    let worker: WorkerConnection;
    let tether: Tether;
    const secret = secrets();
    const seen: unknown[] = [];

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), "tether-enc-"));
      ({ srv, stored, stop } = await adapter.start(dir));
      tether = new Tether({ id: `enc-${adapter.name.toLowerCase()}`, baseUrl: srv.apiUrl, middleware: [encryptionMiddleware({ key })] });
      tether.createFunction({ id: "secret-keeper", triggers: [{ event: "enc/go" }] }, async ({ event, step }) => {
        seen.push(event.data.secret);
        const kept = await step.run("keep", () => ({ secret: secret.step }));
        seen.push(kept.secret);
        await step.sendEvent("tell", { name: "enc/told", data: { secret: secret.sent } });
        return { secret: secret.output, from: kept.secret };
      });
      worker = await connect({ apps: [tether], instanceId: `enc-worker-${adapter.name}`, handleShutdownSignals: [] });
    });

    after(async () => {
      await worker?.close();
      await srv?.close();
      await stop?.();
      rmSync(dir, { recursive: true, force: true });
    });

    const api = async (path: string) => (await (await fetch(`${srv.apiUrl}${path}`)).json()) as { data: any };

    test("the function sees plaintext and its output decrypts; the store holds envelopes and none of the secrets", { timeout: 60_000 }, async () => {
      const { ids } = await tether.send({ name: "enc/go", data: { secret: secret.event } });
      const runId = await waitFor(async () => (await api(`/v1/events/${ids[0]}/runs`)).data[0]?.run_id as string | undefined, { what: "run created" });
      const run = await waitFor(async () => {
        const r = (await api(`/v1/runs/${runId}`)).data;
        return r && r.status !== "Running" ? r : undefined;
      }, { timeoutMs: 30_000, what: "run ended" });
      assert.equal(run.status, "Completed");
      assert.deepEqual(seen, [secret.event, secret.step], "user code got plaintext");
      assert.ok(isEnvelope(run.output), "the server holds the output as an envelope");
      assert.deepEqual(new Encryptor({ key }).decrypt(run.output), { secret: secret.output, from: secret.step });

      const told = await waitFor(async () => ((await api(`/v1/events?name=enc/told`)).data as Array<{ data: unknown }>)[0], { what: "sent event stored" });
      assert.ok(isEnvelope(told.data), "a sent event's data is an envelope");

      const texts = await stored.texts();
      const all = texts.join("\n");
      for (const [what, value] of Object.entries(secret)) assert.ok(!all.includes(value), `the ${what} secret is not in the store`);
      // Events (trigger and sent), the step's result and the run's output are stored, encrypted.
      for (const name of ["events", "steps", "runs"] as const) {
        const rows = texts.filter((text) => text.split(/[: ]/)[0] === stored.home(name));
        assert.ok(rows.some((text) => text.includes(ENVELOPE_MARK)), `${stored.home(name)} holds envelopes (${rows.length} values read)`);
      }
      assert.ok(texts.some((text) => text.includes(runId) && text.includes("enc/go")), "the scan reads the run's rows in plaintext form (ids, names)");
    });
  });
}
