export type { Bus, BusHandler, BusMessage, SubscribeOptions } from "./bus.ts";
export { MemoryBus } from "./memory-bus.ts";
export { subjects } from "./subjects.ts";
export { NatsBus, type NatsBusOptions } from "./nats-bus.ts";
export { flushReply, REPLY_FLUSH_QUEUE, serveReplyFlush } from "./reply-flush.ts";
