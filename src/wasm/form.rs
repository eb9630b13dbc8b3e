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
    /// The tags of the fields of `value` listed in `spec` (see `form.js`), of all its members or of
    /// the first and the `only`-th; `None` when the fast path gives up.
    #[wasm_bindgen(js_name = readFields)]
    pub(crate) fn read_fields(value: &JsValue, spec: &JsValue, only: Option<u32>) -> Option<String>;
}

/// The tags of `form.js`'s answer, read in the order of the spec. A field never fails on its own
/// (a malformed tag reads as missing); [`Tags::finish`] tells whether the whole answer was well
/// formed. (No early return while a struct is half built: each would cost a drop path in the .wasm.)
pub(crate) struct Tags<'a> {
    rest: &'a str,
    bad: bool,
}

impl<'a> Tags<'a> {
    pub fn new(packed: &'a str) -> Self {
        Tags { rest: packed, bad: false }
    }

    fn tag(&mut self) -> char {
        let mut chars = self.rest.chars();
        let tag = chars.next().unwrap_or('?');
        self.rest = chars.as_str();
        tag
    }

    /// A field read as [`Text`] (any value).
    #[inline(never)]
    pub fn text(&mut self) -> Text {
        match self.tag() {
            'u' => Text::Missing,
            's' => match self.rest.split_once('\0') {
                Some((s, rest)) => {
                    self.rest = rest;
                    // As the generic decoder (`TextVisitor`): over the field limit only the length is kept.
                    if s.len() > MAX_FIELD_BYTES {
                        Text::TooLarge(s.len())
                    } else {
                        Text::Str(s.to_owned())
                    }
                }
                None => self.fail(),
            },
            tag => match kind(tag) {
                Some(kind) => Text::Invalid(kind),
                None => self.fail(),
            },
        }
    }

    /// A field read as [`Loose`] when `wanted` (else missing, and nothing is read): `read` reads the
    /// object's own fields, in the order of the spec.
    pub fn object_if<T>(&mut self, wanted: bool, read: impl FnOnce(&mut Self) -> T) -> Loose<T> {
        if !wanted {
            return Loose::Missing;
        }
        match self.tag() {
            'u' => Loose::Missing,
            'o' => Loose::Value(read(self)),
            'S' => Loose::Invalid(ValueKind::String),
            tag => match kind(tag) {
                Some(kind) => Loose::Invalid(kind),
                None => self.fail(),
            },
        }
    }

    fn fail<T: Default>(&mut self) -> T {
        self.bad = true;
        T::default()
    }

    /// `true` when every tag was well formed and all were read.
    pub fn finish(self) -> bool {
        !self.bad && self.rest.is_empty()
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
