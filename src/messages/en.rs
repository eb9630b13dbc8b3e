//! English messages. Parameters in braces; see each rule for the parameters it sets.

use crate::issue::IssueCode::{self, *};

pub(super) fn message(code: IssueCode) -> &'static str {
    match code {
        InvalidType => "This value must be {expected}, not {received}.",
        Required => "This field is required.",
        TooLong => "Must be at most {max} characters long.",
        TooShort => "Must be at least {min} characters long.",
        InputTooLarge => "The input is too large (more than {maxBytes} bytes); it was not processed.",
        InvalidCharacters => "This field holds a character that can't be stored ({character}): control characters and text-direction overrides are not allowed.",
        InvalidState => other_jobs!("The stored state is not valid ({field}): start again from a valid state."),
        InvalidEvent => other_jobs!("This event is not recognized or its data is incomplete ({field})."),
        TransitionNotAllowed => other_jobs!("“{event}” is not possible from status “{from}”."),
        InvalidDate => other_jobs!("Enter a date as YYYY-MM-DD, e.g. 2026-11-20."),
        UnknownCountry => "“{country}” is not a known country code: enter a country's two-letter ISO code, such as FR or US.",
        NotCspMarket => "{countryName} ({country}) is not a CSP market: CSP offers can't be sold there.",
        RegionMismatch => "These countries are in different CSP regions ({countryName}: {region}; {otherCountryName}: {otherRegion}), and CSP business is only possible within one region.",
        PartnerIdCountryMismatch => "The PartnerID is located in another country ({partnerIdCountryName}) than the CSP account ({accountCountryName}): use a PartnerID of type Location in the account's country ({accountCountryName}); the same country is required, not only the same region.",
        PartnerNotAuthorized => other_jobs!("Partner {tenantId} is not among the CSP partners the publisher authorized to resell this offer."),
        MarketplaceUnavailable => other_jobs!("This country ({countryName}) is not one of the commercial marketplace's geographies: marketplace offers can't be sold to customers there."),
        CspChannelUnavailable => other_jobs!("The commercial marketplace doesn't support the CSP channel in this country ({countryName}): this offer can't be sold there through a CSP partner."),
        FreeOrByolOnly => other_jobs!("In this country ({countryName}), the commercial marketplace offers only free and bring-your-own-license (BYOL) plans: this sale needs a plan of kind “free” or “byol”."),
        CountryMismatch => "The address's country ({addressCountryName}) is not the account's legal country ({countryName}): they must be the same, and the legal country can't be changed later.",
        CompanyNameSingleCharacter => "A company name can't be a single character: enter the full legal name.",
        CompanyNameSpecialOnly => "A company name can't be only special characters: enter the legal name with its letters or digits.",
        CompanyNameBlank => "A company name can't be only spaces or tabs.",
        CompanyNameAbbreviationOnly => "“{abbreviation}” alone is a legal form, not a company name: enter the full name, e.g. Contoso {abbreviation}.",
        CompanyNameDomain => "The name ends in the domain extension {tld}: make sure it is your company's legal name, not its web address.",
        CompanyNameRepeatedCharacter => "The name is one character repeated: make sure your company name is correct; it is used to approve your account.",
        CompanyNameSpacedCharacters => "The name is single characters separated by spaces: make sure your company name is correct; it is used to approve your account.",
        UnknownState => "“{state}” is not a known state, province or region of this country ({countryName}): choose one from the list, e.g. {example}.",
        PostalCodeFormat => "The postal code must look like {example}.",
        PostalCodeStateMismatch => "This postal code is not in {state}, where postal codes look like {example}: check the state or the postal code.",
        NonLatinCharacters => "Use Western European (Latin) characters only, e.g. “Athens”, not “Ἀθηνᾶ”.",
        EmailFormat => "Enter a valid e-mail address, such as {example}: one @, a name before it, a domain such as contoso.com after it.",
        EmailWebmail => "Addresses at {domain} come from a web-mail service (such as Gmail, Yahoo! Mail, iCloud Mail, AOL Mail or Outlook.com), which is not accepted for the primary contact: use an address at your company's domain.",
        EmailRoleAccount => "“{localPart}@” is a shared mailbox: use the primary contact's own work address (not info, admin, email or marketing).",
        EmailTenantOnly => "Addresses at {domain} often have no mailbox: make sure this one receives e-mail, or the verification e-mail will be lost.",
        GovernmentDomain => "{domain} is a government domain ({namespace}): Partner Center doesn't support enrollment with a government domain. Use an address or tenant in the global (commercial) cloud.",
        PhoneFormat => "This is not a valid phone number in this country ({countryName}, +{callingCode}): enter it as dialled in the country or starting with +{callingCode}, in digits, optionally with spaces, - . / ( ).",
        PhoneRequired => "A phone number is required for the primary contact of an account in this country ({countryName}).",
        UrlFormat => "Enter a web address such as {example} (http or https).",
        DunsFormat => "A DUNS number has 9 digits (hyphens and spaces allowed), e.g. {example}.",
        VatIdFormat => "This VAT number doesn't match the format used in this country ({countryName}), e.g. {example} (with or without the country prefix).",
        VatIdRecommended => "Add your VAT number: in the EU ({countryName}), it must be registered before you can sell.",
        RegistrationIdRequired => "A company registration ID ({idName}) is required for partners in this country ({countryName}).",
        RegistrationIdFormat => "This {idName} is not valid: check its format and its check digits, e.g. {example}.",
        PartnerIdFormat => "A PartnerID is 6 to 10 digits only, e.g. {example}.",
        PartnerIdMissing => "No PartnerID yet: you can add it later, but you can't sign the Microsoft Partner Agreement or transact until it is associated.",
        DomainFormat => "Enter a domain such as {example} (letters and digits only before .onmicrosoft.com).",
        UnknownField => "“{field}” is not a field of the enrollment form, so nothing was checked: check the spelling of the path, e.g. address.postalCode.",
        InvalidRules => "The country rules passed in have no usable {field} (expected {expected}): the built-in rule applies instead.",
        UnsupportedRulesPattern => "The pattern {field} of the country rules can't be run safely here ({construct}): the built-in check applies instead.",
        StateOwnMarket => "{stateName} ({market}) is a CSP market of its own, not a state of this country ({countryName}): enrol with {stateName} as the account's country.",
        CountryDataNotLoaded => "This field can't be checked yet: the data of {countryName} is not loaded (call loadCountry(\"{country}\") first).",
        LanguageNotSupported => "“{language}” is not a language Partner Center offers in this country ({countryName}): choose one of {languages}.",
        GlobalAdminRequired => other_jobs!("Only a global administrator can do this."),
        PartnerIdNotAssociated => other_jobs!("Associate your PartnerID before signing the Microsoft Partner Agreement."),
        RevenueThresholdMet => other_jobs!("Trailing 12-month revenue is {revenueUsd} USD, at or above the 1,000 USD threshold: the account is not deauthorized."),
        RevenueRuleNotInEffect => other_jobs!("The 1,000 USD trailing-revenue requirement applies from {effectiveDate}: an account can't be deauthorized for low revenue on {date}."),
        ConsentRequired => other_jobs!("Check the box to authorize the indirect provider before accepting."),
        SupportRequestRequired => other_jobs!("A reseller can't end the partnership itself: open a Microsoft support request."),
        OfferNotEligible => other_jobs!("Offers of type {offerType} can't be sold through CSP partners: only transactable SaaS offers, virtual machines, solution templates, managed applications, Dynamics 365 Business Central offers and containers can."),
        PartnerHasResold => other_jobs!("Partner {tenantId} has already resold this offer to customers: its authorization can't be removed."),
        ResoldPartnersKept => other_jobs!("Partners who already resold the offer stay authorized ({count}): {tenantIds}."),
        MarketingUrlRequired => other_jobs!("Add an https URL to your CSP marketing materials: it is required once the offer is available to CSP partners."),
        TenantIdFormat => other_jobs!("Enter the Microsoft Entra tenant ID as a GUID such as {example}."),
        CsvHeaderMissing => other_jobs!("The first row must name a tenant ID column (tenantId, Tenant ID, Microsoft Entra tenant ID or ID)."),
        CsvUnterminatedQuote => other_jobs!("A quoted field that starts here is never closed: add the missing closing quote (\")."),
        DuplicatePartner => other_jobs!("Tenant {tenantId} is already listed: it is kept once."),
        CsvRowSkipped => other_jobs!("Rows of type {type} are not tenant IDs: the row is skipped (only TenantID rows are read)."),
        CsvEncoding => other_jobs!("The file is not UTF-8: it was read as Windows-1252 (Western European). If letters look wrong, save it as \"CSV UTF-8\" and import it again."),
        CsvTooManyIssues => other_jobs!("{count} more issues are not listed (only the first {max} are)."),
    }
}

pub(super) fn label(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "postal" => "Postal code",
        "zip" => "ZIP code",
        "pin" => "PIN code",
        "eircode" => "Eircode",
        "area" => "Area",
        "county" => "County",
        "department" => "Department",
        "district" => "District",
        "do_si" => "Province",
        "emirate" => "Emirate",
        "island" => "Island",
        "oblast" => "Oblast",
        "parish" => "Parish",
        "prefecture" => "Prefecture",
        "province" => "Province",
        "state" => "State",
        "city" => "City",
        "post_town" => "Post town",
        "suburb" => "Suburb",
        _ => return None,
    })
}

/// Texts of the prefilled support request (AUD-3): Partner Center's own wording where it has one.
pub(super) fn audience(key: super::AudienceText) -> &'static str {
    use super::AudienceText::*;
    match key {
        ProductVersion => "Live offer management",
        Problem => "Update existing offer",
        Title => "Deauthorize CSP",
        OptionAll => "Any partner in the CSP program",
        OptionSpecific => "Specific partners in the CSP program I select",
        OptionNone => "No partners in the CSP program",
        ChangeOption => "Please change the CSP reseller audience of this offer from “{from}” to “{to}”.",
        RemoveFromList => "Please deauthorize some CSP partners of this offer; the audience stays “{option}”.",
        RemovePartners => "Partners to deauthorize (Microsoft Entra tenant IDs): {tenantIds}.",
        NoneResold => "None of these partners has resold the offer.",
        NobodyResold => "No CSP partner has resold the offer.",
        KeepPartners => "Partners authorized after the change (Microsoft Entra tenant IDs): {tenantIds}.",
        KeptResold => "Already resold the offer, so they stay authorized: {tenantIds}.",
        CurrentPartners => "Partners authorized today (Microsoft Entra tenant IDs): {tenantIds}.",
        AddedPartners => "Partners added at the same time with “Sync CSP audience”: {tenantIds}.",
        IntlPhone => "international use",
        IntlCallingCode => "country code",
        IntlPhoneFormat => "Enter the phone number in international format, starting with + and the country code, e.g. +33 1 23 45 67 89: digits, optionally with spaces, - . / ( ).",
    }
}

/// "one of " before a list of values to type, and the last "or" of a list (`invalid_type`).
pub(super) const TYPE_JOINERS: (&str, &str) = ("one of ", " or ");

/// A JS type in words, as `invalid_type` says it.
pub(super) fn type_word(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "string" => "text",
        "number" => "a number",
        "boolean" => "true or false",
        "array" => "a list",
        "object" => "an object",
        "Uint8Array" => "a Uint8Array",
        "null" => "null",
        "undefined" => "nothing",
        _ => return None,
    })
}
