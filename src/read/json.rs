//! A JSON value as a [`Value`] (natively: the server's JSON entry point and the shared vectors).

use super::{Value, MAX_DEPTH, MAX_FIELD_BYTES, MAX_ITEMS, MAX_VALUES};
use crate::input::ValueKind;

impl Value {
    /// The value of a JSON value, within the limits of [`super`]: a string over the field limit
    /// keeps its length only; past the depth, item or value limits, the members are not read
    /// ([`Value::Unread`]), as the JS walker does.
    pub fn from_json(json: &serde_json::Value) -> Value {
        let mut budget = MAX_VALUES;
        convert(json, 0, &mut budget)
    }
}

fn convert(json: &serde_json::Value, depth: u32, budget: &mut u32) -> Value {
    use serde_json::Value as J;
    *budget = budget.saturating_sub(1);
    match json {
        J::Null => Value::Null,
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
        J::String(s) if s.len() > MAX_FIELD_BYTES => Value::TooLarge(s.len()),
        J::String(s) => Value::Str(s.clone()),
        J::Array(items) => {
            if depth >= MAX_DEPTH || *budget == 0 || items.len() > MAX_ITEMS as usize {
                return Value::Unread(ValueKind::Array);
            }
            Value::Array(items.iter().map(|v| convert(v, depth + 1, budget)).collect())
        }
        J::Object(map) => {
            if depth >= MAX_DEPTH || *budget == 0 {
                return Value::Unread(ValueKind::Object);
            }
            Value::Object(map.iter().map(|(k, v)| (k.clone(), convert(v, depth + 1, budget))).collect())
        }
    }
}
