// Every bus subject in one place: lowercase, dot-separated, versioned.
const ROOT = "tether.v1";

export const subjects = {
  /** Executor -> the gateway that owns a connection: ForwardRequest, answered ForwardResponse. */
  gatewayForward: (gatewayId: string) => `${ROOT}.gw.${gatewayId}.forward`,
  /** Gateway/API -> the executor waiting for a request: SDKResponse bytes. */
  executorReply: (executorId: string) => `${ROOT}.exec.${executorId}.reply`,
  /** Gateway -> the executor waiting for a request: RequestUpdate (checkpoints, progress). */
  executorUpdate: (executorId: string) => `${ROOT}.exec.${executorId}.update`,
  /** Gateway -> registry: sync an app's functions (JSON register request, JSON answer). */
  appSync: () => `${ROOT}.apps.sync`,
  /** Gateways announce themselves (GatewayAnnouncement JSON) for API processes to choose from. */
  gatewayAnnounce: () => `${ROOT}.gateways.announce`,
  /** An app synced: executors reload their function index. */
  appsChanged: () => `${ROOT}.apps.changed`,
  /** New work is due: executors wake their queue pump. */
  queueWake: () => `${ROOT}.queue.wake`,
} as const;
