//! Input as it arrives from JS or JSON (SPEC 0.6): any value is accepted at the border and
//! judged by the rules, so a wrong type becomes an `invalid_type` issue instead of a failure.

use crate::issue::{Issue, IssueCode};
use crate::locale::Locale;
use crate::read::{FromValue, Value};
use serde::{Serialize, Serializer};

/// Largest string accepted in one field: above it the field is refused with `input_too_large`.
pub use crate::read::MAX_FIELD_BYTES;

/// The JS type of a value that was not what a field expects (for `invalid_type` messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    Boolean,
    Number,
    String,
    Array,
    Object,
}

impl ValueKind {
    pub fn name(self) -> &'static str {
        match self {
            ValueKind::Boolean => "boolean",
            ValueKind::Number => "number",
            ValueKind::String => "string",
            ValueKind::Array => "array",
            ValueKind::Object => "object",
        }
    }
}

/// A string field: absent, a string, a string over [`MAX_FIELD_BYTES`], or a value of another type.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Text {
    /// `undefined`, `null` or a missing key.
    #[default]
    Missing,
    Str(String),
    /// A string longer than [`MAX_FIELD_BYTES`]; only its length is kept (in bytes, or in UTF-16
    /// units when measured in JS, which is never more than its UTF-8 length).
    TooLarge(usize),
    Invalid(ValueKind),
}

impl Text {
    /// `true` when absent (`undefined`, `null`, missing key): such fields are left out of normalized values.
    pub fn is_missing(&self) -> bool {
        matches!(self, Text::Missing)
    }

    /// `true` unless the field holds a string: normalized values leave such fields out rather
    /// than writing `null`, so their TypeScript type (`field?: string`) is exactly what they hold.
    pub fn holds_no_str(&self) -> bool {
        self.as_str().is_none()
    }

    /// The string, if the field holds one (not trimmed).
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Text::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The string trimmed with inner runs of white space collapsed (SPEC 0.5); `None` unless a string.
    pub fn normalized(&self) -> Option<String> {
        self.as_str().map(collapse_whitespace)
    }

    /// The field as a usable string, or the issue that refuses it: `invalid_type` for another
    /// type, `input_too_large` above 1 MiB, `invalid_characters` for a control character or a
    /// text-direction override (see [`is_forbidden`]). `Ok(None)` when missing or blank (after
    /// trimming and removing invisible characters: see [`collapse_whitespace`]).
    pub fn read(&self, path: &[&str], locale: Locale) -> Result<Option<String>, Issue> {
        match self {
            Text::Missing => Ok(None),
            Text::Str(s) => {
                if let Some(c) = s.chars().find(|&c| is_forbidden(c)) {
                    return Err(Issue::error(IssueCode::InvalidCharacters)
                        .at(path)
                        .param("character", format!("U+{:04X}", u32::from(c)))
                        .build(locale));
                }
                let s = collapse_whitespace(s);
                Ok(if s.is_empty() { None } else { Some(s) })
            }
            Text::TooLarge(_) => Err(Issue::error(IssueCode::InputTooLarge)
                .at(path)
                .param("maxBytes", MAX_FIELD_BYTES)
                .build(locale)),
            Text::Invalid(kind) => Err(Issue::error(IssueCode::InvalidType)
                .at(path)
                .param("expected", "string")
                .param("received", kind.name())
                .build(locale)),
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Str(s.to_owned())
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::Str(s)
    }
}

impl<T: Into<Text>> From<Option<T>> for Text {
    fn from(s: Option<T>) -> Self {
        s.map(Into::into).unwrap_or_default()
    }
}

/// Reads a string field into `issues`' terms: the issue for a wrong type or size, `required` when
/// `required` and missing or blank, `too_long` above `max` characters; the trimmed, collapsed string
/// otherwise. The one reader of every form-like input (enrolment, audience listing).
pub fn read_field(
    text: &Text,
    path: &[&str],
    required: bool,
    max: usize,
    locale: Locale,
    issues: &mut Vec<Issue>,
) -> Option<String> {
    match text.read(path, locale) {
        Err(issue) => {
            issues.push(issue);
            None
        }
        Ok(None) => {
            if required {
                issues.push(Issue::error(IssueCode::Required).at(path).build(locale));
            }
            None
        }
        Ok(Some(value)) if value.chars().count() > max => {
            issues.push(Issue::error(IssueCode::TooLong).at(path).param("max", max).build(locale));
            None
        }
        Ok(Some(value)) => Some(value),
    }
}

/// Characters no text field keeps, refused with `invalid_characters` (issue 16): control characters
/// other than white space (NUL, ESC, DEL, C1 controls), and the bidirectional embedding, override and
/// isolate controls U+202A–U+202E, U+2066–U+2069, which make a stored name display as another
/// ("Trojan Source" spoofing). Partner Center's forms take names as text; none of these is text.
pub fn is_forbidden(c: char) -> bool {
    (c.is_control() && !c.is_whitespace()) || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Invisible characters with no meaning in a name, an address or an e-mail address, removed from every
/// text field: soft hyphen U+00AD, combining grapheme joiner U+034F, Arabic letter mark U+061C,
/// Mongolian vowel separator U+180E, zero-width space U+200B, left-to-right and right-to-left marks
/// U+200E–U+200F, word joiner and invisible operators U+2060–U+2064, zero-width no-break space (BOM)
/// U+FEFF. Zero-width joiners (U+200C, U+200D: Persian, Indic scripts, emoji) and variation selectors
/// are kept, but a value made of nothing else is blank.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{34F}' | '\u{61C}' | '\u{180E}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{2060}'
            ..='\u{2064}' | '\u{FEFF}'
    )
}

/// Joiners and selectors: kept inside a value, but a value of only these is blank.
fn is_joiner_or_selector(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}' | '\u{180B}'..='\u{180F}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Trims and collapses inner runs of white space to one space; removes invisible characters (see
/// [`is_invisible`]) and the characters [`Text::read`] refuses, so a value kept with its issues holds
/// none of them; a value of only joiners and selectors is blank.
pub fn collapse_whitespace(s: &str) -> String {
    // Most fields are already so (printable ASCII, single spaces between words): copied as they are.
    let bytes = s.as_bytes();
    let collapsed = bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ')
        && bytes.iter().all(|&b| b == b' ' || b.is_ascii_graphic())
        && !s.contains("  ");
    if collapsed {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        let visible = word.chars().filter(|&c| !is_invisible(c) && !is_forbidden(c));
        let start = out.len();
        if start > 0 {
            out.push(' ');
        }
        out.extend(visible);
        if out.len() == start + usize::from(start > 0) {
            out.truncate(start); // the word was only invisible characters
        }
    }
    if out.chars().all(is_joiner_or_selector) {
        out.clear();
    }
    out
}

/// Written back as the string, or `null` when it holds none.
impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Str(v) => s.serialize_str(v),
            _ => s.serialize_none(),
        }
    }
}

impl FromValue for Text {
    fn from_value(value: Value) -> Text {
        match value {
            Value::Missing | Value::Null => Text::Missing,
            Value::Str(s) if s.len() > MAX_FIELD_BYTES => Text::TooLarge(s.len()),
            Value::Str(s) => Text::Str(s),
            Value::TooLarge(length) => Text::TooLarge(length),
            other => Text::Invalid(other.kind().unwrap_or(ValueKind::Object)),
        }
    }

    /// A leaf: an array or object there is only reported by kind.
    fn shape(_: &mut String) {}
}

/// A nested object field (`address`, `company`): absent, an object of the expected shape, or a value of another type.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Loose<T> {
    #[default]
    Missing,
    Value(T),
    Invalid(ValueKind),
}

impl<T> Loose<T> {
    /// `true` when absent: such fields are left out of normalized values.
    pub fn is_missing(&self) -> bool {
        matches!(self, Loose::Missing)
    }

    pub fn value(&self) -> Option<&T> {
        match self {
            Loose::Value(v) => Some(v),
            _ => None,
        }
    }

    /// `invalid_type` (expected an object) when the field holds a value of another type.
    pub fn type_issue(&self, path: &[&str], locale: Locale) -> Option<Issue> {
        match self {
            Loose::Invalid(kind) => Some(
                Issue::error(IssueCode::InvalidType)
                    .at(path)
                    .param("expected", "object")
                    .param("received", kind.name())
                    .build(locale),
            ),
            _ => None,
        }
    }
}

impl<T: Serialize> Serialize for Loose<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Loose::Value(v) => v.serialize(s),
            _ => s.serialize_none(),
        }
    }
}

impl<T: FromValue> FromValue for Loose<T> {
    fn from_value(value: Value) -> Loose<T> {
        match value {
            Value::Missing | Value::Null => Loose::Missing,
            value @ Value::Object(_) => Loose::Value(T::from_value(value)),
            other => Loose::Invalid(other.kind().unwrap_or(ValueKind::Object)),
        }
    }

    fn shape(out: &mut String) {
        T::shape(out)
    }
}

/// A list of strings from any value: the strings of an array (other elements ignored); empty for a non-array.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StringList(pub Vec<String>);

impl FromValue for StringList {
    /// The strings of an array (other elements, and strings over the field limit, ignored).
    fn from_value(value: Value) -> StringList {
        match value {
            Value::Array(items) => StringList(
                items
                    .into_iter()
                    .filter_map(|item| match item {
                        Value::Str(s) if s.len() <= MAX_FIELD_BYTES => Some(s),
                        _ => None,
                    })
                    .collect(),
            ),
            _ => StringList::default(),
        }
    }

    fn shape(out: &mut String) {
        out.push_str("[]");
    }
}

/// A field path: a dotted string (`"address.postalCode"`) or an array of keys (numbers become keys).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldPath(pub Vec<String>);

impl FromValue for FieldPath {
    /// A dotted string, or an array of keys (strings, and integer indexes as their decimal key).
    fn from_value(value: Value) -> FieldPath {
        match value {
            Value::Str(s) => FieldPath(s.split('.').filter(|k| !k.is_empty()).map(str::to_owned).collect()),
            Value::Array(items) => FieldPath(
                items
                    .into_iter()
                    .filter_map(|item| match item {
                        Value::Str(s) => Some(s),
                        Value::Number(n) if n.fract() == 0.0 && (0.0..1e15).contains(&n) => {
                            Some((n as u64).to_string())
                        }
                        _ => None,
                    })
                    .collect(),
            ),
            _ => FieldPath::default(),
        }
    }

    fn shape(out: &mut String) {
        out.push_str("[]");
    }
}

crate::input_struct! {
    /// The options every issue-returning function takes last (SPEC 0.4). Unknown keys are ignored;
    /// options that are not an object are ignored as a whole.
    #[derive(Debug, Clone, Default, PartialEq)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    #[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase", default))]
    pub struct Options {
        /// BCP-47 tag (`"fr-CA"`), negotiated to the closest supported locale; `en` by default.
        #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
        pub locale: Text = "locale",
    }
}

impl Options {
    pub fn with_locale(tag: &str) -> Self {
        Options { locale: tag.into() }
    }

    pub fn locale(&self) -> Locale {
        self.locale.as_str().map(Locale::negotiate).unwrap_or_default()
    }
}

/// An array field: absent, an array (each element lenient itself), or a value of another type.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum List<T> {
    #[default]
    Missing,
    Items(Vec<T>),
    Invalid(ValueKind),
}

impl<T> List<T> {
    /// The elements; none when absent; `None` for a value of another type.
    pub fn items(&self) -> Option<&[T]> {
        match self {
            List::Missing => Some(&[]),
            List::Items(v) => Some(v),
            List::Invalid(_) => None,
        }
    }
}

impl<T> From<Vec<T>> for List<T> {
    fn from(v: Vec<T>) -> Self {
        List::Items(v)
    }
}

/// Written back as an array (empty when it holds none).
impl<T: Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            List::Items(v) => v.serialize(s),
            _ => s.collect_seq(std::iter::empty::<&T>()),
        }
    }
}

impl<T: FromValue> FromValue for List<T> {
    /// An array's elements, each read as `T` (an array whose members were not read: none).
    fn from_value(value: Value) -> List<T> {
        match value {
            Value::Missing | Value::Null => List::Missing,
            Value::Array(items) => List::Items(items.into_iter().map(T::from_value).collect()),
            Value::Unread(ValueKind::Array) => List::Items(Vec::new()),
            other => List::Invalid(other.kind().unwrap_or(ValueKind::Object)),
        }
    }

    fn shape(out: &mut String) {
        out.push('[');
        T::shape(out);
        out.push(']');
    }
}

/// A count (`maxBytes`): a finite number ≥ 0, floored; anything else reads as absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Count(pub Option<u64>);

impl FromValue for Count {
    fn from_value(value: Value) -> Count {
        match value {
            // `as` saturates (1e300 is `u64::MAX`); the range check keeps NaN, infinities and negatives out.
            Value::Number(n) if n.is_finite() && n >= 0.0 => Count(Some(n.floor() as u64)),
            _ => Count(None),
        }
    }

    fn shape(_: &mut String) {}
}

/// A boolean field: absent, a boolean, or a value of another type (the audience state, the offer).
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

/// Reads a [`Flag`] from any value.
impl FromValue for Flag {
    fn from_value(value: Value) -> Flag {
        match value {
            Value::Missing | Value::Null => Flag::Missing,
            Value::Bool(b) => Flag::Bool(b),
            other => Flag::Invalid(other.kind().unwrap_or(ValueKind::Object)),
        }
    }

    /// A leaf: an array or object there is only reported by kind.
    fn shape(_: &mut String) {}
}

crate::deserialize_via_value!(Text, Flag, StringList, FieldPath, Options, Count);
crate::deserialize_via_value!(<T> Loose<T>, <T> List<T>);

#[cfg(test)]
#[path = "input_tests.rs"]
mod tests;
