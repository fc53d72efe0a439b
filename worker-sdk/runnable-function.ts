// The engine's view of something it can run: a slug the executor addresses, a handler, the app's
// services, and the check of received events. TetherFunction and the onFailure companion both
// satisfy it.

import type { AppServices } from "./app-services.ts";
import type { CheckpointingConfig } from "./checkpoint-options.ts";
import type { ReceivedEvent } from "./event-types.ts";
import type { Middleware } from "./middleware/types.ts";
import type { FunctionContext } from "./types.ts";

/** A handler with its types erased; the typed one is checked where the function is created. */
export type ErasedHandler = (ctx: FunctionContext) => unknown;

export interface RunnableFunction {
  /** Composite id `<appId>-<fnId>` the executor sends in requests. */
  readonly slug: string;
  readonly app: AppServices;
  readonly handler: ErasedHandler;
  /** How steps run back to back when a request allows it; `false` or absent = one step per request. */
  readonly checkpointing?: CheckpointingConfig | false;
  /** The app's middleware, then the function's (registration order). @default none */
  readonly middleware?: readonly Middleware[];
  /** Rejects with EventValidationError when a received event does not match its schema. */
  validateEvents(events: readonly ReceivedEvent[]): Promise<void>;
}
