// Which gateways exist: every gateway announces itself on the bus every 2 s (id, port or URL,
// status, connection count); API processes keep the announcements they heard in the last 10 s
// and hand workers the least loaded active gateway (docs/connect-protocol.md §3.11, §1.1). A
// draining gateway announces `draining` and gets no new workers.
import type { Bus } from "../src/bus/index.ts";
import { subjects } from "../src/bus/index.ts";

export const ANNOUNCE_INTERVAL_MS = 2_000;
export const ANNOUNCE_STALE_MS = 10_000;

export interface GatewayAnnouncement {
  id: string;
  /** Full URL when configured (`--gateway-url`), else built from the worker's Host and `port`. */
  url?: string;
  port: number;
  status: "active" | "draining";
  connections: number;
}

/** Gateway side: announce now and every interval until stopped. */
export function announceGateway(bus: Bus, current: () => GatewayAnnouncement): { stop(): void; now(): void } {
  const send = () => bus.publish(subjects.gatewayAnnounce(), Buffer.from(JSON.stringify(current())));
  send();
  const t = setInterval(send, ANNOUNCE_INTERVAL_MS);
  return { stop: () => clearInterval(t), now: send };
}

/** API side: the gateways heard from recently. */
export class GatewayDirectory {
  readonly #seen = new Map<string, { a: GatewayAnnouncement; at: number; handedOut: number }>();
  readonly #waiters = new Map<string, (() => void)[]>();
  readonly #unsubscribe: () => void;

  constructor(bus: Bus) {
    this.#unsubscribe = bus.subscribe(subjects.gatewayAnnounce(), (msg) => {
      try {
        const a = JSON.parse(Buffer.from(msg.data).toString("utf8")) as GatewayAnnouncement;
        if (typeof a.id === "string" && typeof a.port === "number") {
          this.#seen.set(a.id, { a, at: Date.now(), handedOut: 0 });
          for (const w of this.#waiters.get(a.id) ?? []) w();
          this.#waiters.delete(a.id);
        }
      } catch {
        /* ignore malformed announcements */
      }
    });
  }

  /** Least-loaded active gateway, avoiding `exclude` (gateway ids) when another is available. */
  pick(exclude: string[] = []): GatewayAnnouncement | undefined {
    const now = Date.now();
    const live = [...this.#seen.values()].filter((s) => now - s.at <= ANNOUNCE_STALE_MS && s.a.status === "active");
    const preferred = live.filter((g) => !exclude.includes(g.a.id));
    const pool = preferred.length ? preferred : live;
    // Count what this process handed out since the last announcement, so a burst of workers
    // spreads instead of all landing on the gateway that was least loaded a moment ago.
    const load = (s: (typeof pool)[number]) => s.a.connections + s.handedOut;
    const best = pool.sort((x, y) => load(x) - load(y))[0];
    if (!best) return undefined;
    best.handedOut++;
    return best.a;
  }

  /**
   * Resolves once gateway `id` was heard (or after `timeoutMs`): a process running the API and a
   * gateway is ready only when its API can hand that gateway to workers.
   */
  heard(id: string, timeoutMs: number): Promise<void> {
    if (this.#seen.has(id)) return Promise.resolve();
    return new Promise((resolve) => {
      const t = setTimeout(resolve, timeoutMs);
      this.#waiters.set(id, [...(this.#waiters.get(id) ?? []), () => {
        clearTimeout(t);
        resolve();
      }]);
    });
  }

  close(): void {
    this.#unsubscribe();
  }
}
