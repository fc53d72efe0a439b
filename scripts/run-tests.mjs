// Runs every test/**/*.test.ts with Node's test runner (Node 20 has no glob support in --test).
// Usage: node scripts/run-tests.mjs [dir-or-file ...]   (default: test/)
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
const res = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2",
  "--test-timeout=120000", ...files], { stdio: "inherit", env: process.env });
process.exit(res.status ?? 1);
