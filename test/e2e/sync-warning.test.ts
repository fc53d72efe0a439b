// A sync that replaces another sync's functions is logged as a warning naming both (issue 15,
// "the first hour"): two workers started with the same app id and different functions replace
// each other's on every sync. A real `tether dev` process, its log read from its output.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startTether, type TetherProcess } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

let tether: TetherProcess;
before(async () => {
  tether = await startTether();
});
after(async () => {
  await tether?.stop();
});

const register = (url: string, ids: string[]) => fetch(`${tether.apiUrl}/fn/register`, {
  method: "POST",
  body: JSON.stringify({ url, appName: "twin-app", sdk: "js:v4", // SDKs register composite ids, `<app id>-<function id>`.
  functions: ids.map((id) => ({ id: `twin-app-${id}`, triggers: [{ event: `twin/${id}` }] })) }),
});

test("a second sync of the same app id that drops the first one's functions is a warning naming both syncs", async () => {
  assert.equal((await register("http://127.0.0.1:3001/api/inngest", ["greet", "wave"])).status, 200);
  assert.doesNotMatch(tether.output(), /drops functions/, "a first sync replaces nothing");
  assert.equal((await register("http://127.0.0.1:3002/api/inngest", ["greet"])).status, 200);
  const line = await waitFor(() => tether.output().split("\n").find((l) => l.includes("drops functions")), { what: "the warning" });
  const entry = JSON.parse(line);
  assert.equal(entry.level, 40, "logged at warn");
  assert.match(entry.msg, /app "twin-app" synced from http:\/\/127\.0\.0\.1:3002\/api\/inngest .* drops functions twin-app-wave .* previous sync from http:\/\/127\.0\.0\.1:3001\/api\/inngest/);
  assert.deepEqual(entry.conflict.dropped, ["twin-app-wave"]);
});
