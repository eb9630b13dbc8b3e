//! `validateEnrollmentField` (SPEC §2): the issues of one field, cheap enough for every keystroke.
//! The paths it knows and the members it reads come from the form's type (its walker shape).

use super::{run, EnrollmentForm, EnrollmentOptions, Want};
use crate::input::FieldPath;
use crate::issue::{Issue, IssueCode, PathSegment};
use crate::read::{shape_members, shape_paths, shape_with_only, FromValue};
use std::borrow::Cow;
use std::sync::OnceLock;

/// SPEC §2: the issues of one field (`"address.postalCode"` or `["address", "postalCode"]`), judged in
/// the context of the whole form (the postal code needs the country). A path to an object gives the
/// issues of every field inside it. Only that field's checks run (and the country, its context), so
/// it is cheap enough for every keystroke; the issues are the same as `validate_enrollment`'s on that path.
/// A path that is not a field of the form (`"adress.postalCode"`) gets one `unknown_field` error at
/// that path, so a typo can't pass for a valid field.
pub fn validate_enrollment_field(
    form: &EnrollmentForm,
    path: &FieldPath,
    options: &EnrollmentOptions,
) -> Vec<Issue> {
    if !is_form_path(&path.0) {
        let at: Vec<&str> = path.0.iter().map(String::as_str).collect();
        return vec![Issue::error(IssueCode::UnknownField)
            .at(&at)
            .param("field", path.0.join("."))
            .build(options.locale())];
    }
    // The issues on that branch: their path starts with the wanted keys.
    let on_branch = |i: &Issue| {
        i.path.len() >= path.0.len()
            && i.path.iter().zip(&path.0).all(|(s, k)| matches!(s, PathSegment::Key(s) if s == k))
    };
    let mut issues = run(form, options, &Want(Some(&path.0))).issues;
    issues.retain(on_branch);
    issues
}

/// Whether `path` names the whole form (empty), a member of it, or a field inside a member: the
/// paths of the form's type.
pub(crate) fn is_form_path(path: &[String]) -> bool {
    static PATHS: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    path.is_empty()
        || PATHS.get_or_init(|| shape_paths(&EnrollmentForm::shape_text())).iter().any(|p| p == path)
}

/// The members of the branch's object that the check of its field `key` reads besides `key`
/// itself (each check reads only its own field otherwise; tested on every path).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code, reason = "natively: by the tests only"))]
fn companions(branch: &str, key: &str) -> &'static [&'static str] {
    match (branch, key) {
        ("address", key) if super::address::ZONE.contains(&key) => &super::address::ZONE,
        ("partnerId", "country") => &super::PARTNER_ID_COUNTRY_NEEDS,
        _ => &[],
    }
}

/// The walker shape of the form that [`validate_enrollment_field`] needs for `path`: the form's own
/// shape narrowed to `country` and the member the path starts with, and inside that member to the path's field and
/// its [`companions`] (all of the form for the whole form). Built once per path.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code, reason = "natively: by the tests only"))]
pub(crate) fn field_shape(path: &FieldPath) -> Cow<'static, str> {
    static NARROWED: OnceLock<Vec<(Vec<String>, String)>> = OnceLock::new();
    let shape = EnrollmentForm::shape_text();
    if path.0.is_empty() {
        return shape;
    }
    let narrowed = NARROWED.get_or_init(|| {
        shape_paths(&shape)
            .into_iter()
            .filter(|p| p.len() <= 2)
            .map(|p| (narrow(&shape, &p), p))
            .map(|(s, p)| (p, s))
            .collect()
    });
    match narrowed.iter().find(|(p, _)| *p == path.0) {
        Some((_, only)) => Cow::Borrowed(only.as_str()),
        None => Cow::Owned(shape_with_only(&shape, &["country"])),
    }
}

/// The form's `shape` narrowed for `path` (one or two keys), see [`field_shape`].
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code, reason = "natively: by the tests only"))]
fn narrow(shape: &str, path: &[String]) -> String {
    let (Some(branch), key) = (path.first(), path.get(1)) else {
        return shape.to_owned();
    };
    let mut out = String::from("{");
    for (member, sub) in shape_members(shape) {
        if member != "country" && member != branch {
            continue;
        }
        if out.len() > 1 {
            out.push(',');
        }
        out.push_str(member);
        match key {
            Some(key) if member == branch => {
                let keep: Vec<&str> =
                    std::iter::once(key.as_str()).chain(companions(branch, key).iter().copied()).collect();
                out.push_str(&shape_with_only(sub, &keep));
            }
            _ => out.push_str(sub),
        }
    }
    out.push('}');
    out
}
