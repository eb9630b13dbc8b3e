//! The partner CSV at the JS border (AUD-CSV). Good rows leave the module once per chunk as one
//! string plus three numbers a row; `csv.js` slices that string into the partner objects, so the
//! module never holds more than a chunk's rows and no JSON is built for them (issue 15).

use super::{from_js, to_js};
use crate::partner_csv::{country_codes, CsvOptions, CsvText, PartnerCsvReader as Reader};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/wasm/csv.js")]
extern "C" {
    #[wasm_bindgen(js_name = appendPartners)]
    fn append_partners(into: &js_sys::Array, text: &str, index: &[u32], codes: &str);
    #[wasm_bindgen(js_name = csvResult)]
    fn csv_result(ok: bool, issues: &JsValue, partners: &js_sys::Array) -> JsValue;
}

/// Text is read in slices of this many bytes, so that the rows handed to JS stay small.
const SLICE: usize = 1 << 20;

/// Moves the rows read so far from the reader into `into`.
pub(crate) fn drain(reader: &mut Reader, into: &js_sys::Array) {
    let rows = reader.take_rows();
    if !rows.is_empty() {
        append_partners(into, &rows.text, &rows.index, country_codes());
    }
}

/// Pushes a whole text in slices cut at character boundaries, draining after each.
pub(crate) fn push_text(reader: &mut Reader, text: &str, into: &js_sys::Array) {
    let mut rest = text;
    while !rest.is_empty() {
        let mut cut = SLICE.min(rest.len());
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (slice, after) = rest.split_at(cut);
        reader.push_str(slice);
        drain(reader, into);
        rest = after;
    }
}

/// The result object: the issues through JSON (few), the partners already built.
pub(crate) fn finish(reader: &mut Reader, partners: js_sys::Array) -> JsValue {
    let too_large = reader.too_large();
    let (ok, issues, rows) = reader.finish_rows();
    let partners = if too_large { js_sys::Array::new() } else { partners };
    if !rows.is_empty() {
        append_partners(&partners, &rows.text, &rows.index, country_codes());
    }
    csv_result(ok, &to_js(&issues), &partners)
}

/// The export of `parse_partner_csv` (`src/api/csv.rs`): a string is read in slices, its partners
/// built in JS; another value through the generic decoding.
pub(crate) fn parse_partner_csv(text: JsValue, options: Option<JsValue>) -> JsValue {
    let options: CsvOptions = from_js(options);
    let Some(text) = text.as_string() else {
        return to_js(&crate::parse_partner_csv(&from_js::<CsvText>(Some(text)), &options));
    };
    let mut reader = Reader::new(&options);
    let partners = js_sys::Array::new();
    push_text(&mut reader, &text, &partners);
    drop(text);
    finish(&mut reader, partners)
}

/// Reads a partner CSV piece by piece, for big files: `push()` chunks as they arrive (strings or bytes,
/// cut anywhere), show `bytesRead` as progress, then `finish()` gives what `parsePartnerCsv` gives
/// for the whole text. Bytes: UTF-8, or UTF-16 with a BOM; bytes that are not UTF-8 are read as
/// Windows-1252 with a `csv_encoding` warning. After `finish()`, `bytesRead` keeps the file's total
/// and the next `push()` starts a new file. Works in Web Workers. Call `free()` when done with it.
// Its JS name is its Rust name (no `js_name`: the name is written once).
#[wasm_bindgen]
pub struct PartnerCsvReader {
    inner: Reader,
    /// The partners read so far, as JS objects.
    partners: js_sys::Array,
    /// A UTF-16 high surrogate that ended the previous string chunk (its pair starts the next one).
    high_surrogate: Option<u32>,
}

#[wasm_bindgen]
impl PartnerCsvReader {
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "CsvOptions")] options: Option<JsValue>,
    ) -> PartnerCsvReader {
        PartnerCsvReader {
            inner: Reader::new(&from_js(options)),
            partners: js_sys::Array::new(),
            high_surrogate: None,
        }
    }

    /// Adds a chunk: a string, a `Uint8Array` or an `ArrayBuffer`. Another value is reported by
    /// `finish()` as `invalid_type`.
    pub fn push(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] chunk: JsValue,
    ) {
        if self.inner.finished() {
            self.partners = js_sys::Array::new();
        }
        // Classified at the border without a JS operation that can throw (see `wasm::de::chunk`).
        match super::chunk(&chunk) {
            super::Chunk::Text(text) => self.push_text(text),
            super::Chunk::Bytes(bytes) => {
                self.flush_surrogate();
                self.inner.push_bytes(&bytes);
            }
            super::Chunk::Other(kind) => {
                self.flush_surrogate();
                self.inner.push_invalid(&kind);
            }
        }
        drain(&mut self.inner, &self.partners);
    }

    /// The bytes pushed so far (UTF-8 bytes for string chunks): with the file size, a progress bar.
    /// After `finish()`, the finished file's total.
    #[wasm_bindgen(getter, js_name = bytesRead)]
    pub fn bytes_read(&self) -> f64 {
        #[allow(clippy::cast_precision_loss, reason = "exact up to 2^53 bytes")]
        let n = self.inner.bytes_read() as f64;
        n
    }

    /// `true` once more than `maxBytes` were pushed: the answer is `input_too_large` whatever
    /// follows, so a caller can stop reading (`readPartnerCsv` does).
    #[wasm_bindgen(getter, js_name = overLimit)]
    pub fn over_limit(&self) -> bool {
        self.inner.too_large()
    }

    /// The partners read so far.
    #[wasm_bindgen(getter, js_name = partnersRead)]
    pub fn partners_read(&self) -> u32 {
        u32::try_from(self.inner.partners_read()).unwrap_or(u32::MAX)
    }

    /// The result for everything pushed; the next `push()` starts a new file.
    #[wasm_bindgen(unchecked_return_type = "PartnerCsvResult")]
    pub fn finish(&mut self) -> JsValue {
        self.flush_surrogate();
        let partners = std::mem::replace(&mut self.partners, js_sys::Array::new());
        finish(&mut self.inner, partners)
    }
}

impl PartnerCsvReader {
    /// A string chunk, keeping a trailing high surrogate for the next chunk so that a character cut
    /// between two strings is decoded whole (JS strings are UTF-16).
    fn push_text(&mut self, mut text: js_sys::JsString) {
        if let Some(high) = self.high_surrogate.take() {
            text = js_sys::JsString::from_char_code1(high).concat(&text);
        }
        let len = text.length();
        if len > 0 {
            let last = text.char_code_at(len - 1);
            if (f64::from(0xD800u32)..f64::from(0xDC00u32)).contains(&last) {
                #[allow(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "a UTF-16 code unit: an integer below 2^16"
                )]
                let unit = last as u32;
                self.high_surrogate = Some(unit);
                text = text.slice(0, len - 1);
            }
        }
        if let Some(s) = text.as_string() {
            push_text(&mut self.inner, &s, &self.partners);
        }
    }

    /// A high surrogate left alone at a chunk's end never got its pair: U+FFFD, as JS → UTF-8 gives.
    fn flush_surrogate(&mut self) {
        if self.high_surrogate.take().is_some() {
            self.inner.push_str("\u{FFFD}");
        }
    }
}
