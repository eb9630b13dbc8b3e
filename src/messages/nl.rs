//! Nederlandse meldingen, zoals een gebruiker van Partnercentrum ze leest (u-vorm).

use crate::issue::IssueCode::{self, *};

pub(super) fn message(code: IssueCode) -> &'static str {
    match code {
        InvalidType => "Verwacht: {expected}; ontvangen: {received}.",
        Required => "Dit veld is verplicht.",
        TooLong => "Maximaal {max} tekens.",
        TooShort => "Minimaal {min} tekens.",
        InputTooLarge => "De invoer is te groot (meer dan {maxBytes} bytes) en is niet verwerkt.",
        InvalidCharacters => "Dit veld bevat een teken dat niet kan worden opgeslagen ({character}): besturingstekens en tekens die de tekstrichting forceren zijn niet toegestaan.",
        InvalidState => other_jobs!("De opgeslagen status is ongeldig ({field}): begin opnieuw vanaf een geldige status."),
        InvalidEvent => other_jobs!("Deze gebeurtenis wordt niet herkend of de gegevens ervan zijn onvolledig ({field})."),
        TransitionNotAllowed => other_jobs!("‘{event}’ is niet mogelijk vanuit de status ‘{from}’."),
        InvalidDate => other_jobs!("Voer een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-11-20."),
        UnknownCountry => "‘{country}’ is geen bekende landcode: voer de ISO-code van twee letters van een land in, bijvoorbeeld NL of BE.",
        NotCspMarket => "{countryName} ({country}) is geen CSP-markt: CSP-aanbiedingen worden daar niet verkocht.",
        RegionMismatch => "Deze landen liggen in verschillende CSP-regio's ({countryName}: {region}; {otherCountryName}: {otherRegion}); CSP-activiteiten zijn alleen binnen één regio mogelijk.",
        PartnerIdCountryMismatch => "De PartnerID hoort bij een ander land ({partnerIdCountryName}) dan het CSP-account ({accountCountryName}): gebruik een PartnerID van het type Locatie in het land van het account ({accountCountryName}); hetzelfde land is vereist, niet alleen dezelfde regio.",
        PartnerNotAuthorized => other_jobs!("Partner {tenantId} hoort niet bij de CSP-partners die de uitgever heeft gemachtigd deze aanbieding door te verkopen."),
        MarketplaceUnavailable => other_jobs!("{countryName} is geen van de regio's van de commerciële marketplace: marketplace-aanbiedingen kunnen daar niet aan klanten worden verkocht."),
        CspChannelUnavailable => other_jobs!("De commerciële marketplace ondersteunt het CSP-kanaal niet in {countryName}: deze aanbieding kan daar niet via een CSP-partner worden verkocht."),
        FreeOrByolOnly => other_jobs!("In {countryName} biedt de commerciële marketplace alleen gratis plannen en plannen met eigen licentie (BYOL): deze verkoop vereist een plan van het type ‘free’ of ‘byol’."),
        CountryMismatch => "Het land van het adres ({addressCountryName}) is niet het juridische land van het account ({countryName}): deze moeten gelijk zijn, en het juridische land kan later niet worden gewijzigd.",
        CompanyNameSingleCharacter => "Een bedrijfsnaam kan niet uit één teken bestaan: voer de volledige juridische naam in.",
        CompanyNameSpecialOnly => "Een bedrijfsnaam kan niet alleen uit speciale tekens bestaan: voer de juridische naam met letters of cijfers in.",
        CompanyNameBlank => "Een bedrijfsnaam kan niet alleen uit spaties of tabs bestaan.",
        CompanyNameAbbreviationOnly => "‘{abbreviation}’ alleen is een rechtsvorm, geen bedrijfsnaam: voer de volledige naam in, bijvoorbeeld Contoso {abbreviation}.",
        CompanyNameDomain => "De naam eindigt op de domeinextensie {tld}: controleer of dit de juridische naam van uw bedrijf is en niet het webadres.",
        CompanyNameRepeatedCharacter => "De naam is één herhaald teken: controleer uw bedrijfsnaam; deze wordt gebruikt om uw account goed te keuren.",
        CompanyNameSpacedCharacters => "De naam bestaat uit losse tekens gescheiden door spaties: controleer uw bedrijfsnaam; deze wordt gebruikt om uw account goed te keuren.",
        UnknownState => "‘{state}’ is geen bekende staat, provincie of regio van dit land ({countryName}): kies er een uit de lijst, bijvoorbeeld {example}.",
        PostalCodeFormat => "De postcode moet eruitzien als {example}.",
        PostalCodeStateMismatch => "Deze postcode ligt niet in {state}, waar postcodes eruitzien als {example}: controleer de staat of de postcode.",
        NonLatinCharacters => "Gebruik alleen West-Europese (Latijnse) tekens, bijvoorbeeld ‘Athens’ en niet ‘Ἀθηνᾶ’.",
        EmailFormat => "Voer een geldig e-mailadres in, bijvoorbeeld {example}: één @, een naam ervoor en een domein zoals contoso.com erna.",
        EmailWebmail => "Adressen bij {domain} zijn van een webmaildienst (zoals Gmail, Yahoo! Mail, iCloud Mail, AOL Mail of Outlook.com), die niet wordt geaccepteerd voor de primaire contactpersoon: gebruik een adres op het domein van uw bedrijf.",
        EmailRoleAccount => "‘{localPart}@’ is een gedeelde mailbox: gebruik het eigen zakelijke adres van de primaire contactpersoon (niet info, admin, email of marketing).",
        EmailTenantOnly => "Adressen bij {domain} hebben vaak geen mailbox: controleer of dit adres e-mail ontvangt, anders gaat de verificatie-e-mail verloren.",
        GovernmentDomain => "{domain} is een overheidsdomein ({namespace}): Partner Center ondersteunt geen inschrijving met een overheidsdomein. Gebruik een adres of tenant in de wereldwijde (commerciële) cloud.",
        PhoneFormat => "Dit is geen geldig telefoonnummer in dit land ({countryName}, +{callingCode}): voer het in zoals het in het land wordt gekozen of beginnend met +{callingCode}, in cijfers, eventueel met spaties, - . / ( ).",
        PhoneRequired => "Voor de primaire contactpersoon van een account in dit land ({countryName}) is een telefoonnummer verplicht.",
        UrlFormat => "Voer een webadres in zoals {example} (http of https).",
        DunsFormat => "Een DUNS-nummer heeft 9 cijfers (streepjes en spaties toegestaan), bijvoorbeeld {example}.",
        VatIdFormat => "Dit btw-nummer komt niet overeen met de notatie van dit land ({countryName}), bijvoorbeeld {example} (met of zonder landprefix).",
        VatIdRecommended => "Voeg uw btw-nummer toe: in de EU ({countryName}) moet het geregistreerd zijn voordat u kunt verkopen.",
        RegistrationIdRequired => "Voor partners in dit land ({countryName}) is een registratienummer van het bedrijf ({idName}) verplicht.",
        RegistrationIdFormat => "Dit {idName} is ongeldig: controleer de notatie en de controlecijfers, bijvoorbeeld {example}.",
        PartnerIdFormat => "Een PartnerID bestaat uit alleen cijfers, 6 tot 10, bijvoorbeeld {example}.",
        PartnerIdMissing => "Nog geen PartnerID: u kunt deze later toevoegen, maar zolang deze niet is gekoppeld, kunt u de Microsoft Partner Agreement niet ondertekenen en geen transacties uitvoeren.",
        DomainFormat => "Voer een domein in zoals {example} (alleen letters en cijfers vóór .onmicrosoft.com).",
        UnknownField => "‘{field}’ is geen veld van het inschrijvingsformulier, dus er is niets gecontroleerd: controleer de spelling van het pad, bijvoorbeeld address.postalCode.",
        InvalidRules => "De doorgegeven landregels hebben geen bruikbaar {field} (verwacht: {expected}): de ingebouwde regel geldt.",
        UnsupportedRulesPattern => "Het patroon {field} van de landregels kan hier niet veilig worden uitgevoerd ({construct}): de ingebouwde controle geldt.",
        StateOwnMarket => "{stateName} is een eigen CSP-markt, geen staat van {countryName}: registreer u met {stateName} ({market}) als land van het account.",
        CountryDataNotLoaded => "Dit veld kan nog niet worden gecontroleerd: de gegevens van {countryName} zijn niet geladen (roep eerst loadCountry(\"{country}\") aan).",
        LanguageNotSupported => "‘{language}’ is geen taal die Partner Center aanbiedt in {countryName}: kies uit {languages}.",
        GlobalAdminRequired => other_jobs!("Alleen een globale beheerder kan dit doen."),
        PartnerIdNotAssociated => other_jobs!("Koppel uw PartnerID voordat u de Microsoft Partner Agreement ondertekent."),
        RevenueThresholdMet => other_jobs!("De omzet van de afgelopen 12 maanden is {revenueUsd} USD, gelijk aan of boven de drempel van 1.000 USD: het account wordt niet gedeautoriseerd."),
        RevenueRuleNotInEffect => other_jobs!("De omzeteis van 1.000 USD (afgelopen 12 maanden) geldt vanaf {effectiveDate}: een account kan op {date} niet wegens te lage omzet worden gedeautoriseerd."),
        ConsentRequired => other_jobs!("Schakel het selectievakje in om de indirecte provider te autoriseren voordat u accepteert."),
        SupportRequestRequired => other_jobs!("Een reseller kan het partnerschap niet zelf beëindigen: dien een ondersteuningsaanvraag bij Microsoft in."),
        OfferNotEligible => other_jobs!("Aanbiedingen van het type {offerType} kunnen niet via CSP-partners worden verkocht: dat kan alleen met transactionele SaaS-aanbiedingen, virtuele machines, oplossingssjablonen, beheerde toepassingen, Dynamics 365 Business Central-aanbiedingen en containers."),
        PartnerHasResold => other_jobs!("Partner {tenantId} heeft deze aanbieding al aan klanten doorverkocht: de autorisatie kan niet worden verwijderd."),
        ResoldPartnersKept => other_jobs!("Partners die de aanbieding al hebben doorverkocht, blijven gemachtigd ({count}): {tenantIds}."),
        MarketingUrlRequired => other_jobs!("Voeg een https-URL naar uw CSP-marketingmateriaal toe: deze is verplicht zodra de aanbieding beschikbaar is voor CSP-partners."),
        TenantIdFormat => other_jobs!("Voer de Microsoft Entra-tenant-id in als een GUID, bijvoorbeeld {example}."),
        CsvHeaderMissing => other_jobs!("De eerste rij moet een kolom met tenant-id's noemen (tenantId, Tenant ID, Microsoft Entra tenant ID of ID)."),
        CsvUnterminatedQuote => other_jobs!("Een veld tussen aanhalingstekens dat hier begint, wordt nooit gesloten: voeg het ontbrekende sluitende aanhalingsteken toe (\")."),
        DuplicatePartner => other_jobs!("Tenant {tenantId} staat al in de lijst: deze wordt maar één keer bewaard."),
        CsvRowSkipped => other_jobs!("Rijen van het type {type} bevatten geen tenant-id's: de rij wordt overgeslagen (alleen TenantID-rijen worden gelezen)."),
        CsvEncoding => other_jobs!("Het bestand is geen UTF-8: het is gelezen als Windows-1252 (West-Europees). Als letters er verkeerd uitzien, sla het dan op als 'CSV UTF-8' en importeer het opnieuw."),
        CsvTooManyIssues => other_jobs!("Nog {count} problemen worden niet getoond (alleen de eerste {max})."),
    }
}

pub(super) fn label(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "postal" => "Postcode",
        "zip" => "ZIP-code",
        "pin" => "PIN-code",
        "eircode" => "Eircode",
        "area" => "Gebied",
        "county" => "County",
        "department" => "Departement",
        "district" => "District",
        "do_si" => "Provincie",
        "emirate" => "Emiraat",
        "island" => "Eiland",
        "oblast" => "Oblast",
        "parish" => "Parochie",
        "prefecture" => "Prefectuur",
        "province" => "Provincie",
        "state" => "Staat",
        "city" => "Plaats",
        "post_town" => "Postplaats",
        "suburb" => "Wijk",
        _ => return None,
    })
}

/// Texts of the prefilled support request (AUD-3) and of the CSP contact's phone issue (AUD-4).
pub(super) fn audience(key: super::AudienceText) -> &'static str {
    use super::AudienceText::*;
    match key {
        ProductVersion => "Beheer van live aanbiedingen",
        Problem => "Bestaande aanbieding bijwerken",
        Title => "CSP-autorisatie intrekken",
        OptionAll => "Alle partners in het CSP-programma",
        OptionSpecific => "Specifieke partners in het CSP-programma die ik selecteer",
        OptionNone => "Geen partners in het CSP-programma",
        ChangeOption => "Wijzig de CSP-resellerdoelgroep van deze aanbieding van ‘{from}’ in ‘{to}’.",
        RemoveFromList => "Trek de autorisatie van enkele CSP-partners voor deze aanbieding in; de doelgroep blijft ‘{option}’.",
        RemovePartners => "Partners van wie de autorisatie moet worden ingetrokken (Microsoft Entra-tenant-id's): {tenantIds}.",
        NoneResold => "Geen van deze partners heeft de aanbieding doorverkocht.",
        NobodyResold => "Geen enkele CSP-partner heeft de aanbieding doorverkocht.",
        KeepPartners => "Partners die na de wijziging gemachtigd zijn (Microsoft Entra-tenant-id's): {tenantIds}.",
        KeptResold => "Ze hebben de aanbieding al doorverkocht en blijven dus gemachtigd: {tenantIds}.",
        CurrentPartners => "Partners die vandaag gemachtigd zijn (Microsoft Entra-tenant-id's): {tenantIds}.",
        AddedPartners => "Partners die tegelijk zijn toegevoegd met ‘CSP-doelgroep synchroniseren’: {tenantIds}.",
        IntlPhone => "internationaal gebruik",
        IntlCallingCode => "landcode",
        IntlPhoneFormat => "Voer het telefoonnummer in internationale notatie in, beginnend met + en de landcode, bijvoorbeeld +31 20 123 4567: cijfers, eventueel met spaties, - . / ( ).",
    }
}

/// "one of " before a list of values to type, and the last "or" of a list (`invalid_type`).
pub(super) const TYPE_JOINERS: (&str, &str) = ("een van de waarden ", " of ");

/// A JS type in words, as `invalid_type` says it.
pub(super) fn type_word(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "string" => "tekst",
        "number" => "getal",
        "boolean" => "true of false",
        "array" => "lijst",
        "object" => "object",
        "Uint8Array" => "Uint8Array",
        "null" => "null",
        "undefined" => "niets",
        _ => return None,
    })
}
