//! Phone numbers (ENR-15, and `support.phone` required by ENR-16).
//!
//! Implemented here: presence (support phone required) and the length limit.
//! To do (issue 3): parsing against the country's numbering (`data/phone-numbering.tsv`), E.164
//! normalization, `+CC` prefixes, `phone_format`, and `phone_required` for the primary contact in the
//! listed countries.

use super::{limits, Ctx};
use crate::input::Text;
use crate::markets::MarketRecord;

/// Whose phone: the primary contact's (a `+CC` prefix must be the account country's) or customer
/// support's (any country's calling code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PhoneKind {
    PrimaryContact,
    Support,
}

/// Checks a phone field; returns its normalized form (E.164 once parsing is in) when usable.
pub(crate) fn check(ctx: &mut Ctx, text: &Text, path: &[&str], market: Option<&'static MarketRecord>, kind: PhoneKind) -> Option<String> {
    let _ = market;
    ctx.text(text, path, kind == PhoneKind::Support, limits::PHONE)
}
