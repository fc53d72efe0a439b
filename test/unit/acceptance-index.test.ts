// Keeps docs/acceptance.md honest: every test it names exists, by that name, in the file it names.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

const ROOT = join(import.meta.dirname, "..", "..");

test("every test listed in docs/acceptance.md exists in its file", () => {
  const rows = readFileSync(join(ROOT, "docs", "acceptance.md"), "utf8").split("\n")
    .filter((l) => l.startsWith("| ") && l.includes("`test/"))
    .map((l) => l.slice(2, -2).split(" | "));
  assert.ok(rows.length > 50, `the index lists the rows (found ${rows.length})`);
  const missing: string[] = [];
  for (const cells of rows) {
    const file = cells[2].replace(/`/g, "");
    const name = cells.slice(3).join(" | ");
    // Test names are string literals: compare with quotes unescaped.
    const source = readFileSync(join(ROOT, file), "utf8").replace(/\\"/g, '"');
    if (!source.includes(`test(${JSON.stringify(name).replace(/\\"/g, '"')}`) && !source.includes(`test(\`${name}\``)
      && !source.includes(`test('${name}'`) && !source.includes(`test("${name}"`)) missing.push(`${file}: ${name}`);
  }
  assert.deepEqual(missing, [], "tests named in docs/acceptance.md that do not exist");
});
