//! The one reader of input (issue 13): every argument, from JSON natively or from a JS value in wasm,
//! first becomes one bounded [`Value`], then the wanted type is read from it with [`FromValue`].
//!
//! - Natively, [`Value::from_json`] converts a `serde_json::Value`.
//! - In wasm, one guarded JS walker (`src/wasm/walk.js`) reads the JS value in one call and answers
//!   a compact text ([`tags`]): getters and proxy traps that throw read as missing, only the members
//!   the wanted type lists are read ([`FromValue::shape`]), and the limits below bound the work.
//!
//! The limits live here, once: [`MAX_FIELD_BYTES`], [`MAX_DEPTH`], [`MAX_ITEMS`], [`MAX_VALUES`].

mod tags;
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
    /// `undefined`, `null`, a missing key, or a property whose getter threw.
    #[default]
    Missing,
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
            Value::Missing => return None,
            Value::Bool(_) => ValueKind::Boolean,
            Value::Number(_) => ValueKind::Number,
            Value::Str(_) | Value::TooLarge(_) => ValueKind::String,
            Value::Array(_) => ValueKind::Array,
            Value::Object(_) => ValueKind::Object,
            Value::Unread(kind) => *kind,
        })
    }

    pub fn is_missing(&self) -> bool {
        matches!(self, Value::Missing)
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

    /// Reads an argument: natively from JSON. A missing argument reads as [`Value::Missing`].
    #[cfg(not(target_arch = "wasm32"))]
    fn from_json(value: Option<&serde_json::Value>) -> Self {
        Self::from_value(value.map(Value::from_json).unwrap_or_default())
    }
}

/// The shape of `T` as the walker takes it.
pub fn shape_of<T: FromValue>() -> String {
    let mut out = String::new();
    T::shape(&mut out);
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
        }
    };
}

/// Migration bridge: reads a type that still derives serde's `Deserialize` from a [`Value`] (walker
/// shape `*`). Each type moves to [`input_struct!`] or its own [`FromValue`]; then this goes.
#[macro_export]
macro_rules! from_value_via_serde {
    ($($ty:ty),* $(,)?) => {
        $(
            impl $crate::read::FromValue for $ty {
                fn from_value(value: $crate::read::Value) -> Self {
                    <$ty as ::serde::Deserialize>::deserialize(value).unwrap_or_default()
                }
            }
        )*
    };
}

mod bridge;
mod pending;
