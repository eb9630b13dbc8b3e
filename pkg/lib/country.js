// Country data on demand (docs/country-data.md): the public part of lib/_country.js.
export { loadCountry } from "./_country.js";
