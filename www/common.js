// Shared by the demo pages: loading the package, the en/fr switch, UI chrome labels, the server API,
// and rendering issues. No rule and no rule message here: verdicts and messages come from the
// package (WebAssembly) or from the server (the same Rust, native); the labels below are UI chrome.
import init, * as pkg from "/pkg/index.js";

export { pkg };

/** UI chrome (headings, buttons, field labels). Messages about the data never come from here. */
const CHROME = {
  en: {
    "site.title": "CSP partner rules",
    "site.tagline": "Microsoft Cloud Solution Provider rules, checked in your browser by the same Rust code the server runs.",
    "nav.label": "Pages",
    "nav.regions": "Regions",
    "nav.enrollment": "Enrolment",
    "nav.audience": "Reseller audience",
    "lang.label": "Language / Langue",
    "status.loading": "Loading the WebAssembly module…",
    "status.ready": "Checked client-side by csp-partner-rules (WebAssembly); the server runs the same Rust natively.",
    "status.failed": "The WebAssembly module could not be loaded:",
    unavailable: "Not available in this build: {names} (not yet exported by the package).",
    "server.unavailable": "Not available on the server in this build.",
    "server.error": "Server error",
    client: "Client (WebAssembly)",
    server: "Server (native Rust)",
    agree: "Client and server agree.",
    disagree: "Client and server DISAGREE.",
    ok: "ok",
    "not.ok": "not ok",
    allowed: "allowed",
    "no.issue": "No issue.",
    required: "required",
    optional: "optional",
    // enrolment
    "enr.title": "Indirect reseller enrolment",
    "enr.intro": "Fields are checked on every keystroke in the browser; on submit the form is checked by both the browser and the server.",
    "enr.account": "Account",
    "enr.country": "Legal country of the account",
    "enr.language": "Preferred language",
    "enr.company": "Company",
    "enr.legalName": "Legal business name",
    "enr.duns": "DUNS number",
    "enr.vatId": "VAT ID",
    "enr.registrationId": "Company registration ID",
    "enr.address": "Legal address",
    "enr.line1": "Address line 1",
    "enr.line2": "Address line 2",
    "enr.line3": "Address line 3",
    "enr.primaryContact": "Primary contact",
    "enr.firstName": "First name",
    "enr.lastName": "Last name",
    "enr.email": "E-mail",
    "enr.phone": "Phone",
    "enr.support": "Customer support",
    "enr.website": "Website",
    "enr.partnerId": "PartnerID (Location)",
    "enr.partnerIdId": "PartnerID",
    "enr.partnerIdCountry": "PartnerID country",
    "enr.workAccount": "Work account",
    "enr.domain": "Domain (e.g. contoso.onmicrosoft.com)",
    "enr.none": "—",
    "enr.example": "Example: {example}",
    "enr.submit": "Submit",
    "enr.reset": "Clear",
    "enr.verdicts": "Verdicts",
    "enr.errors": "{n} error(s), {w} warning(s).",
    "enr.dev": "Developer: the form as JSON",
    "enr.jsonForm": "Form (JSON)",
    "enr.jsonOptions": "Extra options (JSON)",
    "enr.jsonLoad": "Load into the form",
    "enr.jsonSubmit": "Submit this JSON as is",
    "enr.jsonExport": "Show the form as JSON",
    "enr.jsonBad": "Not valid JSON:",
    "rules.title": "Country rules",
    "rules.intro": "The rules the form is judged by: the package's own (Partner Center's recorded answer for the US, derived elsewhere), or Partner Center's as your back end fetched them (GET /v1/countryvalidationrules/{country}), pasted here.",
    "rules.builtin": "Built-in rules",
    "rules.passed": "Rules passed in",
    "rules.partnerCenter": "Partner Center's",
    "rules.derived": "derived from the package's data",
    "rules.json": "Partner Center's CountryValidationRules (JSON)",
    "rules.apply": "Use these rules",
    "rules.reset": "Back to the built-in rules",
    "rules.current": "Show the applied rules as JSON",
    "rules.summary": "{which} for {country} — {source}: required {required}; {states} states listed; postal code {postal}; phone {phone}",
    "life.title": "Enrolment lifecycle",
    "life.intro": "Step through the enrolment: the buttons the rules allow now are enabled (enrollmentEvents).",
    "life.status": "Status",
    "life.state": "State",
    "life.actorRole": "Acting user's role",
    "life.on": "Date",
    "life.reasons": "Rejection reasons",
    "life.revenue": "Trailing revenue (USD)",
    "life.effects": "Effects",
    "life.history": "History",
    "life.restart": "Start over",
    "life.allowed": "Events allowed now",
    "life.vetting": "Vetting expected by {date}{overdue}",
    "life.overdue": " — overdue",
    "ev.submit": "Submit",
    "ev.resendVerificationEmail": "Resend verification e-mail",
    "ev.confirmEmail": "Confirm e-mail",
    "ev.approve": "Approve (vetting)",
    "ev.reject": "Reject (vetting)",
    "ev.appeal": "Fix now (appeal)",
    "ev.associatePartnerId": "Associate PartnerID",
    "ev.signAgreement": "Sign the MPA",
    "ev.grantAdminAgent": "Grant admin agent",
    "ev.deauthorize": "Deauthorize",
    // regions
    "reg.title": "Region checker",
    "reg.first": "Partner country (CSP account)",
    "reg.second": "Other country (customer, PartnerID, reseller)",
    "reg.market": "Market",
    "reg.region": "CSP region",
    "reg.singleMarket": "single-market region",
    "reg.regionSize": "{n} markets",
    "reg.currency": "Currency",
    "reg.verdicts": "Verdicts",
    "reg.customer": "Can the partner sell to a customer in the other country?",
    "reg.partnerId": "Can the partner's PartnerID be located in the other country?",
    "reg.provider": "Can an indirect provider in the partner's country work with a reseller in the other country?",
    "reg.sale": "Can the partner sell this offer to a customer in the other country?",
    "reg.saleTitle": "Selling a marketplace offer",
    yes: "yes",
    no: "no",
    "reg.audienceOption": "Offer's CSP reseller audience",
    "reg.listed": "Partner listed in the audience",
    "reg.planKind": "Plan pricing",
    "plan.payg": "Paid (pay as you go)",
    "plan.byol": "Bring your own license (BYOL)",
    "plan.free": "Free",
    "reg.tenant": "Partner tenant ID",
    // audience
    "aud.title": "CSP reseller audience of an offer",
    "aud.intro": "Edit the offer's current audience and a proposed change: the package says whether the change is direct, needs a support request, or is blocked.",
    "aud.current": "Current audience",
    "aud.target": "Proposed audience",
    "aud.option": "Who may resell",
    "opt.all": "All partners",
    "opt.specific": "Specific partners",
    "opt.none": "No partner",
    "aud.published": "Offer published (live)",
    "aud.partners": "Listed partners (one tenant ID per line)",
    "aud.resold": "Partners who have resold (one tenant ID per line)",
    "aud.category": "Offer category",
    "aud.plan": "Plan the change",
    "aud.apply": "Make this the current audience",
    "aud.via": "Verdict",
    "via.noChange": "No change",
    "via.direct": "Direct change",
    "via.supportRequest": "Needs a support request",
    "via.blocked": "Blocked",
    "aud.requiresSync": "Then click “Sync CSP audience”",
    "aud.requiresPublish": "Then publish the offer",
    "aud.ticket": "Prefilled support request",
    "ticket.url": "Where to file it",
    "ticket.productVersion": "Product version",
    "ticket.category": "Category",
    "ticket.problem": "Problem",
    "ticket.title": "Title",
    "ticket.description": "Description",
    "ticket.tenantIds": "Tenant IDs (Microsoft Entra)",
    "aud.next": "Audience after the change",
    "csv.title": "Partner list: CSV import and export",
    "csv.file": "CSV file of partners",
    "csv.progress": "Import progress",
    "csv.reading": "Reading… {pct}% ({read} of {total} bytes)",
    "csv.read": "Read: {total} bytes.",
    "csv.done": "Imported {n} partner(s) in {ms} ms; {e} error(s), {w} warning(s).",
    "csv.more": "… and {n} more.",
    "csv.useTarget": "Use as the proposed partners",
    "csv.export": "Export the proposed partners as CSV",
    "csv.download": "Download partners.csv",
    "csv.failed": "The import failed:",
  },
  fr: {
    "site.title": "Règles partenaires CSP",
    "site.tagline": "Les règles du programme Microsoft Cloud Solution Provider, vérifiées dans votre navigateur par le même code Rust que le serveur.",
    "nav.label": "Pages",
    "nav.regions": "Régions",
    "nav.enrollment": "Inscription",
    "nav.audience": "Audience revendeurs",
    "lang.label": "Language / Langue",
    "status.loading": "Chargement du module WebAssembly…",
    "status.ready": "Vérifié dans le navigateur par csp-partner-rules (WebAssembly) ; le serveur exécute le même Rust en natif.",
    "status.failed": "Le module WebAssembly n'a pas pu être chargé :",
    unavailable: "Non disponible dans cette version : {names} (pas encore exporté par le paquet).",
    "server.unavailable": "Non disponible sur le serveur dans cette version.",
    "server.error": "Erreur du serveur",
    client: "Client (WebAssembly)",
    server: "Serveur (Rust natif)",
    agree: "Le client et le serveur sont d'accord.",
    disagree: "Le client et le serveur NE sont PAS d'accord.",
    ok: "valide",
    "not.ok": "non valide",
    allowed: "autorisé",
    "no.issue": "Aucun problème.",
    required: "obligatoire",
    optional: "facultatif",
    "enr.title": "Inscription d'un revendeur indirect",
    "enr.intro": "Chaque champ est vérifié à chaque frappe dans le navigateur ; à l'envoi, le formulaire est vérifié par le navigateur et par le serveur.",
    "enr.account": "Compte",
    "enr.country": "Pays légal du compte",
    "enr.language": "Langue préférée",
    "enr.company": "Entreprise",
    "enr.legalName": "Raison sociale",
    "enr.duns": "Numéro DUNS",
    "enr.vatId": "Numéro de TVA",
    "enr.registrationId": "Numéro d'immatriculation",
    "enr.address": "Adresse légale",
    "enr.line1": "Adresse, ligne 1",
    "enr.line2": "Adresse, ligne 2",
    "enr.line3": "Adresse, ligne 3",
    "enr.primaryContact": "Contact principal",
    "enr.firstName": "Prénom",
    "enr.lastName": "Nom",
    "enr.email": "E-mail",
    "enr.phone": "Téléphone",
    "enr.support": "Support client",
    "enr.website": "Site web",
    "enr.partnerId": "PartnerID (Emplacement)",
    "enr.partnerIdId": "PartnerID",
    "enr.partnerIdCountry": "Pays du PartnerID",
    "enr.workAccount": "Compte professionnel",
    "enr.domain": "Domaine (ex. contoso.onmicrosoft.com)",
    "enr.none": "—",
    "enr.example": "Exemple : {example}",
    "enr.submit": "Envoyer",
    "enr.reset": "Effacer",
    "enr.verdicts": "Verdicts",
    "enr.errors": "{n} erreur(s), {w} avertissement(s).",
    "enr.dev": "Développeur : le formulaire en JSON",
    "enr.jsonForm": "Formulaire (JSON)",
    "enr.jsonOptions": "Options supplémentaires (JSON)",
    "enr.jsonLoad": "Charger dans le formulaire",
    "enr.jsonSubmit": "Envoyer ce JSON tel quel",
    "enr.jsonExport": "Afficher le formulaire en JSON",
    "enr.jsonBad": "JSON non valide :",
    "rules.title": "Règles du pays",
    "rules.intro": "Les règles qui jugent le formulaire : celles du paquet (la réponse enregistrée de Partner Center pour les États-Unis, dérivées ailleurs), ou celles de Partner Center telles que votre serveur les a obtenues (GET /v1/countryvalidationrules/{country}), collées ici.",
    "rules.builtin": "Règles intégrées",
    "rules.passed": "Règles transmises",
    "rules.partnerCenter": "celles de Partner Center",
    "rules.derived": "dérivées des données du paquet",
    "rules.json": "CountryValidationRules de Partner Center (JSON)",
    "rules.apply": "Utiliser ces règles",
    "rules.reset": "Revenir aux règles intégrées",
    "rules.current": "Afficher les règles appliquées en JSON",
    "rules.summary": "{which} pour {country} — {source} : obligatoires {required} ; {states} États listés ; code postal {postal} ; téléphone {phone}",
    "life.title": "Cycle de vie de l'inscription",
    "life.intro": "Parcourez l'inscription : les boutons que les règles permettent maintenant sont actifs (enrollmentEvents).",
    "life.status": "Statut",
    "life.state": "État",
    "life.actorRole": "Rôle de l'utilisateur",
    "life.on": "Date",
    "life.reasons": "Motifs du refus",
    "life.revenue": "Chiffre d'affaires des 12 derniers mois (USD)",
    "life.effects": "Effets",
    "life.history": "Historique",
    "life.restart": "Recommencer",
    "life.allowed": "Événements possibles maintenant",
    "life.vetting": "Vérification attendue au plus tard le {date}{overdue}",
    "life.overdue": " — en retard",
    "ev.submit": "Envoyer",
    "ev.resendVerificationEmail": "Renvoyer l'e-mail de vérification",
    "ev.confirmEmail": "Confirmer l'e-mail",
    "ev.approve": "Approuver (vérification)",
    "ev.reject": "Refuser (vérification)",
    "ev.appeal": "Corriger maintenant (recours)",
    "ev.associatePartnerId": "Associer le PartnerID",
    "ev.signAgreement": "Signer le MPA",
    "ev.grantAdminAgent": "Accorder l'agent d'administration",
    "ev.deauthorize": "Retirer l'autorisation",
    "reg.title": "Vérificateur de régions",
    "reg.first": "Pays du partenaire (compte CSP)",
    "reg.second": "Autre pays (client, PartnerID, revendeur)",
    "reg.market": "Marché",
    "reg.region": "Région CSP",
    "reg.singleMarket": "région à marché unique",
    "reg.regionSize": "{n} marchés",
    "reg.currency": "Devise",
    "reg.verdicts": "Verdicts",
    "reg.customer": "Le partenaire peut-il vendre à un client de l'autre pays\u202f?",
    "reg.partnerId": "Le PartnerID du partenaire peut-il être situé dans l'autre pays\u202f?",
    "reg.provider": "Un fournisseur indirect du pays du partenaire peut-il travailler avec un revendeur de l'autre pays\u202f?",
    "reg.sale": "Le partenaire peut-il vendre cette offre à un client de l'autre pays\u202f?",
    "reg.saleTitle": "Vente d'une offre de la marketplace",
    yes: "oui",
    no: "non",
    "reg.audienceOption": "Audience revendeurs CSP de l'offre",
    "reg.listed": "Partenaire listé dans l'audience",
    "reg.planKind": "Tarification du plan",
    "plan.payg": "Payant (paiement à l'utilisation)",
    "plan.byol": "Licence apportée (BYOL)",
    "plan.free": "Gratuit",
    "reg.tenant": "ID de locataire du partenaire",
    "aud.title": "Audience revendeurs CSP d'une offre",
    "aud.intro": "Modifiez l'audience actuelle de l'offre et un changement proposé : le paquet indique si le changement est direct, demande une demande de support, ou est bloqué.",
    "aud.current": "Audience actuelle",
    "aud.target": "Audience proposée",
    "aud.option": "Qui peut revendre",
    "opt.all": "Tous les partenaires",
    "opt.specific": "Partenaires spécifiques",
    "opt.none": "Aucun partenaire",
    "aud.published": "Offre publiée (en ligne)",
    "aud.partners": "Partenaires listés (un ID de locataire par ligne)",
    "aud.resold": "Partenaires ayant revendu (un ID de locataire par ligne)",
    "aud.category": "Catégorie de l'offre",
    "aud.plan": "Évaluer le changement",
    "aud.apply": "En faire l'audience actuelle",
    "aud.via": "Verdict",
    "via.noChange": "Aucun changement",
    "via.direct": "Changement direct",
    "via.supportRequest": "Demande de support nécessaire",
    "via.blocked": "Bloqué",
    "aud.requiresSync": "Puis cliquez sur « Synchroniser l'audience CSP »",
    "aud.requiresPublish": "Puis publiez l'offre",
    "aud.ticket": "Demande de support préremplie",
    "ticket.url": "Où la déposer",
    "ticket.productVersion": "Version du produit",
    "ticket.category": "Catégorie",
    "ticket.problem": "Problème",
    "ticket.title": "Titre",
    "ticket.description": "Description",
    "ticket.tenantIds": "ID de locataire (Microsoft Entra)",
    "aud.next": "Audience après le changement",
    "csv.title": "Liste de partenaires : import et export CSV",
    "csv.file": "Fichier CSV des partenaires",
    "csv.progress": "Progression de l'import",
    "csv.reading": "Lecture… {pct} % ({read} sur {total} octets)",
    "csv.read": "Lu : {total} octets.",
    "csv.done": "{n} partenaire(s) importé(s) en {ms} ms ; {e} erreur(s), {w} avertissement(s).",
    "csv.more": "… et {n} de plus.",
    "csv.useTarget": "Utiliser comme partenaires proposés",
    "csv.export": "Exporter les partenaires proposés en CSV",
    "csv.download": "Télécharger partners.csv",
    "csv.failed": "L'import a échoué :",
  },
};

const KEY = "csp-demo-locale";

/** The chosen UI and message locale: ?lang=…, then the stored choice, then "en". */
export function locale() {
  const fromUrl = new URLSearchParams(location.search).get("lang");
  const chosen = fromUrl || localStorage.getItem(KEY) || "en";
  return CHROME[chosen] ? chosen : "en";
}

/** A chrome label, with `{name}` placeholders. */
export function t(key, params = {}) {
  const text = CHROME[locale()][key] ?? CHROME.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m));
}

/** Whether the package exports this function (helpers' work lands in main at different times). */
export function has(...names) {
  return names.every((n) => typeof pkg[n] === "function");
}

export function missing(...names) {
  return names.filter((n) => typeof pkg[n] !== "function");
}

/** Replaces a panel's content by the "not available in this build" notice. */
export function unavailable(el, names) {
  const p = document.createElement("p");
  p.className = "unavailable";
  p.dataset.unavailable = names.join(",");
  p.textContent = t("unavailable", { names: names.join(", ") });
  el.replaceChildren(p);
}

/** Element helper: h("p", { className: "x", text: "…" }, child…). */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "text") el.textContent = v;
    else if (k === "dataset") Object.assign(el.dataset, v);
    else if (k in el && typeof v !== "string") el[k] = v;
    else if (k === "className") el.className = v;
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** Renders issues as a list; each item carries its code and severity (tests read them). */
export function issueList(issues, { empty = true } = {}) {
  const ul = h("ul", { className: "issues" });
  for (const issue of issues || []) {
    const where = Array.isArray(issue.path) && issue.path.length ? issue.path.join(".") : "";
    ul.append(
      h("li", { className: issue.severity, dataset: { code: issue.code, severity: issue.severity, issuePath: where } },
        h("span", { className: "sev", text: issue.severity === "error" ? "✖ " : "⚠ ", "aria-hidden": "true" }),
        where ? h("code", { className: "where", text: where }) : null,
        where ? " " : null,
        h("span", { className: "message", text: issue.message })),
    );
  }
  if (empty && !ul.childElementCount) ul.append(h("li", { className: "none", text: t("no.issue") }));
  return ul;
}

/** Canonical JSON (keys sorted) to compare the client's and the server's answers. */
export function canon(value) {
  if (Array.isArray(value)) return `[${value.map(canon).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().filter((k) => value[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canon(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** POSTs JSON (or a raw body) to the demo server: { ok, status, body }. Never throws. */
export async function api(path, body, { raw = false, contentType } = {}) {
  try {
    const response = await fetch(path, {
      method: "POST",
      headers: { "content-type": contentType || (raw ? "text/plain" : "application/json") },
      body: raw ? body : JSON.stringify(body),
    });
    let json = null;
    try {
      json = await response.json();
    } catch {
      json = { error: { code: "not_json", message: response.statusText } };
    }
    return { ok: response.ok, status: response.status, body: json };
  } catch (error) {
    return { ok: false, status: 0, body: { error: { code: "network", message: String(error) } } };
  }
}

/** Side-by-side comparison line: "agree" or "disagree", announced. */
export function agreement(el, client, server) {
  const same = canon(client) === canon(server);
  el.className = same ? "agreement agree" : "agreement disagree";
  el.dataset.agree = String(same);
  el.textContent = same ? t("agree") : t("disagree");
  return same;
}

/** Renders the shared header (title, nav, language switch) and applies data-i18n labels. */
export function chrome(current, onLocaleChange) {
  const header = document.querySelector("header");
  const select = h("select", { id: "locale" },
    h("option", { value: "en", text: "English" }),
    h("option", { value: "fr", text: "Français" }));
  select.value = locale();
  const nav = h("nav", { "aria-label": t("nav.label") },
    h("ul", {}, ...[["index.html", "nav.regions"], ["enrollment.html", "nav.enrollment"], ["audience.html", "nav.audience"]].map(([href, key]) =>
      h("li", {}, h("a", { href, "aria-current": href === current ? "page" : null, dataset: { i18n: key } })))));
  header.replaceChildren(
    h("p", { className: "brand", dataset: { i18n: "site.title" } }),
    nav,
    h("label", { className: "lang" }, h("span", { dataset: { i18n: "lang.label" } }), select),
  );
  select.addEventListener("change", () => {
    localStorage.setItem(KEY, select.value);
    const url = new URL(location.href);
    url.searchParams.delete("lang");
    history.replaceState(null, "", url);
    applyLabels();
    onLocaleChange?.();
  });
  applyLabels();
}

export function applyLabels(root = document) {
  document.documentElement.lang = locale();
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
}

/** Loads the module; shows the status in the footer. Resolves to true when ready. */
export async function ready() {
  const status = document.getElementById("status");
  if (status) status.textContent = t("status.loading");
  try {
    await init();
    if (status) {
      status.dataset.i18n = "status.ready";
      status.textContent = t("status.ready");
    }
    document.body.dataset.ready = "true";
    return true;
  } catch (error) {
    if (status) status.textContent = `${t("status.failed")} ${error}`;
    return false;
  }
}
