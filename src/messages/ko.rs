//! 한국어 메시지(파트너 센터 사용자가 읽는 존댓말).

use crate::issue::IssueCode::{self, *};

pub(super) fn message(code: IssueCode) -> &'static str {
    match code {
        InvalidType => "{expected}이(가) 필요하지만 {received}을(를) 받았습니다.",
        Required => "필수 항목입니다.",
        TooLong => "최대 {max}자까지 입력할 수 있습니다.",
        TooShort => "최소 {min}자 이상 입력해야 합니다.",
        InputTooLarge => "입력이 너무 큽니다({maxBytes}바이트 초과). 처리되지 않았습니다.",
        InvalidCharacters => "이 필드에 저장할 수 없는 문자({character})가 있습니다. 제어 문자와 텍스트 방향 재정의 문자는 사용할 수 없습니다.",
        InvalidState => other_jobs!("저장된 상태가 올바르지 않습니다({field}). 올바른 상태에서 다시 시작하세요."),
        InvalidEvent => other_jobs!("인식할 수 없는 이벤트이거나 데이터가 불완전합니다({field})."),
        TransitionNotAllowed => other_jobs!("'{from}' 상태에서는 '{event}'을(를) 수행할 수 없습니다."),
        InvalidDate => other_jobs!("날짜를 YYYY-MM-DD 형식으로 입력하세요(예: 2026-11-20)."),
        UnknownCountry => "'{country}'은(는) 알려진 국가 코드가 아닙니다. KR 또는 US 같은 두 글자 ISO 국가 코드를 입력하세요.",
        NotCspMarket => "{countryName}({country})은(는) CSP 시장이 아닙니다. 해당 지역에서는 CSP 제품이 판매되지 않습니다.",
        RegionMismatch => "{countryName}은(는) CSP 지역 {region}에, {otherCountryName}은(는) {otherRegion} 지역에 속합니다. CSP 거래는 같은 지역 안에서만 가능합니다.",
        PartnerIdCountryMismatch => "PartnerID는 {partnerIdCountryName}에 있지만 CSP 계정은 {accountCountryName}에 있습니다. {accountCountryName}의 위치 유형 PartnerID를 사용하세요(같은 지역이 아니라 같은 국가여야 합니다).",
        PartnerNotAuthorized => other_jobs!("파트너 {tenantId}은(는) 게시자가 이 제품의 재판매를 승인한 CSP 파트너에 포함되어 있지 않습니다."),
        MarketplaceUnavailable => other_jobs!("{countryName}은(는) 상업용 마켓플레이스 지원 지역이 아닙니다. 마켓플레이스 제품을 해당 지역의 고객에게 판매할 수 없습니다."),
        CspChannelUnavailable => other_jobs!("상업용 마켓플레이스는 {countryName}에서 CSP 채널을 지원하지 않습니다. 이 제품을 CSP 파트너를 통해 해당 지역에 판매할 수 없습니다."),
        FreeOrByolOnly => other_jobs!("{countryName}에서 상업용 마켓플레이스는 무료 및 BYOL(사용자 라이선스 사용) 플랜만 제공합니다. 이 판매에는 종류가 'free' 또는 'byol'인 플랜이 필요합니다."),
        CountryMismatch => "주소의 국가({addressCountryName})가 계정의 법적 국가({countryName})와 다릅니다. 두 국가가 같아야 하며 법적 국가는 나중에 변경할 수 없습니다.",
        CompanyNameSingleCharacter => "회사 이름은 한 글자일 수 없습니다. 정식 회사 이름을 입력하세요.",
        CompanyNameSpecialOnly => "회사 이름은 특수 문자로만 이루어질 수 없습니다. 문자나 숫자가 포함된 정식 회사 이름을 입력하세요.",
        CompanyNameBlank => "회사 이름은 공백이나 탭으로만 이루어질 수 없습니다.",
        CompanyNameAbbreviationOnly => "'{abbreviation}'만으로는 법인 형태일 뿐 회사 이름이 아닙니다. Contoso {abbreviation}처럼 전체 이름을 입력하세요.",
        CompanyNameDomain => "이름이 도메인 확장자 {tld}(으)로 끝납니다. 웹 주소가 아니라 정식 회사 이름인지 확인하세요.",
        CompanyNameRepeatedCharacter => "이름이 같은 문자의 반복입니다. 회사 이름은 계정 승인에 사용되므로 올바른지 확인하세요.",
        CompanyNameSpacedCharacters => "이름이 공백으로 구분된 한 글자씩으로 이루어져 있습니다. 회사 이름은 계정 승인에 사용되므로 올바른지 확인하세요.",
        UnknownState => "'{state}'은(는) {countryName}의 알려진 주, 도 또는 지역이 아닙니다. 목록에서 선택하세요(예: {example}).",
        PostalCodeFormat => "우편번호는 {example} 형식이어야 합니다.",
        PostalCodeStateMismatch => "이 우편번호는 {state}에 속하지 않습니다. 해당 지역의 우편번호는 {example} 형식입니다. 주 또는 우편번호를 확인하세요.",
        NonLatinCharacters => "서유럽(라틴) 문자만 사용하세요. 예: 'Ἀθηνᾶ'가 아니라 'Athens'.",
        EmailFormat => "올바른 전자 메일 주소를 입력하세요(예: {example}). @는 하나만 있어야 하며 앞에는 이름, 뒤에는 contoso.com 같은 도메인이 와야 합니다.",
        EmailWebmail => "{domain} 주소는 웹 메일 서비스(Gmail, Yahoo! Mail, iCloud Mail, AOL Mail, Outlook.com 등)의 주소이므로 기본 연락처에 사용할 수 없습니다. 회사 도메인의 주소를 사용하세요.",
        EmailRoleAccount => "'{localPart}@'은(는) 공유 사서함입니다. 기본 연락처 본인의 회사 주소를 사용하세요(info, admin, email, marketing은 사용할 수 없음).",
        EmailTenantOnly => "{domain} 주소에는 사서함이 없는 경우가 많습니다. 이 주소로 전자 메일을 받을 수 있는지 확인하세요. 그렇지 않으면 확인 전자 메일을 받을 수 없습니다.",
        GovernmentDomain => "{domain}은(는) 정부 도메인({namespace})입니다. 파트너 센터는 정부 도메인으로 등록하는 것을 지원하지 않습니다. 글로벌(상용) 클라우드의 주소나 테넌트를 사용하세요.",
        PhoneFormat => "{countryName}(+{callingCode})의 올바른 전화번호가 아닙니다. 해당 국가에서 거는 형식이나 +{callingCode}로 시작하는 형식으로, 숫자로 입력하세요(공백, - . / ( ) 사용 가능).",
        PhoneRequired => "{countryName}에 있는 계정은 기본 연락처의 전화번호가 필수입니다.",
        UrlFormat => "{example} 같은 웹 주소를 입력하세요(http 또는 https).",
        DunsFormat => "DUNS 번호는 9자리 숫자입니다(하이픈과 공백 허용). 예: {example}.",
        VatIdFormat => "이 VAT 번호는 {countryName}에서 사용하는 형식과 맞지 않습니다. 예: {example}(국가 접두사는 생략 가능).",
        VatIdRecommended => "VAT 번호를 추가하세요. EU({countryName})에서는 판매하기 전에 등록해야 합니다.",
        RegistrationIdRequired => "{countryName}의 파트너는 회사 등록 ID({idName})가 필수입니다.",
        RegistrationIdFormat => "이 {idName}은(는) 올바르지 않습니다. 형식과 검사 숫자를 확인하세요. 예: {example}.",
        PartnerIdFormat => "PartnerID는 6~10자리 숫자로만 이루어집니다. 예: {example}.",
        PartnerIdMissing => "아직 PartnerID가 없습니다. 나중에 추가할 수 있지만 연결하기 전에는 Microsoft 파트너 계약에 서명하거나 거래할 수 없습니다.",
        DomainFormat => "{example} 같은 도메인을 입력하세요(.onmicrosoft.com 앞에는 영문자와 숫자만 사용).",
        UnknownField => "'{field}'은(는) 등록 양식의 필드가 아니므로 아무것도 검사하지 않았습니다. 경로의 철자를 확인하세요(예: address.postalCode).",
        InvalidRules => "전달된 국가 규칙에 사용할 수 있는 {field}이(가) 없습니다(예상: {expected}). 기본 제공 규칙이 적용됩니다.",
        UnsupportedRulesPattern => "국가 규칙의 패턴 {field}을(를) 여기서 안전하게 실행할 수 없습니다({construct}). 기본 제공 검사가 적용됩니다.",
        StateOwnMarket => "{stateName}은(는) {countryName}의 주가 아니라 별도의 CSP 시장입니다. 계정 국가로 {stateName}({market})을(를) 선택해 등록하세요.",
        CountryDataNotLoaded => "이 필드는 아직 확인할 수 없습니다. {countryName}의 데이터가 로드되지 않았습니다(먼저 loadCountry(\"{country}\")를 호출하세요).",
        LanguageNotSupported => "'{language}'은(는) Partner Center가 {countryName}에서 제공하는 언어가 아닙니다. {languages} 중에서 선택하세요.",
        GlobalAdminRequired => other_jobs!("전역 관리자만 이 작업을 수행할 수 있습니다."),
        PartnerIdNotAssociated => other_jobs!("Microsoft 파트너 계약에 서명하기 전에 PartnerID를 연결하세요."),
        RevenueThresholdMet => other_jobs!("최근 12개월 매출이 {revenueUsd} USD로 임계값 1,000 USD 이상이므로 계정 권한이 취소되지 않습니다."),
        RevenueRuleNotInEffect => other_jobs!("최근 12개월 매출 1,000 USD 요구 사항은 {effectiveDate}부터 적용됩니다. {date}에는 매출 부족으로 계정 권한을 해제할 수 없습니다."),
        ConsentRequired => other_jobs!("수락하기 전에 확인란을 선택하여 간접 공급자를 승인하세요."),
        SupportRequestRequired => other_jobs!("재판매인은 파트너 관계를 직접 종료할 수 없습니다. Microsoft 지원 요청을 여세요."),
        OfferNotEligible => other_jobs!("{offerType} 유형의 제품은 CSP 파트너를 통해 판매할 수 없습니다. 거래 가능한 SaaS 제품, 가상 머신, 솔루션 템플릿, 관리되는 애플리케이션, Dynamics 365 Business Central 제품, 컨테이너만 판매할 수 있습니다."),
        PartnerHasResold => other_jobs!("파트너 {tenantId}은(는) 이미 이 제품을 고객에게 재판매했으므로 권한을 제거할 수 없습니다."),
        ResoldPartnersKept => other_jobs!("이미 제품을 재판매한 파트너는 계속 승인됩니다({count}): {tenantIds}."),
        MarketingUrlRequired => other_jobs!("CSP 마케팅 자료의 https URL을 추가하세요. 제품을 CSP 파트너에게 제공하면 필수입니다."),
        TenantIdFormat => other_jobs!("Microsoft Entra 테넌트 ID를 GUID 형식으로 입력하세요(예: {example})."),
        CsvHeaderMissing => other_jobs!("첫 번째 행에는 테넌트 ID 열 이름(tenantId, Tenant ID, Microsoft Entra tenant ID 또는 ID)이 있어야 합니다."),
        CsvUnterminatedQuote => other_jobs!("여기서 시작하는 따옴표로 묶인 필드가 닫히지 않았습니다. 누락된 닫는 따옴표(\")를 추가하세요."),
        DuplicatePartner => other_jobs!("테넌트 {tenantId}은(는) 이미 목록에 있습니다. 한 번만 유지됩니다."),
        CsvRowSkipped => other_jobs!("유형이 {type}인 행은 테넌트 ID가 아니므로 건너뜁니다(TenantID 행만 읽습니다)."),
        CsvEncoding => other_jobs!("파일이 UTF-8이 아니어서 Windows-1252(서유럽어)로 읽었습니다. 글자가 올바르지 않으면 \"CSV UTF-8\" 형식으로 저장한 후 다시 가져오세요."),
        CsvTooManyIssues => other_jobs!("다른 문제 {count}개는 표시되지 않습니다(처음 {max}개만 표시됨)."),
    }
}

pub(super) fn label(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "postal" => "우편번호",
        "zip" => "ZIP 코드",
        "pin" => "PIN 코드",
        "eircode" => "Eircode",
        "area" => "지역",
        "county" => "카운티",
        "department" => "데파르트망",
        "district" => "구역",
        "do_si" => "도/시",
        "emirate" => "토후국",
        "island" => "섬",
        "oblast" => "주",
        "parish" => "교구",
        "prefecture" => "도도부현",
        "province" => "주/도",
        "state" => "주",
        "city" => "시",
        "post_town" => "우편 도시",
        "suburb" => "동네",
        _ => return None,
    })
}

/// Texts of the prefilled support request (AUD-3) and of the CSP contact's phone issue (AUD-4).
pub(super) fn audience(key: super::AudienceText) -> &'static str {
    use super::AudienceText::*;
    match key {
        ProductVersion => "라이브 제품 관리",
        Problem => "기존 제품 업데이트",
        Title => "CSP 권한 취소",
        OptionAll => "CSP 프로그램의 모든 파트너",
        OptionSpecific => "내가 선택한 CSP 프로그램의 특정 파트너",
        OptionNone => "CSP 프로그램의 파트너 없음",
        ChangeOption => "이 제품의 CSP 재판매인 대상을 '{from}'에서 '{to}'(으)로 변경해 주세요.",
        RemoveFromList => "이 제품의 일부 CSP 파트너 권한을 취소해 주세요. 대상은 '{option}'(으)로 유지됩니다.",
        RemovePartners => "권한을 취소할 파트너(Microsoft Entra 테넌트 ID): {tenantIds}.",
        NoneResold => "이 파트너 중 제품을 재판매한 파트너는 없습니다.",
        NobodyResold => "제품을 재판매한 CSP 파트너가 없습니다.",
        KeepPartners => "변경 후 승인되는 파트너(Microsoft Entra 테넌트 ID): {tenantIds}.",
        KeptResold => "이미 제품을 재판매했으므로 계속 승인됩니다: {tenantIds}.",
        CurrentPartners => "현재 승인된 파트너(Microsoft Entra 테넌트 ID): {tenantIds}.",
        AddedPartners => "'CSP 대상 동기화'로 함께 추가된 파트너: {tenantIds}.",
        IntlPhone => "국제 사용",
        IntlCallingCode => "국가 번호",
        IntlPhoneFormat => "전화번호를 + 와 국가 번호로 시작하는 국제 형식으로 입력하세요(예: +82 2-1234-5678). 숫자와 공백, - . / ( )를 사용할 수 있습니다.",
    }
}

/// "one of " before a list of values to type, and the last "or" of a list (`invalid_type`).
pub(super) const TYPE_JOINERS: (&str, &str) = ("다음 값 중 하나: ", " 또는 ");

/// A JS type in words, as `invalid_type` says it.
pub(super) fn type_word(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "string" => "텍스트",
        "number" => "숫자",
        "boolean" => "true 또는 false",
        "array" => "목록",
        "object" => "객체",
        "Uint8Array" => "Uint8Array",
        "null" => "null",
        "undefined" => "값 없음",
        _ => return None,
    })
}
