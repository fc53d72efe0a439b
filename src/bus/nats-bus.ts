// The bus over NATS core (DESIGN.md "Two adapters"; docs/connect-protocol.md §4.7): raw bytes, no
// codecs; request/reply on the client's shared reply inbox; queue groups for load sharing.
// Delivery is at-most-once, like MemoryBus: durability lives in the state port (buffered replies,
// leases), never here.
//
// Ownership: `NatsBus.connect()` dials and owns its connection, so close() drains and closes it.
// `new NatsBus(nc)` borrows a connection (shared with NatsConnectState, say): close() drains only
// this bus's subscriptions and leaves the connection to its owner.
//
// Outages: nats.js reconnects and re-subscribes by itself, and buffers publishes meanwhile. A
// request sent while disconnected would lose its reply and wait out its whole timeout (minutes
// for a forward), so request() fails fast with the usual code until the client is back. A
// request already in flight when the connection drops is left to run: its reply can still
// arrive after a quick reconnect, and otherwise it times out.
//
// Ordering: subscribe() returns before the server has seen the SUB. Anything this process sends
// afterwards on the same connection (a publish, a KV write announcing the subscriber) reaches the
// server after it, so peers that learn of the subscriber that way can already reach it.
import { Events, type Msg, type NatsConnection, type Status, type Subscription } from "nats";
import pino, { type Logger } from "pino";
import { TetherError } from "../common/index.ts";
import { connectNats, natsErrorCode, type NatsConnectOptions } from "../common/nats.ts";
import type { Bus, BusHandler, SubscribeOptions } from "./bus.ts";

/** nats.js codes for "nobody is subscribed", "nobody answered in time" and "over max_payload". */
const NO_RESPONDERS = "503";
const TIMEOUT = "TIMEOUT";
const MAX_PAYLOAD_EXCEEDED = "MAX_PAYLOAD_EXCEEDED";

export const DEFAULT_DRAIN_TIMEOUT_MS = 5_000;

export interface NatsBusOptions extends NatsConnectOptions {
  /** @default a silent logger */
  log?: Logger;
  /** How long close() waits for the drain before closing the connection anyway. @default 5_000 */
  drainTimeoutMs?: number;
}

export class NatsBus implements Bus {
  readonly #nc: NatsConnection;
  readonly #ownsConnection: boolean;
  readonly #log: Logger;
  readonly #drainTimeoutMs: number;
  readonly #subs = new Set<Subscription>();
  /** nats.js hands out a QueuedIterator typed as AsyncIterable; stop() detaches it. */
  readonly #statusEvents: AsyncIterable<Status> & { stop?: () => void };
  #disconnected = false;
  #closing: Promise<void> | undefined;

  /** Borrows `nc`: close() leaves it open. Use {@link NatsBus.connect} to own one. */
  constructor(nc: NatsConnection, opts: { log?: Logger; ownsConnection?: boolean; drainTimeoutMs?: number } = {}) {
    this.#nc = nc;
    this.#drainTimeoutMs = opts.drainTimeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS;
    this.#ownsConnection = opts.ownsConnection ?? false;
    this.#log = (opts.log ?? pino({ level: "silent" })).child({ component: "nats-bus" });
    this.#statusEvents = nc.status();
    void this.#followStatus();
  }

  static async connect(url: string, opts: NatsBusOptions = {}): Promise<NatsBus> {
    const nc = await connectNats(url, opts);
    return new NatsBus(nc, { log: opts.log, ownsConnection: true, drainTimeoutMs: opts.drainTimeoutMs });
  }

  /** The underlying connection, e.g. to hand to NatsConnectState.create(). */
  get connection(): NatsConnection {
    return this.#nc;
  }

  publish(subject: string, data: Uint8Array): void {
    // Like MemoryBus, publishing on a closed bus drops the message.
    if (this.#closing || this.#nc.isClosed() || this.#nc.isDraining()) return;
    try {
      this.#nc.publish(subject, data);
    } catch (err) {
      throw toTetherError(err, subject);
    }
  }

  async request(subject: string, data: Uint8Array, opts: { timeoutMs: number }): Promise<Uint8Array> {
    if (this.#closing) throw new TetherError("connect_forward_failed", `bus closed, cannot request ${subject}`);
    if (this.#disconnected) throw new TetherError("connect_forward_failed", `NATS disconnected, cannot request ${subject}`);
    try {
      const msg = await this.#nc.request(subject, data, { timeout: opts.timeoutMs });
      return msg.data;
    } catch (err) {
      const code = natsErrorCode(err);
      if (code === MAX_PAYLOAD_EXCEEDED) throw toTetherError(err, subject);
      const why = code === NO_RESPONDERS ? `no responders on ${subject}`
        : code === TIMEOUT ? `bus request to ${subject} timed out`
        : `bus request to ${subject} failed (${code ?? "unknown"})`;
      // One code for every delivery failure: the caller re-routes, exactly as with MemoryBus.
      throw new TetherError("connect_forward_failed", why, { cause: err });
    }
  }

  subscribe(subject: string, handler: BusHandler, opts: SubscribeOptions = {}): () => void {
    if (this.#closing) return () => {};
    const sub = this.#nc.subscribe(subject, {
      queue: opts.queue,
      callback: (err, msg) => {
        if (err) {
          this.#log.warn({ err, subject }, "subscription failed");
          return;
        }
        this.#dispatch(handler, msg);
      },
    });
    this.#subs.add(sub);
    return () => {
      if (!this.#subs.delete(sub)) return;
      try {
        sub.unsubscribe();
      } catch {
        // The connection closed first: the subscription is gone with it.
      }
    };
  }

  debugSnapshot(): { connected: boolean; subscriptions: number; closed: boolean; ownsConnection: boolean } {
    return { connected: !this.#disconnected && !this.#nc.isClosed(), subscriptions: this.#subs.size, closed: this.#closing !== undefined, ownsConnection: this.#ownsConnection };
  }

  /** Drains: in-flight handler deliveries finish, then (when owned) the connection closes. Memoised. */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    this.#statusEvents.stop?.();
    if (this.#nc.isClosed()) return;
    if (this.#ownsConnection) {
      // Draining needs the server; during an outage it could wait forever, so it gets a grace
      // period and then the connection is closed regardless.
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.#drainTimeoutMs)));
      await Promise.race([this.#nc.drain().catch((err: unknown) => this.#log.debug({ err }, "drain failed")), grace]);
      clearTimeout(timer);
      if (!this.#nc.isClosed()) await this.#nc.close();
      return;
    }
    const subs = [...this.#subs];
    this.#subs.clear();
    await Promise.all(subs.map((s) => s.drain().catch(() => undefined)));
  }

  async #followStatus(): Promise<void> {
    try {
      for await (const s of this.#statusEvents) {
        if (s.type === Events.Disconnect) {
          this.#disconnected = true;
          this.#log.warn({ server: s.data }, "NATS disconnected");
        } else if (s.type === Events.Reconnect) {
          this.#disconnected = false;
          this.#log.info({ server: s.data }, "NATS reconnected");
        }
      }
    } catch (err) {
      this.#log.debug({ err }, "status events ended");
    }
  }

  #dispatch(handler: BusHandler, msg: Msg): void {
    const respond = msg.reply
      ? (reply: Uint8Array) => {
        try {
          msg.respond(reply);
        } catch (err) {
          // Connection closed while the handler ran; the requester times out and re-routes.
          this.#log.debug({ err, subject: msg.subject }, "reply dropped");
        }
      }
      : undefined;
    try {
      handler({ subject: msg.subject, data: msg.data, respond });
    } catch (err) {
      // A throwing handler must not break the connection's protocol parser.
      this.#log.error({ err, subject: msg.subject }, "bus handler threw");
    }
  }
}

/**
 * Publish failures. Over the server's max_payload (1 MiB unless configured; MemoryBus has no
 * limit) is `payload_too_large`, which no re-route can fix; anything else is internal.
 */
function toTetherError(err: unknown, subject: string): TetherError {
  if (natsErrorCode(err) === MAX_PAYLOAD_EXCEEDED) {
    return new TetherError("payload_too_large", `message on ${subject} exceeds the NATS server's max_payload`, { cause: err });
  }
  return new TetherError("internal_error", `publish on ${subject} failed`, { cause: err });
}
