//! Results go to JS as JSON text, which `to_js` hands to `JSON.parse`: one crossing of the
//! border per result instead of one JS call per object, array, key and value (what
//! `serde_wasm_bindgen::Serializer` does), and far less code in the .wasm (each derived
//! `Serialize` is compiled once per serializer; here each field is a few string appends).
//!
//! The JS values are the ones `serde_wasm_bindgen::Serializer` with `serialize_maps_as_objects`
//! and `serialize_missing_as_null` made (the tests compare outputs byte for byte): structs and
//! maps → plain objects, keys in serialization order; `None`, `()` and unit structs → `null`; unit
//! variants → their name; newtype, tuple and struct variants → `{ "Variant": … }`; integers →
//! numbers, except an `i64`/`u64` beyond ±(2⁵³ − 1), which fails the whole result (→ `null`), as
//! there. Left out because no result type has them (they would fail the result): fractional or
//! non-finite floats (writing one would pull float formatting into the .wasm, ~19 KB), 128-bit
//! integers (BigInt), byte strings and non-string map keys.

use serde::ser::{self, Serialize};
use std::fmt;

/// The only error: a value JSON can't carry as `serde_wasm_bindgen` would have (see the module doc).
#[derive(Debug)]
pub(crate) struct Unsupported;

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("value not representable in JSON")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Unsupported // the text is never shown: the result becomes `null`
    }
}

type Result<T = ()> = core::result::Result<T, Unsupported>;

/// The JSON text of `value`.
pub(crate) fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    let mut out = String::new();
    value.serialize(Json(&mut out))?;
    Ok(out)
}

/// Largest integer a JS number holds exactly (`Number.MAX_SAFE_INTEGER`).
const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

fn write_u64(out: &mut String, n: u64) {
    if n >= 10 {
        write_u64(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

fn write_i64(out: &mut String, n: i64) -> Result {
    if n.unsigned_abs() > MAX_SAFE_INTEGER {
        return Err(Unsupported);
    }
    if n < 0 {
        out.push('-');
    }
    write_u64(out, n.unsigned_abs());
    Ok(())
}

/// A JSON string literal: `"` and `\` escaped, control characters as `\u00XX`; everything else as is
/// (JSON text is UTF-8 here, and `JSON.parse` gives back the same string). Copies the runs between
/// escapes as slices (a `push` per character is several times slower).
fn write_str(out: &mut String, s: &str) {
    out.push('"');
    let mut rest = s;
    // The bytes to escape are ASCII, so never inside a multi-byte character: `at` is a char boundary.
    while let Some(at) = rest.bytes().position(|b| b == b'"' || b == b'\\' || b < b' ') {
        let (run, tail) = rest.split_at(at);
        out.push_str(run);
        let mut chars = tail.chars();
        match chars.next() {
            Some('"') => out.push_str("\\\""),
            Some('\\') => out.push_str("\\\\"),
            Some(c) => {
                let hex = |d: u32| char::from_digit(d, 16).unwrap_or('0');
                out.push_str("\\u00");
                out.push(hex(c as u32 >> 4));
                out.push(hex(c as u32 & 0xf));
            }
            None => {}
        }
        rest = chars.as_str();
    }
    out.push_str(rest);
    out.push('"');
}

/// The serializer: appends the JSON text of one value to the string.
struct Json<'a>(&'a mut String);

/// An object or array being written: puts the `,` between members and the closing bracket(s).
struct Compound<'a> {
    out: &'a mut String,
    first: bool,
    /// `"}"` or `"]"`, then `"}"` more for the `{ "Variant": … }` wrapper of a variant.
    close: &'static str,
}

impl<'a> Compound<'a> {
    fn open(out: &'a mut String, open: &str, close: &'static str) -> Self {
        out.push_str(open);
        Compound { out, first: true, close }
    }

    /// A variant's `{"Variant":` then the object or array of its fields.
    fn variant(out: &'a mut String, variant: &str, open: &str, close: &'static str) -> Self {
        out.push('{');
        write_str(out, variant);
        out.push(':');
        Compound::open(out, open, close)
    }

    fn separator(&mut self) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.separator();
        value.serialize(Json(self.out))
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result {
        self.separator();
        write_str(self.out, key);
        self.out.push(':');
        value.serialize(Json(self.out))
    }

    fn close(self) -> Result {
        self.out.push_str(self.close);
        Ok(())
    }
}

impl<'a> ser::Serializer for Json<'a> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result {
        self.0.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result {
        write_i64(self.0, v.into())
    }
    fn serialize_i16(self, v: i16) -> Result {
        write_i64(self.0, v.into())
    }
    fn serialize_i32(self, v: i32) -> Result {
        write_i64(self.0, v.into())
    }
    fn serialize_i64(self, v: i64) -> Result {
        write_i64(self.0, v)
    }
    fn serialize_u8(self, v: u8) -> Result {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result {
        if v > MAX_SAFE_INTEGER {
            return Err(Unsupported);
        }
        write_u64(self.0, v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result {
        self.serialize_f64(v.into())
    }
    /// Whole numbers only (see the module doc).
    fn serialize_f64(self, v: f64) -> Result {
        if v.fract() != 0.0 || !(-(MAX_SAFE_INTEGER as f64)..=MAX_SAFE_INTEGER as f64).contains(&v) {
            return Err(Unsupported);
        }
        write_i64(self.0, v as i64)
    }
    fn serialize_char(self, v: char) -> Result {
        write_str(self.0, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result {
        write_str(self.0, v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Result {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        self.0.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        let mut wrapper = Compound::open(self.0, "{", "}");
        wrapper.field(variant, value)?;
        wrapper.close()
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>> {
        Ok(Compound::open(self.0, "[", "]"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>> {
        self.serialize_seq(None)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>> {
        self.serialize_seq(None)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>> {
        Ok(Compound::variant(self.0, variant, "[", "]}"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>> {
        Ok(Compound::open(self.0, "{", "}"))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>> {
        Ok(Compound::variant(self.0, variant, "{", "}}"))
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.close()
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.close()
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.close()
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.close()
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    /// Keys must be strings, as for a JS object key in `serde_wasm_bindgen`.
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        self.separator();
        key.serialize(KeyOnly(self.out))?;
        self.out.push(':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        value.serialize(Json(self.out))
    }
    fn end(self) -> Result {
        self.close()
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.field(key, value)
    }
    fn end(self) -> Result {
        self.close()
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.field(key, value)
    }
    fn end(self) -> Result {
        self.close()
    }
}

/// A map key: a string (or a char, or a unit variant: both become JS strings); anything else fails.
struct KeyOnly<'a>(&'a mut String);

impl<'a> ser::Serializer for KeyOnly<'a> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = ser::Impossible<(), Unsupported>;
    type SerializeTuple = ser::Impossible<(), Unsupported>;
    type SerializeTupleStruct = ser::Impossible<(), Unsupported>;
    type SerializeTupleVariant = ser::Impossible<(), Unsupported>;
    type SerializeMap = ser::Impossible<(), Unsupported>;
    type SerializeStruct = ser::Impossible<(), Unsupported>;
    type SerializeStructVariant = ser::Impossible<(), Unsupported>;

    fn serialize_str(self, v: &str) -> Result {
        write_str(self.0, v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result {
        Json(self.0).serialize_char(v)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_bool(self, _: bool) -> Result {
        Err(Unsupported)
    }
    fn serialize_i8(self, _: i8) -> Result {
        Err(Unsupported)
    }
    fn serialize_i16(self, _: i16) -> Result {
        Err(Unsupported)
    }
    fn serialize_i32(self, _: i32) -> Result {
        Err(Unsupported)
    }
    fn serialize_i64(self, _: i64) -> Result {
        Err(Unsupported)
    }
    fn serialize_u8(self, _: u8) -> Result {
        Err(Unsupported)
    }
    fn serialize_u16(self, _: u16) -> Result {
        Err(Unsupported)
    }
    fn serialize_u32(self, _: u32) -> Result {
        Err(Unsupported)
    }
    fn serialize_u64(self, _: u64) -> Result {
        Err(Unsupported)
    }
    fn serialize_f32(self, _: f32) -> Result {
        Err(Unsupported)
    }
    fn serialize_f64(self, _: f64) -> Result {
        Err(Unsupported)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Result {
        Err(Unsupported)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result {
        Err(Unsupported)
    }
    fn serialize_unit(self) -> Result {
        Err(Unsupported)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result {
        Err(Unsupported)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result {
        Err(Unsupported)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq> {
        Err(Unsupported)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple> {
        Err(Unsupported)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct> {
        Err(Unsupported)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Err(Unsupported)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap> {
        Err(Unsupported)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct> {
        Err(Unsupported)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Err(Unsupported)
    }
}
