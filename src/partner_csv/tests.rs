//! Unit tests of the partner CSV (AUD-CSV).
use super::export::{clean_cell, export_cell};
use super::*;
use crate::audience::{List, Partner};
use crate::input::{collapse_whitespace, Loose};
use crate::issue::ParamValue;

const A: &str = "a2898e3a-06ca-454e-a0d0-c73b0ee36bba";
const B: &str = "484e548c-f5f3-4528-93a9-c16c6373cb59";

fn parse(text: &str) -> PartnerCsvResult {
    parse_partner_csv(&text.into(), &CsvOptions::default())
}

fn ids(r: &PartnerCsvResult) -> Vec<&str> {
    r.partners.iter().map(|p| p.tenant_id.as_str().unwrap_or("")).collect()
}

fn codes(r: &PartnerCsvResult) -> Vec<(IssueCode, Option<ParamValue>)> {
    r.issues.iter().map(|i| (i.code, i.params.get("line").cloned())).collect()
}

fn line(n: i64) -> Option<ParamValue> {
    Some(ParamValue::Int(n))
}

#[test]
fn aud_csv_header_aliases_any_case_spaces_underscores_hyphens() {
    for header in [
        "tenantId",
        "TENANT_ID",
        "Tenant ID",
        "tenant-id",
        "Microsoft Entra tenant ID",
        "ID",
        " id ",
        "ID de locataire",
        "Azure AD tenant ID",
        "'=x,tenantid",
    ] {
        let r = parse(&format!("{header}\n{}{A}\n", if header.contains(',') { "," } else { "" }));
        assert_eq!(ids(&r), [A], "{header}");
    }
    let r =
        parse(&format!("Country/region,Partner name,Notes,Microsoft Entra tenant ID\nfr,Contoso,x,{A}\n"));
    assert_eq!(r.partners[0], Partner::new(A).with_name("Contoso").with_country("FR"));
    let r = parse(&format!("Pays,Nom,tenantId,tenantId\nFrance,Contoso,{A},{B}\n"));
    assert_eq!(
        r.partners[0],
        Partner::new(A).with_name("Contoso").with_country("FR"),
        "the first of two tenant columns"
    );
}

#[test]
fn aud_csv_header_missing() {
    let r = parse("name,country\nContoso,FR\n");
    assert_eq!(codes(&r), [(IssueCode::CsvHeaderMissing, line(1))]);
    assert!(r.partners.is_empty());
    let r = parse(&format!("\n\n{A}\n"));
    assert_eq!(codes(&r), [(IssueCode::CsvHeaderMissing, line(3))], "a first row of data is no header");
    for empty in ["", "\n\n", " ;; \r\n"] {
        let r = parse(empty);
        assert_eq!(codes(&r), [(IssueCode::CsvHeaderMissing, None)], "{empty:?}");
        assert_eq!(r.issues[0].message, "The first row must name a tenant ID column (tenantId, Tenant ID, Microsoft Entra tenant ID or ID).");
    }
    let r = parse_partner_csv(&CsvText::Missing, &CsvOptions::default());
    assert_eq!(r.issues[0].code, IssueCode::Required);
    let r = parse_partner_csv(&CsvText::Invalid(ValueKind::Number), &CsvOptions::default());
    assert_eq!(r.issues[0].code, IssueCode::InvalidType);
}

#[test]
fn aud_csv_delimiter_detected_from_the_header() {
    assert_eq!(parse(&format!("tenantId;name\n{A};a,b\n")).partners[0].name, Text::from("a,b"));
    assert_eq!(parse(&format!("tenantId\tname\n{A}\ta;b,c\n")).partners[0].name, Text::from("a;b,c"));
    assert_eq!(
        parse(&format!("\"tenant;Id\",name\n{A},x\n")).issues[0].code,
        IssueCode::CsvHeaderMissing,
        "a quoted `;` does not count"
    );
    assert_eq!(
        parse(&format!("tenantId;name;notes, more\n{A};z;a, b\n")).partners[0].name,
        Text::from("z"),
        "the most frequent wins"
    );
    assert_eq!(
        ids(&parse(&format!("Partner's \"best\" name,tenantId\nx,{A}\n"))),
        [A],
        "a quote inside a field is a character"
    );
}

#[test]
fn aud_csv_line_ends_bom_quotes() {
    for text in [
        format!("\u{FEFF}tenantId,name\r\n{A},x\r\n"),
        format!("tenantId,name\r{A},x\r"),
        format!("tenantId,name\n{A},x"),
    ] {
        let r = parse(&text);
        assert_eq!(r.partners, [Partner::new(A).with_name("x")], "{text:?}");
    }
    let r = parse(&format!("tenantId,name\n  \"{A}\"  ,\"a \"\"b\"\"\nc\"\n\n{B},\"\"\"x\"\n"));
    assert_eq!(r.partners[0].name, Text::from("a \"b\" c"));
    assert_eq!(r.partners[1].name, Text::from("\"x"));
    let r = parse(&format!("tenantId\n\"multi\nline\nvalue\"\n{B}\nbad\n"));
    assert_eq!(
        codes(&r),
        [(IssueCode::TenantIdFormat, line(2)), (IssueCode::TenantIdFormat, line(6))],
        "lines count the breaks inside quotes"
    );
}

#[test]
fn aud_csv_countries_by_code_or_name() {
    let r = parse(&format!("tenantId,country\n{A},united kingdom\n{B},RU\n"));
    assert_eq!(r.partners[0].country, Text::from("GB"));
    assert_eq!(r.partners[1].country, Text::Missing);
    assert_eq!(codes(&r), [(IssueCode::NotCspMarket, line(3))]);
    assert_eq!(r.issues[0].severity, crate::issue::Severity::Warning);
    assert!(r.ok);
}

#[test]
fn aud_csv_duplicates_kept_once_with_warning() {
    let r = parse(&format!("tenantId,name\n{A},first\n{{{}}},second\n", A.to_uppercase()));
    assert_eq!(r.partners, [Partner::new(A).with_name("first")]);
    assert_eq!(codes(&r), [(IssueCode::DuplicatePartner, line(3))]);
    assert_eq!(r.issues[0].message, format!("Line 3: Tenant {A} is already listed: it is kept once."));
}

#[test]
fn aud_csv_formula_guard() {
    assert_eq!(clean_cell("'=1+1"), "=1+1");
    assert_eq!(clean_cell("''=1"), "'=1");
    assert_eq!(clean_cell("'Tis"), "'Tis");
    assert_eq!(clean_cell("  '-5 "), "-5");
    let mut out = String::new();
    for v in ["=1", "'=1", "'x", "a b", " a", "x\"y", "@", "-1", "+", "\t=x"] {
        out.clear();
        export_cell(v, &mut out);
        let back = parse(&format!("tenantId,name\n{A},{out}\n"));
        assert_eq!(back.partners[0].name, Text::from(collapse_whitespace(v).as_str()), "{v:?} → {out:?}");
    }
}

#[test]
fn aud_csv_export_header_crlf_and_bad_entries() {
    let list = List::Items(vec![
        Loose::Value(Partner::new(&A.to_uppercase()).with_name("Contoso, Ltd.").with_country("FR")),
        Loose::Invalid(ValueKind::Number),
        Loose::Value(Partner::new("not an id")),
    ]);
    assert_eq!(
        export_partner_csv(&list),
        format!("tenantId,name,country\r\n{A},\"Contoso, Ltd.\",FR\r\nnot an id,,\r\n")
    );
    assert_eq!(export_partner_csv(&List::Invalid(ValueKind::String)), "tenantId,name,country\r\n");
}

#[test]
fn aud_csv_header_failure_ignores_rows() {
    let r = parse("name\n\"unterminated\n");
    assert_eq!(codes(&r), [(IssueCode::CsvHeaderMissing, line(1))]);
}

/// Issue 15: the one-pass reading of whole lines (`scan`) gives what the byte-by-byte lexer gives
/// (a text read in one piece takes the fast path; fed a byte at a time, no line is whole).
#[test]
fn aud_csv_fast_path_reads_as_the_lexer_does() {
    let rows = [
        format!("{A},Contoso,FR"),
        format!("\"{B}\",\"Fabrikam, Inc.\",\"DE\""),
        format!("{A},dup,US"),
        format!("  \"{B}\"  ,x,FR"),
        format!("\"{A}\"x,y,FR"),
        format!("{A},\"He said \"\"hi\"\"\",FR"),
        format!("{A},\"two\nlines\",FR"),
        format!("{A},ab\"c,FR"),
        ",,".to_owned(),
        ";;".to_owned(),
        "  ".to_owned(),
        format!("{},Ünïcödé Ltd,Allemagne", A.to_uppercase()),
        format!("{{{B}}},'=1+1,USA"),
        "not-an-id,name,FR".to_owned(),
        format!("{A},name,Atlantis,extra,cells"),
        A.to_owned(),
        format!("{A},\"\",\"\""),
        format!("{A},\"unterminated,FR"),
    ];
    for delim in [",", ";", "\t"] {
        for end in ["\n", "\r\n", "\r"] {
            let body: Vec<String> = rows.iter().map(|r| r.replace(',', delim)).collect();
            let text = format!("tenantId{delim}name{delim}country{end}{}{end}", body.join(end));
            let whole = parse(&text);
            let mut reader = PartnerCsvReader::new(&CsvOptions::default());
            text.as_bytes().chunks(1).for_each(|b| reader.push_bytes(b));
            assert_eq!(reader.finish(), whole, "{delim:?} {end:?}");
            let mut text = text;
            text.push_str("{A},last,FR");
            let whole = parse(&text);
            let mut reader = PartnerCsvReader::new(&CsvOptions::default());
            text.as_bytes().chunks(7).for_each(|b| reader.push_bytes(b));
            assert_eq!(reader.finish(), whole, "{delim:?} {end:?} unended");
        }
    }
}
