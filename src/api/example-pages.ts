// Static pages of the apps in `examples/` (each one's `public/` folder), served at
// `/examples/<name>/<file>` so a demo runs against the Tether serving it, with no other web server.
// Names are checked against a strict pattern, so no path can leave an example's `public/` folder.
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import type { ServerResponse } from "node:http";
import { TetherError } from "../common/index.ts";
import { PACKAGE_ROOT } from "../common/paths.ts";

const EXAMPLES_DIR = join(PACKAGE_ROOT, "examples");
const NAME = /^[a-z0-9][a-z0-9-]*$/;
const FILE = /^[a-zA-Z0-9][a-zA-Z0-9._-]*$/;
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml", ".png": "image/png", ".json": "application/json",
};

/** Sends `examples/<name>/public/<file>` (default index.html); 404 `not_found` for anything else. */
export async function sendExamplePage(res: ServerResponse, name: string, file = "index.html"): Promise<void> {
  const type = TYPES[extname(file)];
  if (!NAME.test(name) || !FILE.test(file) || file.includes("..") || !type) throw new TetherError("not_found", "no such example page");
  let body: Buffer;
  try {
    body = await readFile(join(EXAMPLES_DIR, name, "public", file));
  } catch {
    throw new TetherError("not_found", "no such example page");
  }
  res.writeHead(200, { "content-type": type, "content-length": body.length, "cache-control": "no-cache" });
  res.end(body);
}

/** Sends JavaScript source (the realtime browser client). */
export function sendScript(res: ServerResponse, source: string): void {
  res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "content-length": Buffer.byteLength(source), "cache-control": "no-cache" });
  res.end(source);
}
