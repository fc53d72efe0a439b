// The StepContext of `step.run` (issue 6, point 3): `fn(...input, stepContext)`, progress and
// stream rate-limited and coalesced per step, the final value sent when the step ends,
// `currentStep()`, and progress doing nothing when the request did not ask for socket messages.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { executeFunction } from "../../worker-sdk/engine/execute.ts";
import { parseExecutionRequest } from "../../worker-sdk/engine/execution-request.ts";
import type { CheckpointOutcome, SocketChannel } from "../../worker-sdk/engine/socket-channel.ts";
import { appendProgress, StepProgress } from "../../worker-sdk/engine/step-context.ts";
import { Tether, currentStep, hashStepId as h, type FunctionHandler, type StepContext } from "../../worker-sdk/index.ts";
import { FakeClock, requestWith } from "./worker-sdk-checkpoint-fakes.ts";

function recorder(clock: FakeClock, intervalMs = 50) {
  const sent: Array<{ data: unknown; append: boolean; at: number }> = [];
  const progress = new StepProgress({ send: (data, append) => sent.push({ data, append, at: clock.now() }), intervalMs, clock });
  return { sent, progress };
}

describe("worker-sdk step progress", () => {
  test("the first update goes out at once; later ones at most every interval, last value wins", () => {
    const clock = new FakeClock();
    const t0 = clock.now();
    const { sent, progress } = recorder(clock);
    progress.progress({ pct: 1 });
    progress.progress({ pct: 2 });
    progress.progress({ pct: 3 });
    assert.deepEqual(sent, [{ data: { pct: 1 }, append: false, at: t0 }]);
    clock.advance(49);
    assert.equal(sent.length, 1, "nothing within the interval");
    clock.advance(1);
    assert.deepEqual(sent[1], { data: { pct: 3 }, append: false, at: t0 + 50 });
    clock.advance(500);
    assert.equal(sent.length, 2, "no repeat without a new value");
  });

  test("stream chunks within an interval are concatenated into one append", () => {
    const clock = new FakeClock();
    const { sent, progress } = recorder(clock);
    progress.stream("a");
    progress.stream("b");
    progress.stream("c");
    clock.advance(50);
    assert.deepEqual(sent.map(({ data, append }) => ({ data, append })), [
      { data: "a", append: true },
      { data: "bc", append: true },
    ]);
  });

  test("a pending replacement absorbs later chunks the way the server would store them", () => {
    const clock = new FakeClock();
    const { sent, progress } = recorder(clock);
    progress.progress("start");
    progress.progress("x");
    progress.stream("y");
    clock.advance(50);
    assert.deepEqual(sent[1], { data: "xy", append: false, at: clock.now() });
    assert.equal(appendProgress("ab", "c"), "abc");
    assert.deepEqual(appendProgress({ n: 1 }, "c"), [{ n: 1 }, "c"]);
    assert.deepEqual(appendProgress(["a"], "b"), ["a", "b"]);
    assert.equal(appendProgress(undefined, "c"), "c");
  });

  test("end() sends what is pending at once and ignores later calls", () => {
    const clock = new FakeClock();
    const { sent, progress } = recorder(clock);
    progress.progress(1);
    progress.progress(2);
    progress.end();
    progress.progress(3);
    progress.stream("late");
    clock.advance(1_000);
    assert.deepEqual(sent.map((entry) => entry.data), [1, 2]);
    assert.equal(clock.pending, 0, "no timer left behind");
  });

  test("a value is captured when given: later mutation does not change what is sent", () => {
    const clock = new FakeClock();
    const { sent, progress } = recorder(clock);
    progress.progress("first");
    const value = { done: 1 };
    progress.progress(value);
    value.done = 99;
    clock.advance(50);
    assert.deepEqual(sent[1]!.data, { done: 1 });
  });

  test("stream() only takes strings", () => {
    const { progress } = recorder(new FakeClock());
    assert.throws(() => progress.stream(5 as unknown as string), TypeError);
  });
});

class ProgressChannel implements SocketChannel {
  readonly sent: Array<{ stepId: string; data: unknown; append: boolean }> = [];
  progressIntervalMs = 50;
  sendCheckpoint(): Promise<CheckpointOutcome> {
    return Promise.resolve({ type: "acked" });
  }
  sendProgress(stepId: string, data: unknown, append: boolean): void {
    this.sent.push({ stepId, data, append });
  }
}

function runWith(handler: FunctionHandler, tetherCheckpoint: boolean) {
  const app = new Tether({ id: "progress-app", baseUrl: "http://127.0.0.1:1" });
  const fn = app.createFunction({ id: `fn-${Math.random()}`, triggers: [{ event: "e" }] }, handler);
  const channel = new ProgressChannel();
  const request = parseExecutionRequest(requestWith({ tetherCheckpoint }));
  return { channel, result: executeFunction({ fn, request, channel, clock: new FakeClock() }) };
}

describe("worker-sdk StepContext", () => {
  test("step.run calls fn(...input, stepContext); the context is not part of the recorded input", async () => {
    let seen: { a?: number; b?: number; ctx?: StepContext; current?: StepContext } = {};
    const { result } = runWith(async ({ step }) => {
      await step.run("add", (a: number, b: number, ctx) => {
        seen = { a, b, ctx, current: currentStep() };
        return a + b;
      }, 2, 3);
    }, false);
    const [op] = (await result).body as Array<Record<string, unknown>>;
    assert.deepEqual(op!.opts, { input: [2, 3] });
    assert.equal(op!.data, 5);
    assert.deepEqual([seen.a, seen.b], [2, 3]);
    assert.equal(seen.ctx?.id, "add");
    assert.equal(seen.ctx?.hashedId, h("add"));
    assert.equal(seen.ctx?.signal.aborted, false);
    assert.equal(seen.current, seen.ctx, "currentStep() is the same context");
    assert.equal(currentStep(), undefined, "no current step outside a step");
  });

  test("currentStep() follows async work started inside the step", async () => {
    let inner: StepContext | undefined;
    const { result } = runWith(async ({ step }) => {
      await step.run("deep", async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        inner = currentStep();
      });
    }, false);
    await result;
    assert.equal(inner?.id, "deep");
  });

  test("with socket messages allowed, progress and stream reach the channel with the hashed step id", async () => {
    const { channel, result } = runWith(async ({ step }) => {
      await step.run("work", (ctx) => {
        ctx.progress({ pct: 10 });
        ctx.progress({ pct: 100 });
        ctx.stream("tok");
        return "done";
      });
    }, true);
    await result;
    assert.deepEqual(channel.sent, [
      { stepId: h("work"), data: { pct: 10 }, append: false },
      // Sent when the step ended: the pending replacement with the chunk appended.
      { stepId: h("work"), data: [{ pct: 100 }, "tok"], append: false },
    ]);
  });

  test("without ctx.tether_checkpoint, progress calls do nothing", async () => {
    const { channel, result } = runWith(async ({ step }) => {
      await step.run("work", (ctx) => {
        ctx.progress(1);
        ctx.stream("x");
        return 1;
      });
    }, false);
    assert.equal((await result).status, "NOT_COMPLETED");
    assert.equal(channel.sent.length, 0, "nothing sent");
  });
});
