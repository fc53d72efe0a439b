// One WebSocket realtime subscriber (`GET /v1/realtime/connect`, docs/execution-protocol.md §5.3):
// JSON text frames out; `{"kind":"sub","data":"<jwt>"}` adds the token's topics and
// `{"kind":"unsub","data":[topics]}` removes topics. Topics named in `resume` cursors replay what
// the client missed first (resume.ts). A subscriber that stops answering pings or
// falls too far behind is closed, so one slow client never holds memory for everyone.
import type { WebSocket } from "ws";
import { asTetherError, tryParseJson } from "../common/index.ts";
import type { RealtimeHub, Subscriber } from "./hub.ts";
import type { RealtimeMessage } from "./message.ts";
import type { ReplayLog } from "./replay.ts";
import { type ResumeCursor, ResumeGate, resumePlan } from "./resume.ts";
import { type RealtimeClaims, topicKey } from "./token.ts";

/** Outgoing bytes a subscriber may have queued before it is closed as too slow. */
export const DEFAULT_MAX_BUFFERED_BYTES = 8 * 1024 * 1024;
/** Client messages waiting to be handled before the subscriber is closed for flooding. */
export const MAX_PENDING_MESSAGES = 64;

export interface WsSubscriberDeps {
  hub: RealtimeHub;
  /** Verifies a token from a `sub` message; throws `unauthorized`. */
  verify: (token: string) => Promise<RealtimeClaims>;
  maxBufferedBytes: number;
  onClose: (s: WsSubscriber) => void;
  replay?: ReplayLog;
  envId: string;
}

export class WsSubscriber implements Subscriber {
  readonly #ws: WebSocket;
  readonly #d: WsSubscriberDeps;
  /** Granted channel+topics, keyed by topicKey(). */
  readonly #topics = new Map<string, { channel: string; topic: string }>();
  readonly #gate: ResumeGate;
  #alive = true;
  #closed = false;
  #inbox: Promise<void> = Promise.resolve();
  #pending = 0;

  constructor(ws: WebSocket, claims: RealtimeClaims, deps: WsSubscriberDeps, resume?: ResumeCursor[]) {
    this.#ws = ws;
    this.#d = deps;
    this.#gate = new ResumeGate((text) => this.#send(text), deps.envId);
    this.#grant(claims);
    // Same tick as the grant: no live message can have arrived yet.
    if (resume) void this.#gate.resume(deps.replay, ...resumePlan([...this.#topics.values()], resume));
    ws.on("message", (data, isBinary) => this.#onClientMessage(isBinary ? undefined : data.toString()));
    ws.on("pong", () => (this.#alive = true));
    ws.on("close", () => this.#release());
    ws.on("error", () => this.#release());
  }

  deliver(text: string, msg: RealtimeMessage): void {
    if (!this.#closed) this.#gate.deliver(text, msg);
  }

  #send(text: string): void {
    if (this.#closed) return;
    if (this.#ws.bufferedAmount > this.#d.maxBufferedBytes) {
      this.close(1013, "slow consumer");
      return;
    }
    this.#ws.send(text);
  }

  /** Called every ping interval: terminates a connection that missed the previous ping. */
  ping(): void {
    if (this.#closed) return;
    if (!this.#alive) {
      this.#ws.terminate();
      this.#release();
      return;
    }
    this.#alive = false;
    this.#ws.ping();
  }

  close(code: number, reason: string): void {
    this.#release();
    this.#ws.close(code, reason);
  }

  #grant(claims: RealtimeClaims): void {
    for (const t of claims.topics) {
      const key = topicKey(t.channel, t.name);
      if (this.#topics.has(key)) continue;
      this.#topics.set(key, { channel: t.channel, topic: t.name });
      this.#d.hub.add(this, t.channel, t.name);
    }
  }

  #revoke(channel: string, topic: string): void {
    if (!this.#topics.delete(topicKey(channel, topic))) return;
    this.#d.hub.remove(this, channel, topic);
  }

  /**
   * The error boundary of client messages: whatever a client sends ends in a close code, never a
   * throw. Messages are handled one after another (a `sub` waits for its token's check), so an
   * `unsub` sent after a `sub` always comes second; a client that sends faster than that is
   * handled is closed once MAX_PENDING_MESSAGES wait.
   */
  #onClientMessage(text: string | undefined): void {
    if (this.#closed) return;
    if (this.#pending >= MAX_PENDING_MESSAGES) return this.close(1008, "too_many_messages");
    this.#pending++;
    this.#inbox = this.#inbox.then(() => (this.#closed ? undefined : this.#handleClientMessage(text))).catch((err: unknown) => {
      const e = asTetherError(err);
      this.close(e.closeCode, e.code);
    }).finally(() => void this.#pending--);
  }

  async #handleClientMessage(text: string | undefined): Promise<void> {
    // Binary frames and text that is not JSON (or nests deeper than MAX_JSON_DEPTH): 1007.
    const parsed = tryParseJson(text ?? "", { what: "the message" });
    if (!parsed.ok) return this.close(parsed.error.closeCode, parsed.error.code);
    const msg = parsed.value as { kind?: unknown; data?: unknown } | null;
    if (msg?.kind === "sub" && typeof msg.data === "string") {
      try {
        const claims = await this.#d.verify(msg.data);
        if (!this.#closed) this.#grant(claims);
      } catch (err) {
        const e = asTetherError(err);
        this.close(1008, e.code === "internal_error" ? "unauthorized" : e.code);
      }
    } else if (msg?.kind === "unsub" && Array.isArray(msg.data)) {
      for (const t of msg.data as { channel?: unknown; name?: unknown; topic?: unknown }[]) {
        const name = t?.name ?? t?.topic;
        if (typeof t?.channel === "string" && typeof name === "string") this.#revoke(t.channel, name);
      }
    }
    // Anything else (pings, unknown kinds) is ignored, as Inngest's server does.
  }

  #release(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#gate.close();
    for (const { channel, topic } of this.#topics.values()) this.#d.hub.remove(this, channel, topic);
    this.#topics.clear();
    this.#d.onClose(this);
  }
}
