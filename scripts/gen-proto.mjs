// Generates proto/gen/{connect.js,connect.d.ts} from the .proto files with protobufjs-cli.
// The output is committed, so a fresh clone builds without running this.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "proto", "gen");
mkdirSync(out, { recursive: true });
const bin = join(root, "node_modules", "protobufjs-cli", "bin");
// bus.proto imports the rest; naming each file makes protobufjs load the imports twice.
const files = ["tether/v1/bus.proto"];
const js = join(out, "protos.js");
execFileSync(process.execPath, [join(bin, "pbjs"), "-t", "static-module", "-w", "es6", "--es6",
  "--force-number", "-p", join(root, "proto"), "-o", js, ...files], { cwd: join(root, "proto"), stdio: "inherit" });
// protobufjs' ES6 wrapper imports "protobufjs/minimal"; Node ESM needs the file extension.
writeFileSync(js, readFileSync(js, "utf8").replace(/from "protobufjs\/minimal"/g, 'from "protobufjs/minimal.js"'));
execFileSync(process.execPath, [join(bin, "pbts"), "-o", join(out, "protos.d.ts"), js], { cwd: root, stdio: "inherit" });
