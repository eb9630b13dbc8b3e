//! Deutsche Meldungen, wie Nutzer des Partner Centers sie lesen (Sie-Form). Parameter in geschweiften Klammern.

use crate::issue::IssueCode::{self, *};

pub(super) fn message(code: IssueCode) -> &'static str {
    match code {
        InvalidType => "Erwartet: {expected}; erhalten: {received}.",
        Required => "Dieses Feld ist erforderlich.",
        TooLong => "Höchstens {max} Zeichen.",
        TooShort => "Mindestens {min} Zeichen.",
        InputTooLarge => "Die Eingabe ist zu groß (mehr als {maxBytes} Byte) und wurde nicht verarbeitet.",
        InvalidCharacters => "Dieses Feld enthält ein Zeichen, das nicht gespeichert werden kann ({character}): Steuerzeichen und Überschreibungen der Textrichtung sind nicht zulässig.",
        InvalidState => other_jobs!("Der gespeicherte Zustand ist ungültig ({field}): Beginnen Sie mit einem gültigen Zustand neu."),
        InvalidEvent => other_jobs!("Dieses Ereignis ist unbekannt oder seine Daten sind unvollständig ({field})."),
        TransitionNotAllowed => other_jobs!("„{event}“ ist im Status „{from}“ nicht möglich."),
        InvalidDate => other_jobs!("Geben Sie ein Datum im Format JJJJ-MM-TT ein, z. B. 2026-11-20."),
        UnknownCountry => "„{country}“ ist kein bekannter Ländercode: Geben Sie den zweistelligen ISO-Code eines Landes ein, z. B. DE oder AT.",
        NotCspMarket => "{countryName} ({country}) ist kein CSP-Markt: CSP-Angebote werden dort nicht verkauft.",
        RegionMismatch => "Diese Länder liegen in verschiedenen CSP-Regionen ({countryName}: {region}; {otherCountryName}: {otherRegion}); CSP-Geschäfte sind nur innerhalb einer Region möglich.",
        PartnerIdCountryMismatch => "Die PartnerID gehört zu einem anderen Land ({partnerIdCountryName}) als das CSP-Konto ({accountCountryName}): Verwenden Sie eine PartnerID vom Typ „Standort“ im Land des Kontos ({accountCountryName}) – dasselbe Land, nicht nur dieselbe Region.",
        PartnerNotAuthorized => other_jobs!("Der Partner {tenantId} gehört nicht zu den CSP-Partnern, die der Herausgeber zum Weiterverkauf dieses Angebots autorisiert hat."),
        MarketplaceUnavailable => other_jobs!("{countryName} gehört nicht zu den Regionen des kommerziellen Marketplace: Marketplace-Angebote können dort nicht an Kunden verkauft werden."),
        CspChannelUnavailable => other_jobs!("Der kommerzielle Marketplace unterstützt den CSP-Kanal in {countryName} nicht: Dieses Angebot kann dort nicht über einen CSP-Partner verkauft werden."),
        FreeOrByolOnly => other_jobs!("In {countryName} bietet der kommerzielle Marketplace nur kostenlose Pläne und Pläne mit eigener Lizenz (BYOL) an: Dieser Verkauf erfordert einen Plan der Art „free“ oder „byol“."),
        CountryMismatch => "Das Land der Adresse ({addressCountryName}) ist nicht das rechtliche Land des Kontos ({countryName}): Beide müssen übereinstimmen, und das rechtliche Land kann später nicht geändert werden.",
        CompanyNameSingleCharacter => "Ein Firmenname kann nicht aus nur einem Zeichen bestehen: Geben Sie den vollständigen rechtlichen Namen ein.",
        CompanyNameSpecialOnly => "Ein Firmenname kann nicht nur aus Sonderzeichen bestehen: Geben Sie den rechtlichen Namen mit seinen Buchstaben oder Ziffern ein.",
        CompanyNameBlank => "Ein Firmenname kann nicht nur aus Leerzeichen oder Tabulatoren bestehen.",
        CompanyNameAbbreviationOnly => "„{abbreviation}“ allein ist eine Rechtsform, kein Firmenname: Geben Sie den vollständigen Namen ein, z. B. Contoso {abbreviation}.",
        CompanyNameDomain => "Der Name endet auf die Domainendung {tld}: Prüfen Sie, ob es sich um den rechtlichen Namen Ihres Unternehmens handelt und nicht um seine Webadresse.",
        CompanyNameRepeatedCharacter => "Der Name besteht aus einem wiederholten Zeichen: Prüfen Sie Ihren Firmennamen; er wird für die Genehmigung Ihres Kontos verwendet.",
        CompanyNameSpacedCharacters => "Der Name besteht aus einzelnen, durch Leerzeichen getrennten Zeichen: Prüfen Sie Ihren Firmennamen; er wird für die Genehmigung Ihres Kontos verwendet.",
        UnknownState => "„{state}“ ist kein bekanntes Bundesland, keine bekannte Provinz oder Region dieses Landes ({countryName}): Wählen Sie einen Eintrag aus der Liste, z. B. {example}.",
        PostalCodeFormat => "Die Postleitzahl muss wie {example} aussehen.",
        PostalCodeStateMismatch => "Diese Postleitzahl liegt nicht in {state}, wo Postleitzahlen wie {example} aussehen: Prüfen Sie das Bundesland oder die Postleitzahl.",
        NonLatinCharacters => "Verwenden Sie nur westeuropäische (lateinische) Zeichen, z. B. „Athens“ statt „Ἀθηνᾶ“.",
        EmailFormat => "Geben Sie eine gültige E-Mail-Adresse ein, z. B. {example}: ein @, davor ein Name, danach eine Domain wie contoso.com.",
        EmailWebmail => "Adressen bei {domain} stammen von einem Webmail-Dienst (etwa Gmail, Yahoo! Mail, iCloud Mail, AOL Mail oder Outlook.com), der für den primären Kontakt nicht akzeptiert wird: Verwenden Sie eine Adresse der Domain Ihres Unternehmens.",
        EmailRoleAccount => "„{localPart}@“ ist ein Sammelpostfach: Verwenden Sie die persönliche geschäftliche Adresse des primären Kontakts (nicht info, admin, email oder marketing).",
        EmailTenantOnly => "Adressen bei {domain} haben oft kein Postfach: Stellen Sie sicher, dass diese Adresse E-Mails empfängt, sonst geht die Bestätigungs-E-Mail verloren.",
        GovernmentDomain => "{domain} ist eine Behördendomain ({namespace}): Partner Center unterstützt keine Registrierung mit einer Behördendomain. Verwenden Sie eine Adresse oder einen Mandanten in der globalen (kommerziellen) Cloud.",
        PhoneFormat => "Dies ist keine gültige Telefonnummer für dieses Land ({countryName}, +{callingCode}): Geben Sie sie so ein, wie sie im Land gewählt wird, oder beginnend mit +{callingCode}, in Ziffern, optional mit Leerzeichen, - . / ( ).",
        PhoneRequired => "Für den primären Kontakt eines Kontos in diesem Land ({countryName}) ist eine Telefonnummer erforderlich.",
        UrlFormat => "Geben Sie eine Webadresse wie {example} ein (http oder https).",
        DunsFormat => "Eine DUNS-Nummer hat 9 Ziffern (Bindestriche und Leerzeichen erlaubt), z. B. {example}.",
        VatIdFormat => "Diese USt-IdNr. entspricht nicht dem Format dieses Landes ({countryName}), z. B. {example} (mit oder ohne Länderpräfix).",
        VatIdRecommended => "Fügen Sie Ihre USt-IdNr. hinzu: In der EU ({countryName}) muss sie registriert sein, bevor Sie verkaufen können.",
        RegistrationIdRequired => "Für Partner in diesem Land ({countryName}) ist eine Registrierungsnummer des Unternehmens ({idName}) erforderlich.",
        RegistrationIdFormat => "Diese {idName} ist ungültig: Prüfen Sie Format und Prüfziffern, z. B. {example}.",
        PartnerIdFormat => "Eine PartnerID besteht nur aus 6 bis 10 Ziffern, z. B. {example}.",
        PartnerIdMissing => "Noch keine PartnerID: Sie können sie später hinzufügen, aber erst nach der Zuordnung den Microsoft-Partnervertrag unterzeichnen und Transaktionen durchführen.",
        DomainFormat => "Geben Sie eine Domain wie {example} ein (vor .onmicrosoft.com nur Buchstaben und Ziffern).",
        UnknownField => "„{field}“ ist kein Feld des Registrierungsformulars, daher wurde nichts geprüft: Prüfen Sie die Schreibweise des Pfads, z. B. address.postalCode.",
        InvalidRules => "Die übergebenen Länderregeln enthalten kein verwendbares {field} (erwartet: {expected}): Es gilt die integrierte Regel.",
        UnsupportedRulesPattern => "Das Muster {field} der Länderregeln kann hier nicht sicher ausgeführt werden ({construct}): Es gilt die integrierte Prüfung.",
        StateOwnMarket => "{stateName} ist ein eigener CSP-Markt, kein Bundesstaat von {countryName}: Registrieren Sie sich mit {stateName} ({market}) als Land des Kontos.",
        CountryDataNotLoaded => "Dieses Feld kann noch nicht geprüft werden: Die Daten von {countryName} sind nicht geladen (zuerst loadCountry(\"{country}\") aufrufen).",
        LanguageNotSupported => "„{language}“ ist keine Sprache, die Partner Center in {countryName} anbietet: Wählen Sie eine aus {languages}.",
        GlobalAdminRequired => other_jobs!("Nur ein globaler Administrator kann diese Aktion ausführen."),
        PartnerIdNotAssociated => other_jobs!("Ordnen Sie Ihre PartnerID zu, bevor Sie den Microsoft-Partnervertrag unterzeichnen."),
        RevenueThresholdMet => other_jobs!("Der Umsatz der letzten 12 Monate beträgt {revenueUsd} USD und erreicht die Schwelle von 1.000 USD: Das Konto wird nicht deaktiviert."),
        RevenueRuleNotInEffect => other_jobs!("Die Umsatzanforderung von 1.000 USD (letzte 12 Monate) gilt ab {effectiveDate}: Ein Konto kann am {date} nicht wegen zu geringen Umsatzes deautorisiert werden."),
        ConsentRequired => other_jobs!("Aktivieren Sie das Kontrollkästchen, um den indirekten Anbieter zu autorisieren, bevor Sie annehmen."),
        SupportRequestRequired => other_jobs!("Ein Wiederverkäufer kann die Partnerschaft nicht selbst beenden: Erstellen Sie eine Microsoft-Supportanfrage."),
        OfferNotEligible => other_jobs!("Angebote vom Typ {offerType} können nicht über CSP-Partner verkauft werden: Das ist nur für transaktionsfähige SaaS-Angebote, virtuelle Computer, Lösungsvorlagen, verwaltete Anwendungen, Dynamics 365 Business Central-Angebote und Container möglich."),
        PartnerHasResold => other_jobs!("Der Partner {tenantId} hat dieses Angebot bereits an Kunden weiterverkauft: Seine Autorisierung kann nicht entfernt werden."),
        ResoldPartnersKept => other_jobs!("Partner, die das Angebot bereits weiterverkauft haben, bleiben autorisiert ({count}): {tenantIds}."),
        MarketingUrlRequired => other_jobs!("Fügen Sie eine https-URL zu Ihren CSP-Marketingmaterialien hinzu: Sie ist erforderlich, sobald das Angebot für CSP-Partner verfügbar ist."),
        TenantIdFormat => other_jobs!("Geben Sie die Microsoft Entra-Mandanten-ID als GUID ein, z. B. {example}."),
        CsvHeaderMissing => other_jobs!("Die erste Zeile muss eine Spalte mit Mandanten-IDs benennen (tenantId, Tenant ID, Microsoft Entra tenant ID oder ID)."),
        CsvUnterminatedQuote => other_jobs!("Ein hier beginnendes Feld in Anführungszeichen wird nie geschlossen: Ergänzen Sie das fehlende schließende Anführungszeichen (\")."),
        DuplicatePartner => other_jobs!("Der Mandant {tenantId} ist bereits aufgeführt: Er wird nur einmal übernommen."),
        CsvRowSkipped => other_jobs!("Zeilen vom Typ {type} enthalten keine Mandanten-IDs: Die Zeile wird übersprungen (nur TenantID-Zeilen werden gelesen)."),
        CsvEncoding => other_jobs!("Die Datei ist nicht in UTF-8: Sie wurde als Windows-1252 (Westeuropäisch) gelesen. Wenn Buchstaben falsch aussehen, speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut."),
        CsvTooManyIssues => other_jobs!("{count} weitere Probleme werden nicht aufgeführt (nur die ersten {max})."),
    }
}

pub(super) fn label(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "postal" => "Postleitzahl",
        "zip" => "ZIP-Code",
        "pin" => "PIN-Code",
        "eircode" => "Eircode",
        "area" => "Gebiet",
        "county" => "County",
        "department" => "Departement",
        "district" => "Bezirk",
        "do_si" => "Provinz",
        "emirate" => "Emirat",
        "island" => "Insel",
        "oblast" => "Oblast",
        "parish" => "Gemeinde",
        "prefecture" => "Präfektur",
        "province" => "Provinz",
        "state" => "Bundesstaat",
        "city" => "Ort",
        "post_town" => "Postort",
        "suburb" => "Stadtteil",
        _ => return None,
    })
}

/// Texts of the prefilled support request (AUD-3) and of the CSP contact's phone issue (AUD-4).
pub(super) fn audience(key: super::AudienceText) -> &'static str {
    use super::AudienceText::*;
    match key {
        ProductVersion => "Verwaltung von Liveangeboten",
        Problem => "Vorhandenes Angebot aktualisieren",
        Title => "CSP-Autorisierung aufheben",
        OptionAll => "Alle Partner im CSP-Programm",
        OptionSpecific => "Bestimmte Partner im CSP-Programm, die ich auswähle",
        OptionNone => "Keine Partner im CSP-Programm",
        ChangeOption => "Bitte ändern Sie die CSP-Wiederverkäuferzielgruppe dieses Angebots von „{from}“ in „{to}“.",
        RemoveFromList => "Bitte heben Sie die Autorisierung einiger CSP-Partner für dieses Angebot auf; die Zielgruppe bleibt „{option}“.",
        RemovePartners => "Partner, deren Autorisierung aufgehoben werden soll (Microsoft Entra-Mandanten-IDs): {tenantIds}.",
        NoneResold => "Keiner dieser Partner hat das Angebot weiterverkauft.",
        NobodyResold => "Kein CSP-Partner hat das Angebot weiterverkauft.",
        KeepPartners => "Nach der Änderung autorisierte Partner (Microsoft Entra-Mandanten-IDs): {tenantIds}.",
        KeptResold => "Sie haben das Angebot bereits weiterverkauft und bleiben daher autorisiert: {tenantIds}.",
        CurrentPartners => "Heute autorisierte Partner (Microsoft Entra-Mandanten-IDs): {tenantIds}.",
        AddedPartners => "Gleichzeitig mit „CSP-Zielgruppe synchronisieren“ hinzugefügte Partner: {tenantIds}.",
        IntlPhone => "die internationale Nutzung",
        IntlCallingCode => "Ländervorwahl",
        IntlPhoneFormat => "Geben Sie die Telefonnummer im internationalen Format ein, beginnend mit + und der Landesvorwahl, z. B. +49 30 1234567: Ziffern, optional mit Leerzeichen, - . / ( ).",
    }
}

/// "one of " before a list of values to type, and the last "or" of a list (`invalid_type`).
pub(super) const TYPE_JOINERS: (&str, &str) = ("einer der Werte ", " oder ");

/// A JS type in words, as `invalid_type` says it.
pub(super) fn type_word(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "string" => "Text",
        "number" => "Zahl",
        "boolean" => "true oder false",
        "array" => "Liste",
        "object" => "Objekt",
        "Uint8Array" => "Uint8Array",
        "null" => "null",
        "undefined" => "nichts",
        _ => return None,
    })
}
