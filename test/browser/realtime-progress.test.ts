// The realtime example in a real browser: `tether dev` and the example worker run as real
// processes; headless Debian Chromium (driven by playwright-core) opens the example page served
// by Tether, which subscribes with the browser build of the subscribe client and starts a run;
// the function publishes ten progress updates over its socket, then streams a summary. The page
// must show all ten, in order, and the whole summary. A screenshot goes to test-results/ (git-ignored).
// Without /usr/bin/chromium the test skips, except under CI, where it fails.
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { chromium, type BrowserContext } from "playwright-core";
import { ROOT, startTether, type TetherProcess } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const RESULTS = join(ROOT, "test-results");
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (.ci/run does)`);

describe("realtime progress example in headless Chromium", { skip: haveChromium ? false : `${CHROMIUM} not installed` }, () => {
  let tether: TetherProcess;
  let worker: ChildProcess;
  let workerOut = "";
  let browser: BrowserContext;
  const profile = mkdtempSync(join(tmpdir(), "tether-chromium-"));

  before(async () => {
    tether = await startTether();
    worker = spawn(process.execPath, ["--import", import.meta.resolve("tsx"), join(ROOT, "examples", "realtime-progress", "worker.ts")], {
      cwd: ROOT, env: { ...process.env, TETHER_BASE_URL: tether.apiUrl }, stdio: ["ignore", "pipe", "pipe"],
    });
    worker.stdout!.on("data", (d) => (workerOut += d));
    worker.stderr!.on("data", (d) => (workerOut += d));
    await waitFor(() => workerOut.includes("connected"), { timeoutMs: 20_000, what: "the example worker to connect" });
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    if (worker && worker.exitCode === null) worker.kill("SIGKILL");
    await tether?.stop();
    rmSync(profile, { recursive: true, force: true });
  });

  test("the page served by Tether shows all ten updates a run publishes, in order", async () => {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (err) => pageErrors.push(String(err)));
    const response = await page.goto(`${tether.apiUrl}/examples/realtime-progress/?parts=10&delayMs=20&autostart=1`);
    assert.equal(response?.status(), 200, "Tether serves the example page");
    await page.waitForFunction(() => document.querySelectorAll("#updates li").length >= 10, undefined, { timeout: 30_000 });
    const items = await page.$$eval("#updates li", (lis) => lis.map((li) => li.textContent));
    assert.deepEqual(items, Array.from({ length: 10 }, (_, i) => `part ${i + 1} of 10 done`), "all ten updates, in order, once each");
    // Then a streamed publish: the summary arrives chunk by chunk and ends.
    await page.waitForSelector("#summary[data-done=true]", { timeout: 15_000 });
    assert.equal(await page.textContent("#summary"), "All 10 parts are done.", "the streamed summary, whole and in order");
    const runId = await page.textContent("#run");
    assert.match(runId ?? "", /^[0-9A-HJKMNP-TV-Z]{26}$/, "the page shows the publishing run's id");
    const run = await waitFor(async () => {
      const r = (await tether.getJson(`/v1/runs/${runId}`)).data;
      return r?.status === "Completed" ? r : undefined;
    }, { what: "the run to complete" });
    assert.deepEqual(run.output, { parts: 10 }, "the run that published is the one the page started");
    // The bar animates to full width; the screenshot waits for it.
    await page.waitForFunction(() => {
      const [fill, bar] = [document.querySelector("#fill"), document.querySelector("#bar")];
      return !!fill && !!bar && Math.abs(fill.getBoundingClientRect().width - bar.getBoundingClientRect().width) < 1;
    }, undefined, { timeout: 5_000 });
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, "realtime-progress.png"), fullPage: true });
    assert.deepEqual(pageErrors, [], "no errors in the page");
  });
});
