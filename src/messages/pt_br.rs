//! Mensagens em português do Brasil, como um usuário do Partner Center as lê.

use crate::issue::IssueCode::{self, *};

pub(super) fn message(code: IssueCode) -> &'static str {
    match code {
        InvalidType => "Esperado: {expected}; recebido: {received}.",
        Required => "Este campo é obrigatório.",
        TooLong => "Deve ter no máximo {max} caracteres.",
        TooShort => "Deve ter pelo menos {min} caracteres.",
        InputTooLarge => "A entrada é grande demais (mais de {maxBytes} bytes) e não foi processada.",
        InvalidCharacters => "Este campo contém um caractere que não pode ser salvo ({character}): caracteres de controle e de substituição da direção do texto não são permitidos.",
        InvalidState => other_jobs!("O estado salvo não é válido ({field}): recomece a partir de um estado válido."),
        InvalidEvent => other_jobs!("Este evento não é reconhecido ou seus dados estão incompletos ({field})."),
        TransitionNotAllowed => other_jobs!("“{event}” não é possível a partir do status “{from}”."),
        InvalidDate => other_jobs!("Insira uma data no formato AAAA-MM-DD, por exemplo 2026-11-20."),
        UnknownCountry => "“{country}” não é um código de país conhecido: insira o código ISO de duas letras de um país, por exemplo BR ou PT.",
        NotCspMarket => "{countryName} ({country}) não é um mercado CSP: ofertas CSP não são vendidas lá.",
        RegionMismatch => "Estes países estão em regiões CSP diferentes ({countryName}: {region}; {otherCountryName}: {otherRegion}); a atividade CSP só é possível dentro de uma mesma região.",
        PartnerIdCountryMismatch => "O PartnerID está em outro país ({partnerIdCountryName}) que não o da conta CSP ({accountCountryName}): use um PartnerID do tipo Local no país da conta ({accountCountryName}); é preciso o mesmo país, não apenas a mesma região.",
        PartnerNotAuthorized => other_jobs!("O parceiro {tenantId} não está entre os parceiros CSP que o editor autorizou a revender esta oferta."),
        MarketplaceUnavailable => other_jobs!("{countryName} não é uma das regiões geográficas do marketplace comercial: as ofertas do marketplace não podem ser vendidas a clientes nesse local."),
        CspChannelUnavailable => other_jobs!("O marketplace comercial não oferece suporte ao canal CSP em {countryName}: esta oferta não pode ser vendida lá por um parceiro CSP."),
        FreeOrByolOnly => other_jobs!("Em {countryName}, o marketplace comercial oferece apenas planos gratuitos e de licença própria (BYOL): esta venda exige um plano do tipo “free” ou “byol”."),
        CountryMismatch => "O país do endereço ({addressCountryName}) não é o país legal da conta ({countryName}): eles devem ser iguais, e o país legal não pode ser alterado depois.",
        CompanyNameSingleCharacter => "O nome da empresa não pode ter um único caractere: insira a razão social completa.",
        CompanyNameSpecialOnly => "O nome da empresa não pode ter apenas caracteres especiais: insira a razão social com suas letras ou dígitos.",
        CompanyNameBlank => "O nome da empresa não pode conter apenas espaços ou tabulações.",
        CompanyNameAbbreviationOnly => "“{abbreviation}” sozinho é uma forma jurídica, não um nome de empresa: insira o nome completo, por exemplo Contoso {abbreviation}.",
        CompanyNameDomain => "O nome termina com a extensão de domínio {tld}: verifique se é a razão social da sua empresa e não o endereço do site.",
        CompanyNameRepeatedCharacter => "O nome é um mesmo caractere repetido: verifique o nome da sua empresa; ele é usado para aprovar a sua conta.",
        CompanyNameSpacedCharacters => "O nome é formado por caracteres isolados separados por espaços: verifique o nome da sua empresa; ele é usado para aprovar a sua conta.",
        UnknownState => "“{state}” não é um estado, província ou região conhecido deste país ({countryName}): escolha um da lista, por exemplo {example}.",
        PostalCodeFormat => "O código postal deve ter o formato {example}.",
        PostalCodeStateMismatch => "Este código postal não fica em {state}, onde os códigos postais têm o formato {example}: verifique o estado ou o código postal.",
        NonLatinCharacters => "Use apenas caracteres da Europa Ocidental (latinos), por exemplo “Athens” e não “Ἀθηνᾶ”.",
        EmailFormat => "Insira um endereço de email válido, por exemplo {example}: um único @, um nome antes e um domínio como contoso.com depois.",
        EmailWebmail => "Endereços de {domain} são de um serviço de webmail (como Gmail, Yahoo! Mail, iCloud Mail, AOL Mail ou Outlook.com), que não é aceito para o contato principal: use um endereço do domínio da sua empresa.",
        EmailRoleAccount => "“{localPart}@” é uma caixa compartilhada: use o endereço profissional pessoal do contato principal (não info, admin, email nem marketing).",
        EmailTenantOnly => "Endereços de {domain} muitas vezes não têm caixa de correio: verifique se este recebe emails; caso contrário, o email de verificação será perdido.",
        GovernmentDomain => "{domain} é um domínio governamental ({namespace}): o Partner Center não aceita inscrição com um domínio governamental. Use um endereço ou locatário da nuvem global (comercial).",
        PhoneFormat => "Este número de telefone não é válido neste país ({countryName}, +{callingCode}): insira-o como é discado no país ou começando com +{callingCode}, em dígitos, opcionalmente com espaços, - . / ( ).",
        PhoneRequired => "Um número de telefone é obrigatório para o contato principal de uma conta neste país ({countryName}).",
        UrlFormat => "Insira um endereço da Web como {example} (http ou https).",
        DunsFormat => "Um número DUNS tem 9 dígitos (hífens e espaços são aceitos), por exemplo {example}.",
        VatIdFormat => "Este número de IVA não corresponde ao formato usado neste país ({countryName}), por exemplo {example} (com ou sem o prefixo do país).",
        VatIdRecommended => "Adicione seu número de IVA: na UE ({countryName}), ele deve estar registrado antes de você poder vender.",
        RegistrationIdRequired => "Um identificador de registro da empresa ({idName}) é obrigatório para parceiros deste país ({countryName}).",
        RegistrationIdFormat => "Este {idName} não é válido: verifique o formato e os dígitos verificadores, por exemplo {example}.",
        PartnerIdFormat => "Um PartnerID tem apenas dígitos, de 6 a 10, por exemplo {example}.",
        PartnerIdMissing => "Ainda não há PartnerID: você pode adicioná-lo depois, mas não poderá assinar o Contrato de Parceiro Microsoft nem fazer transações até associá-lo.",
        DomainFormat => "Insira um domínio como {example} (apenas letras e dígitos antes de .onmicrosoft.com).",
        UnknownField => "“{field}” não é um campo do formulário de inscrição, então nada foi verificado: confira a grafia do caminho, por exemplo address.postalCode.",
        InvalidRules => "As regras de país recebidas não têm um {field} utilizável (esperado: {expected}): a regra integrada se aplica.",
        UnsupportedRulesPattern => "O padrão {field} das regras de país não pode ser executado aqui com segurança ({construct}): a verificação integrada se aplica.",
        StateOwnMarket => "{stateName} é um mercado CSP próprio, não um estado de {countryName}: inscreva-se com {stateName} ({market}) como país da conta.",
        CountryDataNotLoaded => "Este campo ainda não pode ser verificado: os dados de {countryName} não foram carregados (chame loadCountry(\"{country}\") antes).",
        LanguageNotSupported => "“{language}” não é um idioma que o Partner Center oferece em {countryName}: escolha um entre {languages}.",
        GlobalAdminRequired => other_jobs!("Somente um administrador global pode fazer isso."),
        PartnerIdNotAssociated => other_jobs!("Associe seu PartnerID antes de assinar o Contrato de Parceiro Microsoft."),
        RevenueThresholdMet => other_jobs!("A receita dos últimos 12 meses é de {revenueUsd} USD, igual ou acima do limite de 1.000 USD: a conta não é desautorizada."),
        RevenueRuleNotInEffect => other_jobs!("O requisito de 1.000 USD de receita dos últimos 12 meses se aplica a partir de {effectiveDate}: uma conta não pode ser desautorizada por receita baixa em {date}."),
        ConsentRequired => other_jobs!("Marque a caixa para autorizar o provedor indireto antes de aceitar."),
        SupportRequestRequired => other_jobs!("Um revendedor não pode encerrar a parceria sozinho: abra uma solicitação de suporte da Microsoft."),
        OfferNotEligible => other_jobs!("Ofertas do tipo {offerType} não podem ser vendidas por parceiros CSP: apenas ofertas SaaS transacionáveis, máquinas virtuais, modelos de solução, aplicativos gerenciados, ofertas do Dynamics 365 Business Central e contêineres podem."),
        PartnerHasResold => other_jobs!("O parceiro {tenantId} já revendeu esta oferta a clientes: a autorização dele não pode ser removida."),
        ResoldPartnersKept => other_jobs!("Os parceiros que já revenderam a oferta continuam autorizados ({count}): {tenantIds}."),
        MarketingUrlRequired => other_jobs!("Adicione uma URL https para seus materiais de marketing CSP: ela é obrigatória quando a oferta está disponível para parceiros CSP."),
        TenantIdFormat => other_jobs!("Insira a ID de locatário do Microsoft Entra como um GUID, por exemplo {example}."),
        CsvHeaderMissing => other_jobs!("A primeira linha deve nomear uma coluna de ID de locatário (tenantId, Tenant ID, Microsoft Entra tenant ID ou ID)."),
        CsvUnterminatedQuote => other_jobs!("Um campo entre aspas que começa aqui nunca é fechado: adicione as aspas de fechamento que faltam (\")."),
        DuplicatePartner => other_jobs!("O locatário {tenantId} já está na lista: ele é mantido uma única vez."),
        CsvRowSkipped => other_jobs!("Linhas do tipo {type} não são IDs de locatário: a linha é ignorada (somente linhas TenantID são lidas)."),
        CsvEncoding => other_jobs!("O arquivo não está em UTF-8: ele foi lido como Windows-1252 (Europa Ocidental). Se alguma letra parecer errada, salve-o como \"CSV UTF-8\" e importe-o novamente."),
        CsvTooManyIssues => other_jobs!("Outros {count} problemas não são listados (somente os {max} primeiros)."),
    }
}

pub(super) fn label(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "postal" => "Código postal",
        "zip" => "Código ZIP",
        "pin" => "Código PIN",
        "eircode" => "Eircode",
        "area" => "Área",
        "county" => "Condado",
        "department" => "Departamento",
        "district" => "Distrito",
        "do_si" => "Província",
        "emirate" => "Emirado",
        "island" => "Ilha",
        "oblast" => "Oblast",
        "parish" => "Paróquia",
        "prefecture" => "Prefeitura",
        "province" => "Província",
        "state" => "Estado",
        "city" => "Cidade",
        "post_town" => "Cidade postal",
        "suburb" => "Bairro",
        _ => return None,
    })
}

/// Texts of the prefilled support request (AUD-3) and of the CSP contact's phone issue (AUD-4).
pub(super) fn audience(key: super::AudienceText) -> &'static str {
    use super::AudienceText::*;
    match key {
        ProductVersion => "Gerenciamento de ofertas ativas",
        Problem => "Atualizar uma oferta existente",
        Title => "Desautorizar CSP",
        OptionAll => "Qualquer parceiro do programa CSP",
        OptionSpecific => "Parceiros específicos do programa CSP que eu selecionar",
        OptionNone => "Nenhum parceiro do programa CSP",
        ChangeOption => "Alterem o público de revendedores CSP desta oferta de “{from}” para “{to}”.",
        RemoveFromList => "Desautorizem alguns parceiros CSP desta oferta; o público continua “{option}”.",
        RemovePartners => "Parceiros a desautorizar (IDs de locatário do Microsoft Entra): {tenantIds}.",
        NoneResold => "Nenhum desses parceiros revendeu a oferta.",
        NobodyResold => "Nenhum parceiro CSP revendeu a oferta.",
        KeepPartners => "Parceiros autorizados após a alteração (IDs de locatário do Microsoft Entra): {tenantIds}.",
        KeptResold => "Já revenderam a oferta e por isso continuam autorizados: {tenantIds}.",
        CurrentPartners => "Parceiros autorizados hoje (IDs de locatário do Microsoft Entra): {tenantIds}.",
        AddedPartners => "Parceiros adicionados ao mesmo tempo com “Sincronizar público CSP”: {tenantIds}.",
        IntlPhone => "uso internacional",
        IntlCallingCode => "código do país",
        IntlPhoneFormat => "Insira o número de telefone no formato internacional, começando com + e o código do país, por exemplo +55 11 2345-6789: dígitos, opcionalmente com espaços, - . / ( ).",
    }
}

/// "one of " before a list of values to type, and the last "or" of a list (`invalid_type`).
pub(super) const TYPE_JOINERS: (&str, &str) = ("um dos valores ", " ou ");

/// A JS type in words, as `invalid_type` says it.
pub(super) fn type_word(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "string" => "texto",
        "number" => "um número",
        "boolean" => "true ou false",
        "array" => "uma lista",
        "object" => "um objeto",
        "Uint8Array" => "um Uint8Array",
        "null" => "null",
        "undefined" => "nada",
        _ => return None,
    })
}
