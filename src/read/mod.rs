//! The one reader of input (issue 13): every argument, from JSON natively or from a JS value in wasm,
//! first becomes one bounded [`Value`], then the wanted type is read from it with [`FromValue`].
//!
//! - Natively, [`Value::from_json`] converts a `serde_json::Value`.
//! - In wasm, one guarded JS walker (`src/wasm/walk.js`) reads the JS value in one call and answers
//!   a compact text ([`tags`]): getters and proxy traps that throw read as missing, only the members
//!   the wanted type lists are read ([`FromValue::shape`]), and the limits below bound the work.
//!
//! The limits live here, once: [`MAX_FIELD_BYTES`], [`MAX_DEPTH`], [`MAX_ITEMS`], [`MAX_VALUES`].

mod deserialize;
mod tags;
pub use deserialize::deserialize;
pub use tags::from_tags;
#[cfg(not(target_arch = "wasm32"))]
mod json;

use crate::input::ValueKind;

/// Largest string kept in one value (1 MiB): a longer one is kept as its length only
/// ([`Value::TooLarge`]), so a 100-million-character field never enters the module's memory.
pub const MAX_FIELD_BYTES: usize = 1 << 20;

/// Deepest nesting read: far above any input shape of the API, far below the stack's limit.
pub const MAX_DEPTH: u32 = 64;

/// Longest array read (a sparse array or a proxy can claim a length of 2³²−1 for free).
pub const MAX_ITEMS: u32 = 1 << 20;

/// Most values read in one argument: a value that shares sub-objects (`o = {a: p, b: p}`, repeated)
/// is small in JS but exponential to walk. Far above any real input (100,000 partners ≈ 400,000).
pub const MAX_VALUES: u32 = 1 << 21;

/// One input value, as JSON or a JS value holds it, bounded by the limits above.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    /// `undefined`, a missing key, or a property whose getter threw.
    #[default]
    Missing,
    /// `null`: read as missing everywhere ([`Value::is_missing`]) except where a type gives it a
    /// meaning of its own (Partner Center's rules: a pattern of `null` is "no pattern").
    Null,
    Bool(bool),
    /// A number (a `BigInt` reads as its nearest number).
    Number(f64),
    Str(String),
    /// A string over [`MAX_FIELD_BYTES`]: only its length (in UTF-16 units when measured in JS,
    /// never more than its UTF-8 length).
    TooLarge(usize),
    Array(Vec<Value>),
    /// Own enumerable string keys and their values, in order (a symbol reads as an empty object).
    Object(Vec<(String, Value)>),
    /// An array or an object whose members were not read (the wanted type takes no members there).
    Unread(ValueKind),
}

impl Value {
    /// What the value is, for `invalid_type` messages; `None` when missing.
    pub fn kind(&self) -> Option<ValueKind> {
        Some(match self {
            Value::Missing | Value::Null => return None,
            Value::Bool(_) => ValueKind::Boolean,
            Value::Number(_) => ValueKind::Number,
            Value::Str(_) | Value::TooLarge(_) => ValueKind::String,
            Value::Array(_) => ValueKind::Array,
            Value::Object(_) => ValueKind::Object,
            Value::Unread(kind) => *kind,
        })
    }

    pub fn is_missing(&self) -> bool {
        matches!(self, Value::Missing | Value::Null)
    }

    /// The string, if the value is one (and not too large).
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The member `key` of an object (the last one, if repeated); `None` for another value.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(entries) => entries.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Str(s.to_owned())
    }
}

/// A type read from any [`Value`]: it never fails; a value of the wrong shape is kept as such
/// (and reported by the rule) or reads as the type's default.
pub trait FromValue: Sized {
    /// Reads the value.
    fn from_value(value: Value) -> Self;

    /// Which members the JS walker reads for this type (`src/wasm/walk.js`): `*` every member,
    /// `{a,b{c}}` the listed keys of an object (each followed by its own shape), `[s]` the elements
    /// of an array with shape `s`, and nothing for a leaf (an array or object there is not read).
    fn shape(out: &mut String) {
        out.push('*');
    }

    /// [`FromValue::shape`] as text: built once per type where the type keeps it ([`input_struct!`]
    /// does), else on each call.
    fn shape_text() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Owned(shape_of::<Self>())
    }

    /// Reads an argument: natively from JSON. A missing argument reads as [`Value::Missing`].
    #[cfg(not(target_arch = "wasm32"))]
    fn from_json(value: Option<&serde_json::Value>) -> Self {
        Self::from_value(value.map(Value::from_json).unwrap_or_default())
    }
}

/// Reads `T` from a JSON value, as the native API does (for tests).
#[cfg(not(target_arch = "wasm32"))]
pub fn from_json<T: FromValue>(json: serde_json::Value) -> T {
    T::from_json(Some(&json))
}

/// The shape of `T` as the walker takes it.
pub fn shape_of<T: FromValue>() -> String {
    let mut out = String::new();
    T::shape(&mut out);
    out
}

/// The members of an object shape (`{a,b{c}}` → `("a", "")`, `("b", "{c}")`), in order; none for
/// another shape. With [`shape_paths`] and [`shape_with_only`], a type's shape also tells which
/// paths it has and which members one field needs (the enrolment form's keystroke path).
pub fn shape_members(shape: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let Some(mut rest) = shape.strip_prefix('{').and_then(|s| s.strip_suffix('}')) else {
        return out;
    };
    while !rest.is_empty() {
        let key_end = rest.find(|c| "{[*$,".contains(c)).unwrap_or(rest.len());
        let (key, after) = rest.split_at_checked(key_end).unwrap_or((rest, ""));
        let (node, after) = after.split_at_checked(node_len(after)).unwrap_or((after, ""));
        out.push((key, node));
        let next = after.strip_prefix(',').unwrap_or(after);
        if next.len() == rest.len() {
            break; // not a shape this module wrote
        }
        rest = next;
    }
    out
}

/// The length of the shape node that starts `shape`: a leaf (empty), `*`, `$`, `[…]` or `{…}`.
fn node_len(shape: &str) -> usize {
    let mut depth = 0usize;
    for (i, c) in shape.char_indices() {
        match c {
            '{' | '[' => depth += 1,
            '}' | ']' if depth <= 1 => return if depth == 0 { i } else { i + 1 },
            '}' | ']' => depth -= 1,
            '*' | '$' if depth == 0 => return i + 1,
            ',' if depth == 0 => return i,
            _ => {}
        }
    }
    shape.len()
}

/// Every path of the members of `shape`, of their members…, depth first (`{a,b{c}}` → `a`, `b`,
/// `b.c`): the paths a type has.
pub fn shape_paths(shape: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (key, sub) in shape_members(shape) {
        out.push(vec![key.to_owned()]);
        for inner in shape_paths(sub) {
            out.push(std::iter::once(key.to_owned()).chain(inner).collect());
        }
    }
    out
}

/// The object shape `shape` with only the members `keep` lists (the others are not read).
pub fn shape_with_only(shape: &str, keep: &[&str]) -> String {
    let mut out = String::from("{");
    for (key, sub) in shape_members(shape).into_iter().filter(|(k, _)| keep.contains(k)) {
        if out.len() > 1 {
            out.push(',');
        }
        out.push_str(key);
        out.push_str(sub);
    }
    out.push('}');
    out
}

impl FromValue for Value {
    fn from_value(value: Value) -> Self {
        value
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(value: Value) -> Self {
        if value.is_missing() {
            None
        } else {
            Some(T::from_value(value))
        }
    }
    fn shape(out: &mut String) {
        T::shape(out)
    }
}

impl<T: FromValue> FromValue for Vec<T> {
    /// The elements of an array; empty for any other value.
    fn from_value(value: Value) -> Self {
        match value {
            Value::Array(items) => items.into_iter().map(T::from_value).collect(),
            _ => Vec::new(),
        }
    }
    fn shape(out: &mut String) {
        out.push('[');
        T::shape(out);
        out.push(']');
    }
}

/// Declares a struct read from an object, field by field, each from the member named in the string
/// (missing members, and any value that is not an object, read as the field's default):
///
/// ```ignore
/// input_struct! {
///     /// An address.
///     #[derive(Debug, Clone, Default)]
///     pub struct Address {
///         /// The city.
///         pub city: Text = "city",
///     }
/// }
/// ```
///
/// The struct, its [`FromValue`] and its walker shape come from this one list, so a new field is
/// one line.
#[macro_export]
macro_rules! input_struct {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $(
                $(#[$fmeta:meta])*
                $fvis:vis $field:ident : $ty:ty = $key:literal
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis struct $name {
            $(
                $(#[$fmeta])*
                $fvis $field: $ty,
            )*
        }

        impl $crate::read::FromValue for $name {
            fn from_value(value: $crate::read::Value) -> Self {
                #[allow(unused_mut, reason = "a struct with no field")]
                let mut out = <$name as ::core::default::Default>::default();
                if let $crate::read::Value::Object(entries) = value {
                    for (key, value) in entries {
                        match key.as_str() {
                            $( $key => out.$field = <$ty as $crate::read::FromValue>::from_value(value), )*
                            _ => {}
                        }
                    }
                }
                out
            }

            fn shape(out: &mut String) {
                out.push('{');
                let mut _first = true;
                $(
                    if !_first {
                        out.push(',');
                    }
                    _first = false;
                    out.push_str($key);
                    <$ty as $crate::read::FromValue>::shape(out);
                )*
                out.push('}');
            }

            fn shape_text() -> ::std::borrow::Cow<'static, str> {
                static SHAPE: ::std::sync::OnceLock<String> = ::std::sync::OnceLock::new();
                ::std::borrow::Cow::Borrowed(SHAPE.get_or_init($crate::read::shape_of::<Self>))
            }
        }
    };
}
