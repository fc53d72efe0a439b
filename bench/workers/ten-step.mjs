// The benchmarked function, shared by every worker: ten trivial steps in sequence. Written against
// the handler context both SDKs share ({ event, step.run }). The worker clock marks when each step
// body starts and when the handler finally returns; consecutive marks are one step round trip
// (reply → server stores the result → next request → SDK replays → next step body).
import { performance } from "node:perf_hooks";

export const STEP_COUNT = Number(process.env.BENCH_STEPS ?? 10);
export const EVENT_NAME = "bench/ten-step";

export const report = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

export function tenStepHandler() {
  const marks = new Map(); // tag -> { t: number[], calls: number, reported: boolean }
  const entry = (tag) => {
    const m = marks.get(tag) ?? { t: [], calls: 0, reported: false };
    marks.set(tag, m);
    return m;
  };
  return async ({ event, step }) => {
    const tag = event.data.tag;
    // Handler invocations per run: 11 when every step costs one request (10 steps + the return).
    entry(tag).calls += 1;
    let sum = 0;
    for (let i = 0; i < STEP_COUNT; i++) {
      sum += await step.run(`step-${i}`, () => {
        entry(tag).t.push(performance.now());
        return i;
      });
    }
    const m = marks.get(tag);
    if (m && !m.reported && m.t.length === STEP_COUNT) {
      m.reported = true;
      report({ type: "run", tag, marks: [...m.t, performance.now()], invocations: m.calls });
      marks.delete(tag);
    }
    return { sum };
  };
}
