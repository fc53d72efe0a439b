// Process signal hook for graceful shutdown (the official SDK's `handleShutdownSignals`). The first
// signal removes the handlers and starts close(), so a second signal terminates the process as
// Node normally would.

import type { Logger } from "../logger.ts";

/** Installs handlers; returns a function that removes them (idempotent). */
export function onShutdownSignals(signals: readonly NodeJS.Signals[], close: () => void, logger: Logger): () => void {
  if (signals.length === 0) return () => {};
  let installed = true;
  const remove = (): void => {
    if (!installed) return;
    installed = false;
    for (const signal of signals) process.off(signal, onSignal);
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, "shutdown signal received; closing");
    remove();
    close();
  };
  for (const signal of signals) process.on(signal, onSignal);
  return remove;
}
