// The dashboard in a real browser (docs/dashboard.md): `tether dev` and an official-SDK connect
// worker run as real processes; headless Debian Chromium (playwright-core) opens every page and
// checks it shows real runs — one completed, one failed with a stack, one sleeping, one queued
// behind a concurrency limit — that a run page updates live while its steps finish, and that
// cancel, rerun, rerun from a step, pause/resume and "send a test event" work from the pages.
// A second server started with keys checks the sign-in. Screenshots go to test-results/.
// Without /usr/bin/chromium the test skips, except under CI, where it fails.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { type FixtureProcess, startFixture } from "../helpers/official-sdk-worker.ts";
import { ROOT, startTether, type TetherProcess } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const RESULTS = join(ROOT, "test-results");
const WORKER = join(ROOT, "test", "browser", "fixtures", "dashboard-worker.mjs");
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (.ci/run does)`);

const SIGNING_KEY = "signkey-test-4b1d9e2c7a5f3e8d6c0b2a4f6e8d0c1a";

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, `dashboard-${name}.png`), fullPage: true });
}

describe("the dashboard in headless Chromium", { skip: haveChromium ? false : `${CHROMIUM} not installed` }, () => {
  let tether: TetherProcess;
  let worker: FixtureProcess;
  let browser: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const profile = mkdtempSync(join(tmpdir(), "tether-chromium-"));
  const runs: Record<string, string> = {};

  const send = async (name: string, data: Record<string, unknown> = {}) => (await tether.sendEvent({ name, data })).ids[0];
  const runOf = async (eventId: string) => waitFor(async () => (await tether.getJson(`/v1/events/${eventId}/runs`)).data?.[0], { what: `a run for ${eventId}` });
  const runWhere = (runId: string, ok: (r: any) => boolean, what: string) =>
    waitFor(async () => {
      const r = (await tether.getJson(`/v1/runs/${runId}`)).data;
      return r && ok(r) ? r : undefined;
    }, { timeoutMs: 30_000, what });

  before(async () => {
    tether = await startTether();
    worker = startFixture(WORKER, { env: { TETHER_API_URL: tether.apiUrl } });
    await worker.waitForLine((l) => l.type === "ready", { timeoutMs: 30_000, what: "the dashboard worker to connect" });
    runs.ok = (await runOf(await send("dash/ok", { n: 3 }))).run_id;
    runs.fail = (await runOf(await send("dash/fail"))).run_id;
    runs.sleep = (await runOf(await send("dash/sleep"))).run_id;
    runs.holder = (await runOf(await send("dash/queued", { holdMs: 15_000 }))).run_id;
    await runWhere(runs.ok, (r) => r.status === "Completed", "the ok run to complete");
    await runWhere(runs.fail, (r) => r.status === "Failed", "the failing run to fail");
    await runWhere(runs.sleep, (r) => r.steps?.some((s: any) => s.name === "before") && r.waits?.length === 1, "the sleeper to sleep");
    // Behind the holder (concurrency 1, its step holds for 15 s), the second queues.
    runs.queued = (await runOf(await send("dash/queued", { holdMs: 0 }))).run_id;
    await runWhere(runs.queued, (r) => r.waiting?.reason === "concurrency", "the second queued run to wait for the limit");
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1360, height: 900 } });
    page = await browser.newPage();
    page.on("pageerror", (err) => pageErrors.push(String(err)));
  });

  after(async () => {
    await browser?.close();
    await worker?.stop();
    await tether?.stop();
    rmSync(profile, { recursive: true, force: true });
  });

  test("/ and /runs list the runs newest first, with their status, and filter by status and function", async () => {
    const res = await page.goto(`${tether.apiUrl}/`);
    assert.equal(res?.status(), 200);
    assert.match(res?.headers()["content-security-policy"] ?? "", /default-src 'self'/, "the page is served with a CSP");
    for (const id of Object.values(runs)) await page.waitForSelector(`[data-testid="run-${id}"]`);
    const order = await page.$$eval("[data-testid=runs-table] tbody tr", (trs) => trs.map((tr) => tr.getAttribute("data-testid")));
    assert.deepEqual(order.slice(0, 2), [`run-${runs.queued}`, `run-${runs.holder}`], "newest first");
    assert.equal(await page.getAttribute(`[data-testid="run-${runs.fail}"]`, "data-run-status"), "Failed");
    assert.equal(await page.getAttribute(`[data-testid="run-${runs.ok}"]`, "data-run-status"), "Completed");
    assert.match(await page.textContent(`[data-testid="run-${runs.queued}"]`) ?? "", /queued \(concurrency\)/);
    await shot(page, "runs");
    await page.selectOption("select[name=status]", "Failed");
    await page.waitForURL(/status=Failed/);
    await page.waitForSelector(`[data-testid="run-${runs.fail}"]`);
    assert.deepEqual(await page.$$eval("[data-testid=runs-table] tbody tr", (trs) => trs.map((tr) => tr.getAttribute("data-run-status"))), ["Failed"]);
    await page.goto(`${tether.apiUrl}/runs`);
    const sleepFn = (await tether.getJson(`/v1/runs/${runs.sleep}`)).data.function_id;
    await page.selectOption("select[name=function_id]", sleepFn);
    await page.waitForURL(/function_id=/);
    await page.waitForSelector(`[data-testid="run-${runs.sleep}"]`);
    assert.equal(await page.locator("[data-testid=runs-table] tbody tr").count(), 1, "only the sleeper's function");
  });

  test("/runs filters by event id and time range, and pages with cursors", async () => {
    const rows = () => page.$$eval("[data-testid=runs-table] tbody tr", (trs) => trs.map((tr) => tr.getAttribute("data-testid")));
    const failEvent = (await tether.getJson(`/v1/runs/${runs.fail}`)).data.event_id;
    await page.goto(`${tether.apiUrl}/runs`);
    await page.fill("input[name=event_id]", failEvent);
    await page.press("input[name=event_id]", "Enter");
    await page.waitForURL(/event_id=/);
    await waitFor(async () => JSON.stringify(await rows()) === JSON.stringify([`run-${runs.fail}`]), { what: "only the failed run's event" });
    // A range that ends before the first run: nothing.
    await page.goto(`${tether.apiUrl}/runs`);
    await page.fill("input[name=before]", "2020-01-01T00:00");
    await page.waitForURL(/before=2020/);
    await page.waitForSelector("text=No runs match.");
    // Two a page: Older walks the cursor, Newer comes back.
    await page.goto(`${tether.apiUrl}/runs?limit=2`);
    await waitFor(async () => (await rows()).length === 2, { what: "a page of two" });
    const first = await rows();
    await page.click("button:text-is('Older →')");
    await page.waitForURL(/cursor=/);
    await waitFor(async () => (await rows()).length === 2 && (await rows())[0] !== first[0], { what: "the next page" });
    const second = await rows();
    assert.equal(second.filter((r) => first.includes(r)).length, 0, "no run on both pages");
    await page.click("button:text-is('← Newer')");
    await waitFor(async () => JSON.stringify(await rows()) === JSON.stringify(first), { what: "back to the first page" });
  });

  test("a failed run shows the failing step's error with its stack, and its trigger event", async () => {
    await page.goto(`${tether.apiUrl}/runs/${runs.fail}`);
    await page.waitForSelector('[data-testid="step-explode"][data-step-status=Failed]');
    const stack = await page.textContent('[data-testid="step-explode"] [data-testid=error-stack]');
    assert.match(stack ?? "", /the dashboard test exploded/);
    assert.match(stack ?? "", /\n\s+at /, "a stack trace, frame by frame");
    assert.ok(await page.isVisible('[data-testid="step-prepare"][data-step-status=Completed]'));
    assert.match(await page.textContent("[data-testid=trigger-event]") ?? "", /dash\/fail/);
    await shot(page, "failed-run");
  });

  test("a sleeping run says until when; a queued run says which limit holds it", async () => {
    await page.goto(`${tether.apiUrl}/runs/${runs.sleep}`);
    await page.waitForSelector("[data-testid=sleeping]");
    assert.match(await page.textContent("[data-testid=sleeping]") ?? "", /Sleeping \(nap\) until/);
    await page.goto(`${tether.apiUrl}/runs/${runs.queued}`);
    await page.waitForSelector("[data-testid=queued]");
    assert.match(await page.textContent("[data-testid=queued]") ?? "", /Queued behind the concurrency limit \(1/);
    await shot(page, "queued-run");
  });

  test("a run page updates live while its steps finish, without a reload", async () => {
    const runId = (await runOf(await send("dash/live", { steps: 5, stepMs: 700 }))).run_id;
    await page.goto(`${tether.apiUrl}/runs/${runId}`);
    await page.evaluate(() => ((window as any).__sameDocument = true));
    const steps = () => page.locator("[data-testid=timeline] tbody tr[data-step-status]").count();
    await page.waitForSelector('h1 [data-status=Running]');
    await waitFor(async () => (await steps()) >= 1 && (await steps()) < 5, { timeoutMs: 20_000, what: "a first step while the run still runs" });
    const seen = new Set<number>();
    await waitFor(async () => {
      seen.add(await steps());
      return (await page.isVisible("h1 [data-status=Completed]")) || undefined;
    }, { timeoutMs: 30_000, intervalMs: 50, what: "the run to complete on the page" });
    assert.equal(await steps(), 5, "all five steps");
    assert.ok(seen.size >= 3, `the page showed the steps arriving (${[...seen].join(",")})`);
    assert.equal(await page.evaluate(() => (window as any).__sameDocument), true, "no reload");
    assert.match(await page.textContent("main") ?? "", /"parts": 5/, "the output");
    await shot(page, "run");
  });

  test("cancel, rerun and rerun from a step work from the run page", async () => {
    await page.goto(`${tether.apiUrl}/runs/${runs.sleep}`);
    await page.click("button:text-is('Cancel')");
    await page.waitForSelector("h1 [data-status=Cancelled]", { timeout: 15_000 });
    assert.equal((await tether.getJson(`/v1/runs/${runs.sleep}`)).data.status, "Cancelled");

    await page.goto(`${tether.apiUrl}/runs/${runs.fail}`);
    await page.waitForSelector("[data-testid=timeline]");
    await page.click("button:text-is('Rerun')");
    await page.waitForURL((u) => /\/runs\/[0-9A-Z]{26}$/.test(u.pathname) && !u.pathname.endsWith(runs.fail));
    const rerunId = page.url().split("/").pop()!;
    assert.equal((await tether.getJson(`/v1/runs/${rerunId}`)).data.original_run_id, runs.fail);
    await page.waitForSelector(`a[href="/runs/${runs.fail}"]`);

    await page.goto(`${tether.apiUrl}/runs/${runs.ok}`);
    await page.click('[data-testid="step-save"] button');
    await page.waitForURL((u) => /\/runs\/[0-9A-Z]{26}$/.test(u.pathname) && !u.pathname.endsWith(runs.ok));
    const fromStep = page.url().split("/").pop()!;
    const r = await runWhere(fromStep, (x) => x.status === "Completed", "the rerun from a step to complete");
    assert.equal(r.original_run_id, runs.ok);
    assert.deepEqual(r.output, { done: true, saved: 6 });
    await page.waitForSelector("h1 [data-status=Completed]");
  });

  test("/functions shows the app, its SDK and how it is served, triggers, flow control; pause and resume", async () => {
    await page.goto(`${tether.apiUrl}/functions`);
    await page.waitForSelector("[data-testid=app-dash-app]");
    const app = await page.textContent("[data-testid=app-dash-app]") ?? "";
    assert.match(app, /SDK (js|typescript) \d+\.\d+/);
    assert.match(app, /served by connect/);
    const queuedRow = await page.textContent('[data-testid="function-dash-app-dash-queued"]') ?? "";
    assert.match(queuedRow, /concurrency 1/);
    assert.match(queuedRow, /event dash\/queued/);
    assert.match(queuedRow, /cron 0 0 1 1 \* · next/);
    assert.match(await page.textContent('[data-testid="function-dash-app-dash-ok"]') ?? "", /Active/);
    await shot(page, "functions");
    await page.click('[data-testid="function-dash-app-dash-ok"] button:text-is("Pause")');
    await page.waitForSelector('[data-testid="function-dash-app-dash-ok"] button:text-is("Resume")');
    const paused = (await tether.getJson("/v1/functions")).data.find((f: any) => f.slug === "dash-app-dash-ok");
    assert.equal(paused.paused, true);
    await page.click('[data-testid="function-dash-app-dash-ok"] button:text-is("Resume")');
    await page.waitForSelector('[data-testid="function-dash-app-dash-ok"] button:text-is("Pause")');
    assert.equal((await tether.getJson("/v1/functions")).data.find((f: any) => f.slug === "dash-app-dash-ok").paused, false);
  });

  test("/workers shows the live connection with its in-flight requests against its limit", async () => {
    await page.goto(`${tether.apiUrl}/workers`);
    const row = `[data-testid="worker-dash-worker-${worker.proc.pid}"]`;
    await page.waitForSelector(row);
    const text = await page.textContent(row) ?? "";
    assert.match(text, /dash-app/);
    assert.match(await page.textContent(`${row} [data-testid=in-flight]`) ?? "", /^\d+ \/ 8$/);
    await shot(page, "workers");
  });

  test("/events lists events with their runs, and sends a test event from the page", async () => {
    await page.goto(`${tether.apiUrl}/events`);
    await page.waitForSelector('[data-event-name="dash/fail"]');
    await page.fill("input[name=name]", "dash/ok");
    await page.fill("textarea[name=data]", '{"n": 21}');
    await page.click("button:text-is('Send')");
    await page.waitForSelector("[data-testid=sent]");
    const id = (await page.textContent("[data-testid=sent]"))!.replace("sent ", "").trim();
    await page.waitForSelector(`[data-testid="event-${id}"] a[href^="/runs/"]`, { timeout: 15_000 });
    const runId = (await page.getAttribute(`[data-testid="event-${id}"] a[href^="/runs/"]`, "href"))!.split("/").pop()!;
    const r = await runWhere(runId, (x) => x.status === "Completed", "the run of the event sent from the page");
    assert.deepEqual(r.output, { done: true, saved: 42 });
    await shot(page, "events");
    assert.deepEqual(pageErrors, [], "no errors in the page");
  });
});

describe("the dashboard with keys (tether start)", { skip: haveChromium ? false : `${CHROMIUM} not installed` }, () => {
  let tether: TetherProcess;
  let browser: BrowserContext;
  const profile = mkdtempSync(join(tmpdir(), "tether-chromium-"));

  before(async () => {
    tether = await startTether({ role: "start", args: ["--signing-key", SIGNING_KEY, "--event-key", "dash-events"] });
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await tether?.stop();
    rmSync(profile, { recursive: true, force: true });
  });

  test("the page asks for the signing key once, refuses a wrong one, and keeps it for the tab", async () => {
    const page = await browser.newPage();
    await page.goto(`${tether.apiUrl}/functions`);
    await page.waitForSelector("form[aria-label='Sign in']");
    await page.fill("input[name=signing-key]", "signkey-test-00000000000000000000000000000000");
    await page.click("button:text-is('Sign in')");
    await page.waitForSelector("form[aria-label='Sign in'] [role=alert]");
    await page.fill("input[name=signing-key]", SIGNING_KEY);
    await page.click("button:text-is('Sign in')");
    await page.waitForSelector("h1:text-is('Apps and functions')");
    await page.reload();
    await page.waitForSelector("h1:text-is('Apps and functions')");
    assert.equal(await page.isVisible("form[aria-label='Sign in']"), false, "still signed in after a reload");
    assert.equal(await page.evaluate(() => sessionStorage.getItem("tether.signingKey")), SIGNING_KEY);
    const direct = await fetch(`${tether.apiUrl}/v1/apps`);
    assert.equal(direct.status, 401, "the data behind the page needs the key");
  });
});
