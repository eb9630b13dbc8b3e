//! serde's `Deserialize` for Rust callers (`serde_json::from_str::<EnrollmentForm>(…)`): one
//! visitor, for [`Value`]; every other input type deserializes as a `Value` and is then read from
//! it like any argument ([`deserialize_via_value!`](crate::deserialize_via_value)). Nothing of the
//! package's own reading goes through serde: JSON arrives as `serde_json::Value` ([`Value::from_json`]),
//! JS through the walker.

use super::{Value, MAX_DEPTH, MAX_FIELD_BYTES, MAX_ITEMS, MAX_VALUES};
use crate::input::ValueKind;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// Any value of the format, within the limits of [`super`] (as [`Value::from_json`] reads JSON).
impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        let value = d.deserialize_any(ValueVisitor)?;
        let mut budget = MAX_VALUES;
        Ok(bounded(value, 0, &mut budget))
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Number(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(if v.len() > MAX_FIELD_BYTES { Value::TooLarge(v.len()) } else { Value::from(v) })
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(if v.len() > MAX_FIELD_BYTES { Value::TooLarge(v.len()) } else { Value::Str(v) })
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(Seed)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        // A repeated key is kept twice: the last one is read ([`Value::get`], `input_struct!`).
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry_seed(KeySeed, Seed)? {
            entries.push(entry);
        }
        Ok(Value::Object(entries))
    }
}

/// An element or a member: read without the limits (applied once, to the whole value).
struct Seed;

impl<'de> serde::de::DeserializeSeed<'de> for Seed {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

/// A member's key (a string; serde's own `String` reading).
struct KeySeed;

impl<'de> serde::de::DeserializeSeed<'de> for KeySeed {
    type Value = String;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        String::deserialize(d)
    }
}

/// The value within the depth, item and value limits: beyond them, members are not read
/// ([`Value::Unread`]), as [`Value::from_json`] and the JS walker do.
fn bounded(value: Value, depth: u32, budget: &mut u32) -> Value {
    *budget = budget.saturating_sub(1);
    match value {
        Value::Array(items) => {
            if depth >= MAX_DEPTH || *budget == 0 || items.len() > MAX_ITEMS as usize {
                return Value::Unread(ValueKind::Array);
            }
            Value::Array(items.into_iter().map(|v| bounded(v, depth + 1, budget)).collect())
        }
        Value::Object(entries) => {
            if depth >= MAX_DEPTH || *budget == 0 {
                return Value::Unread(ValueKind::Object);
            }
            Value::Object(entries.into_iter().map(|(k, v)| (k, bounded(v, depth + 1, budget))).collect())
        }
        other => other,
    }
}

/// Reads `T` through serde: the format's value as a [`Value`], then [`FromValue`](super::FromValue)
/// (never fails on a well-formed input: a wrong value is kept as such, as any argument).
pub fn deserialize<'de, D: Deserializer<'de>, T: super::FromValue>(d: D) -> Result<T, D::Error> {
    Value::deserialize(d).map(T::from_value)
}

/// `Deserialize` for input types through [`Value`] and their [`FromValue`](crate::read::FromValue)
/// (see [`deserialize`]): `deserialize_via_value!(Text, Options);`, `deserialize_via_value!(<T> Loose<T>);`.
#[macro_export]
macro_rules! deserialize_via_value {
    ($(<$g:ident> $gty:ty),+ $(,)?) => {
        $(
            impl<'de, $g: $crate::read::FromValue> ::serde::Deserialize<'de> for $gty {
                fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    $crate::read::deserialize(d)
                }
            }
        )+
    };
    ($($ty:ty),+ $(,)?) => {
        $(
            impl<'de> ::serde::Deserialize<'de> for $ty {
                fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    $crate::read::deserialize(d)
                }
            }
        )+
    };
}
