// Writes data/country-names.tsv — localized country names — from the npm package
// i18n-iso-countries (MIT), whose `langs/<lang>.json` give one name or a list of names per ISO code.
//
//   npm pack i18n-iso-countries@7.14.0 && tar xzf i18n-iso-countries-7.14.0.tgz
//   node tools/country-names.mjs package/langs > data/country-names.tsv
//
// One row per (code, locale): `name` is the display name (the package's first name, unless
// DISPLAY below picks another of its names), `aliases` the package's other names, `|`-separated.
// English display names of CSP markets come from csp-markets.tsv at run time (src/country_names.rs).
import { readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node tools/country-names.mjs <i18n-iso-countries>/langs > data/country-names.tsv");
  process.exit(2);
}

// Our locale tag ← the package's file.
const LOCALES = [["en", "en"], ["fr", "fr"], ["de", "de"], ["es", "es"], ["it", "it"], ["pt-BR", "pt"], ["nl", "nl"], ["ja", "ja"], ["zh-Hans", "zh"], ["ko", "ko"]];

// Display names chosen among the package's names where its first is a long official form.
const DISPLAY = {
  en: { US: "United States", GB: "United Kingdom", RU: "Russia", IR: "Iran", KR: "South Korea", TZ: "Tanzania", PS: "Palestine", MK: "North Macedonia", CZ: "Czechia", CN: "China", CG: "Congo", CD: "Democratic Republic of the Congo", GM: "Gambia", NL: "Netherlands", TW: "Taiwan" },
  fr: { US: "États-Unis" },
  de: { RU: "Russland", TZ: "Tansania", CZ: "Tschechien", US: "Vereinigte Staaten" },
  it: { TW: "Taiwan" },
  // The package swaps the two Congos in Portuguese (7.14.0).
  // A list means: these names only (the package's are wrong).
  "pt-BR": { CG: ["República do Congo"], CD: ["República Democrática do Congo"] },
  nl: "second",
};

// Partner Center's own codes for two islands that ISO 3166-1 places under BQ (csp-markets.tsv):
// not in the package, named here.
const PARTNER_CENTER_CODES = {
  XE: { en: "Sint Eustatius", fr: "Saint-Eustache", de: "Sint Eustatius", es: "San Eustaquio", it: "Sint Eustatius", "pt-BR": "Santo Eustáquio", nl: "Sint Eustatius", ja: "シント・ユースタティウス島", "zh-Hans": "圣尤斯特歇斯", ko: "신트외스타티위스" },
  XS: { en: "Saba", fr: "Saba", de: "Saba", es: "Saba", it: "Saba", "pt-BR": "Saba", nl: "Saba", ja: "サバ島", "zh-Hans": "萨巴", ko: "사바" },
};

const rows = [["code", "locale", "name", "aliases"].join("\t")];
for (const [tag, file] of LOCALES) {
  const { countries } = JSON.parse(readFileSync(join(dir, `${file}.json`), "utf8"));
  for (const [code, byLocale] of Object.entries(PARTNER_CENTER_CODES)) countries[code] = byLocale[tag];
  for (const code of Object.keys(countries).sort()) {
    const names = [countries[code]].flat().map((n) => n.trim()).filter(Boolean);
    const rule = DISPLAY[tag];
    let name = names[0];
    if (rule === "second" && names.length > 1) name = names[1];
    else if (rule && typeof rule === "object" && rule[code]) name = [rule[code]].flat()[0];
    const only = rule && typeof rule === "object" && Array.isArray(rule[code]) ? rule[code] : null;
    const aliases = (only ?? names).filter((n) => n !== name);
    for (const n of [name, ...aliases]) {
      if (/[\t|\n]/.test(n)) throw new Error(`separator inside a name: ${code} ${tag} ${n}`);
    }
    rows.push([code, tag, name, aliases.join("|")].join("\t"));
  }
}
process.stdout.write(rows.join("\n") + "\n");
