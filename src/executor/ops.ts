// Generator ops from SDK 206 responses (docs/execution-protocol.md §1.5–1.6): parsing and the
// names the executor acts on. Go parses op names case-insensitively; so do we.
import { z } from "zod";

export const OpCode = {
  None: "None",
  Step: "Step",
  StepRun: "StepRun",
  StepError: "StepError",
  StepPlanned: "StepPlanned",
  Sleep: "Sleep",
  WaitForEvent: "WaitForEvent",
  InvokeFunction: "InvokeFunction",
  AIGateway: "AIGateway",
  Gateway: "Gateway",
  WaitForSignal: "WaitForSignal",
  RunComplete: "RunComplete",
  StepFailed: "StepFailed",
  DiscoveryRequest: "DiscoveryRequest",
  DeferAdd: "DeferAdd",
  DeferAbort: "DeferAbort",
} as const;
export type OpCodeName = (typeof OpCode)[keyof typeof OpCode];

const byLower = new Map(Object.values(OpCode).map((n) => [n.toLowerCase(), n]));

const opSchema = z.object({
  id: z.string().default(""),
  op: z.string(),
  name: z.string().optional(),
  displayName: z.string().optional(),
  opts: z.record(z.string(), z.unknown()).nullish(),
  data: z.unknown().optional(),
  error: z.unknown().optional(),
  timing: z.unknown().optional(),
  userland: z.unknown().optional(),
}).passthrough();

export type GeneratorOp = z.infer<typeof opSchema> & { op: OpCodeName | string };

/** Parses a 206 body into ops; undefined when it is not an op array (or a single op object). */
export function parseOps(body: unknown): GeneratorOp[] | undefined {
  const list = Array.isArray(body) ? body : body && typeof body === "object" ? [body] : undefined;
  if (!list) return undefined;
  const out: GeneratorOp[] = [];
  for (const raw of list) {
    const r = opSchema.safeParse(raw);
    if (!r.success) return undefined;
    out.push({ ...r.data, op: byLower.get(r.data.op.toLowerCase()) ?? r.data.op });
  }
  return out;
}

/** Ops that ride along and do not count as parallel steps. */
export function isLazyOp(op: GeneratorOp): boolean {
  return op.op === OpCode.DeferAdd || op.op === OpCode.DeferAbort;
}
