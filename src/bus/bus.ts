// The bus port: request/reply and pub/sub between API, executors and gateways. Two adapters:
// in-process (memory-bus.ts, `tether dev`) and NATS core (nats-bus.ts, distributed).

export interface BusMessage {
  subject: string;
  data: Uint8Array;
  /** Present when the sender used request(); answers it. */
  respond?: (data: Uint8Array) => void;
}

export type BusHandler = (msg: BusMessage) => void;

export interface SubscribeOptions {
  /** Queue group: each message goes to one member of the group. */
  queue?: string;
}

export interface Bus {
  publish(subject: string, data: Uint8Array): void;
  request(subject: string, data: Uint8Array, opts: { timeoutMs: number }): Promise<Uint8Array>;
  subscribe(subject: string, handler: BusHandler, opts?: SubscribeOptions): () => void;
  close(): Promise<void>;
}
