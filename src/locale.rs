//! Locales of the messages (SPEC 0.4): negotiation from a BCP-47 tag to a supported one.

use serde::Serialize;

/// A language the messages are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum Locale {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "de")]
    De,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "it")]
    It,
    #[serde(rename = "pt-BR")]
    PtBr,
    #[serde(rename = "nl")]
    Nl,
    #[serde(rename = "ja")]
    Ja,
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "ko")]
    Ko,
}

impl Locale {
    /// Every supported locale, English (the fallback) first.
    pub const ALL: &'static [Locale] = &[Locale::En, Locale::Fr, Locale::De, Locale::Es, Locale::It, Locale::PtBr, Locale::Nl, Locale::Ja, Locale::ZhHans, Locale::Ko];

    /// The BCP-47 tag (`"en"`, `"fr"`).
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::De => "de",
            Locale::Es => "es",
            Locale::It => "it",
            Locale::PtBr => "pt-BR",
            Locale::Nl => "nl",
            Locale::Ja => "ja",
            Locale::ZhHans => "zh-Hans",
            Locale::Ko => "ko",
        }
    }

    /// The closest supported locale to a BCP-47 tag: `fr-CA` → `fr`, `de-AT` → `de`, `es-MX` → `es`,
    /// `pt`/`pt-PT` → `pt-BR`, `zh-CN` → `zh-Hans` (`zh-TW`, `zh-Hant` → `en`), `FR_fr` → `fr`, anything else → `en`.
    pub fn negotiate(tag: &str) -> Locale {
        let mut subtags = tag.trim().split(['-', '_']);
        let primary = subtags.next().unwrap_or("");
        // Traditional Chinese (zh-Hant, zh-TW, zh-HK, zh-MO) is not Simplified: English until it has its own texts.
        if primary.eq_ignore_ascii_case("zh") && subtags.any(|s| ["hant", "tw", "hk", "mo"].iter().any(|t| s.eq_ignore_ascii_case(t))) {
            return Locale::En;
        }
        // Matched on the primary language: `pt-PT` gets Brazilian Portuguese, the closest there is.
        Locale::ALL
            .iter()
            .copied()
            .find(|l| l.tag().split('-').next().is_some_and(|p| p.eq_ignore_ascii_case(primary)))
            .unwrap_or_default()
    }
}

/// `supportedLocales()`: the tags of [`Locale::ALL`].
pub fn supported_locales() -> Vec<&'static str> {
    Locale::ALL.iter().map(|l| l.tag()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_negotiation_falls_back_to_english() {
        assert_eq!(Locale::negotiate("fr-CA"), Locale::Fr);
        assert_eq!(Locale::negotiate("FR"), Locale::Fr);
        assert_eq!(Locale::negotiate("fr_BE"), Locale::Fr);
        assert_eq!(Locale::negotiate("en-GB"), Locale::En);
        assert_eq!(Locale::negotiate("xx"), Locale::En);
        assert_eq!(Locale::negotiate(""), Locale::En);
        assert_eq!(Locale::negotiate("de-AT"), Locale::De);
        assert_eq!(Locale::negotiate("es-419"), Locale::Es);
        assert_eq!(Locale::negotiate("pt-BR"), Locale::PtBr);
        assert_eq!(Locale::negotiate("pt"), Locale::PtBr);
        assert_eq!(Locale::negotiate("it-CH"), Locale::It);
        assert_eq!(Locale::negotiate("nl-BE"), Locale::Nl);
        assert_eq!(Locale::negotiate("ja-JP"), Locale::Ja);
        assert_eq!(Locale::negotiate("zh-CN"), Locale::ZhHans);
        assert_eq!(Locale::negotiate("zh-Hans-SG"), Locale::ZhHans);
        assert_eq!(Locale::negotiate("zh"), Locale::ZhHans);
        assert_eq!(Locale::negotiate("zh-TW"), Locale::En);
        assert_eq!(Locale::negotiate("zh-Hant-HK"), Locale::En);
        assert_eq!(Locale::negotiate("ko-KR"), Locale::Ko);
        assert_eq!(supported_locales(), vec!["en", "fr", "de", "es", "it", "pt-BR", "nl", "ja", "zh-Hans", "ko"]);
    }
}
