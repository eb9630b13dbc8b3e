//! The enrolment form's type (SPEC §2): each struct declared once with [`input_struct!`](crate::input_struct),
//! which gives its reading from any input value, the members the JS walker reads, and (with serde and
//! Tsify) its output and TypeScript type; serde's `Deserialize` (for Rust callers) reads through
//! the same [`FromValue`](crate::read::FromValue). A new optional field is one line here plus its rule.

use crate::input::{Loose, StringList, Text};
use crate::locale::Locale;
use serde::Serialize;

fn no_object<T>(value: &Loose<T>) -> bool {
    !matches!(value, Loose::Value(_))
}

crate::input_struct! {
    /// The company (legal business profile).
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[serde(rename_all = "camelCase", default)]
    pub struct Company {
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
        pub legal_name: Text = "legalName",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub duns: Text = "duns",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub vat_id: Text = "vatId",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub registration_id: Text = "registrationId",
    }
}

crate::input_struct! {
    /// The company's legal address.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[serde(rename_all = "camelCase", default)]
    pub struct Address {
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
        pub line1: Text = "line1",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub line2: Text = "line2",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub line3: Text = "line3",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub city: Text = "city",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub state: Text = "state",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub postal_code: Text = "postalCode",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub country: Text = "country",
    }
}

crate::input_struct! {
    /// The primary contact: receives the verification e-mail.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[serde(rename_all = "camelCase", default)]
    pub struct PrimaryContact {
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
        pub first_name: Text = "firstName",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
        pub last_name: Text = "lastName",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
        pub email: Text = "email",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub phone: Text = "phone",
    }
}

crate::input_struct! {
    /// Customer-support details shown to customers.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[serde(rename_all = "camelCase", default)]
    pub struct Support {
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
        pub email: Text = "email",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
        pub phone: Text = "phone",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub website: Text = "website",
    }
}

crate::input_struct! {
    /// The PartnerID of type Location associated with the CSP account (may be postponed).
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[serde(rename_all = "camelCase", default)]
    pub struct PartnerIdRef {
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
        pub id: Text = "id",
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
        pub country: Text = "country",
    }
}

crate::input_struct! {
    /// The Microsoft Entra work account (tenant) used to sign in.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[serde(rename_all = "camelCase", default)]
    pub struct WorkAccount {
        /// e.g. `contoso.onmicrosoft.com`.
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
        pub domain: Text = "domain",
    }
}

crate::input_struct! {
    /// An indirect-reseller enrolment (SPEC §2). Unknown keys are ignored.
    #[derive(Debug, Clone, Default, PartialEq, Serialize)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[serde(rename_all = "camelCase", default)]
    pub struct EnrollmentForm {
        /// Legal country of the CSP account, ISO 3166-1 alpha-2; can't be changed later.
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
        pub country: Text = "country",
        #[serde(skip_serializing_if = "no_object")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "Company"))]
        pub company: Loose<Company> = "company",
        #[serde(skip_serializing_if = "no_object")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "Address"))]
        pub address: Loose<Address> = "address",
        #[serde(skip_serializing_if = "no_object")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "PrimaryContact"))]
        pub primary_contact: Loose<PrimaryContact> = "primaryContact",
        #[serde(skip_serializing_if = "no_object")]
        #[cfg_attr(target_arch = "wasm32", tsify(type = "Support"))]
        pub support: Loose<Support> = "support",
        #[serde(skip_serializing_if = "no_object")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "PartnerIdRef"))]
        pub partner_id: Loose<PartnerIdRef> = "partnerId",
        #[serde(skip_serializing_if = "no_object")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "WorkAccount"))]
        pub work_account: Loose<WorkAccount> = "workAccount",
        /// Preferred language, e.g. `"fr"`.
        #[serde(skip_serializing_if = "Text::holds_no_str")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub language: Text = "language",
    }
}

crate::input_struct! {
    /// Options of `validateEnrollment` / `validateEnrollmentField`.
    #[derive(Debug, Clone, Default, PartialEq)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase", default))]
    pub struct EnrollmentOptions {
        /// BCP-47 tag of the messages (`"fr-CA"` → French); English by default.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub locale: Text = "locale",
        /// `"submit"` (default) or `"draft"`: in draft mode a missing required field is not an issue.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "\"submit\" | \"draft\""))]
        pub mode: Text = "mode",
        /// More domains refused for the primary contact's e-mail, like the web-mail list (ENR-12).
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string[]"))]
        pub blocked_domains: StringList = "blockedDomains",
        /// Partner Center's rules for the form's country, exactly as `GET /v1/countryvalidationrules/{iso2}`
        /// returns them: they decide the required fields, the states, the postal-code and phone patterns,
        /// the tax-ID flags and the languages (REF-6; see `countryRules`).
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "CountryValidationRulesInput"))]
        pub country_rules: Loose<crate::country_rules::live::RulesInput> = "countryRules",
    }
}

crate::deserialize_via_value!(
    Company,
    Address,
    PrimaryContact,
    Support,
    PartnerIdRef,
    WorkAccount,
    EnrollmentForm,
    EnrollmentOptions
);

impl EnrollmentOptions {
    pub fn locale(&self) -> Locale {
        self.locale.as_str().map(Locale::negotiate).unwrap_or_default()
    }

    /// Draft mode: only `"draft"` (any case) selects it; anything else is submit.
    pub fn is_draft(&self) -> bool {
        self.mode.as_str().is_some_and(|m| m.trim().eq_ignore_ascii_case("draft"))
    }
}
