//! LIFE-2: when the vetting is expected and whether it is overdue.

use super::*;

/// `vettingDue(state, today)`: when the vetting should be done (LIFE-2).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct VettingDue {
    pub ok: bool,
    pub issues: Vec<Issue>,
    /// 3 business days after `submittedOn`: the earliest usual answer; `null` unless vetting.
    pub earliest_by: Option<String>,
    /// 5 business days after `submittedOn`; `null` unless vetting.
    pub expected_by: Option<String>,
    /// Business days (Mon–Fri) after `submittedOn`, up to `today`.
    pub business_days_elapsed: u32,
    /// More than 5 business days have passed: open a support request.
    pub overdue: bool,
    /// `[{ type: "openSupportRequest" }]` when overdue.
    pub effects: Vec<Effect>,
}

/// LIFE-2: vetting takes 3–5 business days (Mon–Fri) from `submittedOn`; after 5 it is `overdue`
/// and the effect `openSupportRequest` is advised. Only a state in `vetting` has due dates.
pub fn vetting_due(state: impl Into<EnrollmentStateInput>, today: &Text, options: &Options) -> VettingDue {
    let locale = options.locale();
    let mut out = VettingDue {
        ok: false,
        issues: Vec::new(),
        earliest_by: None,
        expected_by: None,
        business_days_elapsed: 0,
        overdue: false,
        effects: Vec::new(),
    };
    let state = match read_state(&state.into(), locale) {
        Ok(s) => Some(s),
        Err(issues) => {
            out.issues = issues;
            None
        }
    };
    let today = match today.read(&["today"], locale) {
        Ok(Some(t)) => Date::parse(&t),
        Ok(None) => None,
        Err(issue) => {
            out.issues.push(issue);
            return out;
        }
    };
    let Some(today) = today else {
        out.issues.push(Issue::error(IssueCode::InvalidDate).at(&["today"]).build(locale));
        return out;
    };
    let Some(state) = state else { return out };
    out.ok = true;
    if let EnrollmentState::Vetting { submission, .. } = &state {
        let Some(submitted) = Date::parse(&submission.submitted_on) else { return out };
        let expected = submitted.add_business_days(VETTING_BUSINESS_DAYS);
        out.earliest_by = submitted.add_business_days(VETTING_EARLIEST_BUSINESS_DAYS).map(|d| d.to_string());
        out.expected_by = expected.map(|d| d.to_string());
        out.business_days_elapsed = u32::try_from(submitted.business_days_until(today)).unwrap_or(u32::MAX);
        out.overdue = out.business_days_elapsed > VETTING_BUSINESS_DAYS;
        if out.overdue {
            out.effects.push(Effect::OpenSupportRequest);
        }
    }
    out
}
