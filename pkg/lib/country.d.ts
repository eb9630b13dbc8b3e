// Types of lib/country.js (country data on demand, docs/country-data.md).

/**
 * Loads the data of a country (ISO code, any case): its postal-code pattern and subdivisions. In
 * `csp-partner-rules/enrollment` each country's data is a small module imported on demand, and until
 * it is loaded `addressFormat(country)` and `countryRules(country)` throw a clear Error and the form's
 * state and postal code get the error `country_data_not_loaded`. Call it when the country is chosen:
 * `await loadCountry(form.country)`. Resolves at once when nothing is missing (always in the root
 * package, where every country is built in). Initializes the module first if needed.
 */
export declare function loadCountry(country: string): Promise<void>;
