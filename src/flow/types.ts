// Normalised flow-control options of a function (docs/semantics.md §2–8), as `parseFlowConfig`
// (config.ts) produces them from the synced config. Durations are milliseconds.

export type ConcurrencyScope = "fn" | "env" | "account";

export interface ConcurrencyLimit {
  limit: number;
  /** CEL over `event`; absent: one queue for the whole scope. */
  key?: string;
  scope: ConcurrencyScope;
}

export interface ThrottleOption {
  limit: number;
  periodMs: number;
  /** Extra starts allowed at once on top of one (docs/semantics.md §0: extra capacity). @default 0 */
  burst: number;
  key?: string;
}

export interface RateLimitOption {
  limit: number;
  periodMs: number;
  key?: string;
}

export interface DebounceOption {
  periodMs: number;
  key?: string;
  /** Longest a debounce may be extended from its first event. */
  timeoutMs?: number;
}

export interface BatchOption {
  maxSize: number;
  timeoutMs: number;
  key?: string;
  /** CEL per event: false or not a boolean ⇒ the event runs alone at once. */
  if?: string;
}

export interface SingletonOption {
  mode: "skip" | "cancel";
  key?: string;
}

export interface FlowConfig {
  /** At most two; empty when the function has no limit. */
  concurrency: ConcurrencyLimit[];
  throttle?: ThrottleOption;
  rateLimit?: RateLimitOption;
  debounce?: DebounceOption;
  batch?: BatchOption;
  /** CEL giving seconds, clipped to −600..600. */
  priority?: string;
  singleton?: SingletonOption;
}
