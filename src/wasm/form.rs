//! Fast decoding of form-like arguments: one JS call (`form.js`) reads every listed field and
//! returns one string of tags, instead of the generic decoder's several JS calls per property
//! (property read, type checks, a UTF-8 copy per string, a JS string per key). The answer is the
//! same value the generic decoder (`de.rs`) gives: `form.js` reports only what it reproduces
//! exactly and gives up otherwise (the caller then runs the generic decoder), and the wasm tests
//! compare both decoders on hostile values.

use crate::input::{Loose, Text, ValueKind, MAX_FIELD_BYTES};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/wasm/form.js")]
extern "C" {
    /// The tags of the fields of `value` listed in `spec` (see `form.js`); `None` when the fast path gives up.
    #[wasm_bindgen(js_name = readFields)]
    pub(crate) fn read_fields(value: &JsValue, spec: &JsValue) -> Option<String>;
}

/// The tags of `form.js`'s answer, read in the order of the spec.
pub(crate) struct Tags<'a> {
    rest: &'a str,
}

impl<'a> Tags<'a> {
    pub fn new(packed: &'a str) -> Self {
        Tags { rest: packed }
    }

    fn tag(&mut self) -> Option<char> {
        let mut chars = self.rest.chars();
        let tag = chars.next()?;
        self.rest = chars.as_str();
        Some(tag)
    }

    /// A field read as [`Text`] (any value).
    pub fn text(&mut self) -> Option<Text> {
        Some(match self.tag()? {
            'u' => Text::Missing,
            's' => {
                let (s, rest) = self.rest.split_once('\0')?;
                self.rest = rest;
                // As the generic decoder (`TextVisitor`): over the field limit only the length is kept.
                if s.len() > MAX_FIELD_BYTES {
                    Text::TooLarge(s.len())
                } else {
                    Text::Str(s.to_owned())
                }
            }
            tag => Text::Invalid(kind(tag)?),
        })
    }

    /// A field read as [`Loose`]: `read` reads the object's own fields, in the order of the spec.
    pub fn object<T>(&mut self, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<Loose<T>> {
        Some(match self.tag()? {
            'u' => Loose::Missing,
            'o' => Loose::Value(read(self)?),
            'S' => Loose::Invalid(ValueKind::String),
            tag => Loose::Invalid(kind(tag)?),
        })
    }

    /// `true` once every tag has been read.
    pub fn is_done(&self) -> bool {
        self.rest.is_empty()
    }
}

fn kind(tag: char) -> Option<ValueKind> {
    Some(match tag {
        'b' => ValueKind::Boolean,
        'n' => ValueKind::Number,
        'A' => ValueKind::Array,
        'O' => ValueKind::Object,
        _ => return None,
    })
}
