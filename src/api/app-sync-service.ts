// Answers gateways' app-sync requests on the bus (docs/connect-protocol.md §6.3): the same
// registration as `POST /fn/register`, with `{ok, app_id, sync_id}` or `{ok:false, code, error}`.
import type { Logger } from "pino";
import type { Bus } from "../bus/index.ts";
import { subjects } from "../bus/index.ts";
import { TetherError } from "../common/index.ts";
import { registerApp } from "../functions/index.ts";
import type { Store } from "../state/index.ts";

export function serveAppSync(bus: Bus, store: Store, log: Logger, onSynced?: () => void): () => void {
  return bus.subscribe(subjects.appSync(), (msg) => {
    void (async () => {
      let answer: Record<string, unknown>;
      try {
        const body = JSON.parse(Buffer.from(msg.data).toString("utf8"));
        const { app, modified } = await registerApp(store, body, "connect", log);
        onSynced?.();
        if (modified) bus.publish(subjects.appsChanged(), new Uint8Array(0));
        if (modified) log.info({ appId: app.id, appName: app.name }, "connect app synced");
        answer = { ok: true, modified, app_id: app.id, sync_id: app.syncId };
      } catch (err) {
        const e = err instanceof TetherError ? err : new TetherError("internal_error", undefined, { cause: err });
        answer = { ok: false, code: e.code, error: e.message };
      }
      msg.respond?.(Buffer.from(JSON.stringify(answer)));
    })();
  }, { queue: "app-sync" });
}
