// Where the package's files are at run time: the code runs from the TypeScript sources (tests,
// tsx) or from their build in dist/ (the `tether` bin), so files outside the code (examples'
// pages, the realtime client's sources) are found from the package root, not from this file.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

/** The directory holding the package's package.json. */
export const PACKAGE_ROOT = packageRoot(import.meta.dirname);
