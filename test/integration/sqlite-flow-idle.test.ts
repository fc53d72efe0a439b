// SQLite flow documents idle for FLOW_DOC_IDLE_MS are deleted by later writes, a few at a time,
// so the table cannot grow without bound (src/state/sqlite-flow.ts). Idleness is set by
// back-dating rows through a second handle on the file: the store reads the clock itself.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { FLOW_DOC_IDLE_MS, SqliteStore } from "../../src/state/index.ts";

test("idle flow documents are deleted by later writes, and fresh ones are kept", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tether-flow-idle-"));
  const file = join(dir, "t.db");
  const store = new SqliteStore(file);
  const raw = new Database(file);
  try {
    for (let i = 0; i < 20; i++) assert.equal(await store.flow.put(`idle-${i}`, { i }, 0), true);
    assert.equal(await store.flow.put("fresh", { i: -1 }, 0), true);
    raw.prepare("UPDATE flow_docs SET updated_at = ? WHERE key LIKE 'idle-%'").run(Date.now() - FLOW_DOC_IDLE_MS - 1);
    const idleLeft = async () => {
      const docs = await Promise.all(Array.from({ length: 20 }, (_, i) => store.flow.get(`idle-${i}`)));
      return docs.filter((d) => d !== undefined).length;
    };
    const writes: number[] = [];
    for (let n = 0; (await idleLeft()) > 0; n++) {
      assert.ok(n < 20, "idle documents are still there after 20 writes");
      const cur = (await store.flow.get<{ i: number }>("fresh"))!;
      assert.equal(await store.flow.put("fresh", { i: n }, cur.rev), true);
      writes.push(await idleLeft());
    }
    assert.ok(writes.length > 1, "a few at a time, not all at once");
    assert.deepEqual((await store.flow.get("fresh"))?.value, { i: writes.length - 1 }, "a fresh document is kept");
  } finally {
    raw.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
