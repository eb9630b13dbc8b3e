// tools/wasm-size.mjs (issue 14): names read as module paths, and every byte of the code and data
// sections of the built /enrollment module counted once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { analyze, demangle, group } from "../../tools/wasm-size.mjs";

test("issue 14: wasm-size reads Rust's legacy and v0 names as module paths", () => {
  assert.equal(demangle("_ZN17csp_partner_rules10enrollment5email5check17h8b8bcbac07f9a9a0E"), "csp_partner_rules::enrollment::email::check");
  assert.equal(group("_ZN17csp_partner_rules10enrollment5email5check17h8b8bcbac07f9a9a0E", 3), "csp_partner_rules::enrollment::email");
  assert.equal(demangle("_RNvNtNtCsgXGp5Oqx2Ny_4core3str5count14do_count_chars"), "core::str::count::do_count_chars");
  assert.equal(demangle("_RNvMsa_NtCsgXGp5Oqx2Ny_4core3fmtNtB5_9Formatter12pad_integral"), "core::fmt::Formatter::pad_integral");
  // Already demangled by wasm-ld: `<T as Trait>::f` belongs to T's crate path.
  assert.equal(
    group("<csp_partner_rules::enrollment::form::Address as csp_partner_rules::read::FromValue>::from_value::h163e6c48700609ec", 3),
    "csp_partner_rules::enrollment::form",
  );
});

test("issue 14: wasm-size counts the code and data of the /enrollment module once each", () => {
  const bytes = readFileSync(new URL("../../pkg/enrollment/wasm/csp_partner_rules_bg.wasm", import.meta.url));
  const r = analyze(bytes);
  const section = (name) => r.sections.find((s) => s.section === name).raw;
  const code = r.code.rows.reduce((n, row) => n + row.raw, 0);
  const data = r.data.rows.reduce((n, row) => n + row.raw, 0);
  assert.equal(code, r.code.total.raw);
  assert.equal(data, r.data.total.raw);
  // The bodies and the segments' bytes, without their size prefixes and offsets: a few bytes each.
  assert.ok(code <= section("code") && code > section("code") * 0.98, `${code} of ${section("code")}`);
  assert.ok(data <= section("data") && data > section("data") * 0.95, `${data} of ${section("data")}`);
  assert.equal(r.file.raw, bytes.length);
});
