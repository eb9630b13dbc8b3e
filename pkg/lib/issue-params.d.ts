// The parameters of each issue code (what `Issue.params` holds, besides the localized `message`):
// checked against every issue recorded in tests/vectors/expected.json (tests/types/check.mjs) and
// complete over IssueCode (tests/types/good.ts). A CSV issue also has `line` (its 1-based line).
// Hand-maintained: a new code or parameter in src/ is added here.
export interface IssueParamsByCode {
  invalid_type: { expected: string; received: string; };
  required: {}; // no parameter
  too_long: { max: number; };
  too_short: {}; // no parameter
  input_too_large: { maxBytes: number; };
  invalid_state: { field: string; };
  invalid_event: { field: string; };
  transition_not_allowed: { event: string; from: string; };
  invalid_date: {}; // no parameter
  unknown_country: { country: string; };
  not_csp_market: { country: string; };
  region_mismatch: { country: string; countryName: string; otherCountry: string; otherCountryName: string; otherRegion: string; region: string; };
  partner_id_country_mismatch: { accountCountry: string; accountCountryName: string; partnerIdCountry: string; partnerIdCountryName: string; };
  partner_not_authorized: { option: string; tenantId: string; };
  country_mismatch: { addressCountry: string; country: string; };
  company_name_single_character: {}; // no parameter
  company_name_special_only: {}; // no parameter
  company_name_blank: {}; // no parameter
  company_name_abbreviation_only: { abbreviation: string; };
  company_name_domain: { tld: string; };
  company_name_repeated_character: {}; // no parameter
  company_name_spaced_characters: {}; // no parameter
  unknown_state: { countryName: string; example: string; state: string; };
  postal_code_format: { example: string; };
  postal_code_state_mismatch: { example: string; state: string; };
  non_latin_characters: {}; // no parameter
  email_format: { example: string; };
  email_webmail: { domain: string; webmailDomain: string; };
  email_role_account: { localPart: string; };
  email_tenant_only: { domain: string; };
  phone_format: { callingCode: string; countryName: string; };
  phone_required: { countryName: string; };
  url_format: { example: string; };
  duns_format: { example: string; };
  vat_id_format: { countryName: string; example: string; };
  vat_id_recommended: { countryName: string; };
  registration_id_required: { countryName: string; idName: string; };
  registration_id_format: { example: string; idName: string; };
  partner_id_format: { example?: string; };
  partner_id_missing: {}; // no parameter
  domain_format: { example: string; };
  global_admin_required: { role: string; };
  partner_id_not_associated: {}; // no parameter
  revenue_threshold_met: { revenueUsd: string; };
  consent_required: {}; // no parameter
  support_request_required: {}; // no parameter
  offer_not_eligible: { offerType: string; };
  partner_has_resold: { tenantId: string; };
  resold_partners_kept: { count: number; tenantIds: string; };
  marketing_url_required: {}; // no parameter
  tenant_id_format: { example: string; line?: number; value: string; };
  csv_header_missing: { line?: number; };
  csv_unterminated_quote: { line: number; };
  duplicate_partner: { line: number; tenantId: string; };
  invalid_characters: {}; // no parameter
  marketplace_unavailable: { country: string; countryName: string; };
  csp_channel_unavailable: { country: string; countryName: string; };
  free_or_byol_only: { country: string; countryName: string; };
  government_domain: { domain: string; namespace: string; };
  revenue_rule_not_in_effect: { date: string; effectiveDate: string; };
  country_data_not_loaded: { country: string; countryName: string; countries?: string; };
  state_own_market: { countryName: string; example: string; market: string; state: string; stateName: string; };
  language_not_supported: { countryName: string; language: string; languages: string; };
  invalid_rules: { expected: string; field: string; received?: string; };
  unsupported_rules_pattern: { construct: string; field: string; };
  unknown_field: { field: string; };
  csv_row_skipped: {}; // no parameter
  csv_encoding: {}; // no parameter
  csv_too_many_issues: {}; // no parameter
}
