// Function registry: registration (sync), trigger matching and CEL expressions.
export { registerApp, registerRequestSchema, DEFAULT_RETRIES, MAX_RETRIES } from "./register.ts";
export type { RegisterRequest, RegisterResult } from "./register.ts";
export { eventMatches, isValidEventPattern } from "./triggers.ts";
export { compileExpression, evaluateBoolean, evaluateExpression, expressionError, expressionUsageError } from "./expressions.ts";
export {
  CRON_EVENT_NAME, INVOKED_EVENT_NAME, cronJob, cronSpecs, cronTriggerError, nextCronInstant, parseCron, scheduleKey,
} from "./cron.ts";
export type { CronJobPayload, CronSpec } from "./cron.ts";
