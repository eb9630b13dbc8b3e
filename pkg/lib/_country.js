// Country data on demand (docs/country-data.md); internal (lib/country.js exports loadCountry). A country's detail — its postal-code pattern and
// examples, its subdivisions with their postal prefixes and other names — is one record per country
// (src/country_data/). The root package has every record built into its module: loadCountry resolves
// at once. The `/enrollment` entry ships each record as its own small module, imported here on
// demand (tools/build-pkg.mjs replaces `records` below by the import of their map, countries/index.js),
// and hands it to the module. Adds no rule: the module says what it needs (countryDataNeeded) and checks what it gets.
import { countryDataNeeded as rawNeeded, addCountryData as rawAdd } from "../wasm/csp_partner_rules.js";
import init, { guard } from "./runtime.js";

const needed = guard("countryDataNeeded", rawNeeded);
const add = guard("addCountryData", rawAdd);
// () => import() of the map ISO code → importer of its record module; null where every record is built in.
const records = null;
// Texts already imported, to hand again to a new instance after a crash (lib/runtime.js).
const texts = new Map();
const pending = new Map();

/**
 * Loads the data of a country (ISO code, any case) so that `addressFormat`, `countryRules` and the
 * form's state and postal-code checks can answer for it; resolves at once when nothing is missing
 * (the root package, a country already loaded, a country without postal codes or subdivisions, a
 * code that names no country). Loads the module first if needed (`init()`). Safe to call often.
 */
export async function loadCountry(country) {
  await init();
  const code = needed(country);
  if (code === null) return;
  if (!pending.has(code)) {
    const load = (async () => {
      let text = texts.get(code);
      if (text === undefined) {
        const map = records ? (await records()).default : {};
        const importer = Object.hasOwn(map, code) ? map[code] : undefined;
        if (!importer) throw new Error(`csp-partner-rules: this package has no data for ${code}`);
        text = (await importer()).default;
      }
      if (!add(text)) throw new Error(`csp-partner-rules: the data of ${code} could not be read`);
      texts.set(code, text);
    })();
    pending.set(code, load);
    load.finally(() => pending.delete(code)).catch(() => {});
  }
  return pending.get(code);
}

function notLoaded(name, code) {
  return new Error(`csp-partner-rules: ${name}("${code}") needs the data of ${code}, not loaded yet: call \`await loadCountry("${code}")\` first (csp-partner-rules/enrollment loads each country on demand).`);
}

/** Internal (tools/build-pkg.mjs): a function of a country that throws a clear Error until that country's data is loaded. */
export function __needsCountry(name, f) {
  const wrapped = function (country, ...rest) {
    const code = needed(country);
    if (code !== null) throw notLoaded(name, code);
    return f.call(this, country, ...rest);
  };
  return Object.defineProperty(wrapped, "name", { value: name });
}

/** Internal (lib/schema.js): starts loading the countries an answer said were not loaded. */
export function __loadMissing(issues) {
  for (const issue of issues) {
    if (issue.code !== "country_data_not_loaded") continue;
    // A support phone in a shared calling code (+1) names every country of that code.
    for (const country of String(issue.params.countries ?? issue.params.country).split(" ")) loadCountry(country).catch(() => {});
  }
}
