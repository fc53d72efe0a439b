// Testing a durable function without a server, with the worker SDK's testing kit. Run it with
//
//   node --import tsx --test examples/testing-kit.test.ts
//
// (the suite runs it too, from test/unit/worker-sdk-testing-kit.test.ts). In an app that installed
// the package, import from "@tether/worker-sdk" and "@tether/worker-sdk/testing" instead.
import assert from "node:assert/strict";
import { test } from "node:test";
import { NonRetriableError, Tether } from "../worker-sdk/index.ts";
import { TestEngine, TestEventApi } from "../worker-sdk/testing/index.ts";

// --- the app under test (normally in its own module) -------------------------------------------
const events = new TestEventApi(); // in the app: no `fetch` option, events go to the server
const tether = new Tether({ id: "shop-example", fetch: events.fetch });

const fulfilOrder = tether.createFunction(
  { id: "fulfil-order", triggers: [{ event: "shop/order.placed" }], retries: 2 },
  async ({ event, step }) => {
    const stock = await step.run("check-stock", async () => {
      const res = await fetch(`https://warehouse.example/stock/${String(event.data.sku)}`);
      return (await res.json()) as { available: number };
    });
    if (stock.available < 1) throw new NonRetriableError("out of stock");
    const paid = await step.waitForEvent("payment", { event: "shop/order.paid", timeout: "1d", match: "data.orderId" });
    if (!paid) return { status: "cancelled" };
    const label = await step.invoke("label", { function: "shipping-app-print-label", data: { orderId: event.data.orderId } });
    await step.sleep("cool-off", "2h");
    await step.sendEvent("shipped", { name: "shop/order.shipped", data: { orderId: event.data.orderId } });
    return { status: "shipped", label };
  },
);

// --- its tests ----------------------------------------------------------------------------------
const placed = { name: "shop/order.placed", data: { orderId: "o-1", sku: "mug" } };
const engine = new TestEngine({ function: fulfilOrder, events: [placed], eventApi: events });
const inStock = { id: "check-stock", handler: () => ({ available: 3 }) };
const printLabel = { id: "label", handler: ({ data }: { data: { orderId: string } }) => `LBL-${data.orderId}` };

test("a paid order is shipped after the cool-off, with one shop/order.shipped event", async () => {
  const start = Date.parse("2026-03-01T09:00:00Z");
  const run = await engine.execute({
    now: start,
    steps: [inStock, printLabel, { id: "payment", handler: () => ({ data: { orderId: "o-1" } }) }],
  });
  run.assertCompleted({ status: "shipped", label: "LBL-o-1" });
  assert.deepEqual(run.steps.map((s) => s.id), ["check-stock", "payment", "label", "cool-off", "shipped"]);
  run.assertEventSent("shop/order.shipped", { orderId: "o-1" });
  assert.equal(run.now.getTime(), start + 2 * 3_600_000); // the sleep moved the test clock
});

test("an unpaid order is cancelled when the wait times out", async () => {
  const run = await engine.execute({ steps: [inStock, { id: "payment", handler: () => null }] });
  run.assertCompleted({ status: "cancelled" });
  run.assertStepNotRan("label");
  assert.equal(run.events.length, 0);
});

test("out of stock fails the run without retries", async () => {
  const run = await engine.execute({ steps: [{ id: "check-stock", handler: () => ({ available: 0 }) }] });
  run.assertFailed({ name: "NonRetriableError", message: "out of stock" });
  assert.equal(run.attempts, 1);
});
