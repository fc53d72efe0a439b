// Every bus subject in one place: lowercase, dot-separated, versioned.
import { createHash } from "node:crypto";

const ROOT = "tether.v1";

export const subjects = {
  /** Executor -> the gateway that owns a connection: ForwardRequest, answered ForwardResponse. */
  gatewayForward: (gatewayId: string) => `${ROOT}.gw.${gatewayId}.forward`,
  /** Gateway -> the executor waiting for a request: SDKResponse bytes. */
  executorReply: (executorId: string) => `${ROOT}.exec.${executorId}.reply`,
  /** Gateway -> the executor waiting for a request: RequestUpdate (checkpoints, progress). */
  executorUpdate: (executorId: string) => `${ROOT}.exec.${executorId}.update`,
  /**
   * API -> one gateway (queue group `gateways`): a reply a worker flushed over HTTP, for the
   * gateway's reply path (reply-flush.ts), answered once delivered.
   */
  replyFlush: () => `${ROOT}.replies.flush`,
  /** Gateway -> registry: sync an app's functions (JSON register request, JSON answer). */
  appSync: () => `${ROOT}.apps.sync`,
  /** Gateways announce themselves (GatewayAnnouncement JSON) for API processes to choose from. */
  gatewayAnnounce: () => `${ROOT}.gateways.announce`,
  /** An app synced: executors reload their function index. */
  appsChanged: () => `${ROOT}.apps.changed`,
  /** A function was paused or resumed: executors forget what they remember of pauses. */
  pausesChanged: () => `${ROOT}.functions.pauses`,
  /** New work is due: executors wake their queue pump. */
  queueWake: () => `${ROOT}.queue.wake`,
  /**
   * Realtime messages of one channel+topic (docs/execution-protocol.md §5). Both are hashed: they are
   * arbitrary user strings, and NATS tokens cannot hold dots, spaces or wildcards.
   */
  realtime: (channel: string, topic: string) => `${ROOT}.rt.${sha1(channel)}.${sha1(topic)}`,
  /** Every realtime subject (the replay log's capture). */
  realtimeAll: () => `${ROOT}.rt.>`,
} as const;

function sha1(value: string): string {
  return createHash("sha1").update(value).digest("hex");
}
