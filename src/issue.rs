//! Issues and results (SPEC §0.2–0.3): every check reports problems as data, never by throwing.

use crate::locale::Locale;
use crate::messages;
use crate::string_enum::string_enum;
use serde::Serialize;

string_enum! {
    /// Whether an issue blocks (`error`) or only informs (`warning`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    pub enum Severity {
        Error = "error",
        Warning = "warning",
    }
}

string_enum! {
    /// The stable id of a problem. The JS value is the snake_case name (`"postal_code_format"`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    pub enum IssueCode {
        // Any value, anywhere (SPEC 0.6).
        InvalidType = "invalid_type",
        Required = "required",
        TooLong = "too_long",
        TooShort = "too_short",
        InputTooLarge = "input_too_large",
        InvalidCharacters = "invalid_characters",
        InvalidState = "invalid_state",
        InvalidEvent = "invalid_event",
        TransitionNotAllowed = "transition_not_allowed",
        InvalidDate = "invalid_date",
        // Markets and regions (REF, REG).
        UnknownCountry = "unknown_country",
        NotCspMarket = "not_csp_market",
        RegionMismatch = "region_mismatch",
        PartnerIdCountryMismatch = "partner_id_country_mismatch",
        PartnerNotAuthorized = "partner_not_authorized",
        MarketplaceUnavailable = "marketplace_unavailable",
        CspChannelUnavailable = "csp_channel_unavailable",
        FreeOrByolOnly = "free_or_byol_only",
        // Enrolment form (ENR).
        CountryMismatch = "country_mismatch",
        CompanyNameSingleCharacter = "company_name_single_character",
        CompanyNameSpecialOnly = "company_name_special_only",
        CompanyNameBlank = "company_name_blank",
        CompanyNameAbbreviationOnly = "company_name_abbreviation_only",
        CompanyNameDomain = "company_name_domain",
        CompanyNameRepeatedCharacter = "company_name_repeated_character",
        CompanyNameSpacedCharacters = "company_name_spaced_characters",
        UnknownState = "unknown_state",
        PostalCodeFormat = "postal_code_format",
        PostalCodeStateMismatch = "postal_code_state_mismatch",
        NonLatinCharacters = "non_latin_characters",
        EmailFormat = "email_format",
        EmailWebmail = "email_webmail",
        EmailRoleAccount = "email_role_account",
        EmailTenantOnly = "email_tenant_only",
        GovernmentDomain = "government_domain",
        PhoneFormat = "phone_format",
        PhoneRequired = "phone_required",
        UrlFormat = "url_format",
        DunsFormat = "duns_format",
        VatIdFormat = "vat_id_format",
        VatIdRecommended = "vat_id_recommended",
        RegistrationIdRequired = "registration_id_required",
        RegistrationIdFormat = "registration_id_format",
        PartnerIdFormat = "partner_id_format",
        PartnerIdMissing = "partner_id_missing",
        DomainFormat = "domain_format",
        /// `validateEnrollmentField` asked for a path that is not a field of the form.
        UnknownField = "unknown_field",
        StateOwnMarket = "state_own_market",
        /// The country's record (postal pattern, subdivisions) is not loaded, so the field could
        /// not be checked: `await loadCountry(country)` (the `/enrollment` package; docs/country-data.md).
        CountryDataNotLoaded = "country_data_not_loaded",
        LanguageNotSupported = "language_not_supported",
        // Country validation rules passed in (REF-6).
        InvalidRules = "invalid_rules",
        UnsupportedRulesPattern = "unsupported_rules_pattern",
        // Lifecycle and relationships (LIFE, REL).
        GlobalAdminRequired = "global_admin_required",
        PartnerIdNotAssociated = "partner_id_not_associated",
        RevenueThresholdMet = "revenue_threshold_met",
        RevenueRuleNotInEffect = "revenue_rule_not_in_effect",
        ConsentRequired = "consent_required",
        SupportRequestRequired = "support_request_required",
        // Reseller audience and partner CSV (AUD).
        OfferNotEligible = "offer_not_eligible",
        PartnerHasResold = "partner_has_resold",
        ResoldPartnersKept = "resold_partners_kept",
        MarketingUrlRequired = "marketing_url_required",
        TenantIdFormat = "tenant_id_format",
        CsvHeaderMissing = "csv_header_missing",
        CsvUnterminatedQuote = "csv_unterminated_quote",
        DuplicatePartner = "duplicate_partner",
        CsvRowSkipped = "csv_row_skipped",
        CsvEncoding = "csv_encoding",
        CsvTooManyIssues = "csv_too_many_issues",
    }
}

/// One step of an issue path: an object key or an array index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum PathSegment {
    Key(String),
    Index(u32),
}

impl From<&str> for PathSegment {
    fn from(key: &str) -> Self {
        PathSegment::Key(key.to_owned())
    }
}

impl From<u32> for PathSegment {
    fn from(index: u32) -> Self {
        PathSegment::Index(index)
    }
}

/// A value used in a message (`{example}` → `"75008"`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum ParamValue {
    Str(String),
    Int(i64),
}

impl From<&str> for ParamValue {
    fn from(s: &str) -> Self {
        ParamValue::Str(s.to_owned())
    }
}

impl From<String> for ParamValue {
    fn from(s: String) -> Self {
        ParamValue::Str(s)
    }
}

impl From<i64> for ParamValue {
    fn from(n: i64) -> Self {
        ParamValue::Int(n)
    }
}

impl From<usize> for ParamValue {
    fn from(n: usize) -> Self {
        ParamValue::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl std::fmt::Display for ParamValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParamValue::Str(s) => f.write_str(s),
            ParamValue::Int(n) => write!(f, "{n}"),
        }
    }
}

/// The values a message was built from, by name: a few pairs kept sorted by name (serialized as an
/// object in that order, as a `BTreeMap` would be, without its code in the .wasm: −2.3 KB gzip,
/// docs/performance.md, issue 14).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params(Vec<(String, ParamValue)>);

impl Params {
    pub const fn new() -> Self {
        Params(Vec::new())
    }

    /// Sets `name` (replacing its value if it has one); the previous value.
    pub fn insert(&mut self, name: String, value: ParamValue) -> Option<ParamValue> {
        match self.0.binary_search_by(|(k, _)| k.as_str().cmp(&name)) {
            Ok(i) => self.0.get_mut(i).map(|slot| std::mem::replace(&mut slot.1, value)),
            Err(i) => {
                self.0.insert(i, (name, value));
                None
            }
        }
    }

    pub fn get(&self, name: &str) -> Option<&ParamValue> {
        let i = self.0.binary_search_by(|(k, _)| k.as_str().cmp(name)).ok()?;
        self.0.get(i).map(|(_, v)| v)
    }

    pub fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// The pairs, sorted by name.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &ParamValue)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// `params["name"]`: a missing name reads as the empty text (never a panic).
impl std::ops::Index<&str> for Params {
    type Output = ParamValue;

    fn index(&self, name: &str) -> &ParamValue {
        static EMPTY: ParamValue = ParamValue::Str(String::new());
        self.get(name).unwrap_or(&EMPTY)
    }
}

impl Serialize for Params {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

/// A problem found in an input (SPEC 0.2).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Issue {
    pub code: IssueCode,
    /// Where: object keys and array indexes from the root of the checked value; empty for the whole value.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "(string | number)[]"))]
    pub path: Vec<PathSegment>,
    pub severity: Severity,
    /// Final text in the requested locale, parameters filled in.
    pub message: String,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Record<string, string | number>"))]
    pub params: Params,
}

impl Issue {
    /// Starts an error; finish it with [`IssueBuilder::build`].
    pub fn error(code: IssueCode) -> IssueBuilder {
        IssueBuilder { code, severity: Severity::Error, path: Vec::new(), params: Params::new() }
    }

    /// Starts a warning; finish it with [`IssueBuilder::build`].
    pub fn warning(code: IssueCode) -> IssueBuilder {
        IssueBuilder { code, severity: Severity::Warning, path: Vec::new(), params: Params::new() }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Collects an issue's path and parameters, then renders its message once, in one locale.
#[derive(Debug, Clone)]
#[must_use]
pub struct IssueBuilder {
    code: IssueCode,
    severity: Severity,
    path: Vec<PathSegment>,
    params: Params,
}

impl IssueBuilder {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Sets the path (`&["address", "postalCode"]`).
    pub fn at(mut self, path: &[&str]) -> Self {
        self.path = path.iter().map(|k| PathSegment::from(*k)).collect();
        self
    }

    /// Sets the path from segments (for paths with array indexes).
    pub fn at_path(mut self, path: Vec<PathSegment>) -> Self {
        self.path = path;
        self
    }

    pub fn param(mut self, name: &str, value: impl Into<ParamValue>) -> Self {
        self.params.insert(name.to_owned(), value.into());
        self
    }

    pub fn build(self, locale: Locale) -> Issue {
        let message = messages::render(self.code, locale, &self.params);
        Issue { code: self.code, path: self.path, severity: self.severity, message, params: self.params }
    }
}

/// `true` when no issue is an error (warnings never block).
pub fn no_errors(issues: &[Issue]) -> bool {
    !issues.iter().any(Issue::is_error)
}

/// The answer of a check that has no value to return (`{ ok, issues }`, REG).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct CheckResult {
    pub ok: bool,
    pub issues: Vec<Issue>,
}

impl CheckResult {
    pub fn from_issues(issues: Vec<Issue>) -> Self {
        CheckResult { ok: no_errors(&issues), issues }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 14: `Params` answers and serializes as the `BTreeMap` it replaces (keys sorted, a
    /// name set twice keeps its last value).
    #[test]
    fn params_behave_as_a_sorted_map() {
        let mut params = Params::new();
        let mut map = std::collections::BTreeMap::new();
        for (name, value) in [("zip", "1"), ("country", "FR"), ("max", "3"), ("country", "DE"), ("a", "")] {
            params.insert(name.to_owned(), ParamValue::from(value));
            map.insert(name.to_owned(), ParamValue::from(value));
        }
        params.insert("n".to_owned(), ParamValue::Int(-1234));
        map.insert("n".to_owned(), ParamValue::Int(-1234));
        assert_eq!(serde_json::to_string(&params).unwrap(), serde_json::to_string(&map).unwrap());
        assert_eq!(
            params.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
            ["a", "country", "max", "n", "zip"]
        );
        assert_eq!(params.get("country"), Some(&ParamValue::from("DE")));
        assert_eq!(params["n"].to_string(), "-1234");
        assert_eq!(params["missing"], ParamValue::from(""));
        assert!(params.contains_key("zip") && !params.contains_key("zi"));
        assert_eq!(params.len(), 5);
    }
}
