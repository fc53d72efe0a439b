// Browser-safe realtime entry: typed channels and the subscriber. Nothing reachable from here may
// import `node:*`, `ws` or use `process` (test/unit/worker-sdk-realtime-browser-safe.test.ts).

export { channel, channelName, type ChannelDefinition, type ChannelParams, type ChannelRef, type ChannelTopics, type TopicData, type TopicsOf } from "./channel.ts";
export {
  getRealtimeToken,
  realtimeConnectUrl,
  subscribe,
  type FetchLike,
  type RealtimeGap,
  type RealtimeMessage,
  type RealtimeStreamMessage,
  type Subscription,
  type SubscriptionState,
  type TokenRequest,
  type TypedSubscribeOptions,
  type UntypedSubscribeOptions,
  type WebSocketConstructor,
  type WebSocketLike,
} from "./subscribe.ts";
export {
  MAX_PUBLISH_BYTES,
  type Publish,
  type PublishStreamSource,
  type ReadableStreamLike,
  type TypedPublishMessage,
  type UntypedPublishMessage,
} from "./publish.ts";
export { PublishError, RealtimeTokenError, TetherError } from "../errors.ts";
export type { StandardSchema } from "../standard-schema.ts";
