// The dashboard's files (docs/dashboard.md): the HTML shell for every page URL and the bundle
// `npm run build` wrote to dist/dashboard (scripts/build-dashboard.mjs). Read once and kept in
// memory; nothing is bundled while the server runs.
import { readFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { TetherError } from "../common/index.ts";

/** The page URLs the shell answers (the client routes among them). */
export const DASHBOARD_PAGES = ["/", "/runs", "/runs/:runId", "/functions", "/workers", "/events"];

const FILES: Record<string, string> = {
  "index.html": "text/html; charset=utf-8",
  "app.js": "text/javascript; charset=utf-8",
  "app.js.map": "application/json",
  "app.css": "text/css; charset=utf-8",
};

/** The page only talks to its own origin; it is never framed. */
const HEADERS = {
  "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-cache",
};

// dist/src/api → dist/dashboard when running the build; src/api → dist/dashboard from source (tests).
const DIRS = [new URL("../../dashboard/", import.meta.url), new URL("../../dist/dashboard/", import.meta.url)];
const cache = new Map<string, Promise<Buffer | undefined>>();

async function load(name: string): Promise<Buffer | undefined> {
  for (const dir of DIRS) {
    const bytes = await readFile(new URL(name, dir)).catch(() => undefined);
    if (bytes) return bytes;
  }
  return undefined;
}

/** Sends one of the dashboard's files; 404 for any other name, 503 when the bundle is not built. */
export async function sendDashboardFile(res: ServerResponse, name: string): Promise<void> {
  const type = FILES[name];
  if (!type) throw new TetherError("not_found");
  let pending = cache.get(name);
  if (!pending) {
    pending = load(name);
    cache.set(name, pending);
  }
  const bytes = await pending;
  if (!bytes) {
    cache.delete(name);
    throw new TetherError("internal_error", "the dashboard is not built: run `npm run build`");
  }
  res.writeHead(200, { "content-type": type, "content-length": bytes.length, ...HEADERS });
  res.end(bytes);
}
