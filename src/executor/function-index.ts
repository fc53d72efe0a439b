// In-memory view of registered functions and apps, reloaded from the store when an app syncs.
import type { AppRecord, FunctionRecord, Store } from "../state/index.ts";
import { eventMatches } from "../functions/index.ts";

export class FunctionIndex {
  readonly #store: Store;
  #fns: FunctionRecord[] = [];
  #byId = new Map<string, FunctionRecord>();
  #bySlug = new Map<string, FunctionRecord>();
  #apps = new Map<string, AppRecord>();
  #loading?: Promise<void>;
  #stale = true;

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

  async fn(id: string): Promise<FunctionRecord | undefined> {
    await this.#ensure();
    return this.#byId.get(id);
  }

  async app(id: string): Promise<AppRecord | undefined> {
    await this.#ensure();
    return this.#apps.get(id);
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
    while (this.#stale) {
      this.#loading ??= (async () => {
        this.#stale = false;
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
