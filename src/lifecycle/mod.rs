//! The indirect-reseller enrolment lifecycle (SPEC §3, LIFE; seed 003) as pure state transitions:
//! `enrollment_apply(state, event)` returns the next state and the effects the caller performs, or
//! the issues that refuse the event. States are plain data (serde), events tagged objects `{ type, … }`.
//!
//! ```text
//! draft ─submit→ emailVerification ─confirmEmail→ vetting ─approve→ verified ─signAgreement→ active ─deauthorize→ deauthorized
//!                   ↺ resendVerificationEmail         │ ↑ appeal                                ↺ grantAdminAgent
//!                                                  reject ─→ rejected
//! associatePartnerId: in every status but deauthorized, status unchanged.
//! ```
//!
//! Beyond SPEC's `EnrollmentState`, a state keeps what later rules need: `country` and
//! `submittedOn` once submitted (the account's legal country, from the form: the PartnerID must be
//! located there), and `partnerId` (`{ id, country }`) once associated.

use crate::date::Date;
use crate::enrollment::{validate_enrollment, EnrollmentForm, EnrollmentOptions};
use crate::input::{Loose, Options, Text};
use crate::issue::{no_errors, Issue, IssueCode, PathSegment};
use crate::locale::Locale;
use crate::markets::find;
use crate::read::{FromValue, Value};
use crate::transition::{
    begin, invalid, not_allowed, read_state, unless_bad, ActorRole, Decode, Effect, Fields, Given, Machine,
    Transition,
};
use serde::Serialize;

/// Below this trailing 12-month CSP revenue (USD) at the tenant-activation anniversary, an indirect
/// reseller is deauthorized (from April 2024).
pub const REVENUE_THRESHOLD_USD: f64 = 1000.0;

/// The day the revenue requirement took effect: "as of April 1, 2024" (Partner Center,
/// `new-indirect-reseller-requirement.md`). A `deauthorize` dated before it is refused.
pub const REVENUE_RULE_EFFECTIVE: (i32, u32, u32) = (2024, 4, 1);
/// Vetting takes 3 to 5 business days; after 5 it is overdue (open a support request).
pub const VETTING_EARLIEST_BUSINESS_DAYS: u32 = 3;
pub const VETTING_BUSINESS_DAYS: u32 = 5;
/// Rejection reasons: at most this many, each at most [`MAX_REASON_CHARS`] characters.
pub const MAX_REASONS: usize = 20;
pub const MAX_REASON_CHARS: usize = 1024;

/// The PartnerID (type Location) associated with the CSP account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AssociatedPartnerId {
    /// 6 to 10 digits.
    pub id: String,
    /// ISO code of the PartnerID's location: the account's country.
    pub country: String,
}

/// The fields of every status.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct EnrollmentFlags {
    /// A PartnerID is associated (`partnerId` holds it). Required to sign the MPA.
    pub partner_id_associated: bool,
    /// The primary contact confirmed the e-mail address (every status after `emailVerification`).
    pub email_verified: bool,
    /// The user is in the Admin agent group (granted once active).
    pub admin_agent: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub partner_id: Option<AssociatedPartnerId>,
}

/// What a submitted enrolment keeps from its form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Submission {
    /// The account's legal country (ISO code, a CSP market), from the submitted form; it can't change.
    pub country: String,
    /// `YYYY-MM-DD`: when the form was submitted (or appealed with a date): vetting counts from it.
    pub submitted_on: String,
}

/// An enrolment, by status (SPEC §3 `EnrollmentState`); `switch (state.status)` narrows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(tag = "status", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum EnrollmentState {
    /// Not submitted yet.
    Draft {
        #[serde(flatten)]
        flags: EnrollmentFlags,
    },
    /// Submitted; waiting for the primary contact to confirm the e-mail address.
    EmailVerification {
        #[serde(flatten)]
        flags: EnrollmentFlags,
        #[serde(flatten)]
        submission: Submission,
    },
    /// Microsoft is verifying the company (3–5 business days, see `vettingDue`).
    Vetting {
        #[serde(flatten)]
        flags: EnrollmentFlags,
        #[serde(flatten)]
        submission: Submission,
    },
    /// Microsoft refused the verification; "Fix now" appeals with a corrected form.
    Rejected {
        #[serde(flatten)]
        flags: EnrollmentFlags,
        #[serde(flatten)]
        submission: Submission,
        rejected_reasons: Vec<String>,
    },
    /// Verified: a global admin can sign the Microsoft Partner Agreement.
    Verified {
        #[serde(flatten)]
        flags: EnrollmentFlags,
        #[serde(flatten)]
        submission: Submission,
    },
    /// The indirect reseller status is Active: the account can transact.
    Active {
        #[serde(flatten)]
        flags: EnrollmentFlags,
        #[serde(flatten)]
        submission: Submission,
    },
    /// Deauthorized for low revenue; a new enrolment is possible from `reenrollAfter`.
    Deauthorized {
        #[serde(flatten)]
        flags: EnrollmentFlags,
        #[serde(flatten)]
        submission: Submission,
        /// `YYYY-MM-DD`: one year after the deauthorization.
        reenroll_after: String,
    },
}

crate::string_enum::string_enum! {
    /// An enrolment status name.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    pub enum EnrollmentStatus {
        Draft = "draft",
        EmailVerification = "emailVerification",
        Vetting = "vetting",
        Rejected = "rejected",
        Verified = "verified",
        Active = "active",
        Deauthorized = "deauthorized",
    }
}

impl EnrollmentState {
    pub fn status(&self) -> EnrollmentStatus {
        match self {
            EnrollmentState::Draft { .. } => EnrollmentStatus::Draft,
            EnrollmentState::EmailVerification { .. } => EnrollmentStatus::EmailVerification,
            EnrollmentState::Vetting { .. } => EnrollmentStatus::Vetting,
            EnrollmentState::Rejected { .. } => EnrollmentStatus::Rejected,
            EnrollmentState::Verified { .. } => EnrollmentStatus::Verified,
            EnrollmentState::Active { .. } => EnrollmentStatus::Active,
            EnrollmentState::Deauthorized { .. } => EnrollmentStatus::Deauthorized,
        }
    }

    pub fn flags(&self) -> &EnrollmentFlags {
        match self {
            EnrollmentState::Draft { flags }
            | EnrollmentState::EmailVerification { flags, .. }
            | EnrollmentState::Vetting { flags, .. }
            | EnrollmentState::Rejected { flags, .. }
            | EnrollmentState::Verified { flags, .. }
            | EnrollmentState::Active { flags, .. }
            | EnrollmentState::Deauthorized { flags, .. } => flags,
        }
    }

    fn flags_mut(&mut self) -> &mut EnrollmentFlags {
        match self {
            EnrollmentState::Draft { flags }
            | EnrollmentState::EmailVerification { flags, .. }
            | EnrollmentState::Vetting { flags, .. }
            | EnrollmentState::Rejected { flags, .. }
            | EnrollmentState::Verified { flags, .. }
            | EnrollmentState::Active { flags, .. }
            | EnrollmentState::Deauthorized { flags, .. } => flags,
        }
    }

    /// The account's country and submission date, once submitted.
    pub fn submission(&self) -> Option<&Submission> {
        match self {
            EnrollmentState::Draft { .. } => None,
            EnrollmentState::EmailVerification { submission, .. }
            | EnrollmentState::Vetting { submission, .. }
            | EnrollmentState::Rejected { submission, .. }
            | EnrollmentState::Verified { submission, .. }
            | EnrollmentState::Active { submission, .. }
            | EnrollmentState::Deauthorized { submission, .. } => Some(submission),
        }
    }

    /// The invariants every state satisfies; the fields that break them otherwise.
    pub fn check(&self) -> Result<(), Vec<&'static str>> {
        let mut bad = Vec::new();
        let status = self.status();
        let flags = self.flags();
        let submitted = status != EnrollmentStatus::Draft;
        let verified = submitted && status != EnrollmentStatus::EmailVerification;
        let active = matches!(status, EnrollmentStatus::Active | EnrollmentStatus::Deauthorized);
        if flags.email_verified != verified {
            bad.push("emailVerified");
        }
        if flags.admin_agent && !active {
            bad.push("adminAgent");
        }
        if flags.partner_id_associated != flags.partner_id.is_some()
            || (active && !flags.partner_id_associated)
        {
            bad.push("partnerIdAssociated");
        }
        if let Some(submission) = self.submission() {
            if !is_market_code(&submission.country) {
                bad.push("country");
            }
            if Date::parse(&submission.submitted_on).is_none() {
                bad.push("submittedOn");
            }
        }
        if let Some(p) = &flags.partner_id {
            let country_ok = match self.submission() {
                Some(s) => p.country == s.country,
                None => is_market_code(&p.country),
            };
            if !is_partner_id(&p.id) || !country_ok {
                bad.push("partnerId");
            }
        }
        match self {
            EnrollmentState::Rejected { rejected_reasons, .. }
                if rejected_reasons.len() > MAX_REASONS
                    || rejected_reasons
                        .iter()
                        .any(|r| r.is_empty() || r.chars().count() > MAX_REASON_CHARS) =>
            {
                bad.push("rejectedReasons");
            }
            EnrollmentState::Deauthorized { reenroll_after, .. } if Date::parse(reenroll_after).is_none() => {
                bad.push("reenrollAfter");
            }
            _ => {}
        }
        unless_bad((), bad)
    }
}

fn is_market_code(code: &str) -> bool {
    find(code).is_some_and(|m| m.country == code)
}

/// A PartnerID: 6 to 10 ASCII digits.
fn is_partner_id(id: &str) -> bool {
    (6..=10).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_digit())
}

/// An enrolment event (SPEC §3); `switch (event.type)` narrows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(tag = "type", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum EnrollmentEvent {
    /// draft → emailVerification: a global admin submits a valid form.
    Submit { form: EnrollmentForm, actor_role: ActorRole, on: String },
    /// emailVerification: send the verification e-mail again.
    ResendVerificationEmail,
    /// emailVerification → vetting: the primary contact confirmed the address.
    ConfirmEmail,
    /// vetting → verified.
    Approve,
    /// vetting → rejected.
    Reject {
        #[serde(default)]
        reasons: Vec<String>,
    },
    /// rejected → vetting ("Fix now"): a corrected form; `on`, when given, restarts the vetting clock.
    Appeal {
        form: EnrollmentForm,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(target_arch = "wasm32", tsify(optional))]
        on: Option<String>,
    },
    /// Any status but deauthorized: associate a PartnerID located in the account's country.
    AssociatePartnerId { partner_id: String, country: String },
    /// verified → active: a global admin signs the Microsoft Partner Agreement.
    SignAgreement { actor_role: ActorRole },
    /// active: the user is added to the Admin agent group.
    GrantAdminAgent,
    /// active → deauthorized: trailing 12-month revenue below 1,000 USD at the anniversary.
    Deauthorize { on: String, trailing_revenue_usd: f64 },
}

crate::string_enum::string_enum! {
    /// The name of an enrolment event (`enrollmentEvents` lists them).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    #[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
    pub enum EnrollmentEventType {
        Submit = "submit",
        ResendVerificationEmail = "resendVerificationEmail",
        ConfirmEmail = "confirmEmail",
        Approve = "approve",
        Reject = "reject",
        Appeal = "appeal",
        AssociatePartnerId = "associatePartnerId",
        SignAgreement = "signAgreement",
        GrantAdminAgent = "grantAdminAgent",
        Deauthorize = "deauthorize",
    }
}

impl EnrollmentEvent {
    pub fn event_type(&self) -> EnrollmentEventType {
        match self {
            EnrollmentEvent::Submit { .. } => EnrollmentEventType::Submit,
            EnrollmentEvent::ResendVerificationEmail => EnrollmentEventType::ResendVerificationEmail,
            EnrollmentEvent::ConfirmEmail => EnrollmentEventType::ConfirmEmail,
            EnrollmentEvent::Approve => EnrollmentEventType::Approve,
            EnrollmentEvent::Reject { .. } => EnrollmentEventType::Reject,
            EnrollmentEvent::Appeal { .. } => EnrollmentEventType::Appeal,
            EnrollmentEvent::AssociatePartnerId { .. } => EnrollmentEventType::AssociatePartnerId,
            EnrollmentEvent::SignAgreement { .. } => EnrollmentEventType::SignAgreement,
            EnrollmentEvent::GrantAdminAgent => EnrollmentEventType::GrantAdminAgent,
            EnrollmentEvent::Deauthorize { .. } => EnrollmentEventType::Deauthorize,
        }
    }
}

/// What `enrollment_apply` accepts as a state: a typed [`EnrollmentState`] or any JSON/JS value.
pub type EnrollmentStateInput = Given<EnrollmentState>;
/// What `enrollment_apply` accepts as an event: a typed [`EnrollmentEvent`] or any JSON/JS value.
pub type EnrollmentEventInput = Given<EnrollmentEvent>;

// ---- The transitions ---------------------------------------------------------------------------

/// `enrollmentStart()`: a draft with nothing associated.
pub fn enrollment_start() -> EnrollmentState {
    EnrollmentState::Draft { flags: EnrollmentFlags::default() }
}

/// The events a status accepts (SPEC §3 table), before the conditions on their payload.
fn allowed(status: EnrollmentStatus, event: EnrollmentEventType) -> bool {
    use EnrollmentEventType as E;
    use EnrollmentStatus as S;
    match event {
        E::Submit => status == S::Draft,
        E::ResendVerificationEmail | E::ConfirmEmail => status == S::EmailVerification,
        E::Approve | E::Reject => status == S::Vetting,
        E::Appeal => status == S::Rejected,
        E::AssociatePartnerId => status != S::Deauthorized,
        E::SignAgreement => status == S::Verified,
        E::GrantAdminAgent | E::Deauthorize => status == S::Active,
    }
}

impl Machine for EnrollmentState {
    type Event = EnrollmentEvent;
    fn start() -> Self {
        enrollment_start()
    }
    fn invariants(&self) -> Result<(), Vec<&'static str>> {
        self.check()
    }
    fn takes(&self, event: &EnrollmentEvent) -> bool {
        allowed(self.status(), event.event_type())
    }
    fn names(&self, event: &EnrollmentEvent) -> (&'static str, &'static str) {
        (self.status().name(), event.event_type().name())
    }
}

/// `enrollmentEvents(state)`: the events a UI may offer now. Each is accepted by
/// [`enrollment_apply`] for a valid payload; every other event is refused. An invalid state has none.
pub fn enrollment_events(state: impl Into<EnrollmentStateInput>) -> Vec<EnrollmentEventType> {
    let Ok(state) = read_state(&state.into(), Locale::En) else { return Vec::new() };
    let status = state.status();
    EnrollmentEventType::ALL
        .into_iter()
        .filter(|e| allowed(status, *e))
        .filter(|e| *e != EnrollmentEventType::SignAgreement || state.flags().partner_id_associated)
        .collect()
}

/// `enrollmentApply(state, event, options)`: the next state and its effects, or the issues that
/// refuse the event (then `state` is the given one, unchanged). Never panics, whatever the input.
/// `options` are those of `validateEnrollment` (`mode` is ignored: a submitted form is complete).
pub fn enrollment_apply(
    state: impl Into<EnrollmentStateInput>,
    event: impl Into<EnrollmentEventInput>,
    options: &EnrollmentOptions,
) -> Transition<EnrollmentState> {
    let locale = options.locale();
    let (state, event) = match begin(&state.into(), &event.into(), locale) {
        Ok(begun) => begun,
        Err(refused) => return refused,
    };
    let options = EnrollmentOptions { mode: Text::Missing, ..options.clone() };
    let step = Step { locale, options: &options, issues: Vec::new() };
    step.run(state, event)
}

crate::transition::deserialize_via_decode!(EnrollmentState, EnrollmentEvent);

mod read;
mod step;
use step::Step;
mod vetting;

pub use vetting::{vetting_due, VettingDue};

#[cfg(test)]
mod tests;
