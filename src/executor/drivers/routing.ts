// Connection choice (docs/connect-protocol.md §4.4, DESIGN.md Routing): a READY connection with a
// fresh heartbeat that serves the app and function, whose instance has free capacity; among
// those the newest app version, then the least loaded. The capacity slot is taken atomically before the request is sent.
import type { ErrorCode } from "../../common/index.ts";
import type { ConnectionRecord, ConnectState } from "../../state/index.ts";
import type { DriverRequest } from "./driver.ts";

export const HEARTBEAT_STALE_MS = 20_000;

export type RouteResult =
  | { ok: true; conn: ConnectionRecord; appName: string }
  | { ok: false; code: ErrorCode };

/**
 * `localLoad` counts this executor's own requests per instance: workers without a concurrency
 * limit are not tracked in shared state (as in Inngest, docs/connect-protocol.md §6.1), so their load
 * is what this executor sees; limited workers are counted atomically in shared state.
 */
export async function pickConnection(
  state: ConnectState, conns: ConnectionRecord[], req: DriverRequest, exclude: Set<string>, nowMs: number,
  localLoad: (instanceId: string) => number = () => 0,
): Promise<RouteResult> {
  const healthy: { conn: ConnectionRecord; appName: string; load: number; latest: boolean }[] = [];
  for (const c of conns) {
    if (c.status !== "READY" || exclude.has(c.id)) continue;
    if (nowMs - c.lastHeartbeatAt > HEARTBEAT_STALE_MS) continue;
    const app = c.apps.find((a) => a.appId === req.app.id && a.functionSlugs.includes(req.fn.slug));
    if (!app) continue;
    const limited = c.maxWorkerConcurrency !== undefined && c.maxWorkerConcurrency > 0;
    healthy.push({
      conn: c, appName: app.appName, latest: app.syncId === req.app.syncId,
      load: limited ? await state.inFlight(c.instanceId) : localLoad(c.instanceId),
    });
  }
  if (healthy.length === 0) return { ok: false, code: "connect_no_healthy_connection" };
  const limitOf = (c: ConnectionRecord) => (c.maxWorkerConcurrency && c.maxWorkerConcurrency > 0 ? c.maxWorkerConcurrency : Infinity);
  // Workers of the latest sync (the newest app version) first; older versions still serve their
  // functions during a rollout. Then the least loaded.
  healthy.sort((a, b) => Number(b.latest) - Number(a.latest) || a.load / limitOf(a.conn) - b.load / limitOf(b.conn) || a.load - b.load);
  for (const h of healthy) {
    if (!h.conn.maxWorkerConcurrency) return { ok: true, conn: h.conn, appName: h.appName };
    if (await state.assignRequest(h.conn.instanceId, req.requestId, h.conn.maxWorkerConcurrency)) {
      return { ok: true, conn: h.conn, appName: h.appName };
    }
  }
  return { ok: false, code: "connect_all_workers_at_capacity" };
}
