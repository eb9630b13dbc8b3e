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
    #[cfg(feature = "extra-locales")]
    #[serde(rename = "de")]
    De,
    #[cfg(feature = "extra-locales")]
    #[serde(rename = "es")]
    Es,
    #[cfg(feature = "extra-locales")]
    #[serde(rename = "it")]
    It,
    #[cfg(feature = "extra-locales")]
    #[serde(rename = "pt-BR")]
    PtBr,
    #[cfg(feature = "extra-locales")]
    #[serde(rename = "nl")]
    Nl,
    #[cfg(feature = "extra-locales")]
    #[serde(rename = "ja")]
    Ja,
    #[cfg(feature = "extra-locales")]
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[cfg(feature = "extra-locales")]
    #[serde(rename = "ko")]
    Ko,
}

impl Locale {
    /// Every supported locale, English (the fallback) first.
    #[cfg(not(feature = "extra-locales"))]
    pub const ALL: &'static [Locale] = &[Locale::En, Locale::Fr];
    /// With the `extra-locales` feature: the wanted locales of SPEC 0.4 too.
    #[cfg(feature = "extra-locales")]
    pub const ALL: &'static [Locale] = &[
        Locale::En,
        Locale::Fr,
        Locale::De,
        Locale::Es,
        Locale::It,
        Locale::PtBr,
        Locale::Nl,
        Locale::Ja,
        Locale::ZhHans,
        Locale::Ko,
    ];

    /// The BCP-47 tag (`"en"`, `"fr"`).
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
            #[cfg(feature = "extra-locales")]
            Locale::De => "de",
            #[cfg(feature = "extra-locales")]
            Locale::Es => "es",
            #[cfg(feature = "extra-locales")]
            Locale::It => "it",
            #[cfg(feature = "extra-locales")]
            Locale::PtBr => "pt-BR",
            #[cfg(feature = "extra-locales")]
            Locale::Nl => "nl",
            #[cfg(feature = "extra-locales")]
            Locale::Ja => "ja",
            #[cfg(feature = "extra-locales")]
            Locale::ZhHans => "zh-Hans",
            #[cfg(feature = "extra-locales")]
            Locale::Ko => "ko",
        }
    }

    /// The closest supported locale to a BCP-47 tag: `fr-CA` → `fr`, `de-AT` → `de`, `es-MX` → `es`,
    /// `pt`/`pt-PT` → `pt-BR`, `zh-CN` → `zh-Hans` (`zh-TW`, `zh-Hant` → `en`), `FR_fr` → `fr`, anything else → `en`.
    pub fn negotiate(tag: &str) -> Locale {
        let mut subtags = tag.trim().split(['-', '_']);
        let primary = subtags.next().unwrap_or("");
        // Traditional Chinese (zh-Hant, zh-TW, zh-HK, zh-MO) is not Simplified: English until it has its own texts.
        if primary.eq_ignore_ascii_case("zh")
            && subtags.any(|s| ["hant", "tw", "hk", "mo"].iter().any(|t| s.eq_ignore_ascii_case(t)))
        {
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
    }

    #[test]
    #[cfg(not(feature = "extra-locales"))]
    fn default_build_has_english_and_french_only() {
        assert_eq!(Locale::negotiate("de-AT"), Locale::En);
        assert_eq!(Locale::negotiate("ja-JP"), Locale::En);
        assert_eq!(supported_locales(), vec!["en", "fr"]);
    }

    #[test]
    #[cfg(feature = "extra-locales")]
    fn extra_locales_negotiate_on_the_primary_language() {
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
        assert_eq!(
            supported_locales(),
            vec!["en", "fr", "de", "es", "it", "pt-BR", "nl", "ja", "zh-Hans", "ko"]
        );
    }
}
