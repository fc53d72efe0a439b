// Counting completed runs for the burst workers (one-step.mjs, flow.mjs): the suites read
// {"type":"done","n":<count>} lines, printed every 100 completed runs and when idle for 200 ms
// (the end of a burst). `oneStep` is the 1-step handler they serve, counted.
export const report = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

export function oneStep() {
  let done = 0;
  let idle;
  const flush = () => report({ type: "done", n: done });
  return async ({ event, step }) => {
    const v = await step.run("only", () => event.data.i);
    done++;
    if (done % 100 === 0) flush();
    clearTimeout(idle);
    idle = setTimeout(flush, 200);
    return v;
  };
}
