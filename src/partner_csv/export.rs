//! Cells as spreadsheets see them, and the export (AUD-CSV).
//!
//! Formula guard: a spreadsheet runs a cell as a formula when it starts with `=`, `+`, `-`, `@`, tab
//! or CR. A value can become several cells: opened with `;` as list separator (French, German
//! settings), `Contoso;=1+1` is two cells, and a line break inside quotes starts a new row when the
//! quotes are not read. So every *segment* of a value — its start, and what follows each `,`, `;`,
//! tab, CR or LF — that reads as a formula gets a `'` in front, which import removes again (one
//! `'` before `'…'=…` too, so `parse(export(x))` gives `x` back).

use crate::audience::{List, Partner};
use crate::input::{collapse_whitespace, Loose, Text};
use std::borrow::Cow;

/// The columns written by the export, in order.
pub const EXPORT_HEADER: &str = "tenantId,name,country";

/// Where a spreadsheet may start a new cell inside a value (whatever the separator it opens the file with).
fn is_segment_break(c: char) -> bool {
    matches!(c, ',' | ';' | '\t' | '\r' | '\n')
}

/// `'`s followed by what a spreadsheet reads as a formula.
fn formula_start(s: &str) -> bool {
    let rest = s.trim_start_matches('\'');
    rest.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Calls `f` with the byte offset of each segment start of `s` (0 and after each segment break).
fn segment_starts(s: &str, mut f: impl FnMut(usize)) {
    f(0);
    for (i, c) in s.char_indices() {
        if is_segment_break(c) {
            f(i + c.len_utf8());
        }
    }
}

/// Does any segment of `s` start with `'` + formula (the protection import removes)?
fn has_protection(s: &str) -> bool {
    let mut found = false;
    segment_starts(s, |i| {
        found |= s.get(i..).is_some_and(|rest| rest.starts_with('\'') && formula_start(rest))
    });
    found
}

/// `s.trim()`, without decoding characters when both ends are printable ASCII (the usual cell).
pub(super) fn trim(s: &str) -> &str {
    let visible = |b: Option<&u8>| b.is_some_and(|&b| (0x21..0x7F).contains(&b));
    if visible(s.as_bytes().first()) && visible(s.as_bytes().last()) {
        return s;
    }
    s.trim()
}

/// A cell as imported: trimmed, the protective `'`s removed, white space collapsed.
pub(super) fn clean_cell(raw: &str) -> Cow<'_, str> {
    let t = trim(raw);
    // The usual cell: printable ASCII, no `'`, single spaces (one pass, it is read for every row).
    let mut space = false;
    let simple = t.bytes().all(|b| {
        let ok = b.is_ascii()
            && !matches!(b, b'\'' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
            && !(space && b == b' ');
        space = b == b' ';
        ok
    });
    if simple {
        return Cow::Borrowed(t);
    }
    if !has_protection(t) {
        return Cow::Owned(collapse_whitespace(t));
    }
    let mut drop = Vec::new();
    segment_starts(t, |i| {
        if t.get(i..).is_some_and(|rest| rest.starts_with('\'') && formula_start(rest)) {
            drop.push(i);
        }
    });
    let mut out = String::with_capacity(t.len());
    let mut from = 0;
    for i in drop {
        out.push_str(t.get(from..i).unwrap_or(""));
        from = i + 1;
    }
    out.push_str(t.get(from..).unwrap_or(""));
    Cow::Owned(collapse_whitespace(&out))
}

/// A cell as exported: a `'` before each segment that reads as a formula, quoted where needed.
pub(super) fn export_cell(value: &str, out: &mut String) {
    let quote =
        value.contains([',', ';', '\t', '"', '\r', '\n']) || value.starts_with(' ') || value.ends_with(' ');
    if quote {
        out.push('"');
    }
    let mut protect_at = Vec::new();
    segment_starts(value, |i| {
        if value.get(i..).is_some_and(formula_start) {
            protect_at.push(i);
        }
    });
    let mut next = protect_at.into_iter().peekable();
    for (i, c) in value.char_indices() {
        if next.peek() == Some(&i) {
            next.next();
            out.push('\'');
        }
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

/// `exportPartnerCsv(partners)`: the list as CSV that spreadsheets open safely (AUD-CSV). Tenant IDs
/// that parse are written normalized; entries that are not objects are left out.
pub fn export_partner_csv(partners: &List<Loose<Partner>>) -> String {
    let items = partners.items().unwrap_or(&[]);
    let mut out = String::with_capacity(EXPORT_HEADER.len() + 2 + items.len() * 64);
    out.push_str(EXPORT_HEADER);
    out.push_str("\r\n");
    for partner in items.iter().filter_map(Loose::value) {
        let text = |t: &Text| t.as_str().map(collapse_whitespace).unwrap_or_default();
        let tenant = partner
            .tenant_id
            .as_str()
            .and_then(crate::tenant_id::normalize_tenant_id)
            .unwrap_or_else(|| text(&partner.tenant_id));
        export_cell(&tenant, &mut out);
        out.push(',');
        export_cell(&text(&partner.name), &mut out);
        out.push(',');
        export_cell(&text(&partner.country), &mut out);
        out.push_str("\r\n");
    }
    out
}
