// Free TCP ports for tests that must name a port before a process binds it (child processes).
// Ports come from below the kernel's ephemeral range: a port taken from that range (bind to :0)
// and released can be handed to any process's outgoing connection before the server binds it
// (EADDRINUSE seen in CI). Below the range only explicit binds compete, and the port is picked at
// random and checked. Where the server runs in this process, prefer listening on port 0.
import { readFileSync } from "node:fs";
import { createServer } from "node:net";

const RANGE_LOW = 10_000;

function ephemeralLow(): number {
  try {
    const low = Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > RANGE_LOW + 1_000 ? low : 32_768;
  } catch {
    return 32_768;
  }
}

const bindable = (port: number) => new Promise<number | undefined>((resolve) => {
  const s = createServer();
  s.once("error", () => resolve(undefined));
  s.listen(port, "127.0.0.1", () => {
    const got = (s.address() as { port: number }).port;
    s.close(() => resolve(got));
  });
});

export async function freePort(): Promise<number> {
  const high = ephemeralLow();
  for (let i = 0; i < 50; i++) {
    const got = await bindable(RANGE_LOW + Math.floor(Math.random() * (high - RANGE_LOW)));
    if (got !== undefined) return got;
  }
  const got = await bindable(0);
  if (got === undefined) throw new Error("no free port");
  return got;
}
