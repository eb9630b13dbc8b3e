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

/// The top-level member of the form that [`validate_enrollment_field`] reads for `path` besides
/// `country` (the context of every field): the one the path starts with. `None` for the empty path
/// (the whole form). No other member is read for that path, so a caller may leave the others out
/// (the wasm layer reads only these two: [`field_shape`]); the answer is the same (tested).
pub(crate) fn field_branch(path: &FieldPath) -> Option<&str> {
    path.0.first().map(String::as_str)
}

/// The walker shape of the form that [`validate_enrollment_field`] needs for `path`: the form's own
/// shape narrowed to `country` and [`field_branch`] (all of it for the whole form). Built once.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code, reason = "natively: by the tests only"))]
pub(crate) fn field_shape(path: &FieldPath) -> Cow<'static, str> {
    static NARROWED: OnceLock<Vec<(String, String)>> = OnceLock::new();
    let shape = EnrollmentForm::shape_text();
    let Some(branch) = field_branch(path) else {
        return shape;
    };
    let narrowed = NARROWED.get_or_init(|| {
        let members = shape_members(&shape);
        members.iter().map(|(key, _)| (key.to_string(), shape_with_only(&shape, &["country", key]))).collect()
    });
    match narrowed.iter().find(|(key, _)| key == branch) {
        Some((_, only)) => Cow::Borrowed(only.as_str()),
        None => Cow::Owned(shape_with_only(&shape, &["country"])),
    }
}
