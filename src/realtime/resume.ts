// Resuming a subscription (Tether; see replay.ts): the client names, per channel+topic, the id of
// the last message it saw (`?resume=[{"channel","topic","id"}]` on connect). For each such topic
// the gate holds live messages while the replay log is read, sends what was missed, then the held
// live messages minus any already replayed — so every message arrives once, in order. A cursor the
// log no longer holds gets a `gap` message instead: the client knows it lost messages.
// A client that resumes (even with no cursors: `resume=[]`) is also sent a `cursor` message for
// each other granted topic: where to resume from if it drops before that topic's first message.
import { z } from "zod";
import { TetherError, tryParseJson } from "../common/index.ts";
import type { RealtimeMessage } from "./message.ts";
import type { ReplayLog } from "./replay.ts";
import { MAX_TOKEN_TOPICS, topicKey } from "./token.ts";

export interface ResumeCursor {
  channel: string;
  topic: string;
  /** The id of the last message the client saw on this channel+topic. */
  id: string;
}

const cursorsSchema = z.array(z.object({
  channel: z.string().min(1).max(1024), topic: z.string().min(1).max(1024), id: z.string().min(1).max(128),
})).max(MAX_TOKEN_TOPICS);

/** Parses the `resume` query parameter (absent → undefined: the client does not resume); throws `bad_request`. */
export function parseResumeCursors(raw: string | null | undefined): ResumeCursor[] | undefined {
  if (raw === null || raw === undefined) return undefined;
  const parsed = tryParseJson(raw, { what: "resume" });
  if (!parsed.ok) throw new TetherError("bad_request", "resume must be a JSON array of {channel, topic, id}");
  const r = cursorsSchema.safeParse(parsed.value);
  if (!r.success) throw new TetherError("bad_request", `resume: ${r.error.issues[0]!.message}`);
  return r.data;
}

/** The message a subscriber gets when its cursor is older than the replay log (Tether kind `gap`). */
export function gapMessage(cursor: ResumeCursor, envId: string): RealtimeMessage {
  return {
    kind: "gap", channel: cursor.channel, topic: cursor.topic, data: { after: cursor.id },
    created_at: new Date().toISOString(), env_id: envId,
  };
}

/** Splits granted topics into the cursors to resume (granted ones only) and the topics to hand a cursor. */
export function resumePlan(granted: readonly { channel: string; topic: string }[], cursors: readonly ResumeCursor[]): [ResumeCursor[], { channel: string; topic: string }[]] {
  const keys = new Set(granted.map((t) => topicKey(t.channel, t.topic)));
  const resumed = cursors.filter((c) => keys.has(topicKey(c.channel, c.topic)));
  const named = new Set(resumed.map((c) => topicKey(c.channel, c.topic)));
  return [resumed, granted.filter((t) => !named.has(topicKey(t.channel, t.topic)))];
}

export class ResumeGate {
  readonly #send: (text: string) => void;
  readonly #envId: string;
  /** Live messages held while a resume is read (all topics, to keep their relative order). */
  #held: { text: string; id?: string }[] | undefined;
  #closed = false;

  constructor(send: (text: string) => void, envId: string) {
    this.#send = send;
    this.#envId = envId;
  }

  /** A live message: sent, or held while a resume is being read. */
  deliver(text: string, msg: RealtimeMessage): void {
    if (this.#held) this.#held.push({ text, id: msg.id });
    else this.#send(text);
  }

  /**
   * Resumes `cursors` and hands out a `cursor` for each topic of `fresh`, all granted. Must be
   * called in the same tick the topics were subscribed, before any live message can arrive. Cursors
   * and gaps go first, then the missed messages of all topics merged by id (ULIDs: publish time;
   * each topic's own order is kept), then the held live messages that were not replayed. A failing
   * log read counts as a gap (or, for a head, sends no cursor).
   */
  async resume(replay: ReplayLog | undefined, cursors: readonly ResumeCursor[], fresh: readonly { channel: string; topic: string }[] = []): Promise<void> {
    if ((cursors.length === 0 && fresh.length === 0) || this.#held) return;
    const held: { text: string; id?: string }[] = [];
    this.#held = held;
    const [missed, heads] = await Promise.all([
      Promise.all(cursors.map((c) => replay?.after(c.channel, c.topic, c.id).catch(() => undefined))),
      Promise.all(fresh.map((t) => replay?.head(t.channel, t.topic).catch(() => undefined))),
    ]);
    this.#held = undefined;
    if (this.#closed) return;
    const created_at = new Date().toISOString();
    fresh.forEach((t, i) => {
      if (heads[i]) this.#send(JSON.stringify({ kind: "cursor", channel: t.channel, topic: t.topic, data: { id: heads[i] }, created_at, env_id: this.#envId }));
    });
    cursors.forEach((c, i) => {
      if (!missed[i]) this.#send(JSON.stringify(gapMessage(c, this.#envId)));
    });
    const replayed = new Set<string>();
    for (const m of mergeById(missed.filter((l): l is RealtimeMessage[] => l !== undefined))) {
      m.env_id ??= this.#envId;
      if (m.id) replayed.add(m.id);
      this.#send(JSON.stringify(m));
    }
    for (const h of held) if (!h.id || !replayed.has(h.id)) this.#send(h.text);
  }

  close(): void {
    this.#closed = true;
    this.#held = undefined;
  }
}

/** Merges lists by id, each list's own order kept (a k-way merge of their heads). */
function mergeById(lists: RealtimeMessage[][]): RealtimeMessage[] {
  const at = lists.map(() => 0);
  const out: RealtimeMessage[] = [];
  for (;;) {
    let pick = -1;
    for (let i = 0; i < lists.length; i++) {
      const m = lists[i]![at[i]!];
      if (m && (pick < 0 || (m.id ?? "") < (lists[pick]![at[pick]!]!.id ?? ""))) pick = i;
    }
    if (pick < 0) return out;
    out.push(lists[pick]![at[pick]!++]!);
  }
}
