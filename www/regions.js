// The region checker: two countries → their markets, regions, currencies and the REG verdicts, from
// the package, next to the server's answer for the same question. No rule in this file.
import { pkg, t, h, has, missing, unavailable, issueList, api, agreement, chrome, applyLabels, ready, locale } from "./common.js";

const $ = (id) => document.getElementById(id);
const first = $("first");
const second = $("second");
let regionsById = new Map();

function card(el, code) {
  const m = pkg.market(code, { locale: locale() });
  const c = pkg.currencyFor(code);
  const region = regionsById.get(m?.region?.id);
  const rows = [
    [t("reg.market"), m ? `${m.name} (${m.country})` : code],
    [t("reg.region"), m ? [m.region.name, region?.singleMarket ? t("reg.singleMarket") : t("reg.regionSize", { n: region?.countries?.length ?? "?" })].join(" — ") : "—"],
    [t("reg.currency"), c ? [c.currency ?? "—", c.altCurrency].filter(Boolean).join(" / ") : "—"],
  ];
  el.replaceChildren(h("dl", {}, ...rows.flatMap(([k, v]) => [h("dt", { text: k }), h("dd", { text: v })])));
}

/** The rule behind each question (for developers: a tooltip and a data attribute, not the label). */
const RULES = { "reg.customer": "REG-1", "reg.partnerId": "REG-2", "reg.provider": "REG-3", "reg.sale": "REG-4" };

/** A question in plain words, its answer (yes / no) and, when no, the package's reasons. */
function verdict(key, result) {
  return h("li", { dataset: { check: key, ok: String(result.ok), rule: RULES[key] }, title: RULES[key] },
    h("strong", { text: t(key) }), " ",
    h("span", { className: result.ok ? "ok answer" : "bad answer", text: t(result.ok ? "yes" : "no") }),
    issueList(result.issues, { empty: false }));
}

/** The server's side while its answer is on the way: nothing of the previous countries is left. */
function pending() {
  $("server-verdicts").replaceChildren(h("li", { className: "pending", text: "…" }));
  $("agreement").textContent = "";
  $("agreement").className = "agreement";
  delete $("agreement").dataset.agree;
}

let seq = 0;
async function render() {
  const options = { locale: locale() };
  card($("first-card"), first.value);
  card($("second-card"), second.value);
  const client = {
    customerMarket: pkg.checkCustomerMarket(first.value, second.value, options),
    partnerIdLocation: pkg.checkPartnerIdLocation(second.value, first.value, options),
    providerReseller: pkg.checkProviderReseller(first.value, second.value, options),
  };
  const keys = { customerMarket: "reg.customer", partnerIdLocation: "reg.partnerId", providerReseller: "reg.provider" };
  $("verdicts").replaceChildren(...Object.entries(keys).map(([k, label]) => verdict(label, client[k])));
  renderSale();
  pending();
  const mine = ++seq;
  const server = await api("/api/regions/check", { partnerCountry: first.value, otherCountry: second.value, options });
  if (mine !== seq) return;
  if (!server.ok) {
    $("server-verdicts").replaceChildren(h("li", { className: "error", text: `${t("server.error")}: ${server.body?.error?.message ?? server.status}` }));
    return;
  }
  $("server-verdicts").replaceChildren(...Object.entries(keys).map(([k, label]) => verdict(label, server.body[k])));
  agreement($("agreement"), client, { customerMarket: server.body.customerMarket, partnerIdLocation: server.body.partnerIdLocation, providerReseller: server.body.providerReseller });
}

function saleControls() {
  const body = $("sale-body");
  if (!has("checkAuthorizedSale")) {
    unavailable(body, missing("checkAuthorizedSale"));
    return;
  }
  body.replaceChildren(
    h("div", { className: "pair" },
      h("div", { className: "field" }, h("label", { for: "sale-option", dataset: { i18n: "reg.audienceOption" } }),
        h("select", { id: "sale-option" }, ...["all", "specific", "none"].map((o) => h("option", { value: o, dataset: { i18n: `opt.${o}` } })))),
      h("div", { className: "field" }, h("label", { for: "sale-tenant", dataset: { i18n: "reg.tenant" } }),
        h("input", { id: "sale-tenant", type: "text", value: "72f988bf-86f1-41af-91ab-2d7cd011db47", spellcheck: "false" })),
      h("div", { className: "field check" }, h("input", { id: "sale-listed", type: "checkbox", checked: true }), h("label", { for: "sale-listed", dataset: { i18n: "reg.listed" } })),
      h("div", { className: "field" }, h("label", { for: "sale-plan", dataset: { i18n: "reg.planKind" } }),
        h("select", { id: "sale-plan" }, ...["payg", "byol", "free"].map((k) => h("option", { value: k, dataset: { i18n: `plan.${k}` } }))))),
    h("ul", { id: "sale-verdict", className: "verdicts", "aria-live": "polite" }));
  applyLabels(body);
  for (const id of ["sale-option", "sale-tenant", "sale-listed", "sale-plan"]) $(id).addEventListener("input", renderSale);
}

function renderSale() {
  if (!has("checkAuthorizedSale") || !$("sale-option")) return;
  const option = $("sale-option").value;
  const tenantId = $("sale-tenant").value;
  const audience = { option, partners: option === "specific" && $("sale-listed").checked ? [{ tenantId }] : [], published: true, resold: [] };
  const result = pkg.checkAuthorizedSale(audience, { tenantId, country: first.value }, second.value, { locale: locale(), planKind: $("sale-plan").value });
  $("sale-verdict").replaceChildren(verdict("reg.sale", result));
}

chrome("index.html", () => {
  regionsById = new Map(pkg.regions({ locale: locale() }).map((r) => [r.id, r]));
  fill();
  render();
});

function fill() {
  for (const select of [first, second]) {
    const value = select.value;
    select.replaceChildren();
    const markets = pkg.markets({ locale: locale() });
    markets.sort((a, b) => a.name.localeCompare(b.name, locale()));
    for (const m of markets) select.add(new Option(`${m.name} (${m.country})`, m.country));
    if (value) select.value = value;
  }
}

if (await ready()) {
  regionsById = new Map(pkg.regions({ locale: locale() }).map((r) => [r.id, r]));
  fill();
  first.value = "FR";
  second.value = "US";
  saleControls();
  for (const el of [first, second]) el.addEventListener("change", render);
  await render();
  document.body.dataset.pageReady = "true";
}
