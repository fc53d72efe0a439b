// The distributed replay log (see replay.ts): a JetStream stream with memory storage that captures
// every realtime subject as gateways and API processes publish on core NATS. Nothing on the publish
// path changes; only a resuming subscriber reads it, through a short-lived ordered consumer filtered
// to its one subject. Limits are per subject (`max_msgs_per_subject`) and by age, oldest discarded.
// Race, accepted: a message published within a moment of a resume may be both live and replayed;
// subscribers drop the second copy by id.
import type { Logger } from "pino";
import { DiscardPolicy, type JetStreamClient, type JetStreamManager, type NatsConnection, nanos, StorageType, type StreamConfig } from "nats";
import { subjects } from "../bus/index.ts";
import { natsApiErrorCode, natsErrorCode } from "../common/nats.ts";
import { TetherError } from "../common/index.ts";
import { decodeBusMessage, type RealtimeMessage } from "./message.ts";
import {
  afterEmpty, DEFAULT_REPLAY_MAX_AGE_MS, DEFAULT_REPLAY_MAX_PER_TOPIC, emptyCursor, emptyCursorTime, type ReplayLimits, type ReplayLog,
} from "./replay.ts";

/** How long one replay read may take before the subscriber is told it has a gap. */
const READ_TIMEOUT_MS = 5_000;
const FETCH_BATCH = 500;
/** JetStream's "stream not found" API error. */
const JS_STREAM_NOT_FOUND = 10059;

export interface JetStreamReplayOptions extends ReplayLimits {
  /** Stream name prefix (`<PREFIX>_REALTIME`, upper case like the jobs stream). */
  prefix: string;
  /** @default 1 */
  replicas?: number;
}

export class JetStreamReplayLog implements ReplayLog {
  readonly #js: JetStreamClient;
  readonly #jsm: JetStreamManager;
  readonly #stream: string;
  readonly #limits: Required<ReplayLimits>;
  readonly #config: Partial<StreamConfig> & { name: string };

  private constructor(js: JetStreamClient, jsm: JetStreamManager, config: Partial<StreamConfig> & { name: string }, limits: Required<ReplayLimits>) {
    this.#js = js;
    this.#jsm = jsm;
    this.#stream = config.name;
    this.#config = config;
    this.#limits = limits;
  }

  /** Creates (or updates) the stream; every API process of a deployment shares it. */
  static async create(nc: NatsConnection, o: JetStreamReplayOptions): Promise<JetStreamReplayLog> {
    const jsm = await nc.jetstreamManager();
    const name = `${o.prefix.toUpperCase()}_REALTIME`;
    const limits = { maxPerTopic: o.maxPerTopic ?? DEFAULT_REPLAY_MAX_PER_TOPIC, maxAgeMs: o.maxAgeMs ?? DEFAULT_REPLAY_MAX_AGE_MS };
    const cfg: Partial<StreamConfig> & { name: string } = {
      name, subjects: [subjects.realtimeAll()], storage: StorageType.Memory, discard: DiscardPolicy.Old,
      max_msgs_per_subject: limits.maxPerTopic, max_age: nanos(limits.maxAgeMs), num_replicas: o.replicas ?? 1,
    };
    try {
      await jsm.streams.add(cfg);
    } catch {
      // It exists (another API process made it, maybe with other limits): take its settings.
      await jsm.streams.update(name, { max_msgs_per_subject: cfg.max_msgs_per_subject, max_age: cfg.max_age }).catch(() => undefined);
      await jsm.streams.info(name);
    }
    return new JetStreamReplayLog(nc.jetstream(), jsm, cfg, limits);
  }

  /**
   * create(), or undefined with a warning when the stream cannot be made (e.g. another deployment
   * on the same NATS already captures the realtime subjects): subscribers then get a `gap` on resume.
   */
  static async tryCreate(nc: NatsConnection, o: JetStreamReplayOptions, log: Logger): Promise<JetStreamReplayLog | undefined> {
    try {
      return await JetStreamReplayLog.create(nc, o);
    } catch (err) {
      log.warn({ err }, "realtime replay log unavailable: resuming subscribers will be told of gaps");
      return undefined;
    }
  }

  async head(channel: string, topic: string): Promise<string> {
    const last = await this.#last(subjects.realtime(channel, topic));
    return (typeof last === "object" && decodeBusMessage(last.data)?.id) || emptyCursor(Date.now());
  }

  async after(channel: string, topic: string, afterId: string): Promise<RealtimeMessage[] | undefined> {
    const subject = subjects.realtime(channel, topic);
    const since = emptyCursorTime(afterId);
    const last = await this.#last(subject);
    if (last === "lost") return undefined;
    if (last === "none") return since === undefined ? undefined : [];
    const lastSeq = last.seq;
    // A string filter (not a list): nats-server 2.9 knows only `filter_subject`.
    const consumer = await this.#js.consumers.get(this.#stream, { filterSubjects: subject });
    const deadline = Date.now() + READ_TIMEOUT_MS;
    const out: RealtimeMessage[] = [];
    let found = since !== undefined;
    let seq = 0;
    try {
      while (seq < lastSeq) {
        if (Date.now() > deadline) throw new Error("replay read timed out");
        const batch = await consumer.fetch({ max_messages: FETCH_BATCH, expires: 1_000 });
        for await (const m of batch) {
          seq = m.seq;
          const msg = decodeBusMessage(m.data);
          if (found && msg?.channel === channel && msg.topic === topic) out.push(msg);
          else if (msg?.id === afterId) found = true;
          if (seq >= lastSeq) break;
        }
      }
    } catch (err) {
      throw new TetherError("internal_error", "reading the realtime replay log failed", { cause: err });
    }
    if (since !== undefined) return afterEmpty(out, since, Date.now(), this.#limits);
    return found ? out : undefined;
  }

  /**
   * The newest message on `subject`; "none" when it has none; "lost" when the stream itself is gone
   * (memory storage does not survive a nats-server restart): it is made again, and what it held is
   * reported as lost.
   */
  async #last(subject: string): Promise<{ seq: number; data: Uint8Array } | "none" | "lost"> {
    try {
      return await this.#jsm.streams.getMessage(this.#stream, { last_by_subj: subject });
    } catch (err) {
      if (natsApiErrorCode(err) === JS_STREAM_NOT_FOUND) {
        await this.#jsm.streams.add(this.#config).catch(() => undefined);
        return "lost";
      }
      if (natsErrorCode(err) === "404") return "none";
      throw err;
    }
  }

  async close(): Promise<void> {}
}
