// Memory (issue 8): 200,000 calls leave the wasm memory and the process flat. Loads its own instance
// of the package's .wasm through the package's glue (to read its WebAssembly.Memory), calls a mix of
// exports, and compares memory after a warm-up with memory at the end. The bounds are generous (a
// leak of even 16 bytes per call would show as 3 MB of wasm memory); the figures are printed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

const glueUrl = new URL("../../pkg/wasm/csp_partner_rules.js", import.meta.url);
const glue = await import(glueUrl);
const exports = glue.initSync({ module: readFileSync(new URL("csp_partner_rules_bg.wasm", glueUrl)) });
setFlagsFromString("--expose_gc");
const gc = runInNewContext("gc");

const CALLS = 200_000;
const form = {
  country: "FR",
  company: { legalName: "Contoso France SAS" },
  address: { line1: "10 rue de la Paix", city: "Paris", postalCode: "75002" },
  primaryContact: { firstName: "Gena", lastName: "Dupont", email: "gena@contoso.fr", phone: "+33 1 23 45 67 89" },
  support: { email: "support@contoso.fr", phone: "01 23 45 67 89" },
};
const bad = { country: "US", address: { line1: "", state: "Nowhere", postalCode: "ABC" }, primaryContact: { email: "info@gmail.com" }, extra: [1, 2, 3] };
const mix = [
  () => glue.checkCustomerMarket("FR", "DE"),
  () => glue.checkCustomerMarket("BR", "AR", { locale: "fr" }),
  () => glue.market("gb"),
  () => glue.addressFormat("JP", { locale: "fr" }),
  () => glue.markets(),
  ...(glue.validateEnrollment ? [() => glue.validateEnrollment(form), () => glue.validateEnrollment(bad, { locale: "fr" })] : []),
  ...(glue.validateEnrollmentField ? [() => glue.validateEnrollmentField(form, "address.postalCode")] : []),
  () => glue.checkCustomerMarket({ country: ["FR"] }, 42, "fr"),
];

function measure() {
  gc();
  return { wasm: exports.memory.buffer.byteLength, rss: process.memoryUsage().rss };
}

test(`memory: ${CALLS} calls leave the wasm memory and the process flat`, () => {
  for (let i = 0; i < 20_000; i++) mix[i % mix.length]();
  const start = measure();
  for (let i = 0; i < CALLS; i++) mix[i % mix.length]();
  const end = measure();
  const mb = (n) => (n / 2 ** 20).toFixed(2);
  console.log(`wasm memory ${mb(start.wasm)} → ${mb(end.wasm)} MiB; RSS ${mb(start.rss)} → ${mb(end.rss)} MiB over ${CALLS} calls`);
  assert.ok(end.wasm - start.wasm <= 4 * 2 ** 20, "wasm memory grew by more than 4 MiB");
  assert.ok(end.rss - start.rss <= 128 * 2 ** 20, "process RSS grew by more than 128 MiB");
  assert.equal(glue.checkCustomerMarket("FR", "DE").ok, true);
});

// Exceptions thrown at the border (a getter or a proxy trap) are caught in JS (src/wasm/safe.js), not by
// wasm-bindgen `catch` imports, which kept one externref slot per exception (issue 16 (11)).
test("memory: inputs whose getters throw take no externref slot", () => {
  const throwing = { get country() { throw new Error("getter"); } };
  const start = { wasm: exports.memory.buffer.byteLength, slots: exports.__wbindgen_externrefs.length };
  for (let i = 0; i < 20_000; i++) glue.checkCustomerMarket(throwing, "FR");
  const end = { wasm: exports.memory.buffer.byteLength, slots: exports.__wbindgen_externrefs.length };
  console.log(`throwing getter × 20000: wasm memory ${start.wasm} → ${end.wasm} B, externref table ${start.slots} → ${end.slots}`);
  assert.ok(end.slots - start.slots <= 128, `the externref table grew by ${end.slots - start.slots} slots`);
  assert.equal(glue.checkCustomerMarket("FR", "DE").ok, true);
});
