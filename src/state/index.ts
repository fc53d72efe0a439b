export type * from "./types.ts";
export type { Store, AppSyncInput } from "./store.ts";
export { DEFAULT_JOB_LEASE_MS } from "./store.ts";
export { SqliteStore, type SqliteStoreOptions } from "./sqlite-store.ts";
export { DEFAULT_RETENTION_MS, isExpireJob } from "./retention.ts";
export type { ConnectState, ConnectionRecord, ConnectionApp, ConnectionStatus, LeaseRecord } from "./connect-state.ts";
export { MemoryConnectState } from "./memory-connect-state.ts";
export { NatsConnectState, type NatsConnectStateOptions } from "./nats-connect-state.ts";
export { JetStreamStore, type JetStreamStoreOptions } from "./jetstream-store.ts";
