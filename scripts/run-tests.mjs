// Runs every test/**/*.test.ts with Node's test runner (Node 20 has no glob support in --test).
// Usage: node scripts/run-tests.mjs [dir-or-file ...]   (default: test/)
// Two phases: every file but the fault scenarios two at a time, then the fault scenarios one by one.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function collect(path, out) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) collect(join(path, name), out);
  } else if (path.endsWith(".test.ts")) out.push(path);
  return out;
}
const roots = process.argv.slice(2);
const files = (roots.length ? roots : ["test"]).flatMap((r) => collect(r, []));
if (files.length === 0) {
  console.error("no test files found");
  process.exit(1);
}
// The fault-injection scenarios (test/e2e/fault-*) each run a cluster of ten processes that
// alone keep both cores busy: they run one at a time, after the rest, so no scenario's timing
// (job leases, heartbeats) competes with another test's processes.
const serial = files.filter((f) => /(^|\/)fault-[^/]*\.test\.ts$/.test(f));
const parallel = files.filter((f) => !serial.includes(f));
function run(list, concurrency) {
  if (list.length === 0) return 0;
  const res = spawnSync(process.execPath, ["--import", "tsx", "--test", `--test-concurrency=${concurrency}`,
    "--test-timeout=120000", ...list], { stdio: "inherit", env: process.env });
  return res.status ?? 1;
}
const first = run(parallel, 2);
const second = run(serial, 1);
if (first !== 0 || second !== 0) console.error(`tests failed: ${first !== 0 ? "main phase" : ""}${first !== 0 && second !== 0 ? " and " : ""}${second !== 0 ? "fault-injection phase" : ""}`);
process.exit(first || second);
