//! Migration bridge (issue 13): serde's `Deserializer` over a [`Value`], for the input types that
//! still derive `Deserialize` (see [`crate::from_value_via_serde`]). It reads a value exactly as the
//! former decoders did (`wasm/de.rs`, `json::Strict`): a struct refuses an array (the argument gets
//! its default), a struct reads only its own field names, a [`Text`](crate::input::Text) field over
//! the field limit gets the length alone. It goes once every input type reads a `Value` itself.

use super::Value;
use crate::input::ValueKind;
use serde::de::value::{MapDeserializer, SeqDeserializer};
use serde::de::{self, IntoDeserializer, Visitor};
use std::fmt;

/// A reading error. It carries no text on purpose: it is never shown (the argument gets its default).
#[derive(Debug)]
pub struct Quiet;

impl fmt::Display for Quiet {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("invalid value")
    }
}

impl std::error::Error for Quiet {}

impl de::Error for Quiet {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        Quiet
    }
}

impl<'de> IntoDeserializer<'de, Quiet> for Value {
    type Deserializer = Value;
    fn into_deserializer(self) -> Value {
        self
    }
}

impl<'de> de::Deserializer<'de> for Value {
    type Error = Quiet;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Quiet> {
        match self {
            Value::Missing | Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(b),
            Value::Number(n) => {
                // A safe integer is exact in i64/u64 (as the former wasm decoder gave it).
                if n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_991.0 {
                    if n >= 0.0 {
                        visitor.visit_u64(n as u64)
                    } else {
                        visitor.visit_i64(n as i64)
                    }
                } else {
                    visitor.visit_f64(n)
                }
            }
            Value::Str(s) => visitor.visit_string(s),
            Value::TooLarge(_) => Err(Quiet),
            Value::Array(items) => visitor.visit_seq(SeqDeserializer::new(items.into_iter())),
            Value::Object(entries) => visitor.visit_map(MapDeserializer::new(entries.into_iter())),
            Value::Unread(ValueKind::Array) => {
                visitor.visit_seq(SeqDeserializer::new(std::iter::empty::<Value>()))
            }
            Value::Unread(_) => {
                visitor.visit_map(MapDeserializer::new(std::iter::empty::<(String, Value)>()))
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Quiet> {
        if self.is_missing() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Quiet> {
        if let (Value::TooLarge(length), crate::input::TEXT_FIELD) = (&self, name) {
            return visitor.visit_i128(*length as i128);
        }
        visitor.visit_newtype_struct(self)
    }

    /// A struct refuses an array (serde's default reads one by position: `["fr"]` as
    /// `{ locale: "fr" }`); members holding nothing are left out, so they read as missing.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Quiet> {
        match self {
            Value::Array(_) | Value::Unread(ValueKind::Array) => Err(Quiet),
            Value::Object(entries) => {
                visitor.visit_map(MapDeserializer::new(entries.into_iter().filter(|(_, v)| !v.is_missing())))
            }
            other => other.deserialize_any(visitor),
        }
    }

    /// Unit variants from a string (`"draft"`); other variants from a one-key object `{ variant: value }`.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Quiet> {
        match self {
            Value::Str(s) => visitor.visit_enum(s.into_deserializer()),
            Value::Object(mut entries) if entries.len() == 1 => match entries.pop() {
                Some((key, value)) => visitor.visit_enum(Variant { key, value }),
                None => Err(Quiet),
            },
            _ => Err(Quiet),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Quiet> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map identifier
    }
}

/// `{ variant: value }` of an externally tagged enum.
struct Variant {
    key: String,
    value: Value,
}

impl<'de> de::EnumAccess<'de> for Variant {
    type Error = Quiet;
    type Variant = Value;

    fn variant_seed<S: de::DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Value), Quiet> {
        let key: de::value::StringDeserializer<Quiet> = self.key.into_deserializer();
        Ok((seed.deserialize(key)?, self.value))
    }
}

impl<'de> de::VariantAccess<'de> for Value {
    type Error = Quiet;

    fn unit_variant(self) -> Result<(), Quiet> {
        Ok(())
    }

    fn newtype_variant_seed<T: de::DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Quiet> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Quiet> {
        de::Deserializer::deserialize_any(self, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Quiet> {
        de::Deserializer::deserialize_struct(self, "", fields, visitor)
    }
}
