// A store wrapped so that some of its writes do more once they succeeded: metrics count runs
// (metrics-store.ts) and tracing emits spans (tracing-store.ts) at the same writes.
import type { RunStatus, Store } from "../state/index.ts";

/** Run statuses a commit that ends a run sets. */
export const ENDED: ReadonlySet<RunStatus | undefined> = new Set<RunStatus | undefined>(["Completed", "Failed", "Cancelled"]);

/**
 * `store` with `overrides` in place of some of its methods; every other member is the store's
 * own, called on the store itself (adapters keep their state in private fields, which only the
 * store's own `this` may read). Bound methods are made once per name, not per call.
 */
export function withWrites(store: Store, overrides: Partial<Store>): Store {
  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(store, {
    get(target, key) {
      if (Object.hasOwn(overrides, key)) return overrides[key as keyof Store];
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== "function") return value;
      let fn = bound.get(key);
      if (fn === undefined) bound.set(key, (fn = value.bind(target)));
      return fn;
    },
  });
}
