// App registration (sync): validates an SDK register request (docs/execution-protocol.md §3.2–3.3),
// turns it into app and function records, and stores them. Used by `POST /fn/register` (serve
// apps) and by gateways syncing connect apps over the bus (docs/connect-protocol.md §6.3).
import { createHash } from "node:crypto";
import { z } from "zod";
import { canonicalJson, parseDurationMs, stableUuid, ValidationError } from "../common/index.ts";
import { flowConfigError } from "../flow/config.ts";
import type { AppMethod, AppRecord, FunctionRecord, Store } from "../state/index.ts";
import type { Logger } from "pino";
import { cronJob, cronTriggerError } from "./cron.ts";
import { describeConflict, syncConflicts } from "./sync-conflicts.ts";
import { expressionUsageError } from "./expressions.ts";
import { isValidEventPattern } from "./triggers.ts";

export const DEFAULT_RETRIES = 4;
export const MAX_RETRIES = 20;
export const MAX_TRIGGERS = 10;

const triggerSchema = z.union([
  z.object({ event: z.string().min(1), expression: z.string().optional() }).passthrough(),
  z.object({ cron: z.string().min(1).max(255), jitter: z.string().optional() }).passthrough(),
]);

const functionSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  triggers: z.array(triggerSchema).default([]),
  steps: z.record(z.string(), z.object({
    id: z.string().optional(),
    name: z.string().optional(),
    runtime: z.object({ type: z.string(), url: z.string().optional() }).passthrough(),
    retries: z.object({ attempts: z.number().int() }).partial().optional(),
  }).passthrough()).optional(),
  retries: z.object({ attempts: z.number().int() }).partial().optional(),
}).passthrough();

export const registerRequestSchema = z.object({
  url: z.string().min(1),
  appName: z.string().min(1),
  appVersion: z.string().optional(),
  deployType: z.string().optional(),
  sdk: z.string().optional(),
  v: z.string().optional(),
  framework: z.string().optional(),
  functions: z.array(functionSchema),
  capabilities: z.unknown().optional(),
  featureObservations: z.unknown().optional(),
  idempotencyKey: z.string().optional(),
}).passthrough();

export type RegisterRequest = z.infer<typeof registerRequestSchema>;

export interface RegisterResult {
  app: AppRecord;
  modified: boolean;
}

/** Validates and stores an app; throws ValidationError (`invalid_function_config`) with details. */
export async function registerApp(store: Store, body: unknown, method?: AppMethod, log?: Pick<Logger, "warn">): Promise<RegisterResult> {
  const parsed = registerRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ValidationError("invalid_function_config", `${issue.path.join(".") || "body"}: ${issue.message}`);
  }
  const req = parsed.data;
  const appMethod: AppMethod = method ?? (req.deployType === "connect" || req.url.startsWith("ws") ? "connect" : "serve");
  const functions = req.functions.map((f) => toFunctionRecord(f, req.appName));
  const { featureObservations: _fo, idempotencyKey: _ik, ...rest } = req;
  const checksum = createHash("sha256").update(canonicalJson(rest)).digest("hex");
  if (log) {
    const [apps, registered] = await Promise.all([store.listApps(), store.listFunctions()]);
    const sdk = req.sdk ?? "unknown";
    for (const c of syncConflicts({ app: { name: req.appName, url: req.url, sdk }, functions }, apps, registered)) log.warn({ conflict: c }, describeConflict(c));
  }
  const result = await store.syncApp({
    name: req.appName,
    url: req.url,
    method: appMethod,
    sdk: req.sdk ?? "unknown",
    appVersion: req.appVersion,
    checksum,
    functions,
  });
  // Every sync (re)schedules the next cron tick of each cron function: the job id is derived from
  // the instant, so an existing schedule is left as it is (docs/semantics.md §14, src/functions/cron.ts).
  const now = Date.now();
  const crons = functions.map((f) => cronJob(f, now, now)).filter((j) => j !== undefined);
  if (crons.length) await store.commit({ enqueue: crons });
  return result;
}

function toFunctionRecord(f: z.infer<typeof functionSchema>, appName: string): Omit<FunctionRecord, "appId" | "createdAt"> {
  const where = `function ${f.id}`;
  if (f.triggers.length > MAX_TRIGGERS) {
    throw new ValidationError("invalid_function_config", `${where}: at most ${MAX_TRIGGERS} triggers`);
  }
  for (const t of f.triggers) {
    if ("event" in t && typeof t.event === "string") {
      if (!isValidEventPattern(t.event)) {
        throw new ValidationError("invalid_function_config", `${where}: invalid event trigger "${t.event}"`);
      }
      if (typeof t.expression === "string" && t.expression) {
        const err = expressionUsageError(t.expression, { allowAsync: false });
        if (err) throw new ValidationError("invalid_function_config", `${where}: invalid expression: ${err}`);
      }
    } else {
      const err = cronTriggerError(t);
      if (err) throw new ValidationError("invalid_function_config", `${where}: ${err}`);
    }
  }
  if (f.idempotency !== undefined) {
    const err = typeof f.idempotency === "string" ? expressionUsageError(f.idempotency, { allowAsync: false }) : "must be a string";
    if (err) fail(where, `invalid idempotency expression: ${err}`);
  }
  validateCancel(f.cancel, where);
  validateTimeouts(f.timeouts, where);
  const flowError = flowConfigError(f);
  if (flowError) fail(where, flowError);
  const step = f.steps?.step ?? Object.values(f.steps ?? {})[0];
  const retries = step?.retries?.attempts ?? f.retries?.attempts ?? DEFAULT_RETRIES;
  if (retries < 0 || retries > MAX_RETRIES) {
    throw new ValidationError("invalid_function_config", `${where}: retries must be between 0 and ${MAX_RETRIES}`);
  }
  return {
    id: stableUuid(`fn:${f.id}`),
    appName,
    slug: f.id,
    name: f.name ?? f.id,
    triggers: f.triggers as FunctionRecord["triggers"],
    retries,
    url: step?.runtime.url ?? "",
    config: f as Record<string, unknown>,
  };
}

export const MAX_CANCEL_RULES = 5;

function fail(where: string, message: string): never {
  throw new ValidationError("invalid_function_config", `${where}: ${message}`);
}

/** cancelOn rules (docs/semantics.md §12): at most 5; an event; `if` or `match`, not both. */
function validateCancel(cancel: unknown, where: string): void {
  if (cancel === undefined || cancel === null) return;
  if (!Array.isArray(cancel)) fail(where, "cancel must be an array");
  if (cancel.length > MAX_CANCEL_RULES) fail(where, `at most ${MAX_CANCEL_RULES} cancel rules`);
  for (const r of cancel as Record<string, unknown>[]) {
    if (typeof r?.event !== "string" || !r.event) fail(where, "a cancel rule needs an event");
    if (r.if !== undefined && r.match !== undefined) fail(where, "a cancel rule takes either if or match, not both");
    if (typeof r.if === "string" && r.if) {
      const err = expressionUsageError(r.if, { allowAsync: true });
      if (err) fail(where, `invalid cancel expression: ${err}`);
    }
    if (r.timeout !== undefined && parseDurationMs(String(r.timeout)) === undefined && Number.isNaN(Date.parse(String(r.timeout)))) {
      fail(where, `invalid cancel timeout "${String(r.timeout)}"`);
    }
  }
}

function validateTimeouts(timeouts: unknown, where: string): void {
  if (timeouts === undefined || timeouts === null) return;
  for (const k of ["start", "finish"] as const) {
    const v = (timeouts as Record<string, unknown>)[k];
    if (v !== undefined && parseDurationMs(String(v)) === undefined) fail(where, `invalid timeouts.${k} "${String(v)}"`);
  }
}
