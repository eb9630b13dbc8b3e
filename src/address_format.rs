//! Address formats per country (SPEC §1 REF-4), from libaddressinput metadata
//! (`data/address-countries.jsonl`): required fields, layout, postal-code pattern and examples,
//! subdivisions — what a form needs to lay itself out, and what the address rules check.

use crate::country_data::Lookup;
use crate::locale::Locale;
use crate::messages;
use serde::Serialize;

/// A row of the generated address-format table (letters as in libaddressinput: A street, C city, S state, Z postal code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct AddressRecord {
    pub country: &'static str,
    pub fmt: &'static str,
    pub require: &'static str,
    pub upper: &'static str,
    pub zip_type: &'static str,
    pub state_type: &'static str,
    pub city_type: &'static str,
    /// The country has a record of its own (postal pattern, subdivisions): [`crate::country_data`].
    pub detail: bool,
}

/// A first-level subdivision (state, province, prefecture…). `key` is the value stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Subdivision {
    /// The value Partner Center stores (`"CA"`, `"Anhui Sheng"`): Latin characters.
    pub key: &'static str,
    /// Display name (`"California"`).
    pub name: &'static str,
    /// ISO 3166-2 suffix (`"CA"` of `US-CA`), where known.
    #[serde(rename = "isoCode", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub iso: Option<&'static str>,
}

include!(concat!(env!("OUT_DIR"), "/addresses.rs"));

/// The address formats, sorted by ISO code (decoded from the packed table once).
fn all() -> &'static [AddressRecord] {
    static TABLE: crate::packed::Table<AddressRecord> = crate::packed::Table::new();
    TABLE.get_or_init(|| {
        crate::packed::records(ADDRESS_FORMATS_TEXT, ADDRESS_FORMATS_ENDS)
            .map(|mut f| AddressRecord {
                country: f.next(),
                fmt: f.next(),
                require: f.next(),
                upper: f.next(),
                zip_type: f.next(),
                state_type: f.next(),
                city_type: f.next(),
                detail: f.next() == "1",
            })
            .collect()
    })
}

/// An address field of the enrolment form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum AddressField {
    Line1,
    Line2,
    Line3,
    City,
    State,
    PostalCode,
}

/// The postal code of a country: whole-value pattern, examples and localized label.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct PostalCodeFormat {
    /// libaddressinput regular expression, to match the whole (normalized) value.
    pub pattern: &'static str,
    pub examples: Vec<&'static str>,
    /// "ZIP code", "Code postal", … in the requested locale.
    pub label: &'static str,
}

/// REF-4: how to lay out and check an address in one country.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct AddressFormat {
    pub country: &'static str,
    /// Fields that must be filled in.
    pub required: Vec<AddressField>,
    /// The fields in the order the country writes them.
    pub field_order: Vec<AddressField>,
    /// `null` where the country has no postal codes.
    pub postal_code: Option<PostalCodeFormat>,
    pub subdivisions: Vec<Subdivision>,
    /// "State", "Province", "Prefecture", … in the requested locale.
    pub subdivision_label: &'static str,
    pub city_label: &'static str,
    /// Fields written in capitals in this country (normalization upper-cases postal codes there).
    pub uppercase: Vec<AddressField>,
}

/// The record of a country that libaddressinput knows.
pub(crate) fn record(country: &str) -> Option<&'static AddressRecord> {
    let all = all();
    crate::markets::with_code(country, |code| {
        all.binary_search_by(|r| r.country.cmp(code)).ok().and_then(|i| all.get(i))
    })
}

/// The record to use for a country: its own, or the defaults for a CSP market that has none.
pub(crate) fn record_or_default(country: &str) -> Option<&'static AddressRecord> {
    record(country).or_else(|| crate::markets::find(country).map(|_| &DEFAULT_ADDRESS))
}

/// An ISO code of a real country or territory (known to the address data or the markets table).
pub(crate) fn is_known_country(country: &str) -> bool {
    record(country).is_some() || crate::markets::find(country).is_some()
}

fn fields_of_letters(letters: &str) -> Vec<AddressField> {
    let mut out = Vec::new();
    for c in letters.chars() {
        let fields: &[AddressField] = match c {
            'A' => &[AddressField::Line1, AddressField::Line2, AddressField::Line3],
            'C' => &[AddressField::City],
            'S' => &[AddressField::State],
            'Z' => &[AddressField::PostalCode],
            _ => &[],
        };
        for f in fields {
            if !out.contains(f) {
                out.push(*f);
            }
        }
    }
    out
}

impl AddressRecord {
    /// Required fields: only the first address line for `A`.
    pub(crate) fn required(&self) -> Vec<AddressField> {
        fields_of_letters(self.require)
            .into_iter()
            .filter(|f| !matches!(f, AddressField::Line2 | AddressField::Line3))
            .collect()
    }

    pub(crate) fn field_order(&self) -> Vec<AddressField> {
        let letters: String = self.fmt.split('%').filter_map(|token| token.chars().next()).collect();
        fields_of_letters(&letters)
    }

    /// The format, with the country's detail when it has any (`None` for [`Lookup::NotLoaded`]: see
    /// [`address_format`]).
    fn format(&self, country: &'static str, locale: Locale) -> Option<AddressFormat> {
        let data = match crate::country_data::get(self) {
            Lookup::Found(data) => Some(data),
            Lookup::Empty => None,
            Lookup::NotLoaded => return None,
        };
        Some(AddressFormat {
            country,
            required: self.required(),
            field_order: self.field_order(),
            postal_code: data.and_then(|d| d.postal.as_ref()).map(|(pattern, _)| PostalCodeFormat {
                pattern,
                examples: data.map(|d| d.examples().collect()).unwrap_or_default(),
                label: messages::label(self.zip_type, locale),
            }),
            // Display names in the locale ("Californie"); the key stays the value to store.
            subdivisions: data
                .map(|d| {
                    d.subdivisions
                        .iter()
                        .map(|s| Subdivision { name: s.name_in(locale), ..s.subdivision() })
                        .collect()
                })
                .unwrap_or_default(),
            subdivision_label: messages::label(self.state_type, locale),
            city_label: messages::label(self.city_type, locale),
            uppercase: fields_of_letters(self.upper),
        })
    }
}

/// REF-4: the address format of a country (case-insensitive); `None` for an unknown code.
/// A CSP market without a record of its own gets libaddressinput's defaults.
///
/// Also `None` for a country whose record is not loaded (never natively nor in the root package,
/// where every record is built in): the `/enrollment` package asks
/// [`crate::country_data_needed`] first and throws for a country not loaded.
pub fn address_format(country: &str, locale: Locale) -> Option<AddressFormat> {
    let code = country.trim().to_ascii_uppercase();
    let rec = record_or_default(&code)?;
    let country =
        record(&code).map(|r| r.country).or_else(|| crate::markets::find(&code).map(|m| m.country))?;
    rec.format(country, locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ref_4_packed_table_decodes_every_field() {
        assert!(all().len() > 240);
        assert!(all().windows(2).all(|w| w[0].country < w[1].country), "sorted for binary search");
        let us = record("US").unwrap();
        assert_eq!(
            (us.require, us.upper, us.zip_type, us.state_type, us.city_type),
            ("ACSZ", "CS", "zip", "state", "city")
        );
        let us = crate::country_data::get(us).data().unwrap();
        assert!(us.postal.is_some() && us.examples().count() >= 2 && us.subdivisions().count() > 50);
        assert!(crate::country_data::get(record("AE").unwrap()).data().is_some_and(|d| d.postal.is_none()));
        assert_eq!(record_or_default("XS").map(|r| r.country), Some("ZZ"));
        assert_eq!(record_or_default("XK").map(|r| r.country), Some("XK"));
    }

    #[test]
    fn ref_4_us_format() {
        let us = address_format("us", Locale::En).unwrap();
        assert_eq!(
            us.required,
            [AddressField::Line1, AddressField::City, AddressField::State, AddressField::PostalCode]
        );
        assert_eq!(
            us.field_order,
            [
                AddressField::Line1,
                AddressField::Line2,
                AddressField::Line3,
                AddressField::City,
                AddressField::State,
                AddressField::PostalCode
            ]
        );
        let zip = us.postal_code.unwrap();
        assert_eq!(zip.label, "ZIP code");
        assert!(zip.examples.contains(&"95014"));
        assert_eq!(us.subdivision_label, "State");
        assert!(us.subdivisions.iter().any(|s| s.key == "CA" && s.name == "California"));
        let us_fr = address_format("us", Locale::Fr).unwrap();
        assert!(us_fr.subdivisions.iter().any(|s| s.key == "CA" && s.name == "Californie"));
    }

    #[test]
    fn ref_4_labels_follow_the_locale_and_latin_keys_replace_native_ones() {
        let fr = address_format("FR", Locale::Fr).unwrap();
        assert_eq!(fr.postal_code.unwrap().label, "Code postal");
        assert_eq!(fr.required, [AddressField::Line1, AddressField::City, AddressField::PostalCode]);
        let jp = address_format("JP", Locale::En).unwrap();
        assert_eq!(jp.subdivision_label, "Prefecture");
        assert!(jp.subdivisions.iter().all(|s| s.key.is_ascii()), "Latin keys for Japan");
        // The Latin layout (lfmt) is used: street first.
        assert_eq!(jp.field_order.first(), Some(&AddressField::Line1));
    }

    #[test]
    fn ref_4_every_market_has_a_format_and_unknown_codes_none() {
        for m in crate::markets::markets(crate::Locale::En) {
            assert!(address_format(m.country, Locale::En).is_some(), "{}", m.country);
        }
        assert!(address_format("ZZ", Locale::En).is_none());
        assert!(address_format("", Locale::En).is_none());
        assert!(address_format("CU", Locale::En).is_some(), "non-markets keep their format");
    }
}
