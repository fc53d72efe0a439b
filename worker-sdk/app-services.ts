// What functions and the engine need from their app at run time: its id, its event schemas and a
// way to send events. The Tether client provides it, so functions never hold the client itself
// (nor its keys).

import type { CheckpointingSetting } from "./checkpoint-options.ts";
import type { EventPayload, EventSchemas } from "./event-types.ts";
import type { Middleware } from "./middleware/types.ts";

export interface AppServices {
  /** App id; functions are known to the server as `<id>-<fnId>`. */
  readonly id: string;
  /** Event name → schema of its data (empty when the app declares none). */
  readonly schemas: EventSchemas;
  /** The app's checkpointing setting; functions may override it. */
  readonly checkpointing?: CheckpointingSetting;
  /** The client's middleware, in registration order (functions add theirs after it). */
  readonly middleware?: readonly Middleware[];
  /** POSTs events to the event API; callers validate them first. */
  sendEvents(events: EventPayload[]): Promise<{ ids: string[] }>;
}
