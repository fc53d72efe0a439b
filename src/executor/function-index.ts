// In-memory view of registered functions and apps, reloaded from the store when an app syncs.
import type { AppRecord, FunctionRecord, Store } from "../state/index.ts";
import { eventMatches } from "../functions/index.ts";

const MAX_AGE_MS = 5_000;

export class FunctionIndex {
  readonly #store: Store;
  #fns: FunctionRecord[] = [];
  #byId = new Map<string, FunctionRecord>();
  #bySlug = new Map<string, FunctionRecord>();
  #apps = new Map<string, AppRecord>();
  #loading?: Promise<void>;
  #stale = true;
  #loadedAt = 0;

  constructor(store: Store) {
    this.#store = store;
  }

  invalidate(): void {
    this.#stale = true;
  }

  async functions(): Promise<FunctionRecord[]> {
    await this.#ensure();
    return this.#fns;
  }

  /** A miss reloads once: another process may have synced the app and its notice been lost. */
  async fn(id: string): Promise<FunctionRecord | undefined> {
    await this.#ensure();
    if (!this.#byId.has(id)) await this.#reload();
    return this.#byId.get(id);
  }

  async app(id: string): Promise<AppRecord | undefined> {
    await this.#ensure();
    if (!this.#apps.has(id)) await this.#reload();
    return this.#apps.get(id);
  }

  async #reload(): Promise<void> {
    this.#stale = true;
    await this.#ensure();
  }

  /** The function with this composite id, from the last load (call functions() first). */
  bySlug(slug: string): FunctionRecord | undefined {
    return this.#bySlug.get(slug);
  }

  /** True when some function has an event trigger matching `name`. */
  hasTriggerFor(name: string): boolean {
    return this.#fns.some((f) => f.triggers.some((t) => t.event !== undefined && eventMatches(t.event, name)));
  }

  async #ensure(): Promise<void> {
    // Sync notices travel on an at-most-once bus: never trust a view older than MAX_AGE_MS.
    if (Date.now() - this.#loadedAt > MAX_AGE_MS) this.#stale = true;
    // Concurrent callers wait for a load in progress rather than read the old (maybe empty) view.
    while (this.#stale || this.#loading) {
      this.#loading ??= (async () => {
        this.#stale = false;
        this.#loadedAt = Date.now();
        const [fns, apps] = await Promise.all([this.#store.listFunctions(), this.#store.listApps()]);
        this.#fns = fns;
        this.#byId = new Map(fns.map((f) => [f.id, f]));
        this.#bySlug = new Map(fns.map((f) => [f.slug, f]));
        this.#apps = new Map(apps.map((a) => [a.id, a]));
      })().finally(() => {
        this.#loading = undefined;
      });
      await this.#loading;
    }
  }
}
