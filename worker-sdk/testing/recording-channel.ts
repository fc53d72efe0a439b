// The socket side of a test run: realtime messages the function publishes (`publish()` in the
// handler or a step) are recorded instead of sent over a worker socket. Checkpoints are never
// asked for — test requests do not set `ctx.tether_checkpoint` — so the engine uses only
// `sendPublish` (docs/testing.md).

import type { SocketChannel } from "../engine/socket-channel.ts";

/** One realtime message the run published. */
export interface PublishedMessage {
  channel: string;
  topic: string;
  data: unknown;
}

export function recordingChannel(published: PublishedMessage[]): SocketChannel {
  return {
    sendCheckpoint: async () => ({ type: "lost", reason: "the test engine does not checkpoint" }),
    sendProgress: () => undefined,
    sendPublish: (channel, topic, json) => {
      published.push({ channel, topic, data: JSON.parse(json) as unknown });
      return true;
    },
  };
}
