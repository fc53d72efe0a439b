#!/usr/bin/env node
// Entry point for `tether` / `npx tether`: runs the JavaScript built ahead into dist/ (`npm run
// build`, which `npm install` runs through `prepare`), not the TypeScript through a loader.
import { existsSync } from "node:fs";

const cli = new URL("../dist/src/cli.js", import.meta.url);
if (!existsSync(cli)) {
  console.error("tether: dist/ is missing; run `npm run build` (npm install runs it) first");
  process.exit(1);
}
await import(cli.href);
