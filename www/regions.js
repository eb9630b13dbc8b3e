// The region checker: two countries → their markets and the REG verdicts, from the package.
// Every answer and message comes from the wasm module (no rule in this file).
import init, { markets, market, currencyFor, checkCustomerMarket, checkPartnerIdLocation, checkProviderReseller } from "/pkg/index.js";

await init();

const $ = (id) => document.getElementById(id);
const first = $("first");
const second = $("second");
const locale = $("locale");

for (const select of [first, second]) {
  for (const m of markets()) select.add(new Option(`${m.name} (${m.country})`, m.country));
}
first.value = "FR";
second.value = "US";

function card(el, code) {
  const m = market(code);
  const c = currencyFor(code);
  el.innerHTML = "";
  const dl = document.createElement("dl");
  const rows = [
    ["Market", `${m.name} (${m.country})`],
    ["CSP region", `${m.region.name}${m.region.id ? "" : ""}`],
    ["Currency", [c.currency ?? "—", c.altCurrency].filter(Boolean).join(" / ")],
  ];
  for (const [k, v] of rows) {
    const dt = document.createElement("dt");
    dt.textContent = k;
    const dd = document.createElement("dd");
    dd.textContent = v;
    dl.append(dt, dd);
  }
  el.append(dl);
}

function verdict(title, result) {
  const li = document.createElement("li");
  const strong = document.createElement("strong");
  strong.textContent = `${title}: `;
  li.append(strong);
  if (result.ok) {
    const span = document.createElement("span");
    span.className = "ok";
    span.textContent = locale.value === "fr" ? "autorisé" : "allowed";
    li.append(span);
  }
  for (const issue of result.issues) {
    const span = document.createElement("span");
    span.className = issue.severity;
    span.dataset.code = issue.code;
    span.textContent = issue.message;
    li.append(span);
  }
  return li;
}

function render() {
  const options = { locale: locale.value };
  card($("first-card"), first.value);
  card($("second-card"), second.value);
  $("verdicts").replaceChildren(
    verdict("REG-1 partner sells to a customer in the other country", checkCustomerMarket(first.value, second.value, options)),
    verdict("REG-2 PartnerID located in the other country", checkPartnerIdLocation(second.value, first.value, options)),
    verdict("REG-3 provider (first) with reseller (other)", checkProviderReseller(first.value, second.value, options)),
  );
}

for (const el of [first, second, locale]) el.addEventListener("change", render);
render();
$("status").textContent = "Checked client-side by csp-partner-rules (WebAssembly).";
