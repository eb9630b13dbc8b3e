//! `options.countryRules`: Partner Center's rules passed in at run time, exactly as its API returns
//! them (a back end fetches `GET /v1/countryvalidationrules/{iso2}` and hands the object to the page).
//!
//! Any value is accepted. Each field that reads as Partner Center's type replaces the built-in one;
//! a field that is missing or of another type keeps the built-in rule and gets a warning
//! `invalid_rules` at `["countryRules", field]`; a pattern the linear-time matcher can't run
//! (look-arounds, back-references, over 2 KB… see [`crate::pattern::dotnet`]) gets a warning
//! `unsupported_rules_pattern` and keeps the built-in check. Rules of another country
//! (`iso2Code` ≠ the form's country), or without a readable `iso2Code`, are not applied at all.
//! Warnings, not errors: the person filling in the form can't fix the rules, and the built-in rules
//! still judge the form. Patterns are compiled once per pattern text (a small cache).

use super::{builtin, CountryValidationRules, RulesSource};
use crate::input::Loose;
use crate::input::ValueKind;
use crate::issue::{Issue, IssueBuilder, IssueCode};
use crate::markets::MarketRecord;
use crate::pattern::dotnet;
use crate::read::{FromValue, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Longest list read (Partner Center's longest, the US states, has 51 entries).
const MAX_LIST: usize = 1000;

/// One field of the rules as it came: any JSON/JS value.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Field {
    #[default]
    Missing,
    Null,
    Bool(bool),
    Str(String),
    /// A string over [`dotnet::MAX_PATTERN`] bytes: only its length is kept.
    TooLong(usize),
    List(Vec<String>),
    /// An array with an element that is not a string, or over [`MAX_LIST`] elements.
    BadList,
    Other,
}

impl FromValue for Field {
    fn from_value(value: Value) -> Field {
        match value {
            Value::Missing => Field::Missing,
            Value::Null => Field::Null,
            Value::Bool(b) => Field::Bool(b),
            Value::Str(s) if s.len() > dotnet::MAX_PATTERN => Field::TooLong(s.len()),
            Value::Str(s) => Field::Str(s),
            Value::TooLarge(length) => Field::TooLong(length),
            Value::Array(items) if items.len() <= MAX_LIST => {
                let mut list = Vec::with_capacity(items.len());
                for item in items {
                    match item {
                        Value::Str(s) if s.len() <= 100 => list.push(s.trim().to_owned()),
                        _ => return Field::BadList,
                    }
                }
                Field::List(list)
            }
            Value::Array(_) | Value::Unread(ValueKind::Array) => Field::BadList,
            Value::Number(_) | Value::Object(_) | Value::Unread(_) => Field::Other,
        }
    }

    /// The elements of a list are read (as leaves); any other value is a leaf.
    fn shape(out: &mut String) {
        out.push_str("[]");
    }
}

crate::input_struct! {
    /// `options.countryRules` as it came: Partner Center's `CountryValidationRules` (other keys are
    /// ignored). Every field is read leniently (see [`Field`]).
    #[derive(Debug, Clone, PartialEq, Default)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase", default))]
    pub struct CountryValidationRulesInput {
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub iso2_code: Field = "iso2Code",
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub default_culture: Field = "defaultCulture",
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "boolean"))]
        pub is_state_required: Field = "isStateRequired",
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string[]"))]
        pub supported_states_list: Field = "supportedStatesList",
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string[]"))]
        pub supported_languages_list: Field = "supportedLanguagesList",
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string[]"))]
        pub supported_cultures_list: Field = "supportedCulturesList",
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "boolean"))]
        pub is_postal_code_required: Field = "isPostalCodeRequired",
        /// A .NET regular expression (run by the package's linear-time matcher).
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string | null"))]
        pub postal_code_regex: Field = "postalCodeRegex",
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "boolean"))]
        pub is_city_required: Field = "isCityRequired",
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "boolean"))]
        pub is_vat_id_supported: Field = "isVatIdSupported",
        /// A .NET regular expression (run by the package's linear-time matcher).
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string | null"))]
        pub phone_number_regex: Field = "phoneNumberRegex",
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "boolean"))]
        pub is_tax_id_supported: Field = "isTaxIdSupported",
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "boolean"))]
        pub is_tax_id_optional: Field = "isTaxIdOptional",
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string[]"))]
        pub country_calling_codes_list: Field = "countryCallingCodesList",
        /// Partner Center's `{ objectType: "CountryValidationRules" }` (ignored).
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "{ objectType?: string }"))]
        pub attributes: Field = "attributes",
    }
}

/// The name used inside the crate.
pub type RulesInput = CountryValidationRulesInput;

/// How a postal code or a phone is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PatternRule {
    /// The package's own check (libaddressinput, libphonenumber).
    BuiltIn,
    /// Partner Center has no pattern (`null` or `""`): any value of the field's characters.
    None,
    /// Partner Center's .NET pattern (it compiles: see [`dotnet::compile`]).
    Dotnet(String),
}

impl PatternRule {
    /// The compiled program of a Partner Center pattern.
    pub fn program(&self) -> Option<std::rc::Rc<Result<dotnet::Program, dotnet::Unsupported>>> {
        match self {
            PatternRule::Dotnet(p) => Some(dotnet::compile(p)),
            _ => None,
        }
    }
}

/// The rules a form is judged by: the public rules and how its patterns run.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Applied {
    pub rules: CountryValidationRules,
    pub postal: PatternRule,
    pub phone: PatternRule,
}

impl Applied {
    /// Whether the rules are Partner Center's (recorded or passed in).
    pub fn is_partner_centers(&self) -> bool {
        self.rules.source == RulesSource::PartnerCenter
    }
}

fn pattern_rule(rules: &CountryValidationRules, regex: &Option<String>) -> PatternRule {
    match (rules.source, regex) {
        (RulesSource::PartnerCenter, Some(p)) if !p.trim().is_empty() => PatternRule::Dotnet(p.clone()),
        (RulesSource::PartnerCenter, _) => PatternRule::None,
        (RulesSource::Derived, _) => PatternRule::BuiltIn,
    }
}

/// How many markets' built-in rules [`built_in`] keeps (a form is about one country at a time).
const CACHED: usize = 4;

std::thread_local! {
    static BUILT_IN: RefCell<Vec<(&'static str, Rc<Applied>)>> = const { RefCell::new(Vec::new()) };
}

/// The built-in rules of `market`, built once per market (most recent [`CACHED`] kept): building
/// them (state, language and culture lists, the E.164 pattern text) was most of a keystroke's
/// `validateEnrollmentField` (docs/performance.md).
fn built_in(market: &MarketRecord) -> Rc<Applied> {
    let cached = BUILT_IN.with(|c| {
        c.try_borrow().ok()?.iter().find(|(country, _)| *country == market.country).map(|(_, a)| a.clone())
    });
    if let Some(applied) = cached {
        return applied;
    }
    let rules = builtin(market);
    let postal = pattern_rule(&rules, &rules.postal_code_regex);
    let phone = pattern_rule(&rules, &rules.phone_number_regex);
    let applied = Rc::new(Applied { rules, postal, phone });
    // Not kept while the country's record is missing: they would outlive its loading.
    if crate::country_data::country_data_needed(market.country).is_some() {
        return applied;
    }
    BUILT_IN.with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            if c.len() >= CACHED {
                c.remove(0);
            }
            c.push((market.country, applied.clone()));
        }
    });
    applied
}

/// The built-in rules of `market`, overridden by `input` where it can be read; issues for the rest.
pub(crate) fn apply(
    market: &MarketRecord,
    input: &Loose<RulesInput>,
    issues: &mut Vec<IssueBuilder>,
) -> Rc<Applied> {
    let built_in = built_in(market);
    let input = match input {
        Loose::Missing => return built_in,
        Loose::Invalid(kind) => {
            issues.push(invalid(None, "object").param("received", kind.name()));
            return built_in;
        }
        Loose::Value(input) => input,
    };
    match &input.iso2_code {
        Field::Str(s) if s.trim().eq_ignore_ascii_case(market.country) => {}
        _ => {
            issues.push(invalid(Some("iso2Code"), market.country));
            return built_in;
        }
    }
    let base = &built_in.rules;
    let mut rules = base.clone();
    let (mut postal, mut phone) = (built_in.postal.clone(), built_in.phone.clone());
    let mut flag = |field: &Field, name: &'static str, slot: &mut bool| match field {
        Field::Bool(b) => *slot = *b,
        _ => issues.push(invalid(Some(name), "boolean")),
    };
    flag(&input.is_state_required, "isStateRequired", &mut rules.is_state_required);
    flag(&input.is_postal_code_required, "isPostalCodeRequired", &mut rules.is_postal_code_required);
    flag(&input.is_city_required, "isCityRequired", &mut rules.is_city_required);
    flag(&input.is_vat_id_supported, "isVatIdSupported", &mut rules.is_vat_id_supported);
    flag(&input.is_tax_id_supported, "isTaxIdSupported", &mut rules.is_tax_id_supported);
    flag(&input.is_tax_id_optional, "isTaxIdOptional", &mut rules.is_tax_id_optional);
    let mut list = |field: &Field, name: &'static str, slot: &mut Vec<String>| match field {
        Field::List(items) => *slot = items.iter().filter(|s| !s.is_empty()).cloned().collect(),
        _ => issues.push(invalid(Some(name), "string[]")),
    };
    list(&input.supported_states_list, "supportedStatesList", &mut rules.supported_states_list);
    list(&input.supported_languages_list, "supportedLanguagesList", &mut rules.supported_languages_list);
    list(&input.supported_cultures_list, "supportedCulturesList", &mut rules.supported_cultures_list);
    list(&input.country_calling_codes_list, "countryCallingCodesList", &mut rules.country_calling_codes_list);
    match &input.default_culture {
        Field::Str(s) if !s.trim().is_empty() => rules.default_culture = s.trim().to_owned(),
        _ => issues.push(invalid(Some("defaultCulture"), "string")),
    }
    for (field, name, slot, rule) in [
        (&input.postal_code_regex, "postalCodeRegex", &mut rules.postal_code_regex, &mut postal),
        (&input.phone_number_regex, "phoneNumberRegex", &mut rules.phone_number_regex, &mut phone),
    ] {
        let unsupported = |why: &dotnet::Unsupported| {
            Issue::warning(IssueCode::UnsupportedRulesPattern)
                .at(&["countryRules", name])
                .param("field", name)
                .param("construct", why.name())
        };
        match field {
            Field::Null => {
                *slot = None;
                *rule = PatternRule::None;
            }
            Field::Str(p) if p.trim().is_empty() => {
                *slot = None;
                *rule = PatternRule::None;
            }
            Field::Str(p) => match dotnet::compile(p).as_ref() {
                Ok(_) => {
                    *slot = Some(p.clone());
                    *rule = PatternRule::Dotnet(p.clone());
                }
                Err(why) => issues.push(unsupported(why)),
            },
            Field::TooLong(_) => issues.push(unsupported(&dotnet::Unsupported::TooLong)),
            _ => issues.push(invalid(Some(name), "string")),
        }
    }
    rules.is_vat_id_recommended = base.is_vat_id_recommended && rules.is_vat_id_supported;
    rules.source = RulesSource::PartnerCenter;
    Rc::new(Applied { rules, postal, phone })
}

fn invalid(field: Option<&'static str>, expected: &'static str) -> IssueBuilder {
    let issue = Issue::warning(IssueCode::InvalidRules)
        .param("field", field.unwrap_or("countryRules"))
        .param("expected", expected);
    match field {
        Some(f) => issue.at(&["countryRules", f]),
        None => issue.at(&["countryRules"]),
    }
}
