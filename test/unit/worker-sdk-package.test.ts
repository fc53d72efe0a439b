// worker-sdk/ is a package of its own (docs/sdk-package.md): no module in it may reach a file
// outside the folder, every package it imports must be declared in worker-sdk/package.json, with
// the same version range as the root install the repository tests against.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";
import { test } from "node:test";
import { build } from "esbuild";
import { ROOT } from "../helpers/server-process.ts";

const SDK = join(ROOT, "worker-sdk");
const sdkPackage = JSON.parse(readFileSync(join(SDK, "package.json"), "utf8"));
const rootPackage = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const declared: Record<string, string> = { ...sdkPackage.dependencies, ...sdkPackage.peerDependencies };

/** Every source file of the package (what tsconfig.build.json compiles). */
function sources(): string[] {
  return readdirSync(SDK, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !/^(dist|node_modules)[\\/]/.test(f))
    .map((f) => join(SDK, f));
}

/** `zod` for "zod", `@scope/name` for "@scope/name/sub.js". */
function packageName(spec: string): string {
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

test("worker-sdk imports only its own files, Node built-ins and its declared dependencies", async () => {
  // esbuild follows every static and literal dynamic import, as a bundler of the package would.
  const result = await build({
    entryPoints: sources(), bundle: true, platform: "node", format: "esm", packages: "external",
    write: false, metafile: true, outdir: "out", logLevel: "silent",
  });
  const outside: string[] = [];
  const undeclared = new Set<string>();
  for (const [input, info] of Object.entries(result.metafile!.inputs)) {
    if (relative(SDK, join(process.cwd(), input)).startsWith("..")) outside.push(input);
    for (const imp of info.imports) {
      if (!imp.external || imp.path.startsWith("node:") || builtinModules.includes(imp.path)) continue;
      if (!(packageName(imp.path) in declared)) undeclared.add(`${input} → ${imp.path}`);
    }
  }
  assert.ok(Object.keys(result.metafile!.inputs).some((f) => f.endsWith("proto/protos.js")), "the scan reached the protobuf code");
  assert.deepEqual(outside, [], "modules outside worker-sdk/");
  assert.deepEqual([...undeclared], [], "packages missing from worker-sdk/package.json");
});

test("worker-sdk/package.json asks for the versions the repository is tested with", () => {
  const rootRanges: Record<string, string> = { ...rootPackage.dependencies, ...rootPackage.devDependencies };
  const all: Record<string, string> = { ...declared, ...sdkPackage.devDependencies };
  for (const [name, range] of Object.entries(all)) assert.equal(range, rootRanges[name], name);
});
