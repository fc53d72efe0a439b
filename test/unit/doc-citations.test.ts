// Code comments cite the documents of this repository (docs/protocol.md is the map): every
// `docs/<name>.md` a source file names must exist, and no comment points outside the repository.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";

const ROOT = join(import.meta.dirname, "..", "..");
const DIRS = ["src", "gateway", "worker-sdk", "bench", "scripts", "examples", "test"];

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === "node_modules" || name === "dist") continue;
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(ts|tsx|mjs|js)$/.test(name)) yield p;
  }
}

test("every docs/*.md a source file cites exists, and none cites documents outside the repository", () => {
  const missing: string[] = [];
  const outside: string[] = [];
  for (const dir of DIRS) {
    for (const f of files(join(ROOT, dir))) {
      const text = readFileSync(f, "utf8");
      for (const m of text.matchAll(/docs\/([\w./-]+?\.md)/g)) if (!existsSync(join(ROOT, "docs", m[1]))) missing.push(`${relative(ROOT, f)}: docs/${m[1]}`);
      if (/shared\/reference\//.test(text) && !f.endsWith("doc-citations.test.ts")) outside.push(relative(ROOT, f));
    }
  }
  assert.deepEqual(missing, [], "citations of documents that do not exist");
  assert.deepEqual(outside, [], "comments citing the research notes outside the repository");
});
