// API: events, connect start/flush, app sync, REST v1, health.
export { ApiServer } from "./server.ts";
export type { ApiOptions } from "./server.ts";
export { serveAppSync } from "./app-sync-service.ts";
export { parseEvents } from "./events.ts";
