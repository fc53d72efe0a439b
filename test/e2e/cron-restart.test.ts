// Cron ticks survive kill -9 (docs/semantics.md §14, issue 5): the schedule lives in the SQLite store,
// so a tick that fell due while `tether dev` was down fires once after the restart, and a restart
// after it fired does not fire it again. A yearly cron keeps the real clock out of the test; the
// test moves the stored tick's time to "now" while the server is down, as the clock would.
import Database from "better-sqlite3";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { freePort } from "../helpers/ports.ts";
import { startTether, type TetherProcess } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

/** A serve()-style SDK endpoint that completes every run with its trigger, and records the calls. */
async function startSdk(port: number): Promise<{ server: Server; calls: { runId: string; event: any }[] }> {
  const calls: { runId: string; event: any }[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => {
      const payload = JSON.parse(body);
      calls.push({ runId: payload.ctx.run_id, event: payload.event });
      res.writeHead(200, { "content-type": "application/json", "x-inngest-sdk": "js:v4.0.0", "x-inngest-req-version": "2" });
      res.end(JSON.stringify({ scheduled: payload.event.id }));
    });
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return { server, calls };
}

test("a cron tick due while tether dev was killed fires once after the restart, and never again", { timeout: 60_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "tether-cron-restart-"));
  const db = join(dir, "tether.db");
  const sdkPort = await freePort();
  const sdk = await startSdk(sdkPort);
  let tether: TetherProcess | undefined = await startTether({ db });
  const { port, gatewayPort } = tether;
  t.after(async () => {
    await tether?.stop();
    sdk.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const url = `http://127.0.0.1:${sdkPort}/api/inngest`;
  const r = await fetch(`${tether.apiUrl}/fn/register`, {
    method: "POST",
    body: JSON.stringify({
      url, appName: "cron-e2e", sdk: "js:v4", functions: [{
        id: "cron-e2e-yearly", name: "yearly", triggers: [{ cron: "0 0 1 1 *" }],
        steps: { step: { id: "step", runtime: { type: "http", url: `${url}?fnId=cron-e2e-yearly&stepId=step` } } },
      }],
    }),
  });
  assert.equal(r.status, 200, await r.text());

  // ---- kill -9, then let the clock "reach" the stored tick while the server is down ------------
  await tether.kill9();
  const file = new Database(db);
  const ticks = file.prepare("SELECT id, doc FROM jobs WHERE id LIKE 'cron-%'").all() as { id: string; doc: string }[];
  assert.equal(ticks.length, 1, "the schedule is stored");
  const scheduledAt = new Date(JSON.parse(ticks[0].doc).payload.cron.at).toISOString();
  file.prepare("UPDATE jobs SET run_at = ? WHERE id = ?").run(Date.now() - 1_000, ticks[0].id);
  file.close();

  tether = await startTether({ db, port, gatewayPort });
  await waitFor(() => sdk.calls.length >= 1, { what: "the due tick to fire after the restart" });
  const [call] = sdk.calls;
  assert.equal(call.event.name, "inngest/scheduled.timer");
  assert.equal(call.event.id, scheduledAt, "the event is the stored tick's instant");
  const run = await waitFor(async () => {
    const body = await tether!.getJson(`/v1/runs/${call.runId}`);
    return body.data?.status === "Completed" ? body.data : undefined;
  }, { what: "the cron run to complete" });
  assert.deepEqual(run.output, { scheduled: scheduledAt });

  // ---- kill -9 again after the tick fired: the restart must not fire it a second time ----------
  await tether.kill9();
  const after = new Database(db, { readonly: true });
  const next = after.prepare("SELECT doc FROM jobs WHERE id LIKE 'cron-%'").all() as { doc: string }[];
  after.close();
  assert.equal(next.length, 1, "exactly one next tick is stored");
  assert.ok(JSON.parse(next[0].doc).payload.cron.at > Date.parse(scheduledAt), "the next tick is later than the fired one");
  tether = await startTether({ db, port, gatewayPort });
  await new Promise((res) => setTimeout(res, 1_500));
  assert.equal(sdk.calls.length, 1, "the tick fired once across both restarts");
});
