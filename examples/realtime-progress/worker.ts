// Realtime progress example: a function that reports each part of its work as it finishes, and a
// page (public/index.html, served by Tether at /examples/realtime-progress/) that shows it live.
//
//   npm start                                                    # terminal 1: tether dev
//   node --import tsx examples/realtime-progress/worker.ts       # terminal 2: this worker
//   open http://127.0.0.1:8288/examples/realtime-progress/       # then press "Start"
//
// The page subscribes to `progress:<id>` (a fresh id per visit) and then sends the event
// `demo/progress.start` with that id; the function publishes on the channel over the worker's
// socket. TETHER_BASE_URL points the worker at another server (default http://127.0.0.1:8288).
import { z } from "zod";
import { connect, Tether } from "../../worker-sdk/index.ts";
import { channel } from "../../worker-sdk/realtime/index.ts";

/** One channel per page visit; `progress` carries each finished part, `summary` a streamed text. */
export const progress = channel("progress:*", {
  progress: z.object({ part: z.number().int(), total: z.number().int(), message: z.string() }),
  summary: z.string(),
});

const eventData = z.object({
  progressId: z.string().min(1),
  parts: z.number().int().min(1).max(100).default(10),
  delayMs: z.number().int().min(0).max(5_000).default(400),
});

async function* words(text: string, delayMs: number): AsyncGenerator<string> {
  for (const [i, word] of text.split(" ").entries()) {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    yield i === 0 ? word : ` ${word}`;
  }
}

const tether = new Tether({ id: "realtime-progress" });

tether.createFunction({ id: "report-progress", triggers: [{ event: "demo/progress.start" }] }, async ({ event, step, publish }) => {
  const { progressId, parts, delayMs } = eventData.parse(event.data);
  const ch = progress(progressId);
  for (let part = 1; part <= parts; part++) {
    await step.run(`part-${part}`, () => new Promise((resolve) => setTimeout(resolve, delayMs)));
    await publish({ channel: ch, topic: "progress", data: { part, total: parts, message: `part ${part} of ${parts} done` } });
  }
  // A streamed publish: the page receives the text piece by piece (as it would LLM tokens).
  await publish({ channel: ch, topic: "summary", data: words(`All ${parts} parts are done.`, delayMs / 4) });
  return { parts };
});

const connection = await connect({ apps: [tether], instanceId: `realtime-progress-${process.pid}` });
console.log(`connected (${connection.connectionId}); open /examples/realtime-progress/ on the Tether API`);
