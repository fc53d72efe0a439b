// Where the connection thread's script is. It sits next to this module with the same extension:
// `.js` in the built package, `.ts` when the SDK runs from source. Node 20 does not hand a
// parent's `--import` loader (tsx) to worker threads, so from source the thread first registers
// tsx itself (docs/worker-threads.md).

import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import type { WorkerOptions } from "node:worker_threads";

export function connectionThreadEntry(): { url: URL | string; options: WorkerOptions } {
  const extension = extname(fileURLToPath(import.meta.url));
  const script = new URL(`./connection-thread${extension}`, import.meta.url);
  if (extension !== ".ts") return { url: script, options: {} };
  let tsx: string;
  try {
    tsx = import.meta.resolve("tsx/esm/api");
  } catch {
    // Another TypeScript runtime (or Node's own type stripping) may load the thread's script.
    return { url: script, options: {} };
  }
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script.href)}); })`;
  return { url: bootstrap, options: { eval: true } };
}
