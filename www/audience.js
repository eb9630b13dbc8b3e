// The audience page: an offer's CSP reseller audience (SPEC §6), a proposed change judged by
// planAudienceChange in the browser and on the server, and the partner list's CSV import (in a Web
// Worker, with progress) and export. No rule here: verdicts, messages and tickets come from the package.
import { pkg, t, h, has, missing, unavailable, issueList, api, agreement, chrome, applyLabels, ready, locale } from "./common.js";

const $ = (id) => document.getElementById(id);
const OPTIONS = ["all", "specific", "none"];
/** Names and countries of imported partners, by tenant ID, to keep them with the IDs of the text areas. */
const known = new Map();

function radios(name, legendKey, checked) {
  return h("fieldset", { className: "radios", id: `${name}-group` }, h("legend", { dataset: { i18n: legendKey } }),
    ...OPTIONS.map((o) => h("div", { className: "radio" },
      h("input", { type: "radio", name, id: `${name}-${o}`, value: o, checked: o === checked }),
      h("label", { for: `${name}-${o}`, dataset: { i18n: `opt.${o}` } }))));
}

function area(id, key, rows = 4) {
  return h("div", { className: "field" }, h("label", { for: id, dataset: { i18n: key } }), h("textarea", { id, rows: String(rows), spellcheck: "false" }));
}

function lines(id) {
  return $(id).value.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
}

function partners(id) {
  return lines(id).map((tenantId) => ({ tenantId, ...(known.get(tenantId.toLowerCase()) ?? {}) }));
}

function currentState() {
  return {
    option: document.querySelector("input[name=cur-option]:checked")?.value ?? "none",
    partners: partners("cur-partners"),
    published: $("cur-published").checked,
    resold: lines("cur-resold"),
  };
}

function target() {
  return { option: document.querySelector("input[name=tgt-option]:checked")?.value ?? "none", partners: partners("tgt-partners") };
}

function setState(state) {
  const option = $(`cur-option-${state.option}`);
  if (option) option.checked = true;
  $("cur-published").checked = !!state.published;
  $("cur-partners").value = (state.partners || []).map((p) => p.tenantId).join("\n");
  $("cur-resold").value = (state.resold || []).join("\n");
}

function plannerControls() {
  const body = $("planner-body");
  if (!has("planAudienceChange")) {
    unavailable(body, missing("planAudienceChange"));
    return;
  }
  body.replaceChildren(
    h("div", { className: "sides" },
      h("div", { className: "side", id: "current" }, h("h2", { dataset: { i18n: "aud.current" } }),
        radios("cur-option", "aud.option", "none"),
        h("div", { className: "field check" }, h("input", { id: "cur-published", type: "checkbox" }), h("label", { for: "cur-published", dataset: { i18n: "aud.published" } })),
        area("cur-partners", "aud.partners"),
        area("cur-resold", "aud.resold", 3),
        h("div", { className: "field" }, h("label", { for: "cur-category", dataset: { i18n: "aud.category" } }), h("input", { id: "cur-category", type: "text", value: "Software as a service (SaaS)" }))),
      h("div", { className: "side", id: "proposed" }, h("h2", { dataset: { i18n: "aud.target" } }),
        radios("tgt-option", "aud.option", "all"),
        area("tgt-partners", "aud.partners", 6),
        h("div", { className: "actions" }, h("button", { type: "button", id: "plan", dataset: { i18n: "aud.plan" }, onclick: plan })))),
    h("section", { id: "plan-result", "aria-labelledby": "plan-title", tabindex: "-1" },
      h("h2", { id: "plan-title", dataset: { i18n: "aud.via" } }),
      h("div", { id: "plan-live", "aria-live": "polite" }),
      h("p", { id: "plan-agreement", className: "agreement", "aria-live": "polite" })),
  );
  applyLabels(body);
}

/** The prefilled support request: each field labelled in the page's language, the description with
 * its line breaks, the URL a link, the tenant IDs a list. The values are the package's text. */
function ticketView(ticket) {
  const value = (k, v) => {
    if (k === "url" && typeof v === "string" && v.startsWith("https://")) return h("a", { href: v, target: "_blank", rel: "noopener noreferrer", text: v });
    if (Array.isArray(v)) return h("ul", { className: "ids" }, ...v.map((id) => h("li", {}, h("code", { text: String(id) }))));
    return typeof v === "string" ? v : JSON.stringify(v);
  };
  return h("div", { className: "ticket", id: "ticket" }, h("h3", { dataset: { i18n: "aud.ticket" } }),
    h("dl", {}, ...Object.entries(ticket).flatMap(([k, v]) => [
      h("dt", { dataset: { i18n: `ticket.${k}` } }),
      h("dd", { dataset: { key: k }, className: k === "description" ? "multiline" : null }, value(k, v)),
    ])));
}

function planView(plan) {
  const ticket = plan.supportRequest;
  return h("div", { className: "plan", dataset: { via: plan.via, ok: String(plan.ok) } },
    h("p", { className: `via via-${plan.via}`, id: "plan-via", text: t(`via.${plan.via}`) }),
    h("ul", { className: "flags" },
      plan.requiresSync ? h("li", { dataset: { flag: "requiresSync" }, text: t("aud.requiresSync") }) : null,
      plan.requiresPublish ? h("li", { dataset: { flag: "requiresPublish" }, text: t("aud.requiresPublish") }) : null),
    issueList(plan.issues, { empty: false }),
    ticket ? ticketView(ticket) : null,
    h("details", {}, h("summary", { dataset: { i18n: "aud.next" } }), h("pre", { id: "plan-next", text: JSON.stringify(plan.next, null, 2) })),
    plan.ok && plan.via !== "blocked" && plan.next ? h("button", { type: "button", id: "apply-next", dataset: { i18n: "aud.apply" }, onclick: () => setState(plan.next) }) : null,
  );
}

async function plan() {
  const state = currentState();
  const tgt = target();
  const options = { locale: locale(), offerCategory: $("cur-category").value };
  const client = pkg.planAudienceChange(state, tgt, options);
  const live = $("plan-live");
  live.replaceChildren(planView(client));
  applyLabels(live);
  const line = $("plan-agreement");
  line.textContent = "";
  delete line.dataset.agree;
  const server = await api("/api/audience/plan", { state, target: tgt, options });
  if (server.ok) agreement(line, client, server.body);
  else {
    line.dataset.agree = "unknown";
    line.textContent = `${t("server.error")}: ${server.body?.error?.message ?? server.status}`;
  }
  document.body.dataset.planned = String(Number(document.body.dataset.planned || 0) + 1);
}

// ---- CSV ----------------------------------------------------------------------------------------

let imported = [];

function csvControls() {
  const body = $("csv-body");
  const need = missing("PartnerCsvReader", "exportPartnerCsv");
  body.replaceChildren(
    h("div", { id: "csv-import" }),
    h("div", { id: "csv-export" }));
  if (need.includes("PartnerCsvReader")) unavailable($("csv-import"), ["PartnerCsvReader"]);
  else {
    $("csv-import").replaceChildren(
      h("div", { className: "field" }, h("label", { for: "csv-file", dataset: { i18n: "csv.file" } }), h("input", { id: "csv-file", type: "file", accept: ".csv,text/csv,text/plain" })),
      h("div", { className: "field" }, h("label", { for: "csv-progress", dataset: { i18n: "csv.progress" } }),
        h("progress", { id: "csv-progress", max: "1", value: "0" }), h("span", { id: "csv-progress-text" })),
      h("p", { id: "csv-status", role: "status", "aria-live": "polite" }),
      h("p", { id: "csv-agreement", className: "agreement", "aria-live": "polite" }),
      h("div", { id: "csv-issues" }),
      h("button", { type: "button", id: "csv-use", dataset: { i18n: "csv.useTarget" }, disabled: true, onclick: useImported }));
    $("csv-file").addEventListener("change", () => {
      const file = $("csv-file").files?.[0];
      if (file) importFile(file);
    });
  }
  if (need.includes("exportPartnerCsv")) unavailable($("csv-export"), ["exportPartnerCsv"]);
  else {
    $("csv-export").replaceChildren(
      h("button", { type: "button", id: "csv-export-button", dataset: { i18n: "csv.export" }, onclick: exportCsv }),
      h("p", {}, h("a", { id: "csv-download", hidden: true, download: "partners.csv", dataset: { i18n: "csv.download" } })),
      h("pre", { id: "csv-preview" }));
  }
  applyLabels(body);
}

function importFile(file) {
  const progress = $("csv-progress");
  progress.max = Math.max(file.size, 1);
  progress.value = 0;
  $("csv-status").textContent = "";
  $("csv-issues").replaceChildren();
  $("csv-use").disabled = true;
  document.body.dataset.csv = "reading";
  const worker = new Worker(new URL("./csv-worker.js", import.meta.url), { type: "module" });
  worker.onmessage = ({ data }) => {
    if (data.type === "progress") {
      progress.value = data.bytesRead;
      const pct = Math.floor((100 * data.bytesRead) / Math.max(data.total, 1));
      $("csv-progress-text").textContent = t("csv.reading", { pct, read: data.bytesRead, total: data.total });
      progress.setAttribute("aria-valuetext", `${pct}%`);
    } else if (data.type === "done") {
      worker.terminate();
      const { result } = data;
      $("csv-progress-text").textContent = t("csv.read", { total: file.size });
      imported = result.partners || [];
      for (const p of imported) known.set(String(p.tenantId).toLowerCase(), { name: p.name, country: p.country });
      const errors = result.issues.filter((i) => i.severity === "error").length;
      $("csv-status").textContent = t("csv.done", { n: imported.length, ms: data.ms, e: errors, w: result.issues.length - errors });
      const shown = result.issues.slice(0, 20);
      $("csv-issues").replaceChildren(issueList(shown, { empty: false }),
        result.issues.length > shown.length ? h("p", { text: t("csv.more", { n: result.issues.length - shown.length }) }) : "");
      $("csv-use").disabled = imported.length === 0;
      document.body.dataset.csv = "done";
      document.body.dataset.csvPartners = String(imported.length);
      compareWithServer(file, result);
    } else {
      worker.terminate();
      $("csv-status").textContent = `${t("csv.failed")} ${data.message}`;
      document.body.dataset.csv = "error";
    }
  };
  worker.postMessage({ file, locale: locale(), wasmUrl: new URL("/pkg/wasm/csp_partner_rules_bg.wasm", location.href).href });
}

/** The same file parsed natively by the server (parsePartnerCsv): the answers must be equal. */
async function compareWithServer(file, result) {
  const line = $("csv-agreement");
  line.textContent = "";
  delete line.dataset.agree;
  const server = await api(`/api/partners/csv?locale=${encodeURIComponent(locale())}`, file, { raw: true, contentType: "text/csv" });
  if (server.ok) agreement(line, result, server.body);
  else {
    line.dataset.agree = "unknown";
    line.textContent = `${t("server.error")}: ${server.body?.error?.message ?? server.status}`;
  }
}

function useImported() {
  if (!$("tgt-partners")) return;
  $("tgt-partners").value = imported.map((p) => p.tenantId).join("\n");
  $("tgt-option-specific").checked = true;
}

function exportCsv() {
  const list = $("tgt-partners") ? partners("tgt-partners") : imported;
  const csv = pkg.exportPartnerCsv(list);
  const link = $("csv-download");
  if (link.href) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv" }));
  link.hidden = false;
  const preview = csv.split("\r\n").slice(0, 11);
  $("csv-preview").textContent = preview.join("\n") + (csv.split("\r\n").length > 12 ? "\n…" : "");
  $("csv-preview").dataset.csv = csv.length < 100000 ? csv : "";
}

chrome("audience.html", () => {
  if ($("plan-live")?.childElementCount) plan();
});
if (await ready()) {
  plannerControls();
  csvControls();
  document.body.dataset.pageReady = "true";
}
