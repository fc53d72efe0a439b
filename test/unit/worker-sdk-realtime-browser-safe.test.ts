// The realtime entry (worker-sdk/realtime/index.ts) must load in a browser: walks its static and
// dynamic module graph and fails on any `node:*` / Node built-in / `ws` import or use of `process`.
import assert from "node:assert/strict";
import { builtinModules } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const entry = resolve(root, "worker-sdk/realtime/index.ts");
const builtins = new Set(builtinModules);

/** Import specifiers of `source`, type-only imports excluded (they vanish when compiled). */
function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const found: string[] = [];
  const re = /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) if (!m[2]) found.push(m[3]!);
  for (const m of code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) found.push(m[1]!);
  for (const m of code.matchAll(/\brequire\s*\(\s*["']([^"']+)["']\s*\)/g)) found.push(m[1]!);
  return found;
}

describe("worker-sdk realtime entry is browser-safe", () => {
  test("nothing reachable from realtime/index.ts imports node:*, Node built-ins or ws, or uses process", () => {
    const seen = new Set<string>();
    const queue = [entry];
    const problems: string[] = [];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(file, "utf8");
      const name = relative(root, file);
      const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
      if (/\bprocess\s*\./.test(code) || /\bprocess\s*\[/.test(code)) problems.push(`${name} uses process`);
      if (/\bBuffer\s*\./.test(code) || /\bnew\s+Buffer\b/.test(code)) problems.push(`${name} uses Buffer`);
      for (const spec of specifiers(source)) {
        if (spec.startsWith(".")) {
          queue.push(resolve(dirname(file), spec));
        } else if (spec.startsWith("node:") || builtins.has(spec) || spec === "ws" || spec.startsWith("ws/")) {
          problems.push(`${name} imports ${spec}`);
        } else {
          problems.push(`${name} imports package ${spec} (not allowed in the realtime entry)`);
        }
      }
    }
    assert.ok(seen.size >= 4, `the scan followed the module graph (${[...seen].map((f) => relative(root, f)).join(", ")})`);
    assert.ok(seen.has(resolve(root, "worker-sdk/realtime/subscribe.ts")), "subscribe.ts is in the graph");
    assert.deepEqual(problems, [], `browser-unsafe imports: ${problems.join("; ")}`);
  });

  test("the scanner catches what it must", () => {
    assert.deepEqual(specifiers('import x from "node:fs";\nexport { y } from "./y.ts";\nimport type { Z } from "ws";\nawait import("ws");'), [
      "node:fs",
      "./y.ts",
      "ws",
    ]);
  });
});
