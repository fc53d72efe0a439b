// Counting completed runs for the burst workers (one-step.mjs, flow.mjs, bullmq.mjs): the suites
// read {"type":"done","n":<count>,"t":<when the last of them completed>} lines, printed every 100
// completed runs and when idle for 200 ms (the end of a burst); `t` is on `now()`, the clock the
// bench reads too, so the idle wait does not count. `oneStep` is the 1-step handler they serve, counted.
import { performance } from "node:perf_hooks";

export const report = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

/** Milliseconds since the epoch, sub-millisecond and comparable across the processes of one machine. */
export const now = () => performance.timeOrigin + performance.now();

/** A function to call once per completed run. */
export function doneCounter() {
  let done = 0;
  let last = 0;
  let idle;
  const flush = () => report({ type: "done", n: done, t: last });
  return () => {
    done++;
    last = now();
    if (done % 100 === 0) flush();
    clearTimeout(idle);
    idle = setTimeout(flush, 200);
  };
}

export function oneStep() {
  const done = doneCounter();
  return async ({ event, step }) => {
    const v = await step.run("only", () => event.data.i);
    done();
    return v;
  };
}
