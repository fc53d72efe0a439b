// Reply for a request whose requested step never showed up (docs/execution-protocol.md §2.7): a
// retriable ERROR listing up to 25 new steps that were found instead.

import { REQUEST_VERSION } from "../version.ts";
import type { ExecutionResult } from "./execution-result.ts";
import type { FoundStep } from "./found-step.ts";

const MAX_LISTED_STEPS = 25;

export function stepNotFoundResult(requestedStepId: string, found: FoundStep[]): ExecutionResult {
  const all = found
    .filter((step) => !step.hasState)
    .map((step) => ({ id: step.hashedId, name: step.name, displayName: step.displayName }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const listed = all.slice(0, MAX_LISTED_STEPS);
  let error = `Could not find step "${requestedStepId}" to run; timed out.`;
  if (listed.length > 0) {
    const summary = listed.map((step) => `${step.displayName || step.id} (${step.id})`).join("\n");
    error = `${error} Found new steps: \n${summary}.`;
  }
  if (all.length > listed.length) error = `${error} (showing ${listed.length} of ${all.length})`;
  return {
    status: "ERROR",
    body: { error, requestedStep: requestedStepId, foundSteps: listed, totalFoundSteps: all.length },
    noRetry: false,
    requestVersion: REQUEST_VERSION,
  };
}
