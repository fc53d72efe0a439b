// Checkpointing mode of the engine (issue 6): steps run back to back in one request, finished
// steps are sent as checkpoints (by count and by interval), the fallbacks to normal orchestration
// (parallel steps, async ops, step errors, max runtime, function errors), the final reply shape,
// retries running one step, refusals (stale dispatch drops the request, other codes fail the step),
// lost checkpoints sent again, and window back-pressure. Transport and timers are fakes.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { executeFunction } from "../../worker-sdk/engine/execute.ts";
import { parseExecutionRequest } from "../../worker-sdk/engine/execution-request.ts";
import type { CheckpointOutcome, SocketChannel } from "../../worker-sdk/engine/socket-channel.ts";
import type { OutgoingOp } from "../../worker-sdk/engine/ops.ts";
import {
  StaleDispatchError,
  Tether,
  hashStepId as h,
  type CheckpointingOptions,
  type ExecutionResult,
  type FunctionHandler,
} from "../../worker-sdk/index.ts";
import { FakeClock, requestWith, until } from "./worker-sdk-checkpoint-fakes.ts";

type Op = Record<string, unknown>;

/** A SocketChannel whose acks the test controls: automatic ("acked" by default) or manual. */
class FakeChannel implements SocketChannel {
  readonly checkpoints: Array<{ seq: number; ops: Op[]; answer(outcome: CheckpointOutcome): void }> = [];
  readonly progress: Array<{ stepId: string; data: unknown; append: boolean }> = [];
  maxUnackedCheckpoints?: number;
  progressIntervalMs?: number;
  checkpointAckTimeoutMs?: number;

  constructor(
    /** Answers each checkpoint at once; `null` = the test answers. */
    public auto: ((seq: number) => CheckpointOutcome | undefined) | null = () => ({ type: "acked" }),
    limits: { window?: number; ackTimeoutMs?: number; progressIntervalMs?: number } = {},
  ) {
    this.maxUnackedCheckpoints = limits.window;
    this.checkpointAckTimeoutMs = limits.ackTimeoutMs;
    this.progressIntervalMs = limits.progressIntervalMs;
  }

  sendCheckpoint(seq: number, ops: readonly OutgoingOp[]): Promise<CheckpointOutcome> {
    return new Promise((resolve) => {
      this.checkpoints.push({ seq, ops: JSON.parse(JSON.stringify(ops)) as Op[], answer: resolve });
      const outcome = this.auto?.(seq);
      if (outcome) resolve(outcome);
    });
  }

  sendProgress(stepId: string, data: unknown, append: boolean): void {
    this.progress.push({ stepId, data, append });
  }

  /** Hashed ids per checkpoint, in send order. */
  batches(): string[][] {
    return this.checkpoints.map((checkpoint) => checkpoint.ops.map((op) => op.id as string));
  }
}

let counter = 0;
function fnOf(handler: FunctionHandler, checkpointing?: CheckpointingOptions | boolean, appSetting?: CheckpointingOptions | boolean) {
  const app = new Tether({ id: `cp-app-${++counter}`, baseUrl: "http://127.0.0.1:1", ...(appSetting !== undefined ? { checkpointing: appSetting } : {}) });
  return app.createFunction({ id: "fn", triggers: [{ event: "e" }], ...(checkpointing !== undefined ? { checkpointing } : {}) }, handler);
}

interface RunOptions {
  checkpointing?: CheckpointingOptions | boolean;
  channel?: FakeChannel;
  clock?: FakeClock;
  request?: Parameters<typeof requestWith>[0];
  stepId?: string;
}

function start(handler: FunctionHandler, options: RunOptions = {}) {
  const channel = options.channel ?? new FakeChannel();
  const clock = options.clock ?? new FakeClock();
  const fn = fnOf(handler, options.checkpointing ?? { bufferedSteps: 10, maxIntervalMs: 0 });
  const body = requestWith({ tetherCheckpoint: true, ...options.request });
  const result = executeFunction({ fn, request: parseExecutionRequest(body), stepId: options.stepId ?? "step", channel, clock });
  return { channel, clock, result };
}

const ops = (result: ExecutionResult): Op[] => result.body as Op[];
const opSummary = (result: ExecutionResult): Array<[unknown, unknown]> => ops(result).map((op) => [op.op, op.id]);

function sequential(count: number, log: string[] = []): FunctionHandler {
  return async ({ step }) => {
    let total = 0;
    for (let i = 1; i <= count; i++) {
      total += await step.run(`s${i}`, () => {
        log.push(`s${i}`);
        return i;
      });
    }
    return { total };
  };
}

describe("worker-sdk checkpointing mode", () => {
  test("runs every step in one request and replies [...unflushed StepRun ops, RunComplete]", async () => {
    const log: string[] = [];
    const { channel, result } = start(sequential(3, log));
    const reply = await result;
    assert.deepEqual(log, ["s1", "s2", "s3"]);
    assert.equal(channel.checkpoints.length, 0, "nothing flushed below bufferedSteps");
    assert.equal(reply.status, "NOT_COMPLETED");
    assert.equal(reply.noRetry, false);
    assert.deepEqual(opSummary(reply), [
      ["StepRun", h("s1")],
      ["StepRun", h("s2")],
      ["StepRun", h("s3")],
      ["RunComplete", h("complete")],
    ]);
    assert.deepEqual(ops(reply)[3], { op: "RunComplete", id: h("complete"), data: { total: 6 } });
    const first = ops(reply)[0]!;
    assert.deepEqual({ ...first, timing: undefined }, {
      id: h("s1"),
      op: "StepRun",
      name: "s1",
      opts: {},
      displayName: "s1",
      userland: { id: "s1" },
      data: 1,
      timing: undefined,
    });
  });

  test("a function returning undefined completes with data null", async () => {
    const { result } = start(async ({ step }) => {
      await step.run("only", () => "x");
    });
    assert.deepEqual(ops(await result).at(-1), { op: "RunComplete", id: h("complete"), data: null });
  });

  test("user code gets each result as it would after a round trip through the server", async () => {
    let seen: unknown;
    const { result } = start(async ({ step }) => {
      seen = await step.run("make", () => ({ when: new Date(0), gone: undefined, keep: 1 }));
      return seen;
    });
    await result;
    assert.deepEqual(seen, { when: "1970-01-01T00:00:00.000Z", keep: 1 });
  });

  test("flushes a checkpoint each time bufferedSteps are buffered", async () => {
    const { channel, result } = start(sequential(5), { checkpointing: { bufferedSteps: 2, maxIntervalMs: 0 } });
    const reply = await result;
    assert.deepEqual(channel.batches(), [[h("s1"), h("s2")], [h("s3"), h("s4")]]);
    assert.deepEqual(channel.checkpoints.map((c) => c.seq), [1, 2]);
    assert.deepEqual(opSummary(reply), [["StepRun", h("s5")], ["RunComplete", h("complete")]]);
    assert.equal(channel.checkpoints[0]!.ops[0]!.op, "StepRun");
    assert.equal(channel.checkpoints[0]!.ops[1]!.data, 2);
  });

  test("flushes a checkpoint once the oldest buffered step has waited maxIntervalMs", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const clock = new FakeClock();
    const { channel, result } = start(
      async ({ step }) => {
        await step.run("s1", () => 1);
        await gate;
        await step.run("s2", () => 2);
        return "ok";
      },
      { clock, checkpointing: { bufferedSteps: 10, maxIntervalMs: 50 } },
    );
    await until(() => clock.pending > 0, "interval timer armed");
    clock.advance(49);
    await until(() => true, "a turn");
    assert.equal(channel.checkpoints.length, 0, "not before the interval");
    clock.advance(1);
    await until(() => channel.checkpoints.length === 1, "interval flush");
    assert.deepEqual(channel.batches(), [[h("s1")]]);
    release();
    assert.deepEqual(opSummary(await result), [["StepRun", h("s2")], ["RunComplete", h("complete")]]);
  });

  test("parallel steps: flush and wait for the ack, then report them as StepPlanned", async () => {
    const channel = new FakeChannel(null);
    const { result } = start(
      async ({ step }) => {
        await step.run("first", () => 1);
        return Promise.all([step.run("p1", () => 2), step.run("p2", () => 3)]);
      },
      { channel },
    );
    await until(() => channel.checkpoints.length === 1, "flush before the reply");
    let settled = false;
    void result.then(() => (settled = true));
    await until(() => true, "a turn");
    assert.equal(settled, false, "the reply waits for the ack");
    channel.checkpoints[0]!.answer({ type: "acked" });
    const reply = await result;
    assert.deepEqual(channel.batches(), [[h("first")]]);
    assert.deepEqual(opSummary(reply), [["StepPlanned", h("p1")], ["StepPlanned", h("p2")]]);
  });

  test("a step error: flush, then reply [StepError] for the failing step", async () => {
    const { channel, result } = start(async ({ step }) => {
      await step.run("ok", () => 1);
      await step.run("boom", () => {
        throw new Error("bad");
      });
    });
    const reply = await result;
    assert.deepEqual(channel.batches(), [[h("ok")]]);
    assert.deepEqual(opSummary(reply), [["StepError", h("boom")]]);
    assert.equal(reply.noRetry, false);
  });

  test("an async op (sleep): flush, then reply with the op", async () => {
    const { channel, result } = start(async ({ step }) => {
      await step.run("ok", () => 1);
      await step.sleep("nap", "1h");
    });
    const reply = await result;
    assert.deepEqual(channel.batches(), [[h("ok")]]);
    assert.deepEqual(opSummary(reply), [["Sleep", h("nap")]]);
  });

  test("waitForEvent and invoke end the request like sleep: flush, then reply with the op", async () => {
    const cases: Array<[string, FunctionHandler]> = [
      ["WaitForEvent", async ({ step }) => step.waitForEvent("wait", { event: "app/paid", timeout: "1h" })],
      ["InvokeFunction", async ({ step }) => step.invoke("call", { function: "other-app-fn", data: {} })],
    ];
    for (const [op, tail] of cases) {
      const { channel, result } = start(async (ctx) => {
        await ctx.step.run("ok", () => 1);
        return tail(ctx);
      });
      const reply = await result;
      assert.deepEqual(channel.batches(), [[h("ok")]], op);
      assert.deepEqual(ops(reply).map((o) => o.op), [op]);
    }
  });

  test("a rerun's edited input runs inline with that input", async () => {
    const { channel, result } = start(
      async ({ step }) => {
        const doubled = await step.run("double", (x: number) => x * 2, 1);
        return step.run("after", () => doubled + 1);
      },
      { request: { steps: { [h("double")]: { input: [5] } }, stack: [] } },
    );
    const reply = await result;
    assert.equal(channel.checkpoints.length, 0, "below bufferedSteps");
    assert.deepEqual(ops(reply).map((o) => [o.op, o.data]), [["StepRun", 10], ["StepRun", 11], ["RunComplete", 11]]);
    assert.deepEqual(ops(reply)[0]!.opts, { input: [5] });
  });

  test("the function throwing: flush, then the normal error reply", async () => {
    const { channel, result } = start(async ({ step }) => {
      await step.run("ok", () => 1);
      throw new Error("fn bad");
    });
    const reply = await result;
    assert.deepEqual(channel.batches(), [[h("ok")]]);
    assert.equal(reply.status, "ERROR");
    assert.equal((reply.body as { message: string }).message, "fn bad");
  });

  test("maxRuntimeMs reached: the next step is replied as StepPlanned", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const clock = new FakeClock();
    const ran: string[] = [];
    const { channel, result } = start(
      async ({ step }) => {
        await step.run("slow", async () => {
          ran.push("slow");
          await gate;
          return 1;
        });
        await step.run("next", () => ran.push("next"));
      },
      { clock, checkpointing: { bufferedSteps: 10, maxIntervalMs: 0, maxRuntimeMs: 100 } },
    );
    await until(() => ran.length === 1, "slow step started");
    clock.advance(100);
    release();
    const reply = await result;
    assert.deepEqual(ran, ["slow"]);
    assert.deepEqual(channel.batches(), [[h("slow")]]);
    assert.deepEqual(opSummary(reply), [["StepPlanned", h("next")]]);
  });

  test("a retried request (attempt > 0) runs its one step and replies as without checkpointing", async () => {
    const log: string[] = [];
    const { channel, result } = start(sequential(3, log), { request: { attempt: 1 } });
    const reply = await result;
    assert.deepEqual(log, ["s1"]);
    assert.equal(channel.checkpoints.length, 0, "no checkpoint for a retry");
    assert.deepEqual(opSummary(reply), [["StepRun", h("s1")]]);
  });

  test("without ctx.tether_checkpoint, or with checkpointing off, one step per request", async () => {
    for (const options of [{ request: { tetherCheckpoint: false } }, { checkpointing: false }] satisfies RunOptions[]) {
      const log: string[] = [];
      const { channel, result } = start(sequential(3, log), options);
      assert.deepEqual(opSummary(await result), [["StepRun", h("s1")]]);
      assert.deepEqual(log, ["s1"]);
      assert.equal(channel.checkpoints.length, 0, "no checkpoints");
    }
  });

  test("disable_immediate_execution or a requested step: no checkpointing", async () => {
    const planned = start(sequential(2), { request: { disableImmediateExecution: true } });
    assert.deepEqual(opSummary(await planned.result), [["StepPlanned", h("s1")]]);
    const requested = start(sequential(2), { stepId: h("s1") });
    assert.deepEqual(opSummary(await requested.result), [["StepRun", h("s1")]]);
    assert.equal(planned.channel.checkpoints.length + requested.channel.checkpoints.length, 0, "no checkpoints");
  });

  test("memoised steps replay first; checkpointing continues after them", async () => {
    const { channel, result } = start(sequential(3), {
      request: { steps: { [h("s1")]: { data: 1 } }, stack: [h("s1")] },
      checkpointing: { bufferedSteps: 1, maxIntervalMs: 0 },
    });
    const reply = await result;
    assert.deepEqual(channel.batches(), [[h("s2")], [h("s3")]]);
    assert.deepEqual(ops(reply), [{ op: "RunComplete", id: h("complete"), data: { total: 6 } }]);
  });

  test("an app default and a function override are merged", async () => {
    const fn = fnOf(sequential(1), { maxIntervalMs: 7 }, { bufferedSteps: 3, maxRuntimeMs: 9 });
    assert.deepEqual(fn.checkpointing, { bufferedSteps: 3, maxIntervalMs: 7, maxRuntimeMs: 9 });
    assert.equal(fnOf(sequential(1), undefined, false).checkpointing, false);
    assert.deepEqual(fnOf(sequential(1)).checkpointing, { bufferedSteps: 10, maxIntervalMs: 50, maxRuntimeMs: 300_000 });
    assert.throws(() => fnOf(sequential(1), { bufferedSteps: 0 }), (err: unknown) => (err as { code?: string }).code === "CONFIG_INVALID");
  });
});

describe("worker-sdk checkpoint acks", () => {
  test("stale_dispatch stops user code at once and the request rejects with StaleDispatchError", async () => {
    const channel = new FakeChannel(null);
    const log: string[] = [];
    let signal: AbortSignal | undefined;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { result } = start(
      async ({ step }) => {
        await step.run("s1", () => log.push("s1"));
        await step.run("s2", async (ctx) => {
          signal = ctx.signal;
          log.push("s2");
          await gate;
        });
        await step.run("s3", () => log.push("s3"));
      },
      { channel, checkpointing: { bufferedSteps: 1, maxIntervalMs: 0 } },
    );
    await until(() => log.length === 2, "second step running");
    channel.checkpoints[0]!.answer({ type: "refused", code: "stale_dispatch", message: "gone" });
    await assert.rejects(result, (err: unknown) => err instanceof StaleDispatchError && err.code === "STALE_DISPATCH");
    assert.equal(signal?.aborted, true, "the running step's signal is aborted");
    release();
    await until(() => true, "a turn");
    assert.deepEqual(log, ["s1", "s2"]);
    assert.equal(channel.checkpoints.length, 1, "nothing more is sent");
  });

  test("output_too_large fails that step for good: reply [StepFailed] with the server's error", async () => {
    const channel = new FakeChannel((seq) =>
      seq === 1 ? { type: "refused", code: "output_too_large", message: "step output is larger than 4194304 bytes" } : { type: "acked" },
    );
    const { result } = start(
      async ({ step }) => {
        await step.run("small", () => 1);
        await step.run("big", () => "x".repeat(1000));
        await step.run("after", () => 3);
      },
      { channel, checkpointing: { bufferedSteps: 2, maxIntervalMs: 0 } },
    );
    const reply = await result;
    assert.equal(reply.noRetry, true);
    assert.deepEqual(opSummary(reply), [["StepFailed", h("big")]]);
    const [op] = ops(reply);
    assert.deepEqual(op!.error, {
      name: "OutputTooLargeError",
      message: "step output is larger than 4194304 bytes",
      stack: "",
      code: "output_too_large",
      __serialized: true,
    });
    assert.deepEqual(op!.data, { __serialized: true, name: "OutputTooLargeError", message: "step output is larger than 4194304 bytes", stack: "" });
  });

  test("a lost checkpoint's steps are sent again with the next one", async () => {
    const channel = new FakeChannel((seq) => (seq === 1 ? { type: "lost", reason: "socket gone" } : { type: "acked" }));
    const { result } = start(sequential(3), { channel, checkpointing: { bufferedSteps: 1, maxIntervalMs: 0 } });
    const reply = await result;
    assert.deepEqual(channel.batches(), [[h("s1")], [h("s1"), h("s2")], [h("s3")]]);
    assert.deepEqual(opSummary(reply), [["RunComplete", h("complete")]]);
  });

  test("internal_error is transient: the checkpoint is sent again, no step fails", async () => {
    const channel = new FakeChannel((seq) => (seq === 1 ? { type: "refused", code: "internal_error", message: "store down" } : { type: "acked" }));
    const { result } = start(sequential(2), { channel, checkpointing: { bufferedSteps: 1, maxIntervalMs: 0 } });
    const reply = await result;
    assert.deepEqual(channel.batches(), [[h("s1")], [h("s1"), h("s2")]]);
    assert.deepEqual(opSummary(reply), [["RunComplete", h("complete")]]);
  });

  test("steps that stay unconfirmed (no socket) travel in the reply", async () => {
    const channel = new FakeChannel(() => ({ type: "lost", reason: "no open gateway socket" }));
    const { result } = start(sequential(2), { channel, checkpointing: { bufferedSteps: 1, maxIntervalMs: 0 } });
    assert.deepEqual(opSummary(await result), [["StepRun", h("s1")], ["StepRun", h("s2")], ["RunComplete", h("complete")]]);
  });

  test("a fallback with unconfirmed steps replies with them instead of the new op", async () => {
    const channel = new FakeChannel(() => ({ type: "lost", reason: "no open gateway socket" }));
    const { result } = start(
      async ({ step }) => {
        await step.run("ok", () => 1);
        await step.sleep("nap", "1h");
      },
      { channel },
    );
    assert.deepEqual(opSummary(await result), [["StepRun", h("ok")]]);
  });

  test("an unanswered checkpoint counts as lost after the ack timeout", async () => {
    const clock = new FakeClock();
    const channel = new FakeChannel((seq) => (seq === 1 ? undefined : { type: "acked" }), { ackTimeoutMs: 1_000 });
    const { result } = start(
      async ({ step }) => {
        await step.run("s1", () => 1);
        await step.sleep("nap", "1h");
      },
      { channel, clock, checkpointing: { bufferedSteps: 1, maxIntervalMs: 0 } },
    );
    await until(() => channel.checkpoints.length === 1, "first checkpoint");
    await until(() => true, "a turn");
    clock.advance(1_000);
    const reply = await result;
    assert.deepEqual(channel.batches(), [[h("s1")], [h("s1")]]);
    assert.deepEqual(opSummary(reply), [["Sleep", h("nap")]]);
  });

  test("a full window makes user code wait until an ack frees a slot", async () => {
    const channel = new FakeChannel(null, { window: 2 });
    const log: string[] = [];
    const { result } = start(sequential(6, log), { channel, checkpointing: { bufferedSteps: 1, maxIntervalMs: 0 } });
    await until(() => log.length === 3, "three steps ran");
    await until(() => true, "a turn");
    await until(() => true, "another turn");
    assert.deepEqual(log, ["s1", "s2", "s3"], "the fourth step waits");
    assert.equal(channel.checkpoints.length, 2, "two checkpoints in flight");
    channel.checkpoints[0]!.answer({ type: "acked" });
    await until(() => log.length === 4, "a slot frees the next step");
    assert.equal(channel.checkpoints.length, 3, "the waiting checkpoint went out");
    channel.auto = () => ({ type: "acked" });
    for (const checkpoint of channel.checkpoints) checkpoint.answer({ type: "acked" });
    const pump = setInterval(() => {
      for (const checkpoint of channel.checkpoints) checkpoint.answer({ type: "acked" });
    }, 1);
    try {
      assert.deepEqual(opSummary(await result), [["RunComplete", h("complete")]]);
    } finally {
      clearInterval(pump);
    }
    assert.deepEqual(channel.checkpoints.map((c) => c.seq), [1, 2, 3, 4, 5, 6]);
  });
});
