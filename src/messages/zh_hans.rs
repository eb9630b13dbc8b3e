//! 简体中文消息（合作伙伴中心用户所读的措辞）。

use crate::issue::IssueCode::{self, *};

pub(super) fn message(code: IssueCode) -> &'static str {
    match code {
        InvalidType => "应为 {expected}，收到的是 {received}。",
        Required => "此字段为必填字段。",
        TooLong => "最多 {max} 个字符。",
        TooShort => "至少 {min} 个字符。",
        InputTooLarge => "输入过大（超过 {maxBytes} 字节），未进行处理。",
        InvalidCharacters => "此字段包含无法保存的字符（{character}）：不允许使用控制字符和文本方向覆盖字符。",
        InvalidState => other_jobs!("保存的状态无效（{field}）：请从有效状态重新开始。"),
        InvalidEvent => other_jobs!("无法识别此事件，或其数据不完整（{field}）。"),
        TransitionNotAllowed => other_jobs!("无法从状态“{from}”执行“{event}”。"),
        InvalidDate => other_jobs!("请按 YYYY-MM-DD 格式输入日期，例如 2026-11-20。"),
        UnknownCountry => "“{country}”不是已知的国家/地区代码：请输入国家/地区的两字母 ISO 代码，例如 CN 或 US。",
        NotCspMarket => "{countryName}（{country}）不是 CSP 市场：CSP 产品/服务不在该地销售。",
        RegionMismatch => "{countryName} 属于 CSP 区域 {region}，{otherCountryName} 属于区域 {otherRegion}：CSP 业务只能在同一区域内开展。",
        PartnerIdCountryMismatch => "PartnerID 位于 {partnerIdCountryName}，而 CSP 帐户位于 {accountCountryName}：请使用 {accountCountryName} 的“位置”类型 PartnerID（必须是同一国家/地区，而不仅是同一区域）。",
        PartnerNotAuthorized => other_jobs!("合作伙伴 {tenantId} 不在发布者授权转售此产品/服务的 CSP 合作伙伴之列。"),
        MarketplaceUnavailable => other_jobs!("{countryName} 不在商业市场支持的地区内：无法向该地区的客户销售市场产品/服务。"),
        CspChannelUnavailable => other_jobs!("商业市场在 {countryName} 不支持 CSP 渠道：无法通过 CSP 合作伙伴在该地区销售此产品/服务。"),
        FreeOrByolOnly => other_jobs!("在 {countryName}，商业市场仅提供免费计划和自带许可（BYOL）计划：此销售需要类型为“free”或“byol”的计划。"),
        CountryMismatch => "地址所在的国家/地区（{addressCountryName}）不是帐户的法定国家/地区（{countryName}）：两者必须一致，且法定国家/地区之后无法更改。",
        CompanyNameSingleCharacter => "公司名称不能只有一个字符：请输入完整的法定名称。",
        CompanyNameSpecialOnly => "公司名称不能只包含特殊字符：请输入包含字母或数字的法定名称。",
        CompanyNameBlank => "公司名称不能只包含空格或制表符。",
        CompanyNameAbbreviationOnly => "“{abbreviation}”本身是法律形式，不是公司名称：请输入完整名称，例如 Contoso {abbreviation}。",
        CompanyNameDomain => "名称以域名后缀 {tld} 结尾：请确认这是贵公司的法定名称，而不是网址。",
        CompanyNameRepeatedCharacter => "名称是同一个字符的重复：请检查公司名称是否正确，它将用于批准您的帐户。",
        CompanyNameSpacedCharacters => "名称由空格分隔的单个字符组成：请检查公司名称是否正确，它将用于批准您的帐户。",
        UnknownState => "“{state}”不是 {countryName} 已知的州、省或地区：请从列表中选择，例如 {example}。",
        PostalCodeFormat => "邮政编码的格式应类似于 {example}。",
        PostalCodeStateMismatch => "此邮政编码不在 {state}，该地的邮政编码类似于 {example}：请检查州/省或邮政编码。",
        NonLatinCharacters => "请仅使用西欧（拉丁）字符，例如“Athens”，而不是“Ἀθηνᾶ”。",
        EmailFormat => "请输入有效的电子邮件地址，例如 {example}：只含一个 @，前面是名称，后面是 contoso.com 这样的域。",
        EmailWebmail => "{domain} 的地址来自网页邮箱服务（例如 Gmail、Yahoo! Mail、iCloud Mail、AOL Mail 或 Outlook.com），主要联系人不接受此类地址：请使用贵公司域名下的地址。",
        EmailRoleAccount => "“{localPart}@”是共享邮箱：请使用主要联系人本人的工作地址（不能是 info、admin、email 或 marketing）。",
        EmailTenantOnly => "{domain} 的地址通常没有邮箱：请确认此地址能够接收电子邮件，否则验证电子邮件将会丢失。",
        GovernmentDomain => "{domain} 是政府域名（{namespace}）：合作伙伴中心不支持使用政府域名注册。请使用全球（商业）云中的地址或租户。",
        PhoneFormat => "这不是 {countryName}（+{callingCode}）的有效电话号码：请按该国/地区内的拨号方式输入，或以 +{callingCode} 开头，使用数字，可包含空格、- . / ( )。",
        PhoneRequired => "位于 {countryName} 的帐户必须提供主要联系人的电话号码。",
        UrlFormat => "请输入网址，例如 {example}（http 或 https）。",
        DunsFormat => "DUNS 编号为 9 位数字（可包含连字符和空格），例如 {example}。",
        VatIdFormat => "此增值税号与 {countryName} 使用的格式不符，例如 {example}（可带或不带国家/地区前缀）。",
        VatIdRecommended => "请添加增值税号：在欧盟（{countryName}），必须先注册增值税号才能销售。",
        RegistrationIdRequired => "{countryName} 的合作伙伴必须提供公司注册 ID（{idName}）。",
        RegistrationIdFormat => "此 {idName} 无效：请检查其格式和校验位，例如 {example}。",
        PartnerIdFormat => "PartnerID 仅由 6 到 10 位数字组成，例如 {example}。",
        PartnerIdMissing => "尚无 PartnerID：可以稍后添加，但在关联之前，无法签署 Microsoft 合作伙伴协议，也无法进行交易。",
        DomainFormat => "请输入域，例如 {example}（.onmicrosoft.com 之前只能是字母和数字）。",
        UnknownField => "“{field}”不是注册表单中的字段，因此未进行任何检查：请检查路径的拼写，例如 address.postalCode。",
        InvalidRules => "传入的国家/地区规则中没有可用的 {field}（应为 {expected}）：将使用内置规则。",
        UnsupportedRulesPattern => "国家/地区规则的模式 {field} 无法在此安全运行（{construct}）：将使用内置检查。",
        StateOwnMarket => "{stateName} 是独立的 CSP 市场，不是 {countryName} 的州：请以 {stateName}（{market}）作为帐户所在国家/地区注册。",
        CountryDataNotLoaded => "尚无法检查此字段：{countryName} 的数据尚未加载（请先调用 loadCountry(\"{country}\")）。",
        LanguageNotSupported => "“{language}”不是 Partner Center 在 {countryName} 提供的语言：请从 {languages} 中选择。",
        GlobalAdminRequired => other_jobs!("只有全局管理员可以执行此操作。"),
        PartnerIdNotAssociated => other_jobs!("请先关联 PartnerID，然后再签署 Microsoft 合作伙伴协议。"),
        RevenueThresholdMet => other_jobs!("过去 12 个月的收入为 {revenueUsd} USD，达到或超过 1,000 USD 的阈值：帐户不会被取消授权。"),
        RevenueRuleNotInEffect => other_jobs!("过去 12 个月收入 1,000 美元的要求自 {effectiveDate} 起适用：无法在 {date} 因收入过低而取消帐户授权。"),
        ConsentRequired => other_jobs!("接受之前，请选中复选框以授权间接提供商。"),
        SupportRequestRequired => other_jobs!("经销商不能自行终止合作关系：请提交 Microsoft 支持请求。"),
        OfferNotEligible => other_jobs!("{offerType} 类型的产品/服务不能通过 CSP 合作伙伴销售：只有可交易的 SaaS 产品/服务、虚拟机、解决方案模板、托管应用程序、Dynamics 365 Business Central 产品/服务和容器可以。"),
        PartnerHasResold => other_jobs!("合作伙伴 {tenantId} 已将此产品/服务转售给客户：无法删除其授权。"),
        ResoldPartnersKept => other_jobs!("已转售此产品/服务的合作伙伴仍保持授权（{count}）：{tenantIds}。"),
        MarketingUrlRequired => other_jobs!("请添加指向 CSP 营销材料的 https URL：产品/服务向 CSP 合作伙伴开放后，此项为必填。"),
        TenantIdFormat => other_jobs!("请以 GUID 格式输入 Microsoft Entra 租户 ID，例如 {example}。"),
        CsvHeaderMissing => other_jobs!("第一行必须包含租户 ID 列名（tenantId、Tenant ID、Microsoft Entra tenant ID 或 ID）。"),
        CsvUnterminatedQuote => other_jobs!("从此处开始的带引号字段没有闭合：请添加缺少的右引号（\"）。"),
        DuplicatePartner => other_jobs!("租户 {tenantId} 已在列表中：仅保留一次。"),
        CsvRowSkipped => other_jobs!("类型为 {type} 的行不是租户 ID：已跳过该行（仅读取 TenantID 行）。"),
        CsvEncoding => other_jobs!("文件不是 UTF-8 编码：已按 Windows-1252（西欧）读取。如果字母显示不正确，请将其另存为“CSV UTF-8”后重新导入。"),
        CsvTooManyIssues => other_jobs!("还有 {count} 个问题未列出（仅列出前 {max} 个）。"),
    }
}

pub(super) fn label(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "postal" => "邮政编码",
        "zip" => "ZIP 编码",
        "pin" => "PIN 码",
        "eircode" => "Eircode",
        "area" => "地区",
        "county" => "郡",
        "department" => "省",
        "district" => "区",
        "do_si" => "道/市",
        "emirate" => "酋长国",
        "island" => "岛",
        "oblast" => "州",
        "parish" => "教区",
        "prefecture" => "都道府县",
        "province" => "省",
        "state" => "州",
        "city" => "城市",
        "post_town" => "邮政城镇",
        "suburb" => "街区",
        _ => return None,
    })
}

/// Texts of the prefilled support request (AUD-3) and of the CSP contact's phone issue (AUD-4).
pub(super) fn audience(key: super::AudienceText) -> &'static str {
    use super::AudienceText::*;
    match key {
        ProductVersion => "实时产品/服务管理",
        Problem => "更新现有产品/服务",
        Title => "取消 CSP 授权",
        OptionAll => "CSP 计划中的任何合作伙伴",
        OptionSpecific => "我选择的 CSP 计划中的特定合作伙伴",
        OptionNone => "CSP 计划中没有合作伙伴",
        ChangeOption => "请将此产品/服务的 CSP 经销商受众从“{from}”更改为“{to}”。",
        RemoveFromList => "请取消此产品/服务部分 CSP 合作伙伴的授权；受众仍为“{option}”。",
        RemovePartners => "要取消授权的合作伙伴（Microsoft Entra 租户 ID）：{tenantIds}。",
        NoneResold => "这些合作伙伴均未转售此产品/服务。",
        NobodyResold => "没有 CSP 合作伙伴转售过此产品/服务。",
        KeepPartners => "更改后获得授权的合作伙伴（Microsoft Entra 租户 ID）：{tenantIds}。",
        KeptResold => "已转售此产品/服务，因此仍保持授权：{tenantIds}。",
        CurrentPartners => "目前获得授权的合作伙伴（Microsoft Entra 租户 ID）：{tenantIds}。",
        AddedPartners => "通过“同步 CSP 受众”同时添加的合作伙伴：{tenantIds}。",
        IntlPhone => "国际使用",
        IntlCallingCode => "国家/地区代码",
        IntlPhoneFormat => "请按国际格式输入电话号码，以 + 和国家/地区代码开头，例如 +86 10 1234 5678：使用数字，可包含空格、- . / ( )。",
    }
}

/// "one of " before a list of values to type, and the last "or" of a list (`invalid_type`).
pub(super) const TYPE_JOINERS: (&str, &str) = ("以下值之一：", " 或 ");

/// A JS type in words, as `invalid_type` says it.
pub(super) fn type_word(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "string" => "文本",
        "number" => "数字",
        "boolean" => "true 或 false",
        "array" => "列表",
        "object" => "对象",
        "Uint8Array" => "Uint8Array",
        "null" => "null",
        "undefined" => "空值",
        _ => return None,
    })
}
