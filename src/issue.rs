//! Issues and results (SPEC §0.2–0.3): every check reports problems as data, never by throwing.

use crate::locale::Locale;
use crate::messages;
use serde::Serialize;
use std::collections::BTreeMap;

/// Whether an issue blocks (`error`) or only informs (`warning`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    Error,
    Warning,
}

/// The stable id of a problem. The JS value is the snake_case name (`"postal_code_format"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum IssueCode {
    // Any value, anywhere (SPEC 0.6).
    InvalidType,
    Required,
    TooLong,
    TooShort,
    InputTooLarge,
    InvalidCharacters,
    InvalidState,
    InvalidEvent,
    TransitionNotAllowed,
    InvalidDate,
    // Markets and regions (REF, REG).
    UnknownCountry,
    NotCspMarket,
    RegionMismatch,
    PartnerIdCountryMismatch,
    PartnerNotAuthorized,
    MarketplaceUnavailable,
    CspChannelUnavailable,
    FreeOrByolOnly,
    // Enrolment form (ENR).
    CountryMismatch,
    CompanyNameSingleCharacter,
    CompanyNameSpecialOnly,
    CompanyNameBlank,
    CompanyNameAbbreviationOnly,
    CompanyNameDomain,
    CompanyNameRepeatedCharacter,
    CompanyNameSpacedCharacters,
    UnknownState,
    PostalCodeFormat,
    PostalCodeStateMismatch,
    NonLatinCharacters,
    EmailFormat,
    EmailWebmail,
    EmailRoleAccount,
    EmailTenantOnly,
    GovernmentDomain,
    PhoneFormat,
    PhoneRequired,
    UrlFormat,
    DunsFormat,
    VatIdFormat,
    VatIdRecommended,
    RegistrationIdRequired,
    RegistrationIdFormat,
    PartnerIdFormat,
    PartnerIdMissing,
    DomainFormat,
    /// `validateEnrollmentField` asked for a path that is not a field of the form.
    UnknownField,
    StateOwnMarket,
    LanguageNotSupported,
    // Country validation rules passed in (REF-6).
    InvalidRules,
    UnsupportedRulesPattern,
    // Lifecycle and relationships (LIFE, REL).
    GlobalAdminRequired,
    PartnerIdNotAssociated,
    RevenueThresholdMet,
    RevenueRuleNotInEffect,
    ConsentRequired,
    SupportRequestRequired,
    // Reseller audience and partner CSV (AUD).
    OfferNotEligible,
    PartnerHasResold,
    ResoldPartnersKept,
    MarketingUrlRequired,
    TenantIdFormat,
    CsvHeaderMissing,
    CsvUnterminatedQuote,
    DuplicatePartner,
    CsvRowSkipped,
    CsvEncoding,
    CsvTooManyIssues,
}

impl IssueCode {
    /// Every code, in declaration order (message snapshots, the README table). The exhaustive
    /// `match` below stops the build when a code is added here but not listed.
    pub const ALL: &'static [IssueCode] = &[
        IssueCode::InvalidType,
        IssueCode::Required,
        IssueCode::TooLong,
        IssueCode::TooShort,
        IssueCode::InputTooLarge,
        IssueCode::InvalidCharacters,
        IssueCode::InvalidState,
        IssueCode::InvalidEvent,
        IssueCode::TransitionNotAllowed,
        IssueCode::InvalidDate,
        IssueCode::UnknownCountry,
        IssueCode::NotCspMarket,
        IssueCode::RegionMismatch,
        IssueCode::PartnerIdCountryMismatch,
        IssueCode::PartnerNotAuthorized,
        IssueCode::MarketplaceUnavailable,
        IssueCode::CspChannelUnavailable,
        IssueCode::FreeOrByolOnly,
        IssueCode::CountryMismatch,
        IssueCode::CompanyNameSingleCharacter,
        IssueCode::CompanyNameSpecialOnly,
        IssueCode::CompanyNameBlank,
        IssueCode::CompanyNameAbbreviationOnly,
        IssueCode::CompanyNameDomain,
        IssueCode::CompanyNameRepeatedCharacter,
        IssueCode::CompanyNameSpacedCharacters,
        IssueCode::UnknownState,
        IssueCode::PostalCodeFormat,
        IssueCode::PostalCodeStateMismatch,
        IssueCode::NonLatinCharacters,
        IssueCode::EmailFormat,
        IssueCode::EmailWebmail,
        IssueCode::EmailRoleAccount,
        IssueCode::EmailTenantOnly,
        IssueCode::GovernmentDomain,
        IssueCode::PhoneFormat,
        IssueCode::PhoneRequired,
        IssueCode::UrlFormat,
        IssueCode::DunsFormat,
        IssueCode::VatIdFormat,
        IssueCode::VatIdRecommended,
        IssueCode::RegistrationIdRequired,
        IssueCode::RegistrationIdFormat,
        IssueCode::PartnerIdFormat,
        IssueCode::PartnerIdMissing,
        IssueCode::DomainFormat,
        IssueCode::UnknownField,
        IssueCode::StateOwnMarket,
        IssueCode::LanguageNotSupported,
        IssueCode::InvalidRules,
        IssueCode::UnsupportedRulesPattern,
        IssueCode::GlobalAdminRequired,
        IssueCode::PartnerIdNotAssociated,
        IssueCode::RevenueThresholdMet,
        IssueCode::RevenueRuleNotInEffect,
        IssueCode::ConsentRequired,
        IssueCode::SupportRequestRequired,
        IssueCode::OfferNotEligible,
        IssueCode::PartnerHasResold,
        IssueCode::ResoldPartnersKept,
        IssueCode::MarketingUrlRequired,
        IssueCode::TenantIdFormat,
        IssueCode::CsvHeaderMissing,
        IssueCode::CsvUnterminatedQuote,
        IssueCode::DuplicatePartner,
        IssueCode::CsvRowSkipped,
        IssueCode::CsvEncoding,
        IssueCode::CsvTooManyIssues,
    ];

    #[allow(
        dead_code,
        reason = "never called: its exhaustive match stops the build when a code is not in ALL"
    )]
    const fn listed(self) {
        match self {
            IssueCode::InvalidType
            | IssueCode::Required
            | IssueCode::TooLong
            | IssueCode::TooShort
            | IssueCode::InputTooLarge
            | IssueCode::InvalidCharacters
            | IssueCode::InvalidState
            | IssueCode::InvalidEvent
            | IssueCode::TransitionNotAllowed
            | IssueCode::InvalidDate
            | IssueCode::UnknownCountry
            | IssueCode::NotCspMarket
            | IssueCode::RegionMismatch
            | IssueCode::PartnerIdCountryMismatch
            | IssueCode::PartnerNotAuthorized
            | IssueCode::MarketplaceUnavailable
            | IssueCode::CspChannelUnavailable
            | IssueCode::FreeOrByolOnly
            | IssueCode::CountryMismatch
            | IssueCode::CompanyNameSingleCharacter
            | IssueCode::CompanyNameSpecialOnly
            | IssueCode::CompanyNameBlank
            | IssueCode::CompanyNameAbbreviationOnly
            | IssueCode::CompanyNameDomain
            | IssueCode::CompanyNameRepeatedCharacter
            | IssueCode::CompanyNameSpacedCharacters
            | IssueCode::UnknownState
            | IssueCode::PostalCodeFormat
            | IssueCode::PostalCodeStateMismatch
            | IssueCode::NonLatinCharacters
            | IssueCode::EmailFormat
            | IssueCode::EmailWebmail
            | IssueCode::EmailRoleAccount
            | IssueCode::EmailTenantOnly
            | IssueCode::GovernmentDomain
            | IssueCode::PhoneFormat
            | IssueCode::PhoneRequired
            | IssueCode::UrlFormat
            | IssueCode::DunsFormat
            | IssueCode::VatIdFormat
            | IssueCode::VatIdRecommended
            | IssueCode::RegistrationIdRequired
            | IssueCode::RegistrationIdFormat
            | IssueCode::PartnerIdFormat
            | IssueCode::PartnerIdMissing
            | IssueCode::DomainFormat
            | IssueCode::UnknownField
            | IssueCode::StateOwnMarket
            | IssueCode::LanguageNotSupported
            | IssueCode::InvalidRules
            | IssueCode::UnsupportedRulesPattern
            | IssueCode::GlobalAdminRequired
            | IssueCode::PartnerIdNotAssociated
            | IssueCode::RevenueThresholdMet
            | IssueCode::RevenueRuleNotInEffect
            | IssueCode::ConsentRequired
            | IssueCode::SupportRequestRequired
            | IssueCode::OfferNotEligible
            | IssueCode::PartnerHasResold
            | IssueCode::ResoldPartnersKept
            | IssueCode::MarketingUrlRequired
            | IssueCode::TenantIdFormat
            | IssueCode::CsvHeaderMissing
            | IssueCode::CsvUnterminatedQuote
            | IssueCode::DuplicatePartner
            | IssueCode::CsvRowSkipped
            | IssueCode::CsvEncoding
            | IssueCode::CsvTooManyIssues => {}
        }
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

/// The values a message was built from, by name.
pub type Params = BTreeMap<String, ParamValue>;

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
