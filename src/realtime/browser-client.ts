// The browser ESM build of Tether's subscribe client (worker-sdk/realtime), served by the API at
// `GET /v1/realtime/client.js` so pages can `import { subscribe } from "/v1/realtime/client.js"`.
// Built from the TypeScript source with esbuild on first request and kept in memory: nothing
// generated is committed.
import { join } from "node:path";
import { build } from "esbuild";
import { PACKAGE_ROOT } from "../common/paths.ts";

export const REALTIME_CLIENT_PATH = "/v1/realtime/client.js";
const ENTRY = join(PACKAGE_ROOT, "worker-sdk", "realtime", "index.ts");

let bundle: Promise<string> | undefined;

/** The bundled client (ES2022 module, no Node imports); a failed build is retried on the next call. */
export function browserClientSource(): Promise<string> {
  bundle ??= build({
    entryPoints: [ENTRY], bundle: true, format: "esm", platform: "browser", target: "es2022",
    write: false, logLevel: "silent", legalComments: "none",
  }).then((r) => r.outputFiles[0]!.text).catch((err: unknown) => {
    bundle = undefined;
    throw err;
  });
  return bundle;
}
