//! Lenient input types of the audience state (SPEC 0.6): like [`crate::input::Text`], any JS or JSON
//! value deserializes, and a value of the wrong type is kept as such so the rule can report it
//! (`invalid_state`) instead of failing at the border.

use crate::input::ValueKind;
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Serialize, Serializer};
use std::fmt;

/// The boolean field of the state machines (`transition::Flag`): one lenient boolean for the crate.
pub use crate::transition::Flag;

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

struct ListVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ListVisitor<T> {
    type Value = List<T>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List<T>, A::Error> {
        let mut out = Vec::new();
        while let Some(item) = seq.next_element::<T>()? {
            out.push(item);
        }
        Ok(List::Items(out))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<List<T>, E> {
        Ok(List::Invalid(ValueKind::String))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<List<T>, E> {
        Ok(List::Invalid(ValueKind::Boolean))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<List<T>, E> {
        Ok(List::Invalid(ValueKind::Number))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<List<T>, E> {
        Ok(List::Invalid(ValueKind::Number))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<List<T>, E> {
        Ok(List::Invalid(ValueKind::Number))
    }
    fn visit_none<E: de::Error>(self) -> Result<List<T>, E> {
        Ok(List::Missing)
    }
    fn visit_unit<E: de::Error>(self) -> Result<List<T>, E> {
        Ok(List::Missing)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<List<T>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<List<T>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(List::Invalid(ValueKind::Object))
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<List<T>, D::Error> {
        d.deserialize_any(ListVisitor(std::marker::PhantomData))
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

/// A count (`maxBytes`): a finite number ≥ 0, floored; anything else reads as absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Count(pub Option<u64>);

struct CountVisitor;

impl<'de> Visitor<'de> for CountVisitor {
    type Value = Count;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Count, E> {
        Ok(Count(Some(v)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Count, E> {
        Ok(Count(u64::try_from(v).ok()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Count, E> {
        // `as` saturates; the range check keeps NaN, infinities and negatives out.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        Ok(Count((v.is_finite() && v >= 0.0).then(|| v.floor().min(u64::MAX as f64) as u64)))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Count, E> {
        Ok(Count(None))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Count, E> {
        Ok(Count(None))
    }
    fn visit_none<E: de::Error>(self) -> Result<Count, E> {
        Ok(Count(None))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Count, E> {
        Ok(Count(None))
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Count, D::Error> {
        d.deserialize_any(CountVisitor)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Count, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Count(None))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Count, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Count(None))
    }
}

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Count, D::Error> {
        d.deserialize_any(CountVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Text;

    #[test]
    fn aud_2_lenient_fields_accept_any_json_value() {
        let f: Vec<Flag> = serde_json::from_str(r#"[true, false, null, 1, "true", [], {}]"#).unwrap();
        assert_eq!(
            f,
            vec![
                Flag::Bool(true),
                Flag::Bool(false),
                Flag::Missing,
                Flag::Invalid(ValueKind::Number),
                Flag::Invalid(ValueKind::String),
                Flag::Invalid(ValueKind::Array),
                Flag::Invalid(ValueKind::Object),
            ]
        );
        let l: Vec<List<Text>> = serde_json::from_str(r#"[["a", 1], null, "x", {"a": 1}, 3]"#).unwrap();
        assert_eq!(l[0], List::Items(vec![Text::from("a"), Text::Invalid(ValueKind::Number)]));
        assert_eq!(l[1], List::Missing);
        assert_eq!(l[2], List::Invalid(ValueKind::String));
        assert_eq!(l[3], List::Invalid(ValueKind::Object));
        let c: Vec<Count> = serde_json::from_str(r#"[10, -1, 2.7, "5", null, 1e300]"#).unwrap();
        assert_eq!(
            c,
            vec![
                Count(Some(10)),
                Count(None),
                Count(Some(2)),
                Count(None),
                Count(None),
                Count(Some(u64::MAX))
            ]
        );
    }
}
