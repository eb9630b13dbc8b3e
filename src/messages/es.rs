//! Mensajes en español, tal como los lee un usuario del Centro de partners (tratamiento de usted).

use crate::issue::IssueCode::{self, *};

pub(super) fn message(code: IssueCode) -> &'static str {
    match code {
        InvalidType => "Se esperaba {expected}; se recibió {received}.",
        Required => "Este campo es obligatorio.",
        TooLong => "Debe tener como máximo {max} caracteres.",
        TooShort => "Debe tener al menos {min} caracteres.",
        InputTooLarge => "La entrada es demasiado grande (más de {maxBytes} bytes); no se ha procesado.",
        InvalidCharacters => "Este campo contiene un carácter que no se puede guardar ({character}): no se admiten caracteres de control ni de forzado de la dirección del texto.",
        InvalidState => other_jobs!("El estado guardado no es válido ({field}): vuelva a empezar desde un estado válido."),
        InvalidEvent => other_jobs!("Este evento no se reconoce o sus datos están incompletos ({field})."),
        TransitionNotAllowed => other_jobs!("«{event}» no es posible desde el estado «{from}»."),
        InvalidDate => other_jobs!("Escriba una fecha con el formato AAAA-MM-DD, por ejemplo 2026-11-20."),
        UnknownCountry => "«{country}» no es un código de país conocido: escriba el código ISO de dos letras de un país, por ejemplo ES o MX.",
        NotCspMarket => "{countryName} ({country}) no es un mercado CSP: allí no se venden ofertas CSP.",
        RegionMismatch => "Estos países están en regiones CSP distintas ({countryName}: {region}; {otherCountryName}: {otherRegion}); la actividad CSP solo es posible dentro de una misma región.",
        PartnerIdCountryMismatch => "El PartnerID está en otro país ({partnerIdCountryName}) que la cuenta CSP ({accountCountryName}): use un PartnerID de tipo Ubicación del país de la cuenta ({accountCountryName}); debe ser el mismo país, no solo la misma región.",
        PartnerNotAuthorized => other_jobs!("El partner {tenantId} no está entre los partners CSP que el editor ha autorizado a revender esta oferta."),
        MarketplaceUnavailable => other_jobs!("{countryName} no es una de las zonas geográficas del marketplace comercial: sus ofertas no se pueden vender a clientes allí."),
        CspChannelUnavailable => other_jobs!("El marketplace comercial no admite el canal CSP en {countryName}: esta oferta no se puede vender allí a través de un partner CSP."),
        FreeOrByolOnly => other_jobs!("En {countryName}, el marketplace comercial solo ofrece planes gratuitos y de licencia propia (BYOL): esta venta requiere un plan de tipo «free» o «byol»."),
        CountryMismatch => "El país de la dirección ({addressCountryName}) no es el país legal de la cuenta ({countryName}): deben coincidir, y el país legal no se puede cambiar después.",
        CompanyNameSingleCharacter => "El nombre de la empresa no puede tener un solo carácter: escriba la razón social completa.",
        CompanyNameSpecialOnly => "El nombre de la empresa no puede tener solo caracteres especiales: escriba la razón social con sus letras o dígitos.",
        CompanyNameBlank => "El nombre de la empresa no puede contener solo espacios o tabulaciones.",
        CompanyNameAbbreviationOnly => "«{abbreviation}» por sí solo es una forma jurídica, no un nombre de empresa: escriba el nombre completo, por ejemplo Contoso {abbreviation}.",
        CompanyNameDomain => "El nombre termina con la extensión de dominio {tld}: compruebe que es la razón social de su empresa y no su dirección web.",
        CompanyNameRepeatedCharacter => "El nombre es un mismo carácter repetido: compruebe el nombre de su empresa; se usa para aprobar su cuenta.",
        CompanyNameSpacedCharacters => "El nombre son caracteres sueltos separados por espacios: compruebe el nombre de su empresa; se usa para aprobar su cuenta.",
        UnknownState => "«{state}» no es un estado, provincia o región conocidos de este país ({countryName}): elija uno de la lista, por ejemplo {example}.",
        PostalCodeFormat => "El código postal debe tener la forma {example}.",
        PostalCodeStateMismatch => "Este código postal no está en {state}, donde los códigos postales tienen la forma {example}: compruebe el estado o el código postal.",
        NonLatinCharacters => "Use solo caracteres de Europa occidental (latinos), por ejemplo «Athens» y no «Ἀθηνᾶ».",
        EmailFormat => "Escriba una dirección de correo válida, por ejemplo {example}: una sola @, un nombre delante y un dominio como contoso.com detrás.",
        EmailWebmail => "Las direcciones de {domain} son de un servicio de correo web (como Gmail, Yahoo! Mail, iCloud Mail, AOL Mail u Outlook.com), que no se acepta para el contacto principal: use una dirección del dominio de su empresa.",
        EmailRoleAccount => "«{localPart}@» es un buzón compartido: use la dirección profesional personal del contacto principal (no info, admin, email ni marketing).",
        EmailTenantOnly => "Las direcciones de {domain} a menudo no tienen buzón: asegúrese de que esta recibe correo o el correo de verificación se perderá.",
        GovernmentDomain => "{domain} es un dominio gubernamental ({namespace}): Partner Center no admite la inscripción con un dominio gubernamental. Use una dirección o un inquilino de la nube global (comercial).",
        PhoneFormat => "Este número de teléfono no es válido en este país ({countryName}, +{callingCode}): escríbalo como se marca en el país o empezando por +{callingCode}, en dígitos, opcionalmente con espacios, - . / ( ).",
        PhoneRequired => "El teléfono del contacto principal es obligatorio para una cuenta de este país ({countryName}).",
        UrlFormat => "Escriba una dirección web como {example} (http o https).",
        DunsFormat => "Un número DUNS tiene 9 dígitos (se admiten guiones y espacios), por ejemplo {example}.",
        VatIdFormat => "Este número de IVA no tiene el formato de este país ({countryName}), por ejemplo {example} (con o sin el prefijo del país).",
        VatIdRecommended => "Añada su número de IVA: en la UE ({countryName}) debe estar registrado antes de poder vender.",
        RegistrationIdRequired => "El identificador de registro de la empresa ({idName}) es obligatorio para los partners de este país ({countryName}).",
        RegistrationIdFormat => "Este {idName} no es válido: compruebe su formato y sus dígitos de control, por ejemplo {example}.",
        PartnerIdFormat => "Un PartnerID tiene solo dígitos, de 6 a 10, por ejemplo {example}.",
        PartnerIdMissing => "Aún no hay PartnerID: puede añadirlo más tarde, pero no podrá firmar el Contrato de Partner de Microsoft ni realizar transacciones hasta asociarlo.",
        DomainFormat => "Escriba un dominio como {example} (solo letras y dígitos antes de .onmicrosoft.com).",
        UnknownField => "«{field}» no es un campo del formulario de inscripción, así que no se ha comprobado nada: revise cómo está escrita la ruta, por ejemplo address.postalCode.",
        InvalidRules => "Las reglas de país recibidas no tienen un {field} utilizable (se esperaba {expected}): se aplica la regla integrada.",
        UnsupportedRulesPattern => "El patrón {field} de las reglas de país no se puede ejecutar aquí de forma segura ({construct}): se aplica la comprobación integrada.",
        StateOwnMarket => "{stateName} es un mercado CSP propio, no un estado de {countryName}: inscríbase con {stateName} ({market}) como país de la cuenta.",
        CountryDataNotLoaded => "Este campo aún no se puede comprobar: los datos de {countryName} no están cargados (llame antes a loadCountry(\"{country}\")).",
        LanguageNotSupported => "«{language}» no es un idioma que Partner Center ofrezca en {countryName}: elija uno de {languages}.",
        GlobalAdminRequired => other_jobs!("Solo un administrador global puede realizar esta acción."),
        PartnerIdNotAssociated => other_jobs!("Asocie su PartnerID antes de firmar el Contrato de Partner de Microsoft."),
        RevenueThresholdMet => other_jobs!("Los ingresos de los últimos 12 meses son {revenueUsd} USD, iguales o superiores al umbral de 1000 USD: la cuenta no se desautoriza."),
        RevenueRuleNotInEffect => other_jobs!("El requisito de 1.000 USD de ingresos de los últimos 12 meses se aplica desde el {effectiveDate}: una cuenta no se puede desautorizar por ingresos bajos el {date}."),
        ConsentRequired => other_jobs!("Active la casilla para autorizar al proveedor indirecto antes de aceptar."),
        SupportRequestRequired => other_jobs!("Un revendedor no puede terminar la asociación por sí mismo: abra una solicitud de soporte de Microsoft."),
        OfferNotEligible => other_jobs!("Las ofertas de tipo {offerType} no se pueden vender a través de partners CSP: solo pueden las ofertas SaaS con transacciones, las máquinas virtuales, las plantillas de solución, las aplicaciones administradas, las ofertas de Dynamics 365 Business Central y los contenedores."),
        PartnerHasResold => other_jobs!("El partner {tenantId} ya ha revendido esta oferta a clientes: no se puede quitar su autorización."),
        ResoldPartnersKept => other_jobs!("Los partners que ya revendieron la oferta siguen autorizados ({count}): {tenantIds}."),
        MarketingUrlRequired => other_jobs!("Añada una URL https a sus materiales de marketing CSP: es obligatoria en cuanto la oferta está disponible para los partners CSP."),
        TenantIdFormat => other_jobs!("Escriba el identificador de inquilino de Microsoft Entra como un GUID, por ejemplo {example}."),
        CsvHeaderMissing => other_jobs!("La primera fila debe nombrar una columna de identificador de inquilino (tenantId, Tenant ID, Microsoft Entra tenant ID o ID)."),
        CsvUnterminatedQuote => other_jobs!("Un campo entre comillas que empieza aquí nunca se cierra: añada la comilla de cierre que falta (\")."),
        DuplicatePartner => other_jobs!("El inquilino {tenantId} ya está en la lista: se conserva una sola vez."),
        CsvRowSkipped => other_jobs!("Las filas de tipo {type} no son identificadores de inquilino: la fila se omite (solo se leen las filas TenantID)."),
        CsvEncoding => other_jobs!("El archivo no está en UTF-8: se ha leído como Windows-1252 (Europa occidental). Si alguna letra no se ve bien, guárdelo como «CSV UTF-8» e impórtelo de nuevo."),
        CsvTooManyIssues => other_jobs!("No se muestran otros {count} problemas (solo los {max} primeros)."),
    }
}

pub(super) fn label(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "postal" => "Código postal",
        "zip" => "Código ZIP",
        "pin" => "Código PIN",
        "eircode" => "Eircode",
        "area" => "Zona",
        "county" => "Condado",
        "department" => "Departamento",
        "district" => "Distrito",
        "do_si" => "Provincia",
        "emirate" => "Emirato",
        "island" => "Isla",
        "oblast" => "Óblast",
        "parish" => "Parroquia",
        "prefecture" => "Prefectura",
        "province" => "Provincia",
        "state" => "Estado",
        "city" => "Ciudad",
        "post_town" => "Localidad postal",
        "suburb" => "Barrio",
        _ => return None,
    })
}

/// Texts of the prefilled support request (AUD-3) and of the CSP contact's phone issue (AUD-4).
pub(super) fn audience(key: super::AudienceText) -> &'static str {
    use super::AudienceText::*;
    match key {
        ProductVersion => "Administración de ofertas activas",
        Problem => "Actualizar una oferta existente",
        Title => "Desautorizar CSP",
        OptionAll => "Cualquier partner del programa CSP",
        OptionSpecific => "Partners específicos del programa CSP que selecciono",
        OptionNone => "Ningún partner del programa CSP",
        ChangeOption => "Cambien la audiencia de revendedores CSP de esta oferta de «{from}» a «{to}».",
        RemoveFromList => "Desautoricen a algunos partners CSP de esta oferta; la audiencia sigue siendo «{option}».",
        RemovePartners => "Partners que se deben desautorizar (identificadores de inquilino de Microsoft Entra): {tenantIds}.",
        NoneResold => "Ninguno de estos partners ha revendido la oferta.",
        NobodyResold => "Ningún partner CSP ha revendido la oferta.",
        KeepPartners => "Partners autorizados después del cambio (identificadores de inquilino de Microsoft Entra): {tenantIds}.",
        KeptResold => "Ya revendieron la oferta, por lo que siguen autorizados: {tenantIds}.",
        CurrentPartners => "Partners autorizados hoy (identificadores de inquilino de Microsoft Entra): {tenantIds}.",
        AddedPartners => "Partners añadidos al mismo tiempo con «Sincronizar audiencia CSP»: {tenantIds}.",
        IntlPhone => "uso internacional",
        IntlCallingCode => "código de país",
        IntlPhoneFormat => "Escriba el número de teléfono en formato internacional, empezando por + y el prefijo del país, por ejemplo +34 912 345 678: dígitos, opcionalmente con espacios, - . / ( ).",
    }
}

/// "one of " before a list of values to type, and the last "or" of a list (`invalid_type`).
pub(super) const TYPE_JOINERS: (&str, &str) = ("uno de los valores ", " o ");

/// A JS type in words, as `invalid_type` says it.
pub(super) fn type_word(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "string" => "texto",
        "number" => "un número",
        "boolean" => "true o false",
        "array" => "una lista",
        "object" => "un objeto",
        "Uint8Array" => "un Uint8Array",
        "null" => "null",
        "undefined" => "nada",
        _ => return None,
    })
}
