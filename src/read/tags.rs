//! The JS walker's answer (`src/wasm/walk.js`) as a [`Value`]. One text, one crossing of the JS
//! border per argument; each value is a tag, then its content:
//!
//! | tag | value |
//! |-----|-------|
//! | `u` | missing (`undefined`, a getter that threw) |
//! | `z` | `null` |
//! | `t` / `f` | `true` / `false` |
//! | `i` digits `;` | a safe integer |
//! | `n` 16 hex digits | any other number, as the bits of its `f64` |
//! | `s` length `:` text | a string of `length` UTF-16 units |
//! | `L` length `;` | a string over the field limit (not copied) |
//! | `A` / `O` | an array / object whose members the wanted type does not read |
//! | `a` count `;` values | an array |
//! | `o` count `;` (length `:` key value)… | an object's members |
//!
//! Compiled natively too, so the decoding is tested without a browser.

use super::Value;
use crate::input::ValueKind;

/// The value the walker described, or `None` if the text is not well formed (the argument then
/// reads as missing).
pub fn from_tags(text: &str) -> Option<Value> {
    let mut cursor = Cursor { rest: text };
    let value = cursor.value(0)?;
    cursor.rest.is_empty().then_some(value)
}

struct Cursor<'a> {
    rest: &'a str,
}

impl<'a> Cursor<'a> {
    fn tag(&mut self) -> Option<u8> {
        let tag = *self.rest.as_bytes().first()?;
        // A tag is ASCII (anything else is refused by `get`: not a character boundary).
        self.rest = self.rest.get(1..)?;
        Some(tag)
    }

    /// Digits up to `end` (`;` or `:`).
    fn number(&mut self, end: char) -> Option<&'a str> {
        let (digits, rest) = self.rest.split_once(end)?;
        self.rest = rest;
        Some(digits)
    }

    /// Decimal digits up to `end`, read byte by byte (the tags hold several counts per value).
    fn count(&mut self, end: char) -> Option<usize> {
        let bytes = self.rest.as_bytes();
        let mut n: usize = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if u32::from(b) == u32::from(end) && i > 0 {
                self.rest = self.rest.get(i + 1..)?;
                return Some(n);
            }
            if !b.is_ascii_digit() {
                return None;
            }
            n = n.checked_mul(10)?.checked_add(usize::from(b - b'0'))?;
        }
        None
    }

    /// `units` UTF-16 units of text.
    fn text(&mut self, units: usize) -> Option<&'a str> {
        // ASCII (nearly every key and field): one unit per byte.
        if let Some(head) = self.rest.as_bytes().get(..units) {
            if head.is_ascii() {
                let (text, rest) = self.rest.split_at_checked(units)?;
                self.rest = rest;
                return Some(text);
            }
        }
        let mut seen = 0;
        let mut end = 0;
        for c in self.rest.chars() {
            if seen >= units {
                break;
            }
            seen += c.len_utf16();
            end += c.len_utf8();
        }
        if seen != units {
            return None;
        }
        let (text, rest) = self.rest.split_at_checked(end)?;
        self.rest = rest;
        Some(text)
    }

    fn value(&mut self, depth: u32) -> Option<Value> {
        if depth > super::MAX_DEPTH {
            return None;
        }
        Some(match self.tag()? {
            b'u' => Value::Missing,
            b'z' => Value::Null,
            b't' => Value::Bool(true),
            b'f' => Value::Bool(false),
            b'i' => Value::Number(self.number(';')?.parse::<i64>().ok()? as f64),
            b'n' => {
                let hex = self.rest.get(..16)?;
                self.rest = self.rest.get(16..)?;
                Value::Number(f64::from_bits(u64::from_str_radix(hex, 16).ok()?))
            }
            b's' => {
                let units = self.count(':')?;
                Value::Str(self.text(units)?.to_owned())
            }
            b'L' => Value::TooLarge(self.count(';')?),
            b'A' => Value::Unread(ValueKind::Array),
            b'O' => Value::Unread(ValueKind::Object),
            b'a' => {
                let count = self.count(';')?;
                let mut items = Vec::with_capacity(count.min(4096));
                for _ in 0..count {
                    items.push(self.value(depth + 1)?);
                }
                Value::Array(items)
            }
            b'o' => {
                let count = self.count(';')?;
                let mut entries = Vec::with_capacity(count.min(64));
                for _ in 0..count {
                    let units = self.count(':')?;
                    let key = self.text(units)?.to_owned();
                    entries.push((key, self.value(depth + 1)?));
                }
                Value::Object(entries)
            }
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tag_reads_back() {
        let text = "o5;7:countrys2:FR4:tagsa3;tn3ff8000000000000i-12;3:bigL2000000;1:xA1:yo1;1:zu";
        let value = from_tags(text).unwrap();
        assert_eq!(
            value,
            Value::Object(vec![
                ("country".into(), Value::Str("FR".into())),
                (
                    "tags".into(),
                    Value::Array(vec![Value::Bool(true), Value::Number(1.5), Value::Number(-12.0)])
                ),
                ("big".into(), Value::TooLarge(2_000_000)),
                ("x".into(), Value::Unread(ValueKind::Array)),
                ("y".into(), Value::Object(vec![("z".into(), Value::Missing)])),
            ])
        );
    }

    #[test]
    fn lengths_count_utf16_units_and_text_may_hold_anything() {
        // "é" 1 unit, "😀" 2 units, and the text may hold tag characters, `:` and NUL.
        assert_eq!(from_tags("s6:é😀:\0o"), Some(Value::Str("é😀:\0o".into())));
        assert_eq!(from_tags("o1;2:😀t"), Some(Value::Object(vec![("😀".into(), Value::Bool(true))])));
    }

    #[test]
    fn malformed_text_reads_as_nothing() {
        for bad in ["", "s5:abc", "a2;t", "x", "i12", "n12", "tt", "o1;3:abt", "s1:😀"] {
            assert_eq!(from_tags(bad), None, "{bad:?}");
        }
    }
}
