// The timed cases of the benchmark, shared by Node (tools/bench.mjs) and headless Chromium
// (tools/bench.html): \`run(api, base, now)\` returns one row per case with ours, the baseline and
// the ratio ours/theirs (time per unit of work: < 1 means the package is faster).
export function run(api, base, now, initMs, baseInitMs = null) {
// µs per call: the fastest of many short rounds (2 ms each) over `minMs`. On a shared machine a
// long round is nearly always interrupted by other work; the fastest short round is what the call
// costs when it runs. Ours and the baseline alternate round by round (`pair`), so both see the same
// load: measured one after the other, minutes of other sessions' work apart, their ratio moved by
// ×2 between two runs of the same build (docs/performance.md, issue 14).
function round(f) {
  const t = now();
  let n = 0;
  do {
    for (let i = 0; i < 5; i++) f();
    n += 5;
  } while (now() - t < 2);
  return ((now() - t) * 1000) / n;
}
// Warm-up by time, not by count: V8 optimizes hot code (JS and wasm) on background threads, which
// a loaded machine delays; after 200 calls the first case of a process still ran its first tiers
// (the baseline's full form 95–140 µs, then 25 µs once warm; ours 106 → 60 µs).
function pair(ours, theirs, minMs = 600, warmMs = 700) {
  const warm = now();
  while (now() - warm < warmMs) {
    round(ours);
    if (theirs) round(theirs);
  }
  let a = Infinity;
  let b = Infinity;
  const start = now();
  while (now() - start < minMs) {
    a = Math.min(a, round(ours));
    if (theirs) b = Math.min(b, round(theirs));
  }
  return [a, theirs ? b : null];
}
function perCall(f, minMs = 300) {
  return pair(f, null, minMs)[0];
}

const valid = {
  country: "FR", language: "fr",
  company: { legalName: "Contoso France SAS", vatId: "FR40303265045", duns: "123456789" },
  address: { line1: "10 rue de la Paix", city: "Paris", postalCode: "75002", country: "FR" },
  primaryContact: { firstName: "Gena", lastName: "Dupont", email: "gena@contoso.fr", phone: "+33 1 23 45 67 89" },
  support: { email: "support@contoso.fr", phone: "01 23 45 67 89", website: "www.contoso.fr" },
  partnerId: { id: "1234567", country: "FR" }, workAccount: { domain: "contoso.onmicrosoft.com" },
};
const invalid = {
  country: "US", company: { legalName: "LLC", duns: "12" },
  address: { line1: "", state: "Nowhere", postalCode: "ABC", country: "CA" },
  primaryContact: { firstName: "", lastName: "X", email: "info@gmail.com", phone: "12" },
  support: { email: "not-an-email", phone: "" , website: "ftp://x" }, partnerId: { id: "12", country: "DE" },
};
const csv = ["tenantId,name,country", ...Array.from({ length: 100_000 }, (_, i) => `${(0x10000000 + i).toString(16)}-86f1-41af-91ab-2d7cd011db47,Partner ${i},FR`)].join("\r\n");
const timings = [];
function bench(name, fn, unit, measure, baseline) {
  if (typeof api[fn] !== "function") {
    timings.push({ name, value: null, unit, note: "n/a (not exported yet)" });
    return;
  }
  // `measure` a function (µs per call, alternated with the baseline's) or a measurement (rows/s).
  const [value, theirs] = unit === "µs" && baseline ? pair(measure, baseline) : [measure(), baseline ? baseline() : null];
  const ratio = theirs === null ? null : unit === "rows/s" ? theirs / value : value / theirs;
  timings.push({ name, value, unit, baseline: theirs, ratio });
}
timings.push({ name: "init (import to first answer)", value: initMs, unit: "ms", baseline: baseInitMs, ratio: baseInitMs ? initMs / baseInitMs : null });
bench("validateEnrollment, full valid form", "validateEnrollment", "µs", () => api.validateEnrollment(valid), () => base.validateForm(valid));
bench("validateEnrollment, full invalid form", "validateEnrollment", "µs", () => api.validateEnrollment(invalid), () => base.validateForm(invalid));
bench("validateEnrollmentField (keystroke)", "validateEnrollmentField", "µs", () => api.validateEnrollmentField(valid, "address.postalCode"), () => base.validatePostalCode(valid));
// The same keystroke on the invalid form (US, postal code "ABC", state "Nowhere"): an issue with its
// message, and the state look-up the postal code's check makes (ENR-8).
bench("validateEnrollmentField (invalid keystroke)", "validateEnrollmentField", "µs", () => api.validateEnrollmentField(invalid, "address.postalCode"), () => base.validatePostalCode(invalid));
const rowsPerSecond = (f) => {
  f(csv);
  const start = now();
  f(csv);
  return 100_000 / ((now() - start) / 1000);
};
bench("parsePartnerCsv, 100k rows", "parsePartnerCsv", "rows/s", () => rowsPerSecond(api.parsePartnerCsv), () => rowsPerSecond(base.parseCsv));
bench("planAudienceChange", "planAudienceChange", "µs", () =>
  perCall(() => api.planAudienceChange({ option: "specific", partners: [{ tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47" }], published: true, resold: [] }, { option: "all" })));
return timings;
}
