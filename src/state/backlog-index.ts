// The keys of parked jobs this process knows, for the JetStream flow store (jetstream-flow.ts):
// backlog token → lane token → the lane's keys in ascending order (so its head is the first).
// Listing the backlog bucket on the server costs a request whose answer grows with the backlog,
// and a dispatch needs the lanes and a head after every release: with 10,000 parked jobs that
// listing was the whole cost of a run. The index is fed by the store's own parkings and
// unparkings, by a watch on the bucket (other executors' parkings) and by a periodic listing
// (what the watch cannot see: revision-checked deletes are purges, which send no message). An
// entry it still holds after another process unparked the job is found gone when its head is
// read, and dropped then. It holds keys and their revisions (when known: a listing gives keys
// alone), as many as there are parked jobs: the revision orders the jobs tied on one score (park
// order) without reading every one of them.

/** A backlog key's segments: backlog token, lane token, then the order within the lane. */
const split = (key: string) => {
  const a = key.indexOf(".");
  const b = key.indexOf(".", a + 1);
  return { backlog: key.slice(0, a), lane: key.slice(a + 1, b) };
};

export class BacklogIndex {
  readonly #backlogs = new Map<string, Map<string, string[]>>();
  readonly #revs = new Map<string, number>();

  /** Adds the key, and records its revision when given. */
  add(key: string, rev?: number): void {
    if (rev !== undefined) this.#revs.set(key, rev);
    const { backlog, lane } = split(key);
    let lanes = this.#backlogs.get(backlog);
    if (!lanes) this.#backlogs.set(backlog, (lanes = new Map()));
    let keys = lanes.get(lane);
    if (!keys) lanes.set(lane, (keys = []));
    const i = lowerBound(keys, key);
    if (keys[i] !== key) keys.splice(i, 0, key);
  }

  /** The key's revision, if known. */
  rev(key: string): number | undefined {
    return this.#revs.get(key);
  }

  remove(key: string): void {
    this.#revs.delete(key);
    const { backlog, lane } = split(key);
    const lanes = this.#backlogs.get(backlog);
    const keys = lanes?.get(lane);
    if (!lanes || !keys) return;
    const i = lowerBound(keys, key);
    if (keys[i] !== key) return;
    keys.splice(i, 1);
    if (keys.length > 0) return;
    lanes.delete(lane);
    if (lanes.size === 0) this.#backlogs.delete(backlog);
  }

  /** The tokens of the backlog's lanes that hold keys. */
  lanes(backlog: string): string[] {
    return [...(this.#backlogs.get(backlog)?.keys() ?? [])];
  }

  /** The lane's keys, ascending (the caller must not change the array). */
  keys(backlog: string, lane: string): readonly string[] {
    return this.#backlogs.get(backlog)?.get(lane) ?? [];
  }

  /** Makes the backlog's keys those listed, except keys added since `before` was taken. */
  reconcile(backlog: string, listed: string[], before: Set<string>): void {
    const now = new Set(listed);
    for (const k of before) if (!now.has(k)) this.remove(k);
    for (const k of listed) this.add(k);
  }

  /** Every key of the backlog (a snapshot for reconcile). */
  snapshot(backlog: string): Set<string> {
    return new Set([...(this.#backlogs.get(backlog)?.values() ?? [])].flat());
  }
}

function lowerBound(keys: string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
