// Robustness (SPEC 0.6): random JS values of every kind thrown at every export of the package,
// ≥ 100,000 calls from a seeded PRNG (FUZZ_SEED=… to replay, FUZZ_CALLS=… to run longer). Each call
// must return (no throw, no wasm trap), and the module must still give the same answers afterwards.
// The exports are enumerated, so functions merged later are covered without editing this file.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as api from "csp-partner-rules";

const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed);
const CALLS = Number(process.env.FUZZ_CALLS ?? 120_000);
const SKIP = new Set(["default", "init", "initSync"]);

// mulberry32: small, seedable, good enough to pick shapes.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// What the hostile values below throw: told apart from an error of the package.
class Hostile extends Error {}
// A wasm-bindgen class (the package exports it through a Proxy, whose source text is not `class …`).
const isClass = (f) => typeof f === "function" && typeof f.prototype?.free === "function";
const exported = Object.keys(api).filter((k) => !SKIP.has(k) && typeof api[k] === "function");
const functions = exported.filter((k) => !isClass(api[k]));
const classes = exported.filter((k) => isClass(api[k]));

// Keys the API reads, so random objects reach the rules and not only the type checks.
const KEYS = ["country", "company", "legalName", "duns", "vatId", "registrationId", "address", "line1", "line2", "city", "state",
  "postalCode", "primaryContact", "firstName", "lastName", "email", "phone", "support", "website", "partnerId", "id", "workAccount",
  "domain", "language", "locale", "mode", "blockedDomains", "type", "form", "actorRole", "on", "option", "partners", "tenantId",
  "name", "published", "resold", "offerType", "transactable", "planKind", "reasons", "maxBytes", "status", "__proto__", "constructor", "toString"];
const STRINGS = ["", " ", "FR", "fr", "DE", "US", "us", "BR", "CU", "ZZ", "XK", "USA", "75008", "10001", "CA", "California", "a@b.co",
  "info@contoso.fr", "x@gmail.com", "+33 1 23 45 67 89", "0123456789", "www.contoso.com", "https://x.y", "Contoso SAS", "LLC",
  "00000000-0000-0000-0000-000000000000", "72f988bf-86f1-41af-91ab-2d7cd011db47", "address.postalCode", "draft", "submit", "all",
  "specific", "none", "fr-CA", "zh-Hans", "\ud800", "\udfff\ud800", "a\u0000b", "Ἀθηνᾶ", "北海道", "😀", "tenantId,name\r\n1,2", "=cmd", "\t\n\r"];

function randomValue(r, depth = 0) {
  const pick = (list) => list[Math.floor(r() * list.length)];
  const kind = Math.floor(r() * (depth > 3 ? 12 : 24));
  switch (kind) {
    case 0: return undefined;
    case 1: return null;
    case 2: return pick([0, -0, 1, -1, 0.5, NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 53) - 2, 1e308, 5e-324, 75008, 2 ** 32]);
    case 3: return r() < 0.5;
    case 4: case 5: case 6: return pick(STRINGS);
    case 7: { // random code units, lone surrogates included
      let s = "";
      const n = Math.floor(r() * 40);
      for (let i = 0; i < n; i++) s += String.fromCharCode(Math.floor(r() * 0x10000));
      return s;
    }
    case 8: return pick(STRINGS).repeat(1 + Math.floor(r() * 300));
    case 9: return r() < 0.02 ? "x".repeat((1 << 20) + 1) : pick(STRINGS); // above the 1 MiB field limit, rarely
    case 10: return pick([Symbol("s"), 10n, -(2n ** 70n), () => "FR", function named() {}, new String("FR"), new Date(0), /x/]);
    case 11: return pick([new Uint8Array([70, 82]), new Float64Array(3), new ArrayBuffer(4), new Map([["country", "FR"]]), new Set([1])]);
    case 12: case 13: case 14: { // plausible object
      const o = {};
      const n = Math.floor(r() * 6);
      // defineProperty: own keys even for "__proto__", and no setter on the way.
      for (let i = 0; i < n; i++) Object.defineProperty(o, pick(KEYS), { value: randomValue(r, depth + 1), enumerable: true, configurable: true, writable: true });
      return o;
    }
    case 15: { // own __proto__ key, as JSON.parse makes it
      return JSON.parse(`{"__proto__": {"country": "FR"}, "country": ${JSON.stringify(pick(STRINGS))}}`);
    }
    case 16: case 17: { // arrays
      const n = Math.floor(r() * 5);
      return Array.from({ length: n }, () => randomValue(r, depth + 1));
    }
    case 18: { // cyclic
      const o = { country: "FR" };
      Object.defineProperty(o, pick(KEYS), { value: o, enumerable: true });
      o.list = [o, o];
      return o;
    }
    case 19: { // getter that throws
      const o = {};
      Object.defineProperty(o, pick(KEYS), { enumerable: true, get() { throw new Hostile("getter"); } });
      return o;
    }
    case 20: { // proxy whose traps throw
      return new Proxy({}, { get() { throw new Hostile("get trap"); }, ownKeys() { throw new Hostile("ownKeys trap"); }, has() { throw new Hostile("has trap"); }, getPrototypeOf() { throw new Hostile("proto trap"); } });
    }
    case 21: { // revoked proxy (every operation throws a TypeError)
      const { proxy, revoke } = Proxy.revocable(r() < 0.5 ? {} : [], {});
      revoke();
      return proxy;
    }
    case 22: { // array with a throwing index and a lying length
      const a = ["FR"];
      Object.defineProperty(a, 0, { get() { throw new Hostile("index"); } });
      return r() < 0.5 ? a : new Proxy(a, { get: (t, k) => (k === "length" ? 1e12 : t[k]) });
    }
    default: { // deep nesting
      let o = {};
      // Shared sub-objects: 200 levels, 2^200 paths if walked naively.
      for (let i = 0; i < 200; i++) o = { [pick(KEYS)]: o, address: o };
      return o;
    }
  }
}

// Answers recorded before the fuzzing, compared afterwards: the module is not poisoned.
const probes = [
  () => api.checkCustomerMarket("FR", "DE"),
  () => api.checkCustomerMarket("BR", "AR", { locale: "fr" }),
  () => api.market("gb"),
  () => api.addressFormat("US"),
  ...(api.validateEnrollment ? [() => api.validateEnrollment({ country: "FR", address: { line1: "1 rue X", city: "Paris", postalCode: "75008" } })] : []),
];
const snapshot = () => probes.map((p) => JSON.stringify(p()));

test(`robustness: ${CALLS} random calls on ${functions.length} functions and ${classes.length} classes never throw`, async () => {
  assert.ok(functions.length >= 10, `exports found: ${functions.join(", ")}`);
  const before = snapshot();
  const r = prng(SEED);
  const failures = [];
  let calls = 0;
  const pending = [];
  const attempt = (label, f) => {
    calls++;
    try {
      const result = f();
      // An async export (readPartnerCsv) must resolve, not reject.
      // The one exception: readPartnerCsv may reject with the error its source threw while being
      // read (an iterable whose element getter throws) — the file could not be read.
      if (result && typeof result.then === "function") pending.push(result.then(undefined, (e) => {
        if (label.includes(" readPartnerCsv ") && e instanceof Hostile) return;
        if (failures.length < 20) failures.push(`${label} rejected: ${e?.constructor?.name}: ${String(e?.message ?? e).slice(0, 120)}`);
      }));
    } catch (e) {
      if (failures.length < 20) failures.push(`${label}: ${e?.constructor?.name}: ${String(e?.message ?? e).slice(0, 120)}`);
    }
  };
  while (calls < CALLS) {
    const name = exported[Math.floor(r() * exported.length)];
    const args = Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r));
    const label = `call #${calls} ${name} (seed ${SEED})`;
    if (classes.includes(name)) {
      // A class: construct it, then call each method with random values.
      let instance;
      attempt(label, () => { instance = new api[name](...args); });
      if (!instance) continue;
      // The class's own prototype: the one that holds `free` (not Object.prototype's methods).
      let proto = Object.getPrototypeOf(instance);
      while (proto && !Object.hasOwn(proto, "free")) proto = Object.getPrototypeOf(proto);
      if (!proto) continue;
      for (const method of Object.getOwnPropertyNames(proto)) {
        // free and wasm-bindgen's internal __destroy_into_raw end the object: called last, below.
        if (method === "constructor" || method === "free" || method.startsWith("__")) continue;
        const descriptor = Object.getOwnPropertyDescriptor(proto, method);
        if (descriptor.get) attempt(`${label}.${method} (getter)`, () => instance[method]);
        else if (typeof descriptor.value === "function") attempt(`${label}.${method}`, () => instance[method](...Array.from({ length: 2 }, () => randomValue(r))));
      }
      attempt(`${label}.free`, () => instance.free?.());
    } else {
      attempt(label, () => api[name](...args));
    }
    if (calls % 10_000 < 1) assert.equal(api.checkCustomerMarket("FR", "DE").ok, true, `still answering after ${calls} calls`);
  }
  await Promise.all(pending);
  assert.deepStrictEqual(failures, []);
  assert.equal(api.checkCustomerMarket("FR", "DE").ok, true);
  assert.deepStrictEqual(snapshot(), before, "same answers after the fuzzing");
});
