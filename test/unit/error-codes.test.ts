// The error-code registry stays unique, well-formed and documented (STYLE.md "Errors").
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ERROR_CODES } from "../../src/common/index.ts";

test("every error code is snake_case, has a valid status and close code, and is documented", () => {
  const doc = readFileSync(join(import.meta.dirname, "..", "..", "docs", "errors.md"), "utf8");
  for (const [code, info] of Object.entries(ERROR_CODES)) {
    assert.match(code, /^[a-z][a-z0-9_]*$/, code);
    assert.ok(info.httpStatus >= 400 && info.httpStatus < 600, code);
    assert.ok([1001, 1007, 1008, 1009, 1011, 1013].includes(info.closeCode), code);
    assert.ok(info.message.length > 0, code);
    assert.ok(doc.includes(`\`${code}\``), `${code} is not documented in docs/errors.md`);
  }
});
