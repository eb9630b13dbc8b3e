//! Messages en français, tels qu'un utilisateur de l'Espace partenaires les lit.

use crate::issue::IssueCode::{self, *};

pub(super) fn message(code: IssueCode) -> &'static str {
    match code {
        InvalidType => "Cette valeur doit être {expected}, pas {received}.",
        Required => "Ce champ est obligatoire.",
        TooLong => "Ce champ doit contenir au plus {max} caractères.",
        TooShort => "Ce champ doit contenir au moins {min} caractères.",
        InputTooLarge => "Les données sont trop volumineuses (plus de {maxBytes} octets) : elles n'ont pas été traitées.",
        InvalidCharacters => "Ce champ contient un caractère qui ne peut pas être enregistré ({character}) : les caractères de contrôle et de forçage du sens du texte ne sont pas autorisés.",
        InvalidState => other_jobs!("L'état enregistré n'est pas valide (champ {field}) : repartez d'un état valide."),
        InvalidEvent => other_jobs!("Cet événement n'est pas reconnu ou ses données sont incomplètes (champ {field})."),
        TransitionNotAllowed => other_jobs!("L'action « {event} » n'est pas possible depuis l'état « {from} »."),
        InvalidDate => other_jobs!("Saisissez une date au format AAAA-MM-JJ, par exemple 2026-11-20."),
        UnknownCountry => "« {country} » n'est pas un code pays connu : saisissez le code ISO à deux lettres d'un pays, par exemple FR ou US.",
        NotCspMarket => "Ce pays ({countryName}, {country}) n'est pas un marché CSP : les offres CSP n'y sont pas vendues.",
        RegionMismatch => "Ces deux pays sont dans des régions CSP différentes ({countryName} dans la région {region}, {otherCountryName} dans la région {otherRegion}) : une activité CSP n'est possible qu'au sein d'une même région.",
        PartnerIdCountryMismatch => "Le PartnerID est rattaché à un autre pays ({partnerIdCountryName}) que le compte CSP ({accountCountryName}) : utilisez un PartnerID de type Emplacement situé dans le pays du compte ({accountCountryName}) ; il faut le même pays, pas seulement la même région.",
        PartnerNotAuthorized => other_jobs!("Le partenaire {tenantId} ne fait pas partie des partenaires CSP que l'éditeur a autorisés à revendre cette offre."),
        MarketplaceUnavailable => other_jobs!("Ce pays ({countryName}) ne fait pas partie des zones géographiques de la place de marché commerciale : les offres de la place de marché ne peuvent pas y être vendues à des clients."),
        CspChannelUnavailable => other_jobs!("La place de marché commerciale ne prend pas en charge le canal CSP dans ce pays ({countryName}) : cette offre ne peut pas y être vendue par un partenaire CSP."),
        FreeOrByolOnly => other_jobs!("Dans ce pays ({countryName}), la place de marché commerciale ne propose que des plans gratuits ou « apportez votre propre licence » (BYOL) : cette vente demande un plan de type « free » ou « byol »."),
        CountryMismatch => "Le pays de l'adresse ({addressCountryName}) n'est pas le pays légal du compte ({countryName}) : ils doivent être identiques, et le pays légal ne pourra plus être modifié.",
        CompanyNameSingleCharacter => "Le nom de l'entreprise ne peut pas se limiter à un seul caractère : saisissez la raison sociale complète.",
        CompanyNameSpecialOnly => "Le nom de l'entreprise ne peut pas être composé uniquement de caractères spéciaux : saisissez la raison sociale avec ses lettres ou ses chiffres.",
        CompanyNameBlank => "Le nom de l'entreprise ne peut pas contenir uniquement des espaces ou des tabulations.",
        CompanyNameAbbreviationOnly => "« {abbreviation} » est une forme juridique, pas un nom d'entreprise : saisissez le nom complet, par exemple Contoso {abbreviation}.",
        CompanyNameDomain => "Le nom se termine par l'extension de domaine {tld} : vérifiez qu'il s'agit bien de la raison sociale de votre entreprise et non de son adresse web.",
        CompanyNameRepeatedCharacter => "Le nom n'est qu'un même caractère répété : vérifiez le nom de votre entreprise ; il sert à valider la création de votre compte.",
        CompanyNameSpacedCharacters => "Le nom est formé de caractères isolés séparés par des espaces : vérifiez le nom de votre entreprise ; il sert à valider la création de votre compte.",
        UnknownState => "« {state} » n'est pas un État, une province ou une région connus de ce pays ({countryName}) : choisissez une valeur dans la liste, par exemple {example}.",
        PostalCodeFormat => "Saisissez un code postal de la forme {example}.",
        PostalCodeStateMismatch => "Ce code postal ne correspond pas à l'État ou à la province choisis ({state}), dont les codes postaux sont de la forme {example} : vérifiez l'un ou l'autre.",
        NonLatinCharacters => "Utilisez uniquement des caractères latins (Europe de l'Ouest), par exemple « Athens » et non « Ἀθηνᾶ ».",
        EmailFormat => "Saisissez une adresse e-mail valide, par exemple {example} : un seul @, un nom avant, un domaine comme contoso.com après.",
        EmailWebmail => "Les adresses en @{domain} relèvent d'un service de messagerie web (Gmail, Yahoo! Mail, iCloud Mail, AOL Mail, Outlook.com…), non accepté pour le contact principal : utilisez une adresse au nom de domaine de votre entreprise.",
        EmailRoleAccount => "« {localPart}@ » est une boîte partagée : utilisez l'adresse professionnelle personnelle du contact principal (et non info@, admin@, email@ ou marketing@).",
        EmailTenantOnly => "Les adresses en @{domain} n'ont souvent aucune boîte aux lettres : vérifiez que cette adresse reçoit bien des e-mails, sinon l'e-mail de vérification sera perdu.",
        GovernmentDomain => "{domain} est un domaine gouvernemental ({namespace}) : Partner Center n'accepte pas d'inscription avec un domaine gouvernemental. Utilisez une adresse ou un locataire du cloud mondial (commercial).",
        PhoneFormat => "Ce numéro de téléphone n'est pas valide dans ce pays ({countryName}, indicatif +{callingCode}) : saisissez-le tel qu'on le compose dans le pays ou en commençant par +{callingCode}, en chiffres, éventuellement séparés par des espaces ou par - . / ( ).",
        PhoneRequired => "Le numéro de téléphone du contact principal est obligatoire pour un compte situé dans ce pays ({countryName}).",
        UrlFormat => "Saisissez une adresse web de la forme {example} (http ou https).",
        DunsFormat => "Un numéro DUNS comporte 9 chiffres (tirets et espaces acceptés), par exemple {example}.",
        VatIdFormat => "Ce numéro de TVA n'a pas le format utilisé dans ce pays ({countryName}), par exemple {example}, avec ou sans le préfixe du pays.",
        VatIdRecommended => "Ajoutez votre numéro de TVA intracommunautaire : votre compte est dans l'UE ({countryName}), où ce numéro doit être enregistré avant que vous puissiez vendre.",
        RegistrationIdRequired => "L'identifiant d'enregistrement de l'entreprise ({idName}) est obligatoire pour les partenaires de ce pays ({countryName}).",
        RegistrationIdFormat => "Ce numéro {idName} n'est pas valide : vérifiez son format et ses chiffres de contrôle (exemple de numéro valide : {example}).",
        PartnerIdFormat => "Un PartnerID se compose de 6 à 10 chiffres, sans autre caractère, par exemple {example}.",
        PartnerIdMissing => "Aucun PartnerID pour l'instant : vous pourrez l'ajouter plus tard, mais vous ne pourrez ni signer le Contrat Partenaire Microsoft ni effectuer de transactions tant qu'il ne sera pas associé.",
        DomainFormat => "Saisissez un domaine de la forme {example} (uniquement des lettres et des chiffres avant .onmicrosoft.com).",
        UnknownField => "« {field} » n'est pas un champ du formulaire d'inscription, rien n'a donc été vérifié : vérifiez l'orthographe du chemin, par exemple address.postalCode.",
        InvalidRules => "Les règles de pays transmises n'ont pas de {field} utilisable (attendu : {expected}) : la règle intégrée s'applique.",
        UnsupportedRulesPattern => "Le motif {field} des règles de pays ne peut pas être exécuté ici sans risque ({construct}) : la vérification intégrée s'applique.",
        StateOwnMarket => "{stateName} ({market}) est un marché CSP à part entière, et non un État de ce pays ({countryName}) : inscrivez-vous avec {stateName} comme pays du compte.",
        CountryDataNotLoaded => "Ce champ ne peut pas encore être vérifié : les données de ce pays ({countryName}) ne sont pas chargées (appelez d'abord loadCountry(\"{country}\")).",
        LanguageNotSupported => "« {language} » n'est pas une langue proposée par Partner Center dans ce pays ({countryName}) : choisissez parmi {languages}.",
        GlobalAdminRequired => other_jobs!("Seul un administrateur général peut effectuer cette action."),
        PartnerIdNotAssociated => other_jobs!("Associez votre PartnerID avant de signer le Contrat Partenaire Microsoft."),
        RevenueThresholdMet => other_jobs!("Le chiffre d'affaires des 12 derniers mois ({revenueUsd} USD) atteint le seuil de 1 000 USD : le compte n'est pas désactivé."),
        RevenueRuleNotInEffect => other_jobs!("L'exigence de 1 000 USD de chiffre d'affaires sur 12 mois s'applique à partir du {effectiveDate} : un compte ne peut pas être désactivé pour chiffre d'affaires insuffisant le {date}."),
        ConsentRequired => other_jobs!("Cochez la case pour autoriser le fournisseur indirect avant d'accepter."),
        SupportRequestRequired => other_jobs!("Un revendeur ne peut pas mettre fin lui-même au partenariat : ouvrez une demande de support Microsoft."),
        OfferNotEligible => other_jobs!("Les offres de type {offerType} ne peuvent pas être vendues par les partenaires CSP : seules les offres SaaS transactionnelles, les machines virtuelles, les modèles de solution, les applications managées, les offres Dynamics 365 Business Central et les conteneurs le peuvent."),
        PartnerHasResold => other_jobs!("Le partenaire {tenantId} a déjà revendu cette offre à des clients : son autorisation ne peut pas être supprimée."),
        ResoldPartnersKept => other_jobs!("Les partenaires qui ont déjà revendu l'offre restent autorisés ({count}) : {tenantIds}."),
        MarketingUrlRequired => other_jobs!("Ajoutez une URL https vers vos documents marketing CSP : elle est obligatoire dès que l'offre est proposée aux partenaires CSP."),
        TenantIdFormat => other_jobs!("Saisissez l'ID de locataire Microsoft Entra sous la forme d'un GUID, par exemple {example}."),
        CsvHeaderMissing => other_jobs!("La première ligne doit nommer une colonne d'ID de locataire (tenantId, Tenant ID, ID de locataire, Microsoft Entra tenant ID ou ID)."),
        CsvUnterminatedQuote => other_jobs!("Un champ entre guillemets qui commence ici n'est jamais fermé : ajoutez le guillemet fermant manquant (\")."),
        DuplicatePartner => other_jobs!("Le locataire {tenantId} figure déjà dans la liste : il n'est conservé qu'une fois."),
        CsvRowSkipped => other_jobs!("Les lignes de type {type} ne sont pas des ID de locataire : la ligne est ignorée (seules les lignes TenantID sont lues)."),
        CsvEncoding => other_jobs!("Le fichier n'est pas en UTF-8 : il a été lu en Windows-1252 (Europe occidentale). Si des lettres sont incorrectes, enregistrez-le au format « CSV UTF-8 » et importez-le à nouveau."),
        CsvTooManyIssues => other_jobs!("{count} autres problèmes ne sont pas listés (seuls les {max} premiers le sont)."),
    }
}

pub(super) fn label(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "postal" => "Code postal",
        "zip" => "Code ZIP",
        "pin" => "Code PIN",
        "eircode" => "Eircode",
        "area" => "Zone",
        "county" => "Comté",
        "department" => "Département",
        "district" => "District",
        "do_si" => "Province",
        "emirate" => "Émirat",
        "island" => "Île",
        "oblast" => "Oblast",
        "parish" => "Paroisse",
        "prefecture" => "Préfecture",
        "province" => "Province",
        "state" => "État",
        "city" => "Ville",
        "post_town" => "Localité postale",
        "suburb" => "Quartier",
        _ => return None,
    })
}

/// Textes de la demande de support préremplie (AUD-3) : les libellés de l'Espace partenaires quand il en a.
pub(super) fn audience(key: super::AudienceText) -> &'static str {
    use super::AudienceText::*;
    match key {
        ProductVersion => "Gestion des offres en direct",
        Problem => "Mettre à jour l'offre existante",
        Title => "Supprimer l'autorisation CSP",
        OptionAll => "Tous les partenaires du programme CSP",
        OptionSpecific => "Certains partenaires du programme CSP que je sélectionne",
        OptionNone => "Aucun partenaire du programme CSP",
        ChangeOption => "Merci de passer l'audience des revendeurs CSP de cette offre de « {from} » à « {to} ».",
        RemoveFromList => "Merci de supprimer l'autorisation de certains partenaires CSP de cette offre ; l'audience reste « {option} ».",
        RemovePartners => "Partenaires dont l'autorisation est à supprimer (ID de locataire Microsoft Entra) : {tenantIds}.",
        NoneResold => "Aucun de ces partenaires n'a revendu l'offre.",
        NobodyResold => "Aucun partenaire CSP n'a revendu l'offre.",
        KeepPartners => "Partenaires autorisés après la modification (ID de locataire Microsoft Entra) : {tenantIds}.",
        KeptResold => "Ils ont déjà revendu l'offre et restent donc autorisés : {tenantIds}.",
        CurrentPartners => "Partenaires autorisés aujourd'hui (ID de locataire Microsoft Entra) : {tenantIds}.",
        AddedPartners => "Partenaires ajoutés en même temps avec « Synchroniser l'audience CSP » : {tenantIds}.",
        IntlPhone => "un usage international",
        IntlCallingCode => "indicatif du pays",
        IntlPhoneFormat => "Saisissez le numéro de téléphone au format international, en commençant par + et l'indicatif du pays, par exemple +33 1 23 45 67 89 : des chiffres, éventuellement séparés par des espaces ou par - . / ( ).",
    }
}

/// "one of " before a list of values to type, and the last "or" of a list (`invalid_type`).
pub(super) const TYPE_JOINERS: (&str, &str) = ("l'une des valeurs ", " ou ");

/// A JS type in words, as `invalid_type` says it.
pub(super) fn type_word(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "string" => "du texte",
        "number" => "un nombre",
        "boolean" => "true ou false",
        "array" => "une liste",
        "object" => "un objet",
        "Uint8Array" => "un Uint8Array",
        "null" => "null",
        "undefined" => "rien",
        _ => return None,
    })
}
