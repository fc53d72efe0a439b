// A sync that drops another sync's functions, or registers the same function on the same event
// as another app, is reported (src/functions/sync-conflicts.ts) so the server can warn.
import assert from "node:assert/strict";
import { test } from "node:test";
import { describeConflict, syncConflicts } from "../../src/functions/sync-conflicts.ts";
import type { AppRecord } from "../../src/state/index.ts";

const app = (name: string, url: string, sdk = "js:v4"): AppRecord =>
  ({ id: name, name, url, method: "connect", sdk, syncId: "s", checksum: "c", createdAt: 0, updatedAt: 0 });
const fn = (appName: string, id: string, event: string) => ({ slug: `${appName}-${id}`, appName, triggers: [{ event }] });

test("a sync of the same app id that drops the previous sync's functions is a conflict naming both syncs", () => {
  const registered = [fn("hello-app", "greet", "demo/hello"), fn("hello-app", "wave", "demo/wave")];
  const [c, ...rest] = syncConflicts({ app: { name: "hello-app", url: "ws://b", sdk: "typescript:4.24.0" }, functions: [fn("hello-app", "greet", "demo/hello")] },
    [app("hello-app", "ws://a")], registered);
  assert.equal(rest.length, 0);
  assert.deepEqual(c, { kind: "replaces", app: "hello-app", previous: { url: "ws://a", sdk: "js:v4" }, next: { url: "ws://b", sdk: "typescript:4.24.0" }, dropped: ["hello-app-wave"] });
  assert.match(describeConflict(c), /drops functions hello-app-wave .* ws:\/\/a .* two workers share the app id "hello-app"/);
});

test("the same sync again, a first sync, or one that only adds functions: no conflict", () => {
  const registered = [fn("a", "one", "e/1")];
  assert.deepEqual(syncConflicts({ app: { name: "a", url: "u", sdk: "s" }, functions: [fn("a", "one", "e/1"), fn("a", "two", "e/2")] }, [app("a", "u")], registered), []);
  assert.deepEqual(syncConflicts({ app: { name: "b", url: "u", sdk: "s" }, functions: [fn("b", "x", "e/9")] }, [app("a", "u")], registered), []);
});

test("another app with a function of the same id on the same event is named; a shared event alone is not", () => {
  const registered = [fn("shop", "notify", "order/paid")];
  const same = syncConflicts({ app: { name: "shop-copy", url: "u", sdk: "s" }, functions: [fn("shop-copy", "notify", "order/paid")] }, [app("shop", "u")], registered);
  assert.deepEqual(same, [{ kind: "same-function", app: "shop-copy", otherApp: "shop", functionId: "notify", event: "order/paid" }]);
  assert.match(describeConflict(same[0]), /as app "shop" does/);
  const fanOut = syncConflicts({ app: { name: "mailer", url: "u", sdk: "s" }, functions: [fn("mailer", "receipt", "order/paid")] }, [app("shop", "u")], registered);
  assert.deepEqual(fanOut, [], "two apps may listen to one event");
});
