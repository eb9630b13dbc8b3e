//! Decoding of the tables that `build/` packs as one string plus end offsets (see
//! `build/util.rs::packed_table`): a table of `&'static str` pointers costs 8 incompressible bytes
//! per field in the .wasm, the packed form about 4 per record. Each table is decoded once, on first
//! use, into the same record structs as before, so lookups still return `&'static` records.

/// Field separator inside a record (the generator checks it never occurs in the data).
const FIELD_SEP: char = '\u{1f}';

/// The fields of each record of a packed table, in order.
pub(crate) fn records(text: &'static str, ends: &'static [u32]) -> impl Iterator<Item = Fields> {
    let mut start = 0usize;
    ends.iter().map(move |&end| {
        let end = end as usize;
        let record = text.get(start..end).unwrap_or("");
        start = end;
        Fields(record.split(FIELD_SEP))
    })
}

/// The fields of one record; a missing field reads as "" (never with well-formed generated data).
pub(crate) struct Fields(core::str::Split<'static, char>);

impl Fields {
    pub(crate) fn next(&mut self) -> &'static str {
        self.0.next().unwrap_or("")
    }

    /// `None` for an empty field.
    pub(crate) fn next_opt(&mut self) -> Option<&'static str> {
        Some(self.next()).filter(|s| !s.is_empty())
    }
}

/// A decoded table: `OnceLock` works on wasm32 (single thread) and natively (the server is multi-threaded).
pub(crate) type Table<T> = std::sync::OnceLock<Vec<T>>;
