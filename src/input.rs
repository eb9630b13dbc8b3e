//! Input as it arrives from JS or JSON (SPEC 0.6): any value is accepted at the border and
//! judged by the rules, so a wrong type becomes an `invalid_type` issue instead of a failure.

use crate::issue::{Issue, IssueCode};
use crate::locale::Locale;
use crate::read::{FromValue, Value};
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Serialize, Serializer};
use std::fmt;

/// Largest string accepted in one field: above it the field is refused with `input_too_large`.
pub use crate::read::MAX_FIELD_BYTES;

/// The name under which [`Text`] asks for its value (`deserialize_newtype_struct`). Deserializers
/// that don't know it read the value as usual; the wasm decoder (`src/wasm/de.rs`) measures a JS
/// string there before copying it, and answers one longer than [`MAX_FIELD_BYTES`] UTF-16 units
/// (so over 1 MiB of UTF-8) with its length alone (`visit_i128`), so a 100-million-character field
/// never enters the module's memory (issue 16 (7)).
pub const TEXT_FIELD: &str = "csp_partner_rules::Text";

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

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(if v.len() > MAX_FIELD_BYTES { Text::TooLarge(v.len()) } else { Text::Str(v.to_owned()) })
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
        Ok(if v.len() > MAX_FIELD_BYTES { Text::TooLarge(v.len()) } else { Text::Str(v) })
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Text, E> {
        Ok(Text::Invalid(ValueKind::Boolean))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Text, E> {
        Ok(Text::Invalid(ValueKind::Number))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Text, E> {
        Ok(Text::Invalid(ValueKind::Number))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Text, E> {
        Ok(Text::Invalid(ValueKind::Number))
    }
    fn visit_none<E: de::Error>(self) -> Result<Text, E> {
        Ok(Text::Missing)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Text, E> {
        Ok(Text::Missing)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Text, D::Error> {
        d.deserialize_any(TextVisitor)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Text, D::Error> {
        d.deserialize_any(TextVisitor)
    }
    /// Only the wasm decoder calls it, for a string measured too long (see [`TEXT_FIELD`]).
    fn visit_i128<E: de::Error>(self, length: i128) -> Result<Text, E> {
        Ok(Text::TooLarge(usize::try_from(length).unwrap_or(usize::MAX)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Text, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Text::Invalid(ValueKind::Array))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Text::Invalid(ValueKind::Object))
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        d.deserialize_newtype_struct(TEXT_FIELD, TextVisitor)
    }
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

struct LooseVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for LooseVisitor<T> {
    type Value = Loose<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Loose<T>, A::Error> {
        T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Loose::Value)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Loose<T>, E> {
        Ok(Loose::Invalid(ValueKind::String))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Loose<T>, E> {
        Ok(Loose::Invalid(ValueKind::Boolean))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Loose<T>, E> {
        Ok(Loose::Invalid(ValueKind::Number))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Loose<T>, E> {
        Ok(Loose::Invalid(ValueKind::Number))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Loose<T>, E> {
        Ok(Loose::Invalid(ValueKind::Number))
    }
    fn visit_none<E: de::Error>(self) -> Result<Loose<T>, E> {
        Ok(Loose::Missing)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Loose<T>, E> {
        Ok(Loose::Missing)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Loose<T>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose<T>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Loose::Invalid(ValueKind::Array))
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Loose<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Loose<T>, D::Error> {
        d.deserialize_any(LooseVisitor(std::marker::PhantomData))
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

struct StringListVisitor;

impl<'de> Visitor<'de> for StringListVisitor {
    type Value = StringList;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<StringList, A::Error> {
        let mut out = Vec::new();
        while let Some(item) = seq.next_element::<Text>()? {
            if let Text::Str(s) = item {
                out.push(s);
            }
        }
        Ok(StringList(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StringList, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(StringList::default())
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<StringList, E> {
        Ok(StringList::default())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<StringList, E> {
        Ok(StringList::default())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<StringList, E> {
        Ok(StringList::default())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<StringList, E> {
        Ok(StringList::default())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<StringList, E> {
        Ok(StringList::default())
    }
    fn visit_none<E: de::Error>(self) -> Result<StringList, E> {
        Ok(StringList::default())
    }
    fn visit_unit<E: de::Error>(self) -> Result<StringList, E> {
        Ok(StringList::default())
    }
}

impl<'de> Deserialize<'de> for StringList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<StringList, D::Error> {
        d.deserialize_any(StringListVisitor)
    }
}

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

struct FieldPathVisitor;

impl<'de> Visitor<'de> for FieldPathVisitor {
    type Value = FieldPath;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a dotted string or an array of keys")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<FieldPath, E> {
        Ok(FieldPath(v.split('.').filter(|k| !k.is_empty()).map(str::to_owned).collect()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FieldPath, A::Error> {
        let mut out = Vec::new();
        while let Some(item) = seq.next_element::<PathKey>()? {
            out.extend(item.0);
        }
        Ok(FieldPath(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FieldPath, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(FieldPath::default())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<FieldPath, E> {
        Ok(FieldPath::default())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<FieldPath, E> {
        Ok(FieldPath::default())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<FieldPath, E> {
        Ok(FieldPath::default())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<FieldPath, E> {
        Ok(FieldPath::default())
    }
    fn visit_none<E: de::Error>(self) -> Result<FieldPath, E> {
        Ok(FieldPath::default())
    }
    fn visit_unit<E: de::Error>(self) -> Result<FieldPath, E> {
        Ok(FieldPath::default())
    }
}

impl<'de> Deserialize<'de> for FieldPath {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<FieldPath, D::Error> {
        d.deserialize_any(FieldPathVisitor)
    }
}

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

/// One element of an array path: a string key or an integer index (as its decimal key).
struct PathKey(Option<String>);

impl<'de> Deserialize<'de> for PathKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<PathKey, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = PathKey;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<PathKey, E> {
                Ok(PathKey(Some(v.to_owned())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<PathKey, E> {
                Ok(PathKey(Some(v.to_string())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<PathKey, E> {
                Ok(PathKey(Some(v.to_string())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<PathKey, E> {
                Ok(PathKey((v.fract() == 0.0 && (0.0..1e15).contains(&v)).then(|| (v as u64).to_string())))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<PathKey, E> {
                Ok(PathKey(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<PathKey, E> {
                Ok(PathKey(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<PathKey, E> {
                Ok(PathKey(None))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<PathKey, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(PathKey(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PathKey, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(PathKey(None))
            }
        }
        d.deserialize_any(V)
    }
}

/// The options every issue-returning function takes last (SPEC 0.4). Unknown keys are ignored;
/// options that are not an object are ignored as a whole.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
    /// BCP-47 tag (`"fr-CA"`), negotiated to the closest supported locale; `en` by default.
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub locale: Text,
}

impl Options {
    pub fn with_locale(tag: &str) -> Self {
        Options { locale: tag.into() }
    }

    pub fn locale(&self) -> Locale {
        self.locale.as_str().map(Locale::negotiate).unwrap_or_default()
    }
}

impl FromValue for Options {
    fn from_value(value: Value) -> Options {
        Options { locale: value.get("locale").cloned().map(Text::from_value).unwrap_or_default() }
    }

    fn shape(out: &mut String) {
        out.push_str("{locale}");
    }
}

#[cfg(test)]
#[path = "input_tests.rs"]
mod tests;
