//! 日本語のメッセージ（パートナー センターの利用者が読む丁寧語）。

use crate::issue::IssueCode::{self, *};

pub(super) fn message(code: IssueCode) -> &'static str {
    match code {
        InvalidType => "{expected}が必要ですが、{received}を受け取りました。",
        Required => "この項目は必須です。",
        TooLong => "{max} 文字以内で入力してください。",
        TooShort => "{min} 文字以上で入力してください。",
        InputTooLarge => "入力が大きすぎます ({maxBytes} バイト超)。処理されませんでした。",
        InvalidCharacters => "このフィールドには保存できない文字 ({character}) が含まれています。制御文字とテキスト方向の上書き文字は使用できません。",
        InvalidState => other_jobs!("保存された状態が無効です ({field})。有効な状態からやり直してください。"),
        InvalidEvent => other_jobs!("このイベントは認識されないか、データが不足しています ({field})。"),
        TransitionNotAllowed => other_jobs!("状態「{from}」から「{event}」は実行できません。"),
        InvalidDate => other_jobs!("日付は YYYY-MM-DD の形式で入力してください (例: 2026-11-20)。"),
        UnknownCountry => "「{country}」は既知の国コードではありません。JP や US のような 2 文字の ISO 国コードを入力してください。",
        NotCspMarket => "{countryName} ({country}) は CSP の市場ではありません。CSP オファーはそこでは販売されていません。",
        RegionMismatch => "{countryName}は CSP リージョン「{region}」、{otherCountryName}はリージョン「{otherRegion}」に属しています。CSP の取引は同じリージョン内でのみ可能です。",
        PartnerIdCountryMismatch => "PartnerID の所在地は {partnerIdCountryName} ですが、CSP アカウントは {accountCountryName} です。{accountCountryName} の種類「場所」の PartnerID を使用してください (同じリージョンではなく、同じ国である必要があります)。",
        PartnerNotAuthorized => other_jobs!("パートナー {tenantId} は、発行元がこのオファーの再販を承認した CSP パートナーに含まれていません。"),
        MarketplaceUnavailable => other_jobs!("{countryName} は商用マーケットプレースの対象地域ではありません。マーケットプレースのオファーをこの地域の顧客に販売することはできません。"),
        CspChannelUnavailable => other_jobs!("商用マーケットプレースは {countryName} で CSP チャネルをサポートしていません。このオファーを CSP パートナー経由でこの地域に販売することはできません。"),
        FreeOrByolOnly => other_jobs!("{countryName} では、商用マーケットプレースは無料プランとライセンス持ち込み (BYOL) プランのみを提供しています。この販売には種類が「free」または「byol」のプランが必要です。"),
        CountryMismatch => "住所の国 ({addressCountryName}) がアカウントの法的な国 ({countryName}) と異なります。両者は一致している必要があり、法的な国は後から変更できません。",
        CompanyNameSingleCharacter => "会社名を 1 文字にすることはできません。正式な会社名を入力してください。",
        CompanyNameSpecialOnly => "会社名を特殊文字だけにすることはできません。文字または数字を含む正式な会社名を入力してください。",
        CompanyNameBlank => "会社名をスペースやタブだけにすることはできません。",
        CompanyNameAbbreviationOnly => "「{abbreviation}」だけでは法人格であり、会社名ではありません。Contoso {abbreviation} のように完全な名前を入力してください。",
        CompanyNameDomain => "名前がドメイン拡張子 {tld} で終わっています。Web アドレスではなく、正式な会社名であることを確認してください。",
        CompanyNameRepeatedCharacter => "名前が同じ文字の繰り返しです。会社名はアカウントの承認に使用されるため、正しいか確認してください。",
        CompanyNameSpacedCharacters => "名前がスペースで区切られた 1 文字ずつの並びです。会社名はアカウントの承認に使用されるため、正しいか確認してください。",
        UnknownState => "「{state}」は {countryName} の既知の州・県・地域ではありません。一覧から選択してください (例: {example})。",
        PostalCodeFormat => "郵便番号は {example} の形式で入力してください。",
        PostalCodeStateMismatch => "この郵便番号は {state} のものではありません。{state} の郵便番号は {example} のような形式です。州または郵便番号を確認してください。",
        NonLatinCharacters => "西ヨーロッパ (ラテン) 文字のみを使用してください。例: 「Ἀθηνᾶ」ではなく「Athens」。",
        EmailFormat => "有効なメール アドレスを入力してください (例: {example})。@ は 1 つだけで、前に名前、後に contoso.com のようなドメインが必要です。",
        EmailWebmail => "{domain} のアドレスは Web メール サービス (Gmail、Yahoo! メール、iCloud メール、AOL メール、Outlook.com など) のもので、主要連絡先には使用できません。会社のドメインのアドレスを使用してください。",
        EmailRoleAccount => "「{localPart}@」は共有メールボックスです。主要連絡先本人の業務用アドレスを使用してください (info、admin、email、marketing は使用できません)。",
        EmailTenantOnly => "{domain} のアドレスにはメールボックスがないことがよくあります。このアドレスでメールを受信できることを確認してください。受信できないと確認メールが届きません。",
        GovernmentDomain => "{domain} は政府機関のドメイン ({namespace}) です。Partner Center は政府機関のドメインでの登録をサポートしていません。グローバル (商用) クラウドのアドレスまたはテナントを使用してください。",
        PhoneFormat => "{countryName} (+{callingCode}) の電話番号として有効ではありません。国内でダイヤルする形式、または +{callingCode} から始まる形式で、数字で入力してください (スペース、- . / ( ) も使用できます)。",
        PhoneRequired => "{countryName} のアカウントでは、主要連絡先の電話番号が必須です。",
        UrlFormat => "{example} のような Web アドレスを入力してください (http または https)。",
        DunsFormat => "DUNS 番号は 9 桁の数字です (ハイフンとスペースは使用可)。例: {example}。",
        VatIdFormat => "この VAT 番号は {countryName} の形式と一致しません。例: {example} (国のプレフィックスは省略可)。",
        VatIdRecommended => "VAT 番号を追加してください。EU ({countryName}) では、販売を始める前に登録が必要です。",
        RegistrationIdRequired => "{countryName} のパートナーには会社の登録 ID ({idName}) が必須です。",
        RegistrationIdFormat => "この {idName} は無効です。形式とチェック ディジットを確認してください。例: {example}。",
        PartnerIdFormat => "PartnerID は 6 ～ 10 桁の数字のみです。例: {example}。",
        PartnerIdMissing => "PartnerID がまだありません。後で追加できますが、関連付けるまではマイクロソフト パートナー契約への署名も取引もできません。",
        DomainFormat => "{example} のようなドメインを入力してください (.onmicrosoft.com の前は英字と数字のみ)。",
        UnknownField => "「{field}」は登録フォームのフィールドではないため、何も検証されていません。パスのつづりを確認してください (例: address.postalCode)。",
        InvalidRules => "渡された国ルールに使用できる {field} がありません (期待値: {expected})。組み込みのルールが適用されます。",
        UnsupportedRulesPattern => "国ルールのパターン {field} はここで安全に実行できません ({construct})。組み込みのチェックが適用されます。",
        StateOwnMarket => "{stateName} は独立した CSP マーケットであり、{countryName} の州ではありません。アカウントの国として {stateName} ({market}) で登録してください。",
        CountryDataNotLoaded => "このフィールドはまだ確認できません。{countryName} のデータが読み込まれていません (先に loadCountry(\"{country}\") を呼び出してください)。",
        LanguageNotSupported => "「{language}」は Partner Center が {countryName} で提供している言語ではありません。{languages} から選択してください。",
        GlobalAdminRequired => other_jobs!("この操作を実行できるのはグローバル管理者のみです。"),
        PartnerIdNotAssociated => other_jobs!("マイクロソフト パートナー契約に署名する前に PartnerID を関連付けてください。"),
        RevenueThresholdMet => other_jobs!("過去 12 か月の収益は {revenueUsd} USD で、しきい値の 1,000 USD 以上です。アカウントの承認は取り消されません。"),
        RevenueRuleNotInEffect => other_jobs!("過去 12 か月の売上 1,000 USD の要件は {effectiveDate} から適用されます。{date} に売上不足でアカウントの承認を取り消すことはできません。"),
        ConsentRequired => other_jobs!("承諾する前に、チェック ボックスをオンにして間接プロバイダーを承認してください。"),
        SupportRequestRequired => other_jobs!("リセラーが自分でパートナー関係を終了することはできません。Microsoft サポート リクエストを作成してください。"),
        OfferNotEligible => other_jobs!("種類が {offerType} のオファーは CSP パートナー経由で販売できません。販売できるのは、トランザクション可能な SaaS オファー、仮想マシン、ソリューション テンプレート、マネージド アプリケーション、Dynamics 365 Business Central のオファー、コンテナーのみです。"),
        PartnerHasResold => other_jobs!("パートナー {tenantId} はこのオファーを既に顧客に再販しているため、承認を取り消すことはできません。"),
        ResoldPartnersKept => other_jobs!("オファーを既に再販したパートナーは引き続き承認されます ({count}): {tenantIds}。"),
        MarketingUrlRequired => other_jobs!("CSP マーケティング資料への https URL を追加してください。オファーを CSP パートナーに提供する場合は必須です。"),
        TenantIdFormat => other_jobs!("Microsoft Entra テナント ID を GUID 形式で入力してください (例: {example})。"),
        CsvHeaderMissing => other_jobs!("1 行目にはテナント ID の列名 (tenantId、Tenant ID、Microsoft Entra tenant ID、ID のいずれか) が必要です。"),
        CsvUnterminatedQuote => other_jobs!("ここから始まる引用符で囲まれたフィールドが閉じられていません。閉じる引用符 (\") を追加してください。"),
        DuplicatePartner => other_jobs!("テナント {tenantId} は既に一覧にあります。1 件だけ保持されます。"),
        CsvRowSkipped => other_jobs!("種類が {type} の行はテナント ID ではないため、スキップされます (TenantID の行のみ読み取られます)。"),
        CsvEncoding => other_jobs!("ファイルが UTF-8 ではないため、Windows-1252 (西ヨーロッパ言語) として読み取りました。文字が正しく表示されない場合は、「CSV UTF-8」形式で保存してから再度インポートしてください。"),
        CsvTooManyIssues => other_jobs!("ほかに {count} 件の問題があります (最初の {max} 件のみ表示しています)。"),
    }
}

pub(super) fn label(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "postal" => "郵便番号",
        "zip" => "ZIP コード",
        "pin" => "PIN コード",
        "eircode" => "Eircode",
        "area" => "地域",
        "county" => "郡",
        "department" => "県",
        "district" => "地区",
        "do_si" => "道・市",
        "emirate" => "首長国",
        "island" => "島",
        "oblast" => "州",
        "parish" => "教区",
        "prefecture" => "都道府県",
        "province" => "州・省",
        "state" => "州",
        "city" => "市区町村",
        "post_town" => "郵便局所在地",
        "suburb" => "地区",
        _ => return None,
    })
}

/// Texts of the prefilled support request (AUD-3) and of the CSP contact's phone issue (AUD-4).
pub(super) fn audience(key: super::AudienceText) -> &'static str {
    use super::AudienceText::*;
    match key {
        ProductVersion => "ライブ オファーの管理",
        Problem => "既存のオファーを更新する",
        Title => "CSP の承認を取り消す",
        OptionAll => "CSP プログラムのすべてのパートナー",
        OptionSpecific => "選択した CSP プログラムの特定のパートナー",
        OptionNone => "CSP プログラムのパートナーなし",
        ChangeOption => "このオファーの CSP リセラー対象ユーザーを「{from}」から「{to}」に変更してください。",
        RemoveFromList => "このオファーの一部の CSP パートナーの承認を取り消してください。対象ユーザーは「{option}」のままです。",
        RemovePartners => "承認を取り消すパートナー (Microsoft Entra テナント ID): {tenantIds}。",
        NoneResold => "これらのパートナーはいずれもオファーを再販していません。",
        NobodyResold => "オファーを再販した CSP パートナーはいません。",
        KeepPartners => "変更後に承認されるパートナー (Microsoft Entra テナント ID): {tenantIds}。",
        KeptResold => "既にオファーを再販しているため、引き続き承認されます: {tenantIds}。",
        CurrentPartners => "現在承認されているパートナー (Microsoft Entra テナント ID): {tenantIds}。",
        AddedPartners => "「CSP 対象ユーザーの同期」で同時に追加されたパートナー: {tenantIds}。",
        IntlPhone => "国際利用",
        IntlCallingCode => "国番号",
        IntlPhoneFormat => "電話番号を国際形式で、+ と国番号から入力してください (例: +81 3-1234-5678)。数字のほか、スペース、- . / ( ) も使用できます。",
    }
}

/// "one of " before a list of values to type, and the last "or" of a list (`invalid_type`).
pub(super) const TYPE_JOINERS: (&str, &str) = ("次のいずれか: ", " または ");

/// A JS type in words, as `invalid_type` says it.
pub(super) fn type_word(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "string" => "テキスト",
        "number" => "数値",
        "boolean" => "true または false",
        "array" => "リスト",
        "object" => "オブジェクト",
        "Uint8Array" => "Uint8Array",
        "null" => "null",
        "undefined" => "値なし",
        _ => return None,
    })
}
