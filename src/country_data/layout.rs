//! The layout of a country record: written by `build/country_records.rs` (which includes this file),
//! read by `src/country_data/mod.rs`. A record is UTF-8 text, one line per item, parts of a line
//! separated by tabs (the writer checks neither occurs in the data):
//!
//! ```text
//! US                                      the ISO code
//! (\d{5})(?:[ \-](\d{4}))?                 the postal-code pattern (libaddressinput), "" for none
//! 95014,22162-1010                        the postal-code examples, comma-separated
//! [2-9]\d{9}|3\d{6}                        the national phone number pattern (libphonenumber), "" for none
//! CA<TAB>California<TAB>CA<TAB>9[0-5]|96[01]<TAB>90000<TAB>fr=Californie<TAB>…   one line per subdivision: SUB_PARTS
//! ```

/// Between the lines of a record.
pub const LINE: char = '\n';
/// Between the parts of a line.
pub const PART: char = '\t';
/// The lines before the subdivisions: code, postal pattern, postal examples, phone pattern.
pub const HEAD_LINES: usize = 4;
/// The parts of a subdivision line, in order: its key (the value stored), its display name ("" when
/// it is the key), its ISO 3166-2 suffix ("" when unknown), its postal-code prefix pattern (matched
/// at the start of a code, "" for none), a postal example in that prefix, its names in the build's
/// locales other than English (`fr=Californie`, separated by [`NAMES_SEP`]), then every other name
/// it is known by (second-language and native-script names, ISO codes the key does not carry).
pub const SUB_PARTS: usize = 6;
/// Between a locale tag and the name in that locale.
pub const LOCALE_SEP: char = '=';
/// Between the names in several locales.
pub const NAMES_SEP: char = ';';
