//! Messaggi in italiano, come li legge un utente del Centro per i partner (forma impersonale, come nella documentazione Microsoft).

use crate::issue::IssueCode::{self, *};

pub(super) fn message(code: IssueCode) -> &'static str {
    match code {
        InvalidType => "Previsto: {expected}; ricevuto: {received}.",
        Required => "Questo campo è obbligatorio.",
        TooLong => "Il valore deve contenere al massimo {max} caratteri.",
        TooShort => "Il valore deve contenere almeno {min} caratteri.",
        InputTooLarge => "L'input è troppo grande (più di {maxBytes} byte) e non è stato elaborato.",
        InvalidCharacters => "Questo campo contiene un carattere che non può essere salvato ({character}): i caratteri di controllo e di forzatura della direzione del testo non sono consentiti.",
        InvalidState => other_jobs!("Lo stato salvato non è valido ({field}): ripartire da uno stato valido."),
        InvalidEvent => other_jobs!("Questo evento non è riconosciuto o i suoi dati sono incompleti ({field})."),
        TransitionNotAllowed => other_jobs!("«{event}» non è possibile dallo stato «{from}»."),
        InvalidDate => other_jobs!("Immettere una data nel formato AAAA-MM-GG, ad esempio 2026-11-20."),
        UnknownCountry => "«{country}» non è un codice paese noto: immettere il codice ISO di due lettere di un paese, ad esempio IT o US.",
        NotCspMarket => "{countryName} ({country}) non è un mercato CSP: le offerte CSP non vi sono vendute.",
        RegionMismatch => "Questi paesi appartengono ad aree CSP diverse ({countryName}: {region}; {otherCountryName}: {otherRegion}); l'attività CSP è possibile solo all'interno di una stessa area.",
        PartnerIdCountryMismatch => "Il PartnerID si trova in un paese ({partnerIdCountryName}) diverso da quello dell'account CSP ({accountCountryName}): usare un PartnerID di tipo Posizione nel paese dell'account ({accountCountryName}); serve lo stesso paese, non solo la stessa area.",
        PartnerNotAuthorized => other_jobs!("Il partner {tenantId} non è tra i partner CSP che l'editore ha autorizzato a rivendere questa offerta."),
        MarketplaceUnavailable => other_jobs!("{countryName} non è tra le aree geografiche del marketplace commerciale: le sue offerte non possono essere vendute ai clienti in quel paese."),
        CspChannelUnavailable => other_jobs!("Il marketplace commerciale non supporta il canale CSP in questo paese ({countryName}): questa offerta non può esservi venduta tramite un partner CSP."),
        FreeOrByolOnly => other_jobs!("In questo paese ({countryName}) il marketplace commerciale offre solo piani gratuiti e con licenza propria (BYOL): questa vendita richiede un piano di tipo «free» o «byol»."),
        CountryMismatch => "Il paese dell'indirizzo ({addressCountryName}) non è il paese legale dell'account ({countryName}): devono coincidere e il paese legale non può essere modificato in seguito.",
        CompanyNameSingleCharacter => "Il nome dell'azienda non può essere un solo carattere: immettere la ragione sociale completa.",
        CompanyNameSpecialOnly => "Il nome dell'azienda non può contenere solo caratteri speciali: immettere la ragione sociale con le sue lettere o cifre.",
        CompanyNameBlank => "Il nome dell'azienda non può contenere solo spazi o tabulazioni.",
        CompanyNameAbbreviationOnly => "«{abbreviation}» da solo è una forma giuridica, non il nome di un'azienda: immettere il nome completo, ad esempio Contoso {abbreviation}.",
        CompanyNameDomain => "Il nome termina con l'estensione di dominio {tld}: verificare che sia la ragione sociale dell'azienda e non il suo indirizzo web.",
        CompanyNameRepeatedCharacter => "Il nome è un solo carattere ripetuto: verificare il nome dell'azienda, che viene usato per approvare l'account.",
        CompanyNameSpacedCharacters => "Il nome è formato da caratteri singoli separati da spazi: verificare il nome dell'azienda, che viene usato per approvare l'account.",
        UnknownState => "«{state}» non è uno stato, una provincia o una regione noti di questo paese ({countryName}): sceglierne uno dall'elenco, ad esempio {example}.",
        PostalCodeFormat => "Il codice postale deve avere la forma {example}.",
        PostalCodeStateMismatch => "Questo codice postale non è in {state}, dove i codici postali hanno la forma {example}: verificare lo stato o il codice postale.",
        NonLatinCharacters => "Usare solo caratteri dell'Europa occidentale (latini), ad esempio «Athens» e non «Ἀθηνᾶ».",
        EmailFormat => "Immettere un indirizzo e-mail valido, ad esempio {example}: una sola @, un nome prima e un dominio come contoso.com dopo.",
        EmailWebmail => "Gli indirizzi di {domain} appartengono a un servizio di webmail (come Gmail, Yahoo! Mail, iCloud Mail, AOL Mail o Outlook.com), non accettato per il contatto principale: usare un indirizzo del dominio dell'azienda.",
        EmailRoleAccount => "«{localPart}@» è una casella condivisa: usare l'indirizzo aziendale personale del contatto principale (non info, admin, email o marketing).",
        EmailTenantOnly => "Gli indirizzi di {domain} spesso non hanno una cassetta postale: verificare che questo riceva e-mail, altrimenti l'e-mail di verifica andrà persa.",
        GovernmentDomain => "{domain} è un dominio governativo ({namespace}): Partner Center non supporta la registrazione con un dominio governativo. Usare un indirizzo o un tenant del cloud globale (commerciale).",
        PhoneFormat => "Questo numero di telefono non è valido in questo paese ({countryName}, +{callingCode}): immetterlo come si compone nel paese o iniziando con +{callingCode}, in cifre, eventualmente con spazi, - . / ( ).",
        PhoneRequired => "Per il contatto principale di un account di questo paese ({countryName}) è obbligatorio un numero di telefono.",
        UrlFormat => "Immettere un indirizzo web come {example} (http o https).",
        DunsFormat => "Un numero DUNS è composto da 9 cifre (trattini e spazi ammessi), ad esempio {example}.",
        VatIdFormat => "Questa partita IVA non corrisponde al formato usato in questo paese ({countryName}), ad esempio {example} (con o senza il prefisso del paese).",
        VatIdRecommended => "Aggiungere la partita IVA: nell'UE ({countryName}) deve essere registrata prima di poter vendere.",
        RegistrationIdRequired => "Per i partner di questo paese ({countryName}) è obbligatorio un identificativo di registrazione dell'azienda ({idName}).",
        RegistrationIdFormat => "Questo {idName} non è valido: verificarne il formato e le cifre di controllo, ad esempio {example}.",
        PartnerIdFormat => "Un PartnerID è composto solo da cifre, da 6 a 10, ad esempio {example}.",
        PartnerIdMissing => "Nessun PartnerID per ora: è possibile aggiungerlo in seguito, ma finché non è associato non si può firmare il Contratto Microsoft Partner né effettuare transazioni.",
        DomainFormat => "Immettere un dominio come {example} (solo lettere e cifre prima di .onmicrosoft.com).",
        UnknownField => "«{field}» non è un campo del modulo di registrazione, quindi non è stato controllato nulla: verificare l'ortografia del percorso, ad esempio address.postalCode.",
        InvalidRules => "Le regole del paese ricevute non hanno un {field} utilizzabile (previsto {expected}): si applica la regola integrata.",
        UnsupportedRulesPattern => "Il modello {field} delle regole del paese non può essere eseguito qui in sicurezza ({construct}): si applica il controllo integrato.",
        StateOwnMarket => "{stateName} è un mercato CSP a sé, non uno stato di {countryName}: registrarsi con {stateName} ({market}) come paese dell'account.",
        CountryDataNotLoaded => "Questo campo non può ancora essere verificato: i dati di {countryName} non sono caricati (chiamare prima loadCountry(\"{country}\")).",
        LanguageNotSupported => "«{language}» non è una lingua offerta da Partner Center in {countryName}: sceglierne una tra {languages}.",
        GlobalAdminRequired => other_jobs!("Solo un amministratore globale può eseguire questa azione."),
        PartnerIdNotAssociated => other_jobs!("Associare il PartnerID prima di firmare il Contratto Microsoft Partner."),
        RevenueThresholdMet => other_jobs!("Il fatturato degli ultimi 12 mesi è di {revenueUsd} USD, pari o superiore alla soglia di 1.000 USD: l'account non viene disattivato."),
        RevenueRuleNotInEffect => other_jobs!("Il requisito di 1.000 USD di ricavi degli ultimi 12 mesi si applica dal {effectiveDate}: un account non può essere revocato per ricavi insufficienti il {date}."),
        ConsentRequired => other_jobs!("Selezionare la casella per autorizzare il provider indiretto prima di accettare."),
        SupportRequestRequired => other_jobs!("Un rivenditore non può terminare da solo la partnership: aprire una richiesta di supporto Microsoft."),
        OfferNotEligible => other_jobs!("Le offerte di tipo {offerType} non possono essere vendute tramite partner CSP: possono esserlo solo le offerte SaaS transazionabili, le macchine virtuali, i modelli di soluzione, le applicazioni gestite, le offerte Dynamics 365 Business Central e i contenitori."),
        PartnerHasResold => other_jobs!("Il partner {tenantId} ha già rivenduto questa offerta a clienti: la sua autorizzazione non può essere rimossa."),
        ResoldPartnersKept => other_jobs!("I partner che hanno già rivenduto l'offerta restano autorizzati ({count}): {tenantIds}."),
        MarketingUrlRequired => other_jobs!("Aggiungere un URL https ai materiali di marketing CSP: è obbligatorio quando l'offerta è disponibile per i partner CSP."),
        TenantIdFormat => other_jobs!("Immettere l'ID tenant di Microsoft Entra come GUID, ad esempio {example}."),
        CsvHeaderMissing => other_jobs!("La prima riga deve indicare una colonna di ID tenant (tenantId, Tenant ID, Microsoft Entra tenant ID o ID)."),
        CsvUnterminatedQuote => other_jobs!("Un campo tra virgolette che inizia qui non viene mai chiuso: aggiungere la virgoletta di chiusura mancante (\")."),
        DuplicatePartner => other_jobs!("Il tenant {tenantId} è già nell'elenco: viene mantenuto una sola volta."),
        CsvRowSkipped => other_jobs!("Le righe di tipo {type} non sono ID tenant: la riga viene ignorata (vengono lette solo le righe TenantID)."),
        CsvEncoding => other_jobs!("Il file non è in UTF-8: è stato letto come Windows-1252 (Europa occidentale). Se alcune lettere non sono corrette, salvarlo come \"CSV UTF-8\" e importarlo di nuovo."),
        CsvTooManyIssues => other_jobs!("Altri {count} problemi non sono elencati (solo i primi {max})."),
    }
}

pub(super) fn label(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "postal" => "Codice postale",
        "zip" => "Codice ZIP",
        "pin" => "Codice PIN",
        "eircode" => "Eircode",
        "area" => "Area",
        "county" => "Contea",
        "department" => "Dipartimento",
        "district" => "Distretto",
        "do_si" => "Provincia",
        "emirate" => "Emirato",
        "island" => "Isola",
        "oblast" => "Oblast",
        "parish" => "Parrocchia",
        "prefecture" => "Prefettura",
        "province" => "Provincia",
        "state" => "Stato",
        "city" => "Città",
        "post_town" => "Località postale",
        "suburb" => "Quartiere",
        _ => return None,
    })
}

/// Texts of the prefilled support request (AUD-3) and of the CSP contact's phone issue (AUD-4).
pub(super) fn audience(key: super::AudienceText) -> &'static str {
    use super::AudienceText::*;
    match key {
        ProductVersion => "Gestione delle offerte attive",
        Problem => "Aggiornare un'offerta esistente",
        Title => "Revocare l'autorizzazione CSP",
        OptionAll => "Qualsiasi partner del programma CSP",
        OptionSpecific => "Partner specifici del programma CSP che seleziono",
        OptionNone => "Nessun partner del programma CSP",
        ChangeOption => "Modificare il pubblico di rivenditori CSP di questa offerta da «{from}» a «{to}».",
        RemoveFromList => "Revocare l'autorizzazione di alcuni partner CSP di questa offerta; il pubblico resta «{option}».",
        RemovePartners => "Partner di cui revocare l'autorizzazione (ID tenant di Microsoft Entra): {tenantIds}.",
        NoneResold => "Nessuno di questi partner ha rivenduto l'offerta.",
        NobodyResold => "Nessun partner CSP ha rivenduto l'offerta.",
        KeepPartners => "Partner autorizzati dopo la modifica (ID tenant di Microsoft Entra): {tenantIds}.",
        KeptResold => "Hanno già rivenduto l'offerta e quindi restano autorizzati: {tenantIds}.",
        CurrentPartners => "Partner autorizzati oggi (ID tenant di Microsoft Entra): {tenantIds}.",
        AddedPartners => "Partner aggiunti contemporaneamente con «Sincronizza pubblico CSP»: {tenantIds}.",
        IntlPhone => "l'uso internazionale",
        IntlCallingCode => "prefisso internazionale",
        IntlPhoneFormat => "Immettere il numero di telefono in formato internazionale, iniziando con + e il prefisso del paese, ad esempio +39 06 1234 5678: cifre, eventualmente con spazi, - . / ( ).",
    }
}

/// "one of " before a list of values to type, and the last "or" of a list (`invalid_type`).
pub(super) const TYPE_JOINERS: (&str, &str) = ("uno dei valori ", " o ");

/// A JS type in words, as `invalid_type` says it.
pub(super) fn type_word(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "string" => "testo",
        "number" => "un numero",
        "boolean" => "true o false",
        "array" => "un elenco",
        "object" => "un oggetto",
        "Uint8Array" => "un Uint8Array",
        "null" => "null",
        "undefined" => "niente",
        _ => return None,
    })
}
