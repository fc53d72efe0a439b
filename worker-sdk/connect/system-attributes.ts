// Host facts advertised in WORKER_CONNECT.system_attributes.

import os from "node:os";

export interface SystemAttributes {
  cpuCores: number;
  memBytes: number;
  os: string;
}

export function systemAttributes(): SystemAttributes {
  return { cpuCores: os.cpus().length, memBytes: os.totalmem(), os: os.platform() };
}
