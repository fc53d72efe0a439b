// Generates the static protobuf code with protobufjs-cli:
// - proto/gen/protos.{js,d.ts}: every message (bus.proto imports the rest), for the server;
// - worker-sdk/proto/protos.{js,d.ts}: only the worker⇄gateway messages (connect.proto and
//   worker.proto), so the published SDK carries its own code and imports nothing outside its folder.
// The output is committed, so a fresh clone builds without running this.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "node_modules", "protobufjs-cli", "bin");

function generate(out, files, rootName) {
  mkdirSync(out, { recursive: true });
  const js = join(out, "protos.js");
  execFileSync(process.execPath, [join(bin, "pbjs"), "-t", "static-module", "-w", "es6", "--es6",
    "--force-number", "-r", rootName, "-p", join(root, "proto"), "-o", js, ...files], { cwd: join(root, "proto"), stdio: "inherit" });
  // protobufjs' ES6 wrapper imports "protobufjs/minimal"; Node ESM needs the file extension.
  writeFileSync(js, readFileSync(js, "utf8").replace(/from "protobufjs\/minimal"/g, 'from "protobufjs/minimal.js"'));
  execFileSync(process.execPath, [join(bin, "pbts"), "-o", join(out, "protos.d.ts"), js], { cwd: root, stdio: "inherit" });
}

// bus.proto imports the rest; naming each file makes protobufjs load the imports twice.
generate(join(root, "proto", "gen"), ["tether/v1/bus.proto"], "default");
generate(join(root, "worker-sdk", "proto"), ["connect/v1/connect.proto", "tether/v1/worker.proto"],
  "tether_worker_sdk"); // its own protobuf.roots entry: a process may load both copies
