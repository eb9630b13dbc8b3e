// The built npm package, imported by name as a user does, against the shared vectors (SPEC API-5):
// every case must give exactly the native output recorded in tests/vectors/expected.json.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as api from "csp-partner-rules";

const cases = JSON.parse(readFileSync(new URL("../vectors/expected.json", import.meta.url), "utf8"));

test("API-5: every vector gives the native output in Node", () => {
  assert.ok(cases.length > 0);
  const diffs = [];
  for (const c of cases) {
    assert.equal(typeof api[c.fn], "function", `${c.id}: the package exports no function ${c.fn}`);
    const output = JSON.parse(JSON.stringify(api[c.fn](...c.args)));
    try {
      assert.deepStrictEqual(output, c.output);
    } catch {
      diffs.push(`${c.id}: node ${JSON.stringify(output)} != native ${JSON.stringify(c.output)}`);
    }
  }
  assert.deepStrictEqual(diffs, []);
});
