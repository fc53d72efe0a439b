// The worker SDK as a published package (issue 15, point 1; worker-sdk/README.md, "Install"):
// `npm pack` in worker-sdk/ (its `prepack` builds dist/ with tsc), the tarball installed into a
// temporary plain-Node app (no TypeScript, no tsx), a function run through it against a real
// `tether dev`; then publint and attw check the same package.
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { promisify } from "node:util";
import { ROOT, startTether, type TetherProcess } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

const execFileAsync = promisify(execFile);
const SDK_DIR = join(ROOT, "worker-sdk");
const BIN = join(ROOT, "node_modules", ".bin");
const sdkPackage = JSON.parse(readFileSync(join(SDK_DIR, "package.json"), "utf8"));
const dir = mkdtempSync(join(tmpdir(), "tether-sdk-package-"));
const appDir = join(dir, "app");
let tarball = "";
let server: TetherProcess | undefined;
let worker: ReturnType<typeof spawn> | undefined;

/**
 * The environment for child npm and node processes: without the `npm_*` variables of an
 * enclosing `npm test` (npm reads `npm_config_*` as its own config, e.g. the project root) and
 * without NODE_OPTIONS, so the app runs on plain Node.
 */
function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_")));
  delete env.NODE_OPTIONS;
  return { ...env, ...extra };
}

/** Runs a command to completion; a failure carries its whole output (attw reports on stdout). */
async function run(cmd: string, args: string[], cwd: string): Promise<void> {
  try {
    await execFileAsync(cmd, args, { cwd, env: plainEnv(), maxBuffer: 16 << 20 });
  } catch (err) {
    const e = err as { message: string; stdout?: string; stderr?: string };
    throw new Error(`${e.message}\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}

const APP = `
import { Tether, connect, SDK_VERSION } from "@tether/worker-sdk";
import { channel, subscribe } from "@tether/worker-sdk/browser";
import { TestEngine } from "@tether/worker-sdk/testing";

const tether = new Tether({ id: "sdk-package-app" });
tether.createFunction({ id: "double", triggers: [{ event: "sdk-package/double" }] }, async ({ event, step }) => {
  const doubled = await step.run("double", () => event.data.n * 2);
  return { doubled, version: SDK_VERSION };
});
await connect({ apps: [tether] });
console.log("READY " + JSON.stringify({
  main: import.meta.resolve("@tether/worker-sdk"),
  browser: import.meta.resolve("@tether/worker-sdk/browser"),
  exports: [typeof channel, typeof subscribe, typeof TestEngine],
}));
`;

before(async () => {
  await run("npm", ["pack", "--pack-destination", dir], SDK_DIR);
  tarball = join(dir, readdirSync(dir).find((f) => f.endsWith(".tgz"))!);
  mkdirSync(appDir);
  writeFileSync(join(appDir, "package.json"), JSON.stringify({ name: "sdk-package-app", private: true, type: "module" }));
  writeFileSync(join(appDir, "app.mjs"), APP);
  // The dependencies are in the npm cache from the root install.
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], appDir);
});

after(async () => {
  if (worker && worker.exitCode === null) worker.kill("SIGKILL");
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test("a plain Node app installs the packed SDK and runs a function against tether dev", async () => {
  server = await startTether();
  let out = "";
  worker = spawn(process.execPath, ["app.mjs"], { cwd: appDir, env: plainEnv({ TETHER_BASE_URL: server.apiUrl }), stdio: ["ignore", "pipe", "pipe"] });
  worker.stdout!.on("data", (d) => (out += d));
  worker.stderr!.on("data", (d) => (out += d));
  const ready = await waitFor(() => /READY (.*)/.exec(out)?.[1], { timeoutMs: 20_000, what: `the app to connect: ${out}` });
  const resolved = JSON.parse(ready);
  // Both entry points come from the installed copy, not from the repository's sources.
  const installed = new URL(`file://${join(appDir, "node_modules", "@tether", "worker-sdk", "dist")}/`).href;
  assert.equal(resolved.main, `${installed}index.js`);
  assert.equal(resolved.browser, `${installed}realtime/index.js`);
  assert.deepEqual(resolved.exports, ["function", "function", "function"]);

  const sent = await server.sendEvent({ name: "sdk-package/double", data: { n: 21 } });
  assert.equal(sent.status, 200);
  const [runRow] = await server.waitForRuns(sent.ids[0]);
  assert.equal(runRow.status, "Completed", out);
  assert.deepEqual(runRow.output, { doubled: 42, version: sdkPackage.version });
});

test("publint and attw pass on the package", async () => {
  await run(join(BIN, "publint"), ["--strict", SDK_DIR], SDK_DIR);
  // ESM-only (type module, Node >= 20, no `require` condition): the esm-only profile leaves out
  // the node10 and CommonJS-require resolutions, which this package does not offer.
  await run(join(BIN, "attw"), ["--profile", "esm-only", tarball], dir);
});
