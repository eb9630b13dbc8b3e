//! What the state machines share (SPEC 0.3, §3, §4): the transition result, effects, actor roles,
//! and the lenient reading of states and events that arrive from JS or JSON.
//!
//! A state or an event is given either typed (Rust callers) or as any value ([`Given::Raw`], one
//! [`Value`] of the one reader, `src/read/`): the typed form is read from its members ([`Decode`],
//! [`Fields`]), so a wrong value becomes an `invalid_state` / `invalid_event` issue naming the
//! field, never a default.

use crate::input::ValueKind;
use crate::issue::{Issue, IssueCode};
use crate::locale::Locale;
use crate::read::{FromValue, Value};
use serde::Serialize;

/// The lenient boolean of the audience state (in `input`, with the other lenient leaves).
pub use crate::input::Flag;

/// The answer of a transition: `state` is the next state when `ok`, the given one otherwise (or
/// the start state when the given one was not a valid state: `invalid_state`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
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
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    pub enum ActorRole {
        GlobalAdmin = "globalAdmin",
        Admin = "admin",
        User = "user",
    }
}

/// A state or an event as the caller gave it: typed, or any JSON/JS value (read when used, with
/// [`Decode`]). Rust callers pass typed values (`From<T>`, `From<&T>`); JSON and wasm callers read
/// this type ([`FromValue`]), which accepts any value.
#[derive(Debug, Clone)]
pub enum Given<T> {
    Typed(T),
    Raw(Value),
}

impl<T> Default for Given<T> {
    fn default() -> Self {
        Given::Raw(Value::Missing)
    }
}

impl<T> From<T> for Given<T> {
    fn from(value: T) -> Self {
        Given::Typed(value)
    }
}

impl<T: Clone> From<&T> for Given<T> {
    fn from(value: &T) -> Self {
        Given::Typed(value.clone())
    }
}

impl<T> Given<T> {
    /// A raw state or event from a JSON value (natively: tests, the server).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn json(json: &serde_json::Value) -> Self {
        Given::Raw(Value::from_json(json))
    }
}

/// Any value; the walker reads only the members the state or event reads ([`Decode::shape`]).
impl<T: Decode> FromValue for Given<T> {
    fn from_value(value: Value) -> Self {
        Given::Raw(value)
    }

    fn shape(out: &mut String) {
        T::shape(out)
    }
}

/// A typed state or event read from the members of an object, or the names of the fields that are
/// missing or of the wrong type (in the order of the `invalid_state` / `invalid_event` issues).
pub trait Decode: Sized {
    /// Reads the members.
    fn decode(fields: Fields) -> Result<Self, Vec<&'static str>>;

    /// The members read (a walker shape: see [`FromValue::shape`]).
    fn shape(out: &mut String);
}

/// serde's `Deserialize` for typed states and events (Rust callers that store them): the value as
/// a [`Value`] (the one serde visitor, `src/read/deserialize.rs`), then [`Decode`]; a value that is
/// not one is serde's error naming the bad fields.
macro_rules! deserialize_via_decode {
    ($($ty:ty),+ $(,)?) => {
        $(
            impl<'de> serde::Deserialize<'de> for $ty {
                fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    $crate::transition::from_decoded(&<$crate::read::Value as serde::Deserialize>::deserialize(d)?)
                        .map_err(<D::Error as serde::de::Error>::custom)
                }
            }
        )+
    };
}
pub(crate) use deserialize_via_decode;

/// A typed state or event read from a value, or why not (see [`deserialize_via_decode`]).
pub(crate) fn from_decoded<T: Decode>(value: &Value) -> Result<T, String> {
    match value {
        Value::Object(_) => {
            T::decode(Fields(value)).map_err(|bad| format!("invalid field(s): {}", bad.join(", ")))
        }
        _ => Err("expected an object".to_owned()),
    }
}

/// The shape `{a,b,…}` of an object whose members are all leaves.
pub(crate) fn members(out: &mut String, keys: &[&str]) {
    out.push('{');
    out.push_str(&keys.join(","));
    out.push('}');
}

static MISSING: Value = Value::Missing;

/// The members of a raw state or event (an object, or nothing), read by name.
#[derive(Debug, Clone, Copy)]
pub struct Fields<'a>(&'a Value);

impl<'a> Fields<'a> {
    /// The member `key` (missing when absent).
    pub fn get(self, key: &str) -> &'a Value {
        self.0.get(key).unwrap_or(&MISSING)
    }

    /// The members of the member `key` (an object, or nothing).
    pub fn member(self, key: &str) -> Fields<'a> {
        Fields(self.get(key))
    }

    /// The member `key` if it is a string a text field keeps (not over the field limit).
    pub fn str(self, key: &str) -> Option<&'a str> {
        str_of(self.get(key))
    }

    /// A required string: `Some` when the member is one, else `field` is bad.
    pub fn text(self, field: &'static str, bad: &mut Vec<&'static str>) -> Option<String> {
        let text = self.str(field).map(str::to_owned);
        if text.is_none() {
            bad.push(field);
        }
        text
    }

    /// An optional string: absent is `None`; any other non-string is a bad field.
    pub fn optional_text(self, field: &'static str, bad: &mut Vec<&'static str>) -> Option<String> {
        if self.get(field).is_missing() {
            return None;
        }
        self.text(field, bad)
    }

    /// A required boolean.
    pub fn flag(self, field: &'static str, bad: &mut Vec<&'static str>) -> bool {
        match self.get(field) {
            Value::Bool(b) => *b,
            _ => {
                bad.push(field);
                false
            }
        }
    }

    /// The required `actorRole` of an event (a bad field when it is not a known role).
    pub fn role(self, bad: &mut Vec<&'static str>) -> ActorRole {
        self.str("actorRole").and_then(ActorRole::parse).unwrap_or_else(|| {
            bad.push("actorRole");
            ActorRole::User
        })
    }

    /// The event type `type` names (trimmed, exact case), or `type` as the bad field.
    pub fn event_type<T: Copy>(
        self,
        all: impl IntoIterator<Item = T>,
        name: impl Fn(T) -> &'static str,
    ) -> Result<T, Vec<&'static str>> {
        let kind = self.str("type").map(str::trim);
        all.into_iter().find(|t| Some(name(*t)) == kind).ok_or_else(|| vec!["type"])
    }

    /// The `status` member, trimmed (`""` when it holds no string).
    pub fn status(self) -> &'a str {
        self.str("status").map(str::trim).unwrap_or("")
    }

    /// A list of strings: `Some` when the member is an array of strings only.
    pub fn strings(self, field: &str) -> Option<Vec<String>> {
        match self.get(field) {
            Value::Array(items) => items.iter().map(|v| str_of(v).map(str::to_owned)).collect(),
            Value::Unread(ValueKind::Array) => Some(Vec::new()),
            _ => None,
        }
    }
}

/// The string of a value, if a text field keeps it (see [`Text`]'s reading: not over the limit).
fn str_of(value: &Value) -> Option<&str> {
    value.as_str().filter(|s| s.len() <= crate::input::MAX_FIELD_BYTES)
}

/// Turns a [`Given`] into its typed value or the issues refusing it (`code`: `invalid_state` or
/// `invalid_event`; `field` param and path, path `[]` for the whole value).
pub(crate) fn decode<T: Clone + Decode>(
    given: &Given<T>,
    code: IssueCode,
    locale: Locale,
) -> Result<T, Vec<Issue>> {
    let fields = match given {
        Given::Typed(t) => return Ok(t.clone()),
        Given::Raw(value @ (Value::Object(_) | Value::Unread(ValueKind::Object))) => {
            match T::decode(Fields(value)) {
                Ok(t) => return Ok(t),
                Err(fields) => fields,
            }
        }
        Given::Raw(_) => vec![""],
    };
    Err(fields.into_iter().map(|f| invalid(code, f, locale)).collect())
}

/// Reads a state: decoded ([`decode`]), then its [`Machine::invariants`] checked (the names of the
/// fields that contradict each other); `invalid_state` issues otherwise.
pub(crate) fn read_state<S: Machine>(given: &Given<S>, locale: Locale) -> Result<S, Vec<Issue>> {
    let state = decode(given, IssueCode::InvalidState, locale)?;
    match state.invariants() {
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

/// A state machine as its `apply` opens ([`begin`]): its typed state (`Self`) and event, its start,
/// its invariants and which events each state takes.
pub(crate) trait Machine: Clone + Decode {
    type Event: Clone + Decode;
    /// The state given back, with the issues, when the given one is not a state.
    fn start() -> Self;
    /// The invariants of a decoded state: the fields that contradict each other.
    fn invariants(&self) -> Result<(), Vec<&'static str>>;
    /// Whether the state takes the event (before the conditions on its payload).
    fn takes(&self, event: &Self::Event) -> bool;
    /// The `from` and `event` params of `transition_not_allowed`.
    fn names(&self, event: &Self::Event) -> (&'static str, &'static str);
}

/// The opening of every `apply`: the state read and checked ([`read_state`]), the event decoded,
/// both refused together ([`Transition::read`]), then `transition_not_allowed` for an event the
/// state does not take. `Ok` with both when the machine may step.
pub(crate) fn begin<S: Machine>(
    state: &Given<S>,
    event: &Given<S::Event>,
    locale: Locale,
) -> Result<(S, S::Event), Transition<S>> {
    let state = read_state(state, locale);
    let event = decode(event, IssueCode::InvalidEvent, locale);
    let (state, event) = Transition::read(state, event, S::start)?;
    if !state.takes(&event) {
        let (from, name) = state.names(&event);
        return Err(Transition::refused(state, vec![not_allowed(from, name, locale)]));
    }
    Ok((state, event))
}

/// `transition_not_allowed` (params `from`, `event`).
pub(crate) fn not_allowed(from: &str, event: &str, locale: Locale) -> Issue {
    Issue::error(IssueCode::TransitionNotAllowed).param("from", from).param("event", event).build(locale)
}

/// `value` when no field was found bad, else the bad fields.
pub(crate) fn unless_bad<T>(value: T, bad: Vec<&'static str>) -> Result<T, Vec<&'static str>> {
    if bad.is_empty() {
        Ok(value)
    } else {
        Err(bad)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_name_the_wrong_members_in_reading_order() {
        let value = Value::from_json(&serde_json::json!({
            "type": " accept ", "on": 1, "ok": true, "reasons": ["a", 1], "list": ["a", "b"], "actorRole": "Admin"
        }));
        let fields = Fields(&value);
        let mut bad = Vec::new();
        assert_eq!(fields.event_type(["accept"], |t| t), Ok("accept"));
        assert_eq!(fields.text("on", &mut bad), None);
        assert_eq!(fields.optional_text("missing", &mut bad), None);
        assert!(fields.flag("ok", &mut bad));
        assert!(!fields.flag("missing", &mut bad));
        assert_eq!(fields.role(&mut bad), ActorRole::User);
        assert_eq!(fields.strings("reasons"), None);
        assert_eq!(fields.strings("list"), Some(vec!["a".into(), "b".into()]));
        assert_eq!(bad, ["on", "missing", "actorRole"]);
        assert_eq!(Fields(&Value::Missing).status(), "");
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
