//! What the state machines share (SPEC 0.3, §3, §4): the transition result, effects, actor roles,
//! and the lenient reading of states and events that arrive from JS or JSON.
//!
//! A state or an event is given either typed (Rust callers) or as any value ([`Given::Raw`]):
//! the raw form is read with lenient field types, then checked into the typed form, so a wrong
//! value becomes an `invalid_state` / `invalid_event` issue naming the field, never a default.

use crate::input::{Loose, Text, ValueKind};
use crate::issue::{Issue, IssueCode};
use crate::locale::Locale;
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Serialize;
use std::fmt;
use tsify::Tsify;

/// The answer of a transition: `state` is the next state when `ok`, the given one otherwise (or
/// the start state when the given one was not a valid state: `invalid_state`).
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Transition<S> {
    pub ok: bool,
    pub issues: Vec<Issue>,
    pub state: S,
    /// What the caller should do now (send an e-mail…); empty when not `ok`.
    pub effects: Vec<Effect>,
}

impl<S> Transition<S> {
    pub(crate) fn done(state: S, effects: Vec<Effect>, issues: Vec<Issue>) -> Self {
        Transition { ok: true, issues, state, effects }
    }

    pub(crate) fn refused(state: S, issues: Vec<Issue>) -> Self {
        Transition { ok: false, issues, state, effects: Vec::new() }
    }

    /// The state and the event of an `apply` once both are read, or the transition that refuses
    /// them: a bad event keeps the state; a bad state gives `start()`, with the event's issues too.
    pub(crate) fn read<E>(
        state: Result<S, Vec<Issue>>,
        event: Result<E, Vec<Issue>>,
        start: impl FnOnce() -> S,
    ) -> Result<(S, E), Self> {
        match (state, event) {
            (Ok(s), Ok(e)) => Ok((s, e)),
            (Ok(s), Err(issues)) => Err(Transition::refused(s, issues)),
            (Err(mut issues), other) => {
                issues.extend(other.err().unwrap_or_default());
                Err(Transition::refused(start(), issues))
            }
        }
    }
}

/// A side effect the caller performs after a transition (the rules never send anything themselves).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, Tsify)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Effect {
    /// E-mail the primary contact a link to verify the address (submit, resend).
    SendVerificationEmail,
    /// Tell the primary contact the outcome of the vetting (approve, reject).
    NotifyPrimaryContact,
    /// Open a Microsoft support request (vetting overdue after 5 business days).
    OpenSupportRequest,
}

crate::string_enum::string_enum! {
    /// Who performs an action in Partner Center.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Tsify)]
    pub enum ActorRole {
        GlobalAdmin = "globalAdmin",
        Admin = "admin",
        User = "user",
    }
}

/// A state or an event as the caller gave it: typed, or any JSON/JS value `R` (read leniently,
/// checked when used). Rust callers pass typed values (`From<T>`, `From<&T>`); JSON and wasm
/// callers deserialize this type, which accepts any value.
#[derive(Debug, Clone)]
pub enum Given<T, R> {
    Typed(T),
    Raw(Loose<R>),
}

impl<T, R> Default for Given<T, R> {
    fn default() -> Self {
        Given::Raw(Loose::Missing)
    }
}

impl<T, R> From<T> for Given<T, R> {
    fn from(value: T) -> Self {
        Given::Typed(value)
    }
}

impl<T: Clone, R> From<&T> for Given<T, R> {
    fn from(value: &T) -> Self {
        Given::Typed(value.clone())
    }
}

impl<'de, T, R: Deserialize<'de>> Deserialize<'de> for Given<T, R> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Loose::<R>::deserialize(d).map(Given::Raw)
    }
}

/// Reads a raw state or event into its typed form, or says which fields are wrong.
pub trait Decode {
    type Typed;
    /// The typed value, or the names of the fields that are missing or of the wrong type.
    fn decode(&self) -> Result<Self::Typed, Vec<&'static str>>;
}

/// Turns a [`Given`] into its typed value or the issues refusing it (`code`: `invalid_state` or
/// `invalid_event`; `field` param and path, path `[]` for the whole value).
pub(crate) fn decode<T: Clone, R: Decode<Typed = T>>(
    given: &Given<T, R>,
    code: IssueCode,
    locale: Locale,
) -> Result<T, Vec<Issue>> {
    let fields = match given {
        Given::Typed(t) => return Ok(t.clone()),
        Given::Raw(Loose::Value(raw)) => match raw.decode() {
            Ok(t) => return Ok(t),
            Err(fields) => fields,
        },
        Given::Raw(_) => vec![""],
    };
    Err(fields.into_iter().map(|f| invalid(code, f, locale)).collect())
}

/// Reads a state: decoded ([`decode`]), then its invariants checked by `check` (the names of the
/// fields that contradict each other); `invalid_state` issues otherwise.
pub(crate) fn read_state<T: Clone, R: Decode<Typed = T>>(
    given: &Given<T, R>,
    check: impl Fn(&T) -> Result<(), Vec<&'static str>>,
    locale: Locale,
) -> Result<T, Vec<Issue>> {
    let state = decode(given, IssueCode::InvalidState, locale)?;
    match check(&state) {
        Ok(()) => Ok(state),
        Err(fields) => Err(fields.into_iter().map(|f| invalid(IssueCode::InvalidState, f, locale)).collect()),
    }
}

/// An `invalid_state` / `invalid_event` issue about `field` (`""`: the whole value).
pub(crate) fn invalid(code: IssueCode, field: &str, locale: Locale) -> Issue {
    let subject = if code == IssueCode::InvalidState { "state" } else { "event" };
    let builder = Issue::error(code).param("field", if field.is_empty() { subject } else { field });
    if field.is_empty() || code == IssueCode::InvalidState {
        builder.build(locale)
    } else {
        builder.at(&[field]).build(locale)
    }
}

/// `transition_not_allowed` (params `from`, `event`).
pub(crate) fn not_allowed(from: &str, event: &str, locale: Locale) -> Issue {
    Issue::error(IssueCode::TransitionNotAllowed).param("from", from).param("event", event).build(locale)
}

/// A boolean field: absent, a boolean, or a value of another type (state machines and the audience
/// state alike).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Flag {
    #[default]
    Missing,
    Bool(bool),
    Invalid(ValueKind),
}

impl From<bool> for Flag {
    fn from(b: bool) -> Self {
        Flag::Bool(b)
    }
}

impl Flag {
    /// The boolean; `false` when absent; `None` for a value of another type.
    pub fn get(self) -> Option<bool> {
        match self {
            Flag::Missing => Some(false),
            Flag::Bool(b) => Some(b),
            Flag::Invalid(_) => None,
        }
    }

    pub fn is_missing(&self) -> bool {
        matches!(self, Flag::Missing)
    }
}

/// Written back as a boolean (`false` when it holds none).
impl Serialize for Flag {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bool(matches!(self, Flag::Bool(true)))
    }
}

/// A number field: absent, a number, or a value of another type.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Number {
    #[default]
    Missing,
    Num(f64),
    Invalid(ValueKind),
}

/// An array of strings: absent, the array (`None` for an element that is not a string), or another type.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum TextList {
    #[default]
    Missing,
    Items(Vec<Option<String>>),
    Invalid(ValueKind),
}

macro_rules! lenient_visitor {
    ($visitor:ident, $ty:ident, $expecting:literal, { $($body:tt)* }) => {
        struct $visitor;
        impl<'de> Visitor<'de> for $visitor {
            type Value = $ty;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str($expecting)
            }
            fn visit_none<E: de::Error>(self) -> Result<$ty, E> {
                Ok($ty::Missing)
            }
            fn visit_unit<E: de::Error>(self) -> Result<$ty, E> {
                Ok($ty::Missing)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<$ty, D::Error> {
                d.deserialize_any($visitor)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<$ty, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok($ty::Invalid(ValueKind::Object))
            }
            $($body)*
        }
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                d.deserialize_any($visitor)
            }
        }
    };
}

lenient_visitor!(FlagVisitor, Flag, "a boolean", {
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Flag, E> {
        Ok(Flag::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Flag, E> {
        Ok(Flag::Invalid(ValueKind::Number))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Flag, E> {
        Ok(Flag::Invalid(ValueKind::Number))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Flag, E> {
        Ok(Flag::Invalid(ValueKind::Number))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Flag, E> {
        Ok(Flag::Invalid(ValueKind::String))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Flag, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Flag::Invalid(ValueKind::Array))
    }
});

lenient_visitor!(NumberVisitor, Number, "a number", {
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Number, E> {
        Ok(Number::Invalid(ValueKind::Boolean))
    }
    #[allow(clippy::cast_precision_loss)]
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Number, E> {
        Ok(Number::Num(v as f64))
    }
    #[allow(clippy::cast_precision_loss)]
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Number, E> {
        Ok(Number::Num(v as f64))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Number, E> {
        Ok(Number::Num(v))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Number, E> {
        Ok(Number::Invalid(ValueKind::String))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Number, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Number::Invalid(ValueKind::Array))
    }
});

lenient_visitor!(TextListVisitor, TextList, "an array of strings", {
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<TextList, E> {
        Ok(TextList::Invalid(ValueKind::Boolean))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<TextList, E> {
        Ok(TextList::Invalid(ValueKind::Number))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<TextList, E> {
        Ok(TextList::Invalid(ValueKind::Number))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<TextList, E> {
        Ok(TextList::Invalid(ValueKind::Number))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<TextList, E> {
        Ok(TextList::Invalid(ValueKind::String))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<TextList, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<crate::input::Text>()? {
            items.push(match item {
                crate::input::Text::Str(s) => Some(s),
                _ => None,
            });
        }
        Ok(TextList::Items(items))
    }
});

/// The event type a raw event's `type` names (trimmed, exact case), or `type` as the bad field.
pub(crate) fn event_type<T: Copy>(
    kind: &Text,
    all: impl IntoIterator<Item = T>,
    name: impl Fn(T) -> &'static str,
) -> Result<T, Vec<&'static str>> {
    let kind = kind.as_str().map(str::trim);
    all.into_iter().find(|t| Some(name(*t)) == kind).ok_or_else(|| vec!["type"])
}

/// `value` when no field was found bad, else the bad fields.
pub(crate) fn unless_bad<T>(value: T, bad: Vec<&'static str>) -> Result<T, Vec<&'static str>> {
    if bad.is_empty() {
        Ok(value)
    } else {
        Err(bad)
    }
}

/// Reads the required `actorRole` of an event (a bad field when it is not a known role).
pub(crate) fn role_field(text: &Text, bad: &mut Vec<&'static str>) -> ActorRole {
    text.as_str().and_then(ActorRole::parse).unwrap_or_else(|| {
        bad.push("actorRole");
        ActorRole::User
    })
}

/// Reads a required string of a raw value: `Some` when it is a string.
pub(crate) fn text_field(
    text: &crate::input::Text,
    field: &'static str,
    bad: &mut Vec<&'static str>,
) -> Option<String> {
    match text {
        crate::input::Text::Str(s) => Some(s.clone()),
        _ => {
            bad.push(field);
            None
        }
    }
}

/// Reads an optional string: absent is `None`; any other non-string is a bad field.
pub(crate) fn optional_text(
    text: &crate::input::Text,
    field: &'static str,
    bad: &mut Vec<&'static str>,
) -> Option<String> {
    match text {
        crate::input::Text::Missing => None,
        other => text_field(other, field, bad),
    }
}

/// Reads a required boolean of a raw value.
pub(crate) fn flag_field(flag: Flag, field: &'static str, bad: &mut Vec<&'static str>) -> bool {
    match flag {
        Flag::Bool(b) => b,
        _ => {
            bad.push(field);
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lenient_fields_accept_any_json_value() {
        let flags: Vec<Flag> = serde_json::from_str(r#"[true, null, 1, "x", [], {}]"#).unwrap();
        assert_eq!(
            flags,
            [
                Flag::Bool(true),
                Flag::Missing,
                Flag::Invalid(ValueKind::Number),
                Flag::Invalid(ValueKind::String),
                Flag::Invalid(ValueKind::Array),
                Flag::Invalid(ValueKind::Object)
            ]
        );
        let numbers: Vec<Number> = serde_json::from_str(r#"[1, -2, 2.5, "3", true]"#).unwrap();
        assert_eq!(numbers[..3], [Number::Num(1.0), Number::Num(-2.0), Number::Num(2.5)]);
        assert_eq!(numbers[3], Number::Invalid(ValueKind::String));
        let lists: Vec<TextList> = serde_json::from_str(r#"[["a", 1], "a", null]"#).unwrap();
        assert_eq!(
            lists,
            [
                TextList::Items(vec![Some("a".into()), None]),
                TextList::Invalid(ValueKind::String),
                TextList::Missing
            ]
        );
    }

    #[test]
    fn effects_and_roles_are_tagged_camel_case() {
        assert_eq!(
            serde_json::to_string(&Effect::OpenSupportRequest).unwrap(),
            r#"{"type":"openSupportRequest"}"#
        );
        assert_eq!(serde_json::to_string(&ActorRole::GlobalAdmin).unwrap(), r#""globalAdmin""#);
        assert_eq!(ActorRole::parse(" globalAdmin "), Some(ActorRole::GlobalAdmin));
        assert_eq!(ActorRole::parse("GlobalAdmin"), None);
    }
}
