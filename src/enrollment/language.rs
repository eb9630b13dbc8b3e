//! ENR-23: the preferred language, among the country's supported languages or cultures (REF-6).

use super::{limits, Ctx};
use crate::input::Text;
use crate::issue::{Issue, IssueCode};
use crate::markets::MarketRecord;

/// ENR-23: the preferred language, one of the country's supported languages or cultures (REF-6:
/// `supportedLanguagesList`, `supportedCulturesList`; `fr`, `fr-FR`, or any `fr-…` where `fr` is
/// listed, case-insensitive): an error against Partner Center's rules, a warning against derived ones.
pub(crate) fn check(ctx: &mut Ctx, text: &Text, market: Option<&'static MarketRecord>) -> Option<String> {
    let language = ctx.text(text, &["language"], false, limits::LANGUAGE)?;
    let (Some(rules), Some(market)) = (&ctx.rules, market) else { return Some(language) };
    let listed = rules.rules.supported_languages_list.iter().chain(&rules.rules.supported_cultures_list);
    let primary = language.split(['-', '_']).next().unwrap_or("");
    let known = |l: &String| l.eq_ignore_ascii_case(&language) || l.eq_ignore_ascii_case(primary);
    let mut all = listed.clone().peekable();
    if all.peek().is_none() || listed.clone().any(known) {
        return Some(language);
    }
    let issue = if rules.is_partner_centers() {
        Issue::error(IssueCode::LanguageNotSupported)
    } else {
        Issue::warning(IssueCode::LanguageNotSupported)
    };
    let languages = rules.rules.supported_languages_list.join(", ");
    ctx.push(
        issue
            .at(&["language"])
            .param("language", language.as_str())
            .param("countryName", market.name)
            .param("languages", languages),
    );
    Some(language)
}
