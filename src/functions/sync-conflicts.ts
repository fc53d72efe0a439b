// What a sync takes from what was registered before (issue 15, "the first hour"): two workers
// started with the same app id replace each other's functions on every sync, and a run in flight
// of a dropped function then ends `function_not_found`. Syncing that way is allowed (a redeploy
// does exactly this), so it is reported, not refused: the caller logs each conflict as a warning
// naming both sides.
import type { AppRecord, FunctionRecord } from "../state/index.ts";

export type SyncConflict =
  /**
   * The app's previous sync had functions this one drops: a redeploy that removed them, or two
   * workers with the same app id replacing each other's (runs in flight of a dropped function end
   * `function_not_found`). Either way worth a line in the log.
   */
  | { kind: "replaces"; app: string; previous: { url: string; sdk: string }; next: { url: string; sdk: string }; dropped: string[] }
  /** Another app has a function of the same id on the same event: likely the same code twice. */
  | { kind: "same-function"; app: string; otherApp: string; functionId: string; event: string };

export interface SyncSide {
  app: { name: string; url: string; sdk: string };
  functions: Pick<FunctionRecord, "slug" | "triggers">[];
}

/** The function's own id: its slug without the `<app>-` prefix. */
const ownId = (slug: string, app: string) => (slug.startsWith(`${app}-`) ? slug.slice(app.length + 1) : slug);

export function syncConflicts(next: SyncSide, apps: AppRecord[], registered: Pick<FunctionRecord, "slug" | "appName" | "triggers">[]): SyncConflict[] {
  const out: SyncConflict[] = [];
  const name = next.app.name;
  const previous = apps.find((a) => a.name === name);
  const nextSlugs = new Set(next.functions.map((f) => f.slug));
  const dropped = registered.filter((f) => f.appName === name && !nextSlugs.has(f.slug)).map((f) => f.slug);
  if (previous && dropped.length) {
    out.push({ kind: "replaces", app: name, previous: { url: previous.url, sdk: previous.sdk }, next: { url: next.app.url, sdk: next.app.sdk }, dropped });
  }
  for (const f of next.functions) {
    const id = ownId(f.slug, name);
    const events = new Set(f.triggers.map((t) => t.event).filter((e): e is string => !!e));
    for (const other of registered) {
      if (other.appName === name || ownId(other.slug, other.appName) !== id) continue;
      const shared = other.triggers.find((t) => t.event && events.has(t.event));
      if (shared?.event) out.push({ kind: "same-function", app: name, otherApp: other.appName, functionId: id, event: shared.event });
    }
  }
  return out;
}

/** One line a person reads in the log. */
export function describeConflict(c: SyncConflict): string {
  return c.kind === "replaces"
    ? `app "${c.app}" synced from ${c.next.url} (${c.next.sdk}) drops functions ${c.dropped.join(", ")} that its previous sync from ${c.previous.url} (${c.previous.sdk}) registered: if two workers share the app id "${c.app}", they replace each other's functions`
    : `app "${c.app}" registers function "${c.functionId}" on event "${c.event}", as app "${c.otherApp}" does: both run for each event`;
}
