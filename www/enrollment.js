// The enrolment page: the SPEC §2 form laid out per country (addressFormat), each field checked on
// every keystroke (validateEnrollmentField, draft mode), the whole form checked on submit by the
// package and by the server side by side, then the lifecycle (enrollmentStart/Apply/Events).
// No rule here: required marks, labels of address fields, verdicts and messages come from the package.
import { pkg, t, h, has, missing, unavailable, issueList, api, agreement, chrome, applyLabels, ready, locale } from "./common.js";

const $ = (id) => document.getElementById(id);
const fieldsEl = $("fields");

/** The form's fields outside the address (whose layout comes from addressFormat). */
const SECTIONS = [
  ["account", "enr.account", [
    { path: "country", label: "enr.country", kind: "market" },
    { path: "language", label: "enr.language", autocomplete: "language" },
  ]],
  ["company", "enr.company", [
    { path: "company.legalName", label: "enr.legalName", autocomplete: "organization" },
    { path: "company.duns", label: "enr.duns", inputmode: "numeric" },
    { path: "company.vatId", label: "enr.vatId" },
    { path: "company.registrationId", label: "enr.registrationId" },
  ]],
  ["address", "enr.address", null],
  ["primaryContact", "enr.primaryContact", [
    { path: "primaryContact.firstName", label: "enr.firstName", autocomplete: "given-name" },
    { path: "primaryContact.lastName", label: "enr.lastName", autocomplete: "family-name" },
    { path: "primaryContact.email", label: "enr.email", type: "email", autocomplete: "email" },
    { path: "primaryContact.phone", label: "enr.phone", type: "tel", autocomplete: "tel" },
  ]],
  ["support", "enr.support", [
    { path: "support.email", label: "enr.email", type: "email" },
    { path: "support.phone", label: "enr.phone", type: "tel" },
    { path: "support.website", label: "enr.website", type: "url" },
  ]],
  ["partnerId", "enr.partnerId", [
    { path: "partnerId.id", label: "enr.partnerIdId", inputmode: "numeric" },
    { path: "partnerId.country", label: "enr.partnerIdCountry", kind: "market", blank: true },
  ]],
  ["workAccount", "enr.workAccount", [
    { path: "workAccount.domain", label: "enr.domain" },
  ]],
];

const id = (path) => `f-${path.replaceAll(".", "-")}`;
const input = (path) => $(id(path));
let requiredPaths = new Set();

function marketOptions(select, blank) {
  if (blank) select.add(new Option(t("enr.none"), ""));
  const markets = pkg.markets({ locale: locale() });
  markets.sort((a, b) => a.name.localeCompare(b.name, locale()));
  for (const m of markets) select.add(new Option(`${m.name} (${m.country})`, m.country));
}

/** One labelled control with its message area (aria-live) tied by aria-describedby. */
function field(spec) {
  const fid = id(spec.path);
  let control;
  if (spec.kind === "market") {
    control = h("select", { id: fid });
    marketOptions(control, spec.blank);
  } else if (spec.kind === "select") {
    control = h("select", { id: fid });
    control.add(new Option(t("enr.none"), ""));
    for (const [value, text] of spec.options) control.add(new Option(text, value));
  } else {
    control = h("input", { id: fid, type: spec.type || "text", autocomplete: spec.autocomplete || "off", inputmode: spec.inputmode, placeholder: spec.placeholder });
  }
  control.dataset.path = spec.path;
  const hintId = `${fid}-hint`;
  const msgId = `${fid}-msg`;
  control.setAttribute("aria-describedby", spec.hint ? `${hintId} ${msgId}` : msgId);
  const label = h("label", { for: fid },
    h("span", { className: "label-text", text: spec.labelText ?? t(spec.label) }),
    h("span", { className: "req", "aria-hidden": "true" }));
  return h("div", { className: "field", dataset: { field: spec.path } },
    label,
    control,
    spec.hint ? h("p", { id: hintId, className: "hint", text: spec.hint }) : null,
    h("div", { id: msgId, className: "msg", "aria-live": "polite" }));
}

/** The address fields of a country, in its order, with its labels, required fields, states and example. */
function addressSpecs(country) {
  const format = pkg.addressFormat(country, { locale: locale() });
  if (!format) return [{ path: "address.line1", label: "enr.line1" }];
  requiredPaths = new Set([...requiredPaths].filter((p) => !p.startsWith("address.")));
  for (const f of format.required) requiredPaths.add(`address.${f}`);
  return format.fieldOrder.map((f) => {
    const path = `address.${f}`;
    if (f === "city") return { path, labelText: format.cityLabel, autocomplete: "address-level2" };
    if (f === "state") {
      return format.subdivisions.length
        ? { path, labelText: format.subdivisionLabel, kind: "select", options: format.subdivisions.map((s) => [s.key, s.name === s.key ? s.name : `${s.name} (${s.key})`]) }
        : { path, labelText: format.subdivisionLabel, autocomplete: "address-level1" };
    }
    if (f === "postalCode") {
      const example = format.postalCode?.examples?.[0];
      return { path, labelText: format.postalCode?.label ?? t("enr.none"), placeholder: example, hint: example ? t("enr.example", { example }) : undefined, autocomplete: "postal-code" };
    }
    return { path, label: `enr.${f}`, autocomplete: f === "line1" ? "address-line1" : f === "line2" ? "address-line2" : "address-line3" };
  });
}

/** Required marks of the other fields: asked from the package (submit-mode issues of a blank form). */
function probeRequired(country) {
  const probe = pkg.validateEnrollment({ country, company: {}, address: {}, primaryContact: {}, support: {} }, baseOptions());
  for (const p of [...requiredPaths]) if (!p.startsWith("address.")) requiredPaths.delete(p);
  for (const issue of probe.issues) {
    const path = issue.path.join(".");
    if (issue.severity === "error" && (issue.code === "required" || issue.code.endsWith("_required")) && !path.startsWith("address.")) requiredPaths.add(path);
  }
  if (country) requiredPaths.add("country");
}

function markRequired() {
  for (const el of fieldsEl.querySelectorAll("input[data-path], select[data-path]")) {
    const required = requiredPaths.has(el.dataset.path);
    el.setAttribute("aria-required", String(required));
    const mark = el.closest(".field").querySelector(".req");
    mark.textContent = required ? " *" : "";
    mark.title = required ? t("required") : "";
  }
}

function layout() {
  const values = fieldsEl.childElementCount ? collectFlat() : {};
  const country = values.country || "FR";
  requiredPaths = new Set();
  fieldsEl.replaceChildren(...SECTIONS.map(([key, legend, specs]) =>
    h("fieldset", { id: `fs-${key}` }, h("legend", { text: t(legend) }), ...(specs ?? addressSpecs(country)).map(field))));
  for (const [path, value] of Object.entries({ country, ...values })) {
    const el = input(path);
    if (!el) continue;
    el.value = value;
    if (el.value !== value && el.tagName === "SELECT") el.value = "";
  }
  probeRequired(country);
  markRequired();
  showRules(country);
  for (const el of fieldsEl.querySelectorAll("input[data-path], select[data-path]")) if (el.value) validateField(el.dataset.path);
}

function collectFlat() {
  const out = {};
  for (const el of fieldsEl.querySelectorAll("input[data-path], select[data-path]")) if (el.value !== "") out[el.dataset.path] = el.value;
  return out;
}

/** The form object from the fields (empty fields left out; the package trims and normalizes). */
function collect() {
  const form = { company: {}, address: {}, primaryContact: {}, support: {} };
  for (const [path, value] of Object.entries(collectFlat())) {
    const keys = path.split(".");
    let target = form;
    for (const k of keys.slice(0, -1)) target = target[k] ??= {};
    target[keys.at(-1)] = value;
  }
  return form;
}

function showFieldIssues(path, issues) {
  const el = input(path);
  if (!el) return;
  const msg = $(`${id(path)}-msg`);
  msg.replaceChildren(issues.length ? issueList(issues, { empty: false }) : "");
  el.setAttribute("aria-invalid", String(issues.some((i) => i.severity === "error")));
}

// ---- Country rules (REF-6) ----------------------------------------------------------------------

/** Partner Center's rules pasted by the user (`options.countryRules`), or undefined: the built-in ones. */
let liveRules;

/** The options of every call: the locale, and the rules passed in. */
function baseOptions() {
  return liveRules === undefined ? { locale: locale() } : { locale: locale(), countryRules: liveRules };
}

/** Which rules apply to the country, as the package says (countryRules with the same options). */
function showRules(country) {
  const line = $("rules-applied");
  if (!has("countryRules")) return unavailable(line, missing("countryRules"));
  const rules = pkg.countryRules(country, baseOptions());
  line.dataset.source = rules ? (liveRules === undefined ? `builtin-${rules.source}` : "passed") : "none";
  if (!rules) return void (line.textContent = "");
  const required = [rules.isCityRequired && "city", rules.isStateRequired && "state", rules.isPostalCodeRequired && "postalCode"].filter(Boolean).join(", ") || "—";
  line.textContent = t("rules.summary", {
    which: t(liveRules === undefined ? "rules.builtin" : "rules.passed"),
    country: rules.iso2Code,
    source: t(rules.source === "partnerCenter" ? "rules.partnerCenter" : "rules.derived"),
    required,
    states: rules.supportedStatesList.length,
    postal: rules.postalCodeRegex ?? "—",
    phone: rules.phoneNumberRegex ?? "—",
  });
}

/** Every keystroke: the issues of this field, in the context of the whole form (draft mode). */
function validateField(path) {
  const issues = pkg.validateEnrollmentField(collect(), path, { ...baseOptions(), mode: "draft" });
  showFieldIssues(path, issues);
}

function sideBody(side, answer, error) {
  const body = $(side).querySelector(".body");
  if (error) {
    body.replaceChildren(h("p", { className: "error", dataset: { error: error.code }, text: `${t("server.error")}: ${error.message}` }));
    body.dataset.json = "";
    return;
  }
  body.dataset.json = JSON.stringify(answer);
  body.dataset.ok = String(answer.ok);
  body.replaceChildren(
    h("p", { className: `verdict ${answer.ok ? "ok" : "bad"}`, text: answer.ok ? t("ok") : t("not.ok") }),
    issueList(answer.issues),
    answer.value ? h("details", {}, h("summary", { text: "value" }), h("pre", { text: JSON.stringify(answer.value, null, 2) })) : null,
  );
}

/** What the verdict panels show: the form's fields (judged again when the country or the language
 * changes, so no verdict of another country stays on screen), or a JSON form (cleared then). */
let shown = null;
let submitSeq = 0;

function refreshVerdicts() {
  if (shown === "form") submit(collect());
  else if (shown === "json") clearVerdicts();
}

function clearVerdicts() {
  shown = null;
  for (const side of ["client-verdict", "server-verdict"]) {
    const body = $(side).querySelector(".body");
    body.replaceChildren();
    body.dataset.json = "";
    delete body.dataset.ok;
  }
  $("summary").textContent = "";
  $("agreement").textContent = "";
  delete $("agreement").dataset.agree;
}

/** Submit: the package and the server judge the same form; their answers are shown side by side. */
async function submit(form, extraOptions = {}, from = "form") {
  shown = from;
  const options = { ...baseOptions(), ...extraOptions };
  const client = pkg.validateEnrollment(form, options);
  sideBody("client-verdict", client);
  const errors = client.issues.filter((i) => i.severity === "error").length;
  $("summary").textContent = `${t(client.ok ? "ok" : "not.ok")} — ${t("enr.errors", { n: errors, w: client.issues.length - errors })}`;
  for (const el of fieldsEl.querySelectorAll("input[data-path], select[data-path]")) {
    showFieldIssues(el.dataset.path, client.issues.filter((i) => i.path.join(".") === el.dataset.path));
  }
  $("agreement").textContent = "";
  delete $("agreement").dataset.agree;
  const pendingBody = $("server-verdict").querySelector(".body");
  pendingBody.replaceChildren(h("p", { className: "pending", text: "…" }));
  pendingBody.dataset.json = "";
  delete pendingBody.dataset.ok;
  const mine = ++submitSeq;
  const server = await api("/api/call/validateEnrollment", [form, options]);
  if (mine !== submitSeq) return client;
  if (server.ok) {
    sideBody("server-verdict", server.body);
    agreement($("agreement"), client, server.body);
  } else {
    sideBody("server-verdict", null, server.body?.error ?? { code: String(server.status), message: "" });
    $("agreement").dataset.agree = "unknown";
  }
  document.body.dataset.submitted = String(Number(document.body.dataset.submitted || 0) + 1);
  return client;
}

// ---- Lifecycle ----------------------------------------------------------------------------------

const EVENTS = ["submit", "resendVerificationEmail", "confirmEmail", "approve", "reject", "appeal", "associatePartnerId", "signAgreement", "grantAdminAgent", "deauthorize"];
const LIFECYCLE = ["enrollmentStart", "enrollmentApply", "enrollmentEvents"];
let state = null;
const history = [];

function today() {
  return new Date().toISOString().slice(0, 10);
}

function lifecycleControls() {
  const body = $("lifecycle-body");
  if (!has(...LIFECYCLE)) {
    unavailable(body, missing(...LIFECYCLE));
    return;
  }
  state = pkg.enrollmentStart();
  const role = h("select", { id: "life-role" }, ...["globalAdmin", "admin", "user"].map((r) => h("option", { value: r, text: r })));
  body.replaceChildren(
    h("div", { className: "life-inputs" },
      h("div", { className: "field" }, h("label", { for: "life-role", dataset: { i18n: "life.actorRole" } }), role),
      h("div", { className: "field" }, h("label", { for: "life-on", dataset: { i18n: "life.on" } }), h("input", { id: "life-on", type: "date", value: today() })),
      h("div", { className: "field" }, h("label", { for: "life-reasons", dataset: { i18n: "life.reasons" } }), h("input", { id: "life-reasons", type: "text" })),
      h("div", { className: "field" }, h("label", { for: "life-revenue", dataset: { i18n: "life.revenue" } }), h("input", { id: "life-revenue", type: "number", value: "0", min: "0" }))),
    h("div", { className: "events", role: "group", "aria-labelledby": "lifecycle-title" },
      ...EVENTS.map((type) => h("button", { type: "button", id: `ev-${type}`, dataset: { event: type, i18n: `ev.${type}` }, onclick: () => apply(type) })),
      h("button", { type: "button", id: "life-restart", className: "secondary", dataset: { i18n: "life.restart" }, onclick: restart })),
    h("div", { className: "sides" },
      h("div", { className: "side" }, h("h3", { dataset: { i18n: "life.state" } }), h("div", { id: "life-state" })),
      h("div", { className: "side", id: "life-result", tabindex: "-1" }, h("h3", { dataset: { i18n: "life.effects" } }), h("div", { id: "life-effects", "aria-live": "polite" }))),
    h("p", { id: "life-agreement", className: "agreement", "aria-live": "polite" }),
    h("h3", { dataset: { i18n: "life.history" } }), h("ol", { id: "life-history" }),
  );
  applyLabels(body);
  renderState();
}

function restart() {
  state = pkg.enrollmentStart();
  history.length = 0;
  $("life-effects").replaceChildren();
  $("life-agreement").textContent = "";
  renderState();
}

function eventTypes(s) {
  return (pkg.enrollmentEvents(s) || []).map((e) => (typeof e === "string" ? e : e?.type));
}

function renderState() {
  const allowed = eventTypes(state);
  const dl = h("dl", { className: "state", dataset: { status: state.status, state: JSON.stringify(state) } });
  for (const [k, v] of Object.entries(state)) dl.append(h("dt", { text: k }), h("dd", { dataset: { key: k }, text: typeof v === "string" ? v : JSON.stringify(v) }));
  dl.append(h("dt", { text: t("life.allowed") }), h("dd", { id: "life-allowed", text: allowed.join(", ") || "—" }));
  if (has("vettingDue") && state.submittedOn) {
    const due = pkg.vettingDue(state, $("life-on").value || today());
    if (due?.expectedBy) dl.append(h("dt", { text: "vettingDue" }), h("dd", { text: t("life.vetting", { date: due.expectedBy, overdue: due.overdue ? t("life.overdue") : "" }) }));
  }
  $("life-state").replaceChildren(dl);
  for (const type of EVENTS) $(`ev-${type}`).disabled = !allowed.includes(type);
  $("life-history").replaceChildren(...history.map((line) => h("li", { text: line })));
}

function buildEvent(type) {
  const form = collect();
  const actorRole = $("life-role").value;
  const on = $("life-on").value || today();
  switch (type) {
    case "submit":
      return { type, form, actorRole, on };
    case "appeal":
      return { type, form };
    case "reject":
      return { type, reasons: $("life-reasons").value ? [$("life-reasons").value] : [] };
    case "associatePartnerId":
      return { type, partnerId: form.partnerId?.id ?? "", country: form.partnerId?.country ?? form.country ?? "" };
    case "signAgreement":
      return { type, actorRole };
    case "deauthorize":
      return { type, on, trailingRevenueUsd: Number($("life-revenue").value || 0) };
    default:
      return { type };
  }
}

async function apply(type) {
  const event = buildEvent(type);
  const options = { locale: locale() };
  const before = state;
  const client = pkg.enrollmentApply(before, event, options);
  const effects = $("life-effects");
  effects.replaceChildren(
    h("p", { className: `verdict ${client.ok ? "ok" : "bad"}`, dataset: { ok: String(client.ok), event: type }, text: `${t(`ev.${type}`)}: ${client.ok ? t("ok") : t("not.ok")}` }),
    issueList(client.issues, { empty: false }),
    h("ul", { className: "effects" }, ...(client.effects || []).map((e) => h("li", { dataset: { effect: e.type }, text: JSON.stringify(e) }))),
  );
  if (client.ok) {
    history.push(`${type}: ${before.status} → ${client.state.status}`);
    state = client.state;
  }
  renderState();
  const button = $(`ev-${type}`);
  if (button.disabled) $("life-result").focus();
  const server = await api("/api/lifecycle/apply", { state: before, event, options });
  const line = $("life-agreement");
  if (server.ok) agreement(line, client, server.body);
  else {
    line.dataset.agree = "unknown";
    line.textContent = `${t("server.error")}: ${server.body?.error?.message ?? server.status}`;
  }
}

// ---- Developer JSON -----------------------------------------------------------------------------

function parseJson(id) {
  try {
    $("json-error").textContent = "";
    return { value: JSON.parse($(id).value || "null") };
  } catch (error) {
    $("json-error").textContent = `${t("enr.jsonBad")} ${error.message}`;
    return null;
  }
}

function loadIntoForm(form) {
  for (const el of fieldsEl.querySelectorAll("input[data-path], select[data-path]")) el.value = "";
  const flat = {};
  const walk = (obj, prefix) => {
    for (const [k, v] of Object.entries(obj ?? {})) {
      if (v && typeof v === "object" && !Array.isArray(v)) walk(v, `${prefix}${k}.`);
      else if (typeof v === "string") flat[`${prefix}${k}`] = v;
    }
  };
  walk(form, "");
  if (flat.country) input("country").value = flat.country.toUpperCase();
  layout();
  for (const [path, value] of Object.entries(flat)) {
    const el = input(path);
    if (!el) continue;
    el.value = value;
    // A select holds codes in upper case ("fr" is loaded as FR; the package accepts either).
    if (el.tagName === "SELECT" && el.value !== value) el.value = value.toUpperCase();
    validateField(path);
  }
  refreshVerdicts();
}

// ---- Wiring -------------------------------------------------------------------------------------

chrome("enrollment.html", () => {
  layout();
  refreshVerdicts();
  if (state) renderState();
});
if (await ready()) {
  if (!has("validateEnrollment", "validateEnrollmentField", "addressFormat", "markets")) {
    unavailable(fieldsEl, missing("validateEnrollment", "validateEnrollmentField", "addressFormat", "markets"));
  } else {
    layout();
    fieldsEl.addEventListener("input", (e) => {
      const path = e.target.dataset?.path;
      if (!path) return;
      if (path === "country") return;
      validateField(path);
    });
    fieldsEl.addEventListener("change", (e) => {
      const path = e.target.dataset?.path;
      if (path === "country") {
        layout();
        refreshVerdicts();
      } else if (path && e.target.tagName === "SELECT") validateField(path);
    });
    $("enrollment").addEventListener("submit", (e) => {
      e.preventDefault();
      submit(collect());
    });
    $("clear").addEventListener("click", () => {
      for (const el of fieldsEl.querySelectorAll("input[data-path]")) el.value = "";
      layout();
      clearVerdicts();
    });
    $("rules-current").addEventListener("click", () => {
      const rules = has("countryRules") && pkg.countryRules(collect().country ?? "", baseOptions());
      $("rules-json").value = rules ? JSON.stringify(rules, null, 2) : "";
    });
    $("rules-apply").addEventListener("click", () => {
      try {
        $("rules-error").textContent = "";
        liveRules = JSON.parse($("rules-json").value || "null");
      } catch (error) {
        $("rules-error").textContent = `${t("enr.jsonBad")} ${error.message}`;
        return;
      }
      layout();
    });
    $("rules-reset").addEventListener("click", () => {
      liveRules = undefined;
      $("rules-error").textContent = "";
      layout();
    });
    $("json-export").addEventListener("click", () => {
      $("json-form").value = JSON.stringify(collect(), null, 2);
    });
    $("json-load").addEventListener("click", () => {
      const parsed = parseJson("json-form");
      if (parsed) loadIntoForm(parsed.value);
    });
    $("json-submit").addEventListener("click", () => {
      const form = parseJson("json-form");
      const options = form && parseJson("json-options");
      if (form && options) submit(form.value, options.value && typeof options.value === "object" ? options.value : {}, "json");
    });
  }
  lifecycleControls();
  document.body.dataset.pageReady = "true";
}
