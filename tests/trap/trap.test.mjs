// Trap recovery (issue 6): a panic inside the module (wasm `unreachable`) must not leave a dead
// module. Runs against target/pkg-trap/, a copy of the package built with the cargo feature
// `test-trap` (exports that panic on demand); the published pkg/ never contains them.
// Run: make test-trap
import { test } from "node:test";
import assert from "node:assert/strict";

const pkg = await import(new URL("../../target/pkg-trap/node.js", import.meta.url));
const { __testTrap, __TestCounter, checkCustomerMarket, markets, validateEnrollment, enrollmentSchema } = pkg;

function assertCrash(f, name) {
  assert.throws(f, (error) => {
    assert.ok(error instanceof Error);
    assert.equal(error.name, "CspPartnerRulesCrash");
    assert.match(error.message, new RegExp(`${name}\\(\\) crashed inside the WebAssembly module`));
    assert.match(error.message, /later calls work/);
    assert.ok(error.cause instanceof WebAssembly.RuntimeError, "cause is the trap");
    return true;
  });
}

test("the trapped call throws a clear Error; the next call works", () => {
  assert.equal(__testTrap(false), 42);
  assertCrash(() => __testTrap(true), "__testTrap");
  assert.equal(__testTrap(false), 42);
  assert.equal(markets().length, 244);
  assert.equal(checkCustomerMarket("BR", "AR").issues[0].code, "region_mismatch");
});

test("many traps in a row: every next call still works (memory, externref table)", () => {
  for (let i = 0; i < 50; i += 1) {
    assertCrash(() => __testTrap(true), "__testTrap");
    const result = checkCustomerMarket("FR", "DE", { locale: "fr" });
    assert.equal(result.ok, true);
  }
  assert.equal(validateEnrollment({ country: "FR" }, { mode: "draft" }).ok, true);
  const schema = enrollmentSchema();
  assert.ok(schema["~standard"].validate({}).issues.length > 0);
});

test("objects of exported classes: a trap in a method restarts; old objects refuse politely, new ones work", async () => {
  const a = new __TestCounter();
  const b = new __TestCounter();
  assert.ok(a instanceof __TestCounter);
  assert.equal(a.add(false), 1);
  assert.equal(b.add(false), 1);
  assertCrash(() => a.add(true), "__TestCounter.add");
  for (const old of [a, b]) {
    assert.throws(() => old.add(false), /belongs to a module instance that was restarted after a crash; create a new object/);
    old.free(); // released already: a no-op, not a double free
  }
  const c = new __TestCounter();
  assert.equal(c.add(false), 1);
  assert.equal(c.add(false), 2);
  // Old objects collected after the restart must not free their stale pointers in the new instance.
  if (typeof globalThis.gc === "function") {
    for (let i = 0; i < 200; i += 1) new __TestCounter().add(false);
    globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
    globalThis.gc();
  }
  assert.equal(c.add(false), 3);
  assert.equal(markets().length, 244);
});

test("a trap in a constructor-made object path keeps the package API intact", () => {
  assertCrash(() => __testTrap(true), "__testTrap");
  const d = new __TestCounter();
  assert.equal(d.add(false), 1);
  assert.equal(__testTrap(false), 42);
});
