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
use crate::transition::{
    decode, event_type, flag_field, invalid, not_allowed, optional_text, role_field, text_field, unless_bad,
    ActorRole, Decode, Effect, Flag, Given, Number, TextList, Transition,
};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct AssociatedPartnerId {
    /// 6 to 10 digits.
    pub id: String,
    /// ISO code of the PartnerID's location: the account's country.
    pub country: String,
}

/// The fields of every status.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct EnrollmentFlags {
    /// A PartnerID is associated (`partnerId` holds it). Required to sign the MPA.
    pub partner_id_associated: bool,
    /// The primary contact confirmed the e-mail address (every status after `emailVerification`).
    pub email_verified: bool,
    /// The user is in the Admin agent group (granted once active).
    pub admin_agent: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub partner_id: Option<AssociatedPartnerId>,
}

/// What a submitted enrolment keeps from its form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Submission {
    /// The account's legal country (ISO code, a CSP market), from the submitted form; it can't change.
    pub country: String,
    /// `YYYY-MM-DD`: when the form was submitted (or appealed with a date): vetting counts from it.
    pub submitted_on: String,
}

/// An enrolment, by status (SPEC §3 `EnrollmentState`); `switch (state.status)` narrows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
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
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Tsify)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Tsify)]
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
        #[tsify(optional)]
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
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Tsify)]
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

// ---- Lenient reading of states and events from JS/JSON -------------------------------------------

/// A PartnerID as read from any value.
#[doc(hidden)]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RawPartnerId {
    id: Text,
    country: Text,
}

/// An enrolment state as read from any value (every field lenient); checked by [`Decode`].
#[doc(hidden)]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RawEnrollmentState {
    status: Text,
    partner_id_associated: Flag,
    email_verified: Flag,
    admin_agent: Flag,
    partner_id: Loose<RawPartnerId>,
    country: Text,
    submitted_on: Text,
    rejected_reasons: TextList,
    reenroll_after: Text,
}

impl Decode for RawEnrollmentState {
    type Typed = EnrollmentState;

    fn decode(&self) -> Result<EnrollmentState, Vec<&'static str>> {
        let mut bad = Vec::new();
        let status = self.status.as_str().and_then(|s| EnrollmentStatus::parse(s.trim()));
        let Some(status) = status else { return Err(vec!["status"]) };
        let partner_id = match &self.partner_id {
            Loose::Missing => None,
            Loose::Value(p) => match (p.id.as_str(), p.country.as_str()) {
                (Some(id), Some(country)) => {
                    Some(AssociatedPartnerId { id: id.to_owned(), country: country.to_owned() })
                }
                _ => {
                    bad.push("partnerId");
                    None
                }
            },
            Loose::Invalid(_) => {
                bad.push("partnerId");
                None
            }
        };
        let flags = EnrollmentFlags {
            partner_id_associated: flag_field(self.partner_id_associated, "partnerIdAssociated", &mut bad),
            email_verified: flag_field(self.email_verified, "emailVerified", &mut bad),
            admin_agent: flag_field(self.admin_agent, "adminAgent", &mut bad),
            partner_id,
        };
        let submission = if status == EnrollmentStatus::Draft {
            None
        } else {
            let country = text_field(&self.country, "country", &mut bad);
            let submitted_on = text_field(&self.submitted_on, "submittedOn", &mut bad);
            country.zip(submitted_on).map(|(country, submitted_on)| Submission { country, submitted_on })
        };
        let rejected_reasons = match &self.rejected_reasons {
            TextList::Items(items) if items.iter().all(Option::is_some) => {
                Some(items.iter().flatten().cloned().collect())
            }
            _ => None,
        };
        let reenroll_after = self.reenroll_after.as_str().map(str::to_owned);
        if status == EnrollmentStatus::Rejected && rejected_reasons.is_none() {
            bad.push("rejectedReasons");
        }
        if status == EnrollmentStatus::Deauthorized && reenroll_after.is_none() {
            bad.push("reenrollAfter");
        }
        if !bad.is_empty() {
            return Err(bad);
        }
        let state = match (status, submission) {
            (EnrollmentStatus::Draft, _) => EnrollmentState::Draft { flags },
            (_, None) => return Err(vec!["status"]),
            (EnrollmentStatus::EmailVerification, Some(submission)) => {
                EnrollmentState::EmailVerification { flags, submission }
            }
            (EnrollmentStatus::Vetting, Some(submission)) => EnrollmentState::Vetting { flags, submission },
            (EnrollmentStatus::Rejected, Some(submission)) => EnrollmentState::Rejected {
                flags,
                submission,
                rejected_reasons: rejected_reasons.unwrap_or_default(),
            },
            (EnrollmentStatus::Verified, Some(submission)) => EnrollmentState::Verified { flags, submission },
            (EnrollmentStatus::Active, Some(submission)) => EnrollmentState::Active { flags, submission },
            (EnrollmentStatus::Deauthorized, Some(submission)) => EnrollmentState::Deauthorized {
                flags,
                submission,
                reenroll_after: reenroll_after.unwrap_or_default(),
            },
        };
        Ok(state)
    }
}

/// An enrolment event as read from any value; checked by [`Decode`].
#[doc(hidden)]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RawEnrollmentEvent {
    #[serde(rename = "type")]
    kind: Text,
    form: Loose<EnrollmentForm>,
    actor_role: Text,
    on: Text,
    reasons: TextList,
    partner_id: Text,
    country: Text,
    trailing_revenue_usd: Number,
}

impl Decode for RawEnrollmentEvent {
    type Typed = EnrollmentEvent;

    fn decode(&self) -> Result<EnrollmentEvent, Vec<&'static str>> {
        let kind = event_type(&self.kind, EnrollmentEventType::ALL, EnrollmentEventType::name)?;
        let mut bad = Vec::new();
        let form = |bad: &mut Vec<&'static str>| match &self.form {
            Loose::Value(f) => f.clone(),
            _ => {
                bad.push("form");
                EnrollmentForm::default()
            }
        };
        let event = match kind {
            EnrollmentEventType::Submit => EnrollmentEvent::Submit {
                form: form(&mut bad),
                actor_role: role_field(&self.actor_role, &mut bad),
                on: text_field(&self.on, "on", &mut bad).unwrap_or_default(),
            },
            EnrollmentEventType::ResendVerificationEmail => EnrollmentEvent::ResendVerificationEmail,
            EnrollmentEventType::ConfirmEmail => EnrollmentEvent::ConfirmEmail,
            EnrollmentEventType::Approve => EnrollmentEvent::Approve,
            EnrollmentEventType::Reject => EnrollmentEvent::Reject {
                reasons: match &self.reasons {
                    TextList::Missing => Vec::new(),
                    TextList::Items(items) if items.iter().all(Option::is_some) => {
                        items.iter().flatten().cloned().collect()
                    }
                    _ => {
                        bad.push("reasons");
                        Vec::new()
                    }
                },
            },
            EnrollmentEventType::Appeal => {
                EnrollmentEvent::Appeal { form: form(&mut bad), on: optional_text(&self.on, "on", &mut bad) }
            }
            EnrollmentEventType::AssociatePartnerId => EnrollmentEvent::AssociatePartnerId {
                partner_id: text_field(&self.partner_id, "partnerId", &mut bad).unwrap_or_default(),
                country: text_field(&self.country, "country", &mut bad).unwrap_or_default(),
            },
            EnrollmentEventType::SignAgreement => {
                EnrollmentEvent::SignAgreement { actor_role: role_field(&self.actor_role, &mut bad) }
            }
            EnrollmentEventType::GrantAdminAgent => EnrollmentEvent::GrantAdminAgent,
            EnrollmentEventType::Deauthorize => EnrollmentEvent::Deauthorize {
                on: text_field(&self.on, "on", &mut bad).unwrap_or_default(),
                trailing_revenue_usd: match self.trailing_revenue_usd {
                    Number::Num(n) => n,
                    _ => {
                        bad.push("trailingRevenueUsd");
                        0.0
                    }
                },
            },
        };
        unless_bad(event, bad)
    }
}

/// What `enrollment_apply` accepts as a state: a typed [`EnrollmentState`] or any JSON/JS value.
pub type EnrollmentStateInput = Given<EnrollmentState, RawEnrollmentState>;
/// What `enrollment_apply` accepts as an event: a typed [`EnrollmentEvent`] or any JSON/JS value.
pub type EnrollmentEventInput = Given<EnrollmentEvent, RawEnrollmentEvent>;

// ---- The transitions ---------------------------------------------------------------------------

/// `enrollmentStart()`: a draft with nothing associated.
pub fn enrollment_start() -> EnrollmentState {
    EnrollmentState::Draft { flags: EnrollmentFlags::default() }
}

/// The state if it is one (decoded and satisfying [`EnrollmentState::check`]), or the `invalid_state` issues.
fn read_state(state: &EnrollmentStateInput, locale: Locale) -> Result<EnrollmentState, Vec<Issue>> {
    crate::transition::read_state(state, EnrollmentState::check, locale)
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
    let state = read_state(&state.into(), locale);
    let event = decode(&event.into(), IssueCode::InvalidEvent, locale);
    let (state, event) = match Transition::read(state, event, enrollment_start) {
        Ok(read) => read,
        Err(refused) => return refused,
    };
    if !allowed(state.status(), event.event_type()) {
        let issue = not_allowed(state.status().name(), event.event_type().name(), locale);
        return Transition::refused(state, vec![issue]);
    }
    let options = EnrollmentOptions { mode: Text::Missing, ..options.clone() };
    let step = Step { locale, options: &options, issues: Vec::new() };
    step.run(state, event)
}

/// One transition being computed: the issues found so far.
struct Step<'a> {
    locale: Locale,
    options: &'a EnrollmentOptions,
    issues: Vec<Issue>,
}

/// What a checked form gives the state: its country and the PartnerID it carries, if any.
struct CheckedForm {
    country: String,
    partner_id: Option<AssociatedPartnerId>,
}

impl Step<'_> {
    fn error(&mut self, code: IssueCode, path: &[&str]) {
        self.issues.push(Issue::error(code).at(path).build(self.locale));
    }

    fn push(&mut self, issue: Issue) {
        self.issues.push(issue);
    }

    fn global_admin(&mut self, role: ActorRole) {
        if role != ActorRole::GlobalAdmin {
            self.push(
                Issue::error(IssueCode::GlobalAdminRequired)
                    .at(&["actorRole"])
                    .param("role", role.name())
                    .build(self.locale),
            );
        }
    }

    fn date(&mut self, text: &str, field: &str) -> Option<Date> {
        let date = Date::parse(text);
        if date.is_none() {
            self.push(Issue::error(IssueCode::InvalidDate).at(&[field]).build(self.locale));
        }
        date
    }

    /// `validateEnrollment` in submit mode; its issues go under `form`. The PartnerID in the form
    /// is checked here too (format, same country) so that a state never holds a wrong one. When a
    /// PartnerID is already associated, the form's `partner_id_missing` warning does not apply.
    fn form(
        &mut self,
        form: &EnrollmentForm,
        account_country: Option<&str>,
        associated: bool,
    ) -> Option<CheckedForm> {
        let validation = validate_enrollment(form, self.options);
        let before = self.issues.len();
        for mut issue in validation.issues {
            if associated && issue.code == IssueCode::PartnerIdMissing {
                continue;
            }
            issue.path.insert(0, PathSegment::from("form"));
            self.issues.push(issue);
        }
        let country = validation.value.country.as_str().map(str::to_owned);
        if let (Some(account), Some(country)) = (account_country, country.as_deref()) {
            if account != country {
                self.push(
                    Issue::error(IssueCode::CountryMismatch)
                        .at(&["form", "country"])
                        .param("country", account)
                        .param("countryName", crate::names::country_or_code(account, self.locale))
                        .param("addressCountry", country)
                        .param("addressCountryName", crate::names::country_or_code(country, self.locale))
                        .build(self.locale),
                );
            }
        }
        let partner_id = match (&form.partner_id, country.as_deref()) {
            (Loose::Value(p), Some(country)) => {
                let id = p.id.normalized().unwrap_or_default();
                let pid_country = p.country.normalized().unwrap_or_default().to_ascii_uppercase();
                if id.is_empty() {
                    None
                } else {
                    if !is_partner_id(&id) {
                        self.push_once(
                            Issue::error(IssueCode::PartnerIdFormat)
                                .at(&["form", "partnerId", "id"])
                                .build(self.locale),
                        );
                    } else if pid_country != country {
                        let issue = country_mismatch(
                            &pid_country,
                            country,
                            &["form", "partnerId", "country"],
                            self.locale,
                        );
                        self.push_once(issue);
                    }
                    Some(AssociatedPartnerId { id, country: pid_country })
                }
            }
            _ => None,
        };
        if !no_errors(self.issues.get(before..).unwrap_or_default()) {
            return None;
        }
        Some(CheckedForm { country: country?, partner_id })
    }

    /// Adds an issue unless one with the same code and path is there (the form's own rules may have found it).
    fn push_once(&mut self, issue: Issue) {
        if !self.issues.iter().any(|i| i.code == issue.code && i.path == issue.path) {
            self.issues.push(issue);
        }
    }

    fn run(mut self, state: EnrollmentState, event: EnrollmentEvent) -> Transition<EnrollmentState> {
        let before = state.clone();
        let mut effects = Vec::new();
        let next = match (state, event) {
            (EnrollmentState::Draft { mut flags }, EnrollmentEvent::Submit { form, actor_role, on }) => {
                self.global_admin(actor_role);
                let on = self.date(&on, "on");
                let checked = self.form(&form, None, flags.partner_id_associated);
                match (on, checked) {
                    (Some(on), Some(checked)) if no_errors(&self.issues) => {
                        if let Some(p) = checked.partner_id {
                            flags.partner_id = Some(p);
                            flags.partner_id_associated = true;
                        } else if let Some(p) = &flags.partner_id {
                            if p.country != checked.country {
                                let issue = country_mismatch(
                                    &p.country,
                                    &checked.country,
                                    &["form", "country"],
                                    self.locale,
                                );
                                self.push(issue);
                            }
                        }
                        effects.push(Effect::SendVerificationEmail);
                        let submission =
                            Submission { country: checked.country, submitted_on: on.to_string() };
                        EnrollmentState::EmailVerification { flags, submission }
                    }
                    _ => return Transition::refused(before, self.issues),
                }
            }
            (s @ EnrollmentState::EmailVerification { .. }, EnrollmentEvent::ResendVerificationEmail) => {
                effects.push(Effect::SendVerificationEmail);
                s
            }
            (EnrollmentState::EmailVerification { mut flags, submission }, EnrollmentEvent::ConfirmEmail) => {
                flags.email_verified = true;
                EnrollmentState::Vetting { flags, submission }
            }
            (EnrollmentState::Vetting { flags, submission }, EnrollmentEvent::Approve) => {
                effects.push(Effect::NotifyPrimaryContact);
                EnrollmentState::Verified { flags, submission }
            }
            (EnrollmentState::Vetting { flags, submission }, EnrollmentEvent::Reject { reasons }) => {
                let reasons = self.reasons(&reasons);
                effects.push(Effect::NotifyPrimaryContact);
                EnrollmentState::Rejected { flags, submission, rejected_reasons: reasons }
            }
            (
                EnrollmentState::Rejected { mut flags, mut submission, .. },
                EnrollmentEvent::Appeal { form, on },
            ) => {
                let on = on.and_then(|on| self.date(&on, "on"));
                let checked = self.form(&form, Some(&submission.country), flags.partner_id_associated);
                if let Some(p) = checked.and_then(|c| c.partner_id) {
                    flags.partner_id = Some(p);
                    flags.partner_id_associated = true;
                }
                if let Some(on) = on {
                    submission.submitted_on = on.to_string();
                }
                EnrollmentState::Vetting { flags, submission }
            }
            (mut s, EnrollmentEvent::AssociatePartnerId { partner_id, country }) => {
                let id = crate::input::collapse_whitespace(&partner_id);
                if !is_partner_id(&id) {
                    self.error(IssueCode::PartnerIdFormat, &["partnerId"]);
                }
                let mut found = Vec::new();
                let market = crate::regions::resolve_market(
                    &Text::from(country),
                    &["country"],
                    self.locale,
                    &mut found,
                );
                self.issues.extend(found);
                if let (Some(market), Some(submission)) = (market, s.submission()) {
                    if market.country != submission.country {
                        let issue =
                            country_mismatch(market.country, &submission.country, &["country"], self.locale);
                        self.push(issue);
                    }
                }
                if let Some(market) = market {
                    let flags = s.flags_mut();
                    flags.partner_id = Some(AssociatedPartnerId { id, country: market.country.to_owned() });
                    flags.partner_id_associated = true;
                }
                s
            }
            (
                EnrollmentState::Verified { flags, submission },
                EnrollmentEvent::SignAgreement { actor_role },
            ) => {
                self.global_admin(actor_role);
                if !flags.partner_id_associated {
                    self.error(IssueCode::PartnerIdNotAssociated, &[]);
                }
                EnrollmentState::Active { flags, submission }
            }
            (EnrollmentState::Active { mut flags, submission }, EnrollmentEvent::GrantAdminAgent) => {
                flags.admin_agent = true;
                EnrollmentState::Active { flags, submission }
            }
            (
                EnrollmentState::Active { flags, submission },
                EnrollmentEvent::Deauthorize { on, trailing_revenue_usd },
            ) => {
                let on_date = self.date(&on, "on");
                let (year, month, day) = REVENUE_RULE_EFFECTIVE;
                let effective = Date::new(year, month, day);
                if let (Some(d), Some(effective)) = (on_date, effective) {
                    if d < effective {
                        self.push(
                            Issue::error(IssueCode::RevenueRuleNotInEffect)
                                .at(&["on"])
                                .param("effectiveDate", effective.to_string())
                                .param("date", d.to_string())
                                .build(self.locale),
                        );
                    }
                }
                let reenroll = on_date.and_then(|d| {
                    let next = d.add_years(1);
                    if next.is_none() {
                        self.error(IssueCode::InvalidDate, &["on"]);
                    }
                    next
                });
                if !trailing_revenue_usd.is_finite() {
                    self.push(invalid(IssueCode::InvalidEvent, "trailingRevenueUsd", self.locale));
                } else if trailing_revenue_usd >= REVENUE_THRESHOLD_USD {
                    self.push(
                        Issue::error(IssueCode::RevenueThresholdMet)
                            .at(&["trailingRevenueUsd"])
                            .param("revenueUsd", format_usd(trailing_revenue_usd))
                            .build(self.locale),
                    );
                }
                EnrollmentState::Deauthorized {
                    flags,
                    submission,
                    reenroll_after: reenroll.map(|d| d.to_string()).unwrap_or_default(),
                }
            }
            (s, e) => {
                // `allowed` said yes but no row matched: cannot happen; refuse rather than panic.
                let issue = not_allowed(s.status().name(), e.event_type().name(), self.locale);
                return Transition::refused(s, vec![issue]);
            }
        };
        if !no_errors(&self.issues) {
            return Transition::refused(before, self.issues);
        }
        Transition::done(next, effects, self.issues)
    }

    /// Rejection reasons: trimmed, blanks dropped, at most [`MAX_REASONS`] of [`MAX_REASON_CHARS`].
    fn reasons(&mut self, reasons: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        for (index, reason) in reasons.iter().enumerate() {
            let reason = crate::input::collapse_whitespace(reason);
            if reason.chars().count() > MAX_REASON_CHARS {
                let path = vec![
                    PathSegment::from("reasons"),
                    PathSegment::Index(u32::try_from(index).unwrap_or(u32::MAX)),
                ];
                self.push(
                    Issue::error(IssueCode::TooLong)
                        .at_path(path)
                        .param("max", MAX_REASON_CHARS)
                        .build(self.locale),
                );
            } else if !reason.is_empty() {
                out.push(reason);
            }
        }
        if out.len() > MAX_REASONS {
            self.push(
                Issue::error(IssueCode::TooLong)
                    .at(&["reasons"])
                    .param("max", MAX_REASONS)
                    .build(self.locale),
            );
        }
        out
    }
}

/// `partner_id_country_mismatch` with the parameters of REG-2.
fn country_mismatch(partner_id_country: &str, account_country: &str, path: &[&str], locale: Locale) -> Issue {
    Issue::error(IssueCode::PartnerIdCountryMismatch)
        .at(path)
        .param("partnerIdCountry", partner_id_country)
        .param("partnerIdCountryName", crate::names::country_or_code(partner_id_country, locale))
        .param("accountCountry", account_country)
        .param("accountCountryName", crate::names::country_or_code(account_country, locale))
        .build(locale)
}

/// A USD amount for a message: whole dollars as an integer, else with cents (integer arithmetic:
/// float formatting would add kilobytes to the .wasm).
fn format_usd(amount: f64) -> String {
    #[allow(clippy::cast_possible_truncation)] // clamped just below; NaN never gets here
    let cents = (amount * 100.0).round().clamp(-1e17, 1e17) as i64;
    let (sign, cents) = if cents < 0 { ("-", -cents) } else { ("", cents) };
    if cents % 100 == 0 {
        format!("{sign}{}", cents / 100)
    } else {
        format!("{sign}{}.{:02}", cents / 100, cents % 100)
    }
}

// ---- LIFE-2 vetting due dates ------------------------------------------------------------------

/// `vettingDue(state, today)`: when the vetting should be done (LIFE-2).
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn form() -> EnrollmentForm {
        serde_json::from_value(json!({
            "country": "FR", "company": { "legalName": "Contoso France SAS" },
            "address": { "line1": "10 rue de la Paix", "city": "Paris", "postalCode": "75002", "country": "FR" },
            "primaryContact": { "firstName": "Gena", "lastName": "Dupont", "email": "gena@contoso.fr", "phone": "+33 1 23 45 67 89" },
            "support": { "email": "support@contoso.fr", "phone": "01 23 45 67 89", "website": "www.contoso.fr" },
            "language": "fr"
        }))
        .unwrap()
    }

    fn opts() -> EnrollmentOptions {
        EnrollmentOptions::default()
    }

    fn fr() -> EnrollmentOptions {
        serde_json::from_value(json!({ "locale": "fr-FR" })).unwrap()
    }

    fn apply(state: &EnrollmentState, event: EnrollmentEvent) -> Transition<EnrollmentState> {
        enrollment_apply(state, event, &opts())
    }

    fn ok(state: &EnrollmentState, event: EnrollmentEvent) -> EnrollmentState {
        let t = apply(state, event);
        assert!(t.ok, "{:?}", t.issues);
        t.state
    }

    fn codes(t: &Transition<EnrollmentState>) -> Vec<IssueCode> {
        t.issues.iter().filter(|i| i.is_error()).map(|i| i.code).collect()
    }

    fn refused(
        state: &EnrollmentState,
        event: EnrollmentEvent,
        code: IssueCode,
    ) -> Transition<EnrollmentState> {
        let t = apply(state, event);
        assert!(!t.ok, "{code:?} expected");
        assert!(codes(&t).contains(&code), "{code:?} expected, got {:?}", codes(&t));
        assert_eq!(&t.state, state, "a refused event leaves the state unchanged");
        assert!(t.effects.is_empty());
        t
    }

    fn submit(role: ActorRole) -> EnrollmentEvent {
        EnrollmentEvent::Submit { form: form(), actor_role: role, on: "2026-11-20".into() }
    }

    fn associate(id: &str, country: &str) -> EnrollmentEvent {
        EnrollmentEvent::AssociatePartnerId { partner_id: id.into(), country: country.into() }
    }

    fn sign(role: ActorRole) -> EnrollmentEvent {
        EnrollmentEvent::SignAgreement { actor_role: role }
    }

    fn deauthorize(on: &str, revenue: f64) -> EnrollmentEvent {
        EnrollmentEvent::Deauthorize { on: on.into(), trailing_revenue_usd: revenue }
    }

    fn submitted() -> EnrollmentState {
        ok(&enrollment_start(), submit(ActorRole::GlobalAdmin))
    }
    fn vetting() -> EnrollmentState {
        ok(&submitted(), EnrollmentEvent::ConfirmEmail)
    }
    fn verified(associated: bool) -> EnrollmentState {
        let v = ok(&vetting(), EnrollmentEvent::Approve);
        if associated {
            ok(&v, associate("1234567", "FR"))
        } else {
            v
        }
    }
    fn active() -> EnrollmentState {
        ok(&verified(true), sign(ActorRole::GlobalAdmin))
    }

    #[test]
    fn life_start_is_a_draft() {
        let s = enrollment_start();
        assert_eq!(s.status(), EnrollmentStatus::Draft);
        assert_eq!(
            serde_json::to_value(&s).unwrap(),
            json!({ "status": "draft", "partnerIdAssociated": false, "emailVerified": false, "adminAgent": false })
        );
        assert_eq!(
            enrollment_events(&s),
            [EnrollmentEventType::Submit, EnrollmentEventType::AssociatePartnerId]
        );
    }

    #[test]
    fn life_submit_draft_to_email_verification_sends_the_verification_email() {
        let t = apply(&enrollment_start(), submit(ActorRole::GlobalAdmin));
        assert!(t.ok, "{:?}", t.issues);
        assert_eq!(t.effects, [Effect::SendVerificationEmail]);
        assert_eq!(
            serde_json::to_value(&t.state).unwrap(),
            json!({ "status": "emailVerification", "partnerIdAssociated": false, "emailVerified": false, "adminAgent": false,
                    "country": "FR", "submittedOn": "2026-11-20" })
        );
    }

    #[test]
    fn life_submit_requires_a_global_admin() {
        for role in [ActorRole::Admin, ActorRole::User] {
            let t = refused(&enrollment_start(), submit(role), IssueCode::GlobalAdminRequired);
            assert_eq!(t.issues[0].path, vec![PathSegment::from("actorRole")]);
        }
    }

    #[test]
    fn life_submit_refused_with_the_forms_issues_under_form() {
        let mut bad = form();
        bad.country = "RU".into();
        let t = refused(
            &enrollment_start(),
            EnrollmentEvent::Submit {
                form: bad,
                actor_role: ActorRole::GlobalAdmin,
                on: "2026-11-20".into(),
            },
            IssueCode::NotCspMarket,
        );
        let issue = t.issues.iter().find(|i| i.code == IssueCode::NotCspMarket).unwrap();
        assert_eq!(issue.path, vec![PathSegment::from("form"), PathSegment::from("country")]);
        let t = refused(
            &enrollment_start(),
            EnrollmentEvent::Submit {
                form: EnrollmentForm::default(),
                actor_role: ActorRole::GlobalAdmin,
                on: "2026-11-20".into(),
            },
            IssueCode::Required,
        );
        assert!(t.issues.iter().all(|i| i.path.first() == Some(&PathSegment::from("form"))));
    }

    #[test]
    fn life_submit_refuses_an_invalid_date() {
        for on in ["2026-02-30", "20/11/2026", ""] {
            let t = refused(
                &enrollment_start(),
                EnrollmentEvent::Submit { form: form(), actor_role: ActorRole::GlobalAdmin, on: on.into() },
                IssueCode::InvalidDate,
            );
            assert_eq!(t.issues[0].path, vec![PathSegment::from("on")]);
        }
    }

    #[test]
    fn life_submit_with_the_forms_partner_id_associates_it() {
        let mut f = form();
        f.partner_id = serde_json::from_value(json!({ "id": " 1234567 ", "country": "fr" })).unwrap();
        let s = ok(
            &enrollment_start(),
            EnrollmentEvent::Submit {
                form: f.clone(),
                actor_role: ActorRole::GlobalAdmin,
                on: "2026-11-20".into(),
            },
        );
        assert!(s.flags().partner_id_associated);
        assert_eq!(
            s.flags().partner_id,
            Some(AssociatedPartnerId { id: "1234567".into(), country: "FR".into() })
        );
        f.partner_id = serde_json::from_value(json!({ "id": "1234567", "country": "DE" })).unwrap();
        refused(
            &enrollment_start(),
            EnrollmentEvent::Submit {
                form: f.clone(),
                actor_role: ActorRole::GlobalAdmin,
                on: "2026-11-20".into(),
            },
            IssueCode::PartnerIdCountryMismatch,
        );
        f.partner_id = serde_json::from_value(json!({ "id": "12a45", "country": "FR" })).unwrap();
        refused(
            &enrollment_start(),
            EnrollmentEvent::Submit { form: f, actor_role: ActorRole::GlobalAdmin, on: "2026-11-20".into() },
            IssueCode::PartnerIdFormat,
        );
    }

    #[test]
    fn life_associate_partner_id_in_draft_must_match_the_submitted_country() {
        let draft = ok(&enrollment_start(), associate("1234567", "de"));
        assert_eq!(draft.status(), EnrollmentStatus::Draft);
        assert_eq!(draft.flags().partner_id.as_ref().unwrap().country, "DE");
        let t = refused(&draft, submit(ActorRole::GlobalAdmin), IssueCode::PartnerIdCountryMismatch);
        let mismatch = t.issues.iter().find(|i| i.code == IssueCode::PartnerIdCountryMismatch).unwrap();
        assert_eq!(mismatch.path, vec![PathSegment::from("form"), PathSegment::from("country")]);
        assert!(
            t.issues.iter().all(|i| i.code != IssueCode::PartnerIdMissing),
            "a PartnerID is associated: no partner_id_missing"
        );
        let draft = ok(&enrollment_start(), associate("1234567", "FR"));
        let t = apply(&draft, submit(ActorRole::GlobalAdmin));
        assert!(t.ok && t.state.flags().partner_id_associated);
        assert!(t.issues.iter().all(|i| i.code != IssueCode::PartnerIdMissing));
    }

    #[test]
    fn life_resend_verification_email_stays_and_sends_again() {
        let s = submitted();
        let t = apply(&s, EnrollmentEvent::ResendVerificationEmail);
        assert!(t.ok);
        assert_eq!(t.state, s);
        assert_eq!(t.effects, [Effect::SendVerificationEmail]);
    }

    #[test]
    fn life_confirm_email_to_vetting() {
        let t = apply(&submitted(), EnrollmentEvent::ConfirmEmail);
        assert!(t.ok);
        assert_eq!(t.state.status(), EnrollmentStatus::Vetting);
        assert!(t.state.flags().email_verified);
        assert!(t.effects.is_empty());
    }

    #[test]
    fn life_approve_to_verified_notifies_the_primary_contact() {
        let t = apply(&vetting(), EnrollmentEvent::Approve);
        assert!(t.ok);
        assert_eq!(t.state.status(), EnrollmentStatus::Verified);
        assert_eq!(t.effects, [Effect::NotifyPrimaryContact]);
    }

    #[test]
    fn life_reject_to_rejected_with_reasons() {
        let t = apply(
            &vetting(),
            EnrollmentEvent::Reject { reasons: vec!["  Business   name doesn't match ".into(), " ".into()] },
        );
        assert!(t.ok);
        assert_eq!(t.effects, [Effect::NotifyPrimaryContact]);
        match &t.state {
            EnrollmentState::Rejected { rejected_reasons, .. } => {
                assert_eq!(rejected_reasons, &["Business name doesn't match"])
            }
            other => panic!("{other:?}"),
        }
        refused(
            &vetting(),
            EnrollmentEvent::Reject { reasons: vec!["x".repeat(MAX_REASON_CHARS + 1)] },
            IssueCode::TooLong,
        );
        refused(
            &vetting(),
            EnrollmentEvent::Reject { reasons: vec!["x".into(); MAX_REASONS + 1] },
            IssueCode::TooLong,
        );
    }

    #[test]
    fn life_appeal_fix_now_back_to_vetting_with_a_valid_form() {
        let rejected = ok(&vetting(), EnrollmentEvent::Reject { reasons: vec!["Address".into()] });
        let t = apply(&rejected, EnrollmentEvent::Appeal { form: form(), on: Some("2026-12-01".into()) });
        assert!(t.ok, "{:?}", t.issues);
        assert_eq!(t.state.status(), EnrollmentStatus::Vetting);
        assert_eq!(t.state.submission().unwrap().submitted_on, "2026-12-01", "the vetting clock restarts");
        let kept = ok(&rejected, EnrollmentEvent::Appeal { form: form(), on: None });
        assert_eq!(kept.submission().unwrap().submitted_on, "2026-11-20");
        refused(
            &rejected,
            EnrollmentEvent::Appeal { form: EnrollmentForm::default(), on: None },
            IssueCode::Required,
        );
        let mut other = form();
        other.country = "BE".into();
        other.address = Loose::Missing;
        let t =
            refused(&rejected, EnrollmentEvent::Appeal { form: other, on: None }, IssueCode::CountryMismatch);
        assert!(t.issues.iter().any(|i| i.code == IssueCode::CountryMismatch
            && i.path == vec![PathSegment::from("form"), PathSegment::from("country")]));
    }

    #[test]
    fn life_associate_partner_id_any_status_but_deauthorized() {
        let mut states = vec![enrollment_start(), submitted(), vetting(), verified(false), active()];
        states.push(ok(&vetting(), EnrollmentEvent::Reject { reasons: vec![] }));
        for s in &states {
            let t = apply(s, associate("7654321", "fr"));
            assert!(t.ok, "{:?}: {:?}", s.status(), t.issues);
            assert_eq!(t.state.status(), s.status(), "same status");
            assert!(t.state.flags().partner_id_associated);
            assert!(enrollment_events(s).contains(&EnrollmentEventType::AssociatePartnerId));
        }
        let gone = ok(&active(), deauthorize("2027-04-01", 10.0));
        refused(&gone, associate("1234567", "FR"), IssueCode::TransitionNotAllowed);
        assert!(enrollment_events(&gone).is_empty());
    }

    #[test]
    fn life_associate_partner_id_format_6_to_10_digits() {
        for id in ["12345", "12345678901", "12a4567", "", "１２３４５６７"] {
            refused(&submitted(), associate(id, "FR"), IssueCode::PartnerIdFormat);
        }
        for id in ["123456", "1234567890", " 1234567 "] {
            assert!(apply(&submitted(), associate(id, "FR")).ok, "{id}");
        }
    }

    #[test]
    fn life_associate_partner_id_same_country_as_the_account() {
        // Same region is not enough: a UK PartnerID for a French account fails.
        let t = refused(&submitted(), associate("1234567", "GB"), IssueCode::PartnerIdCountryMismatch);
        assert_eq!(t.issues[0].path, vec![PathSegment::from("country")]);
        assert!(t.issues[0].message.contains("United Kingdom"), "{}", t.issues[0].message);
        refused(&submitted(), associate("1234567", "ZZ"), IssueCode::UnknownCountry);
        refused(&enrollment_start(), associate("1234567", "RU"), IssueCode::NotCspMarket);
    }

    #[test]
    fn life_sign_agreement_verified_to_active() {
        let t = apply(&verified(true), sign(ActorRole::GlobalAdmin));
        assert!(t.ok);
        assert_eq!(t.state.status(), EnrollmentStatus::Active);
        assert!(!t.state.flags().admin_agent);
    }

    #[test]
    fn life_sign_agreement_requires_a_global_admin() {
        refused(&verified(true), sign(ActorRole::Admin), IssueCode::GlobalAdminRequired);
    }

    #[test]
    fn life_sign_agreement_blocked_until_the_partner_id_is_associated() {
        let s = verified(false);
        let t = refused(&s, sign(ActorRole::GlobalAdmin), IssueCode::PartnerIdNotAssociated);
        assert_eq!(t.issues.len(), 1);
        assert!(!enrollment_events(&s).contains(&EnrollmentEventType::SignAgreement));
        assert!(enrollment_events(verified(true)).contains(&EnrollmentEventType::SignAgreement));
        let t = enrollment_apply(&s, sign(ActorRole::User), &fr());
        assert_eq!(codes(&t), [IssueCode::GlobalAdminRequired, IssueCode::PartnerIdNotAssociated]);
        assert_eq!(
            t.issues[1].message,
            "Associez votre PartnerID avant de signer le Contrat Partenaire Microsoft."
        );
    }

    #[test]
    fn life_grant_admin_agent_stays_active() {
        let t = apply(&active(), EnrollmentEvent::GrantAdminAgent);
        assert!(t.ok);
        assert_eq!(t.state.status(), EnrollmentStatus::Active);
        assert!(t.state.flags().admin_agent);
        assert!(apply(&t.state, EnrollmentEvent::GrantAdminAgent).ok, "idempotent");
    }

    #[test]
    fn life_deauthorize_below_1000_usd_reenroll_after_one_year() {
        let t = apply(&active(), deauthorize("2027-04-01", 999.99));
        assert!(t.ok);
        match &t.state {
            EnrollmentState::Deauthorized { reenroll_after, .. } => assert_eq!(reenroll_after, "2028-04-01"),
            other => panic!("{other:?}"),
        }
        match ok(&active(), deauthorize("2028-02-29", 0.0)) {
            EnrollmentState::Deauthorized { reenroll_after, .. } => assert_eq!(reenroll_after, "2029-02-28"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn life_deauthorize_refused_when_the_revenue_threshold_is_met() {
        let t = refused(&active(), deauthorize("2027-04-01", 1000.0), IssueCode::RevenueThresholdMet);
        assert_eq!(t.issues[0].params.get("revenueUsd").unwrap().to_string(), "1000");
        assert_eq!(
            (format_usd(25_000.5), format_usd(1e300), format_usd(-3.0)),
            ("25000.50".into(), "1000000000000000".into(), "-3".into())
        );
        refused(&active(), deauthorize("2027-04-01", 25_000.5), IssueCode::RevenueThresholdMet);
        refused(&active(), deauthorize("2027-02-29", 10.0), IssueCode::InvalidDate);
        refused(&active(), deauthorize("2027-04-01", f64::NAN), IssueCode::InvalidEvent);
    }

    #[test]
    fn life_deauthorize_only_from_the_revenue_rule_effective_date() {
        // Source: kvamseek/partner-center, new-indirect-reseller-requirement.md: the USD 1,000 trailing-revenue
        // requirement applies "as of April 1, 2024".
        let t = refused(&active(), deauthorize("2023-06-30", 10.0), IssueCode::RevenueRuleNotInEffect);
        assert_eq!(t.issues[0].path, vec![PathSegment::from("on")]);
        assert_eq!(t.issues[0].params.get("effectiveDate"), Some(&"2024-04-01".into()));
        refused(&active(), deauthorize("2024-03-31", 0.0), IssueCode::RevenueRuleNotInEffect);
        ok(&active(), deauthorize("2024-04-01", 999.0));
    }

    #[test]
    fn life_every_other_pair_is_transition_not_allowed() {
        let all = [
            enrollment_start(),
            submitted(),
            vetting(),
            ok(&vetting(), EnrollmentEvent::Reject { reasons: vec![] }),
            verified(true),
            active(),
            ok(&active(), deauthorize("2027-04-01", 1.0)),
        ];
        let events = [
            submit(ActorRole::GlobalAdmin),
            EnrollmentEvent::ResendVerificationEmail,
            EnrollmentEvent::ConfirmEmail,
            EnrollmentEvent::Approve,
            EnrollmentEvent::Reject { reasons: vec![] },
            EnrollmentEvent::Appeal { form: form(), on: None },
            associate("1234567", "FR"),
            sign(ActorRole::GlobalAdmin),
            EnrollmentEvent::GrantAdminAgent,
            deauthorize("2027-04-01", 1.0),
        ];
        let mut accepted = 0;
        for s in &all {
            let listed = enrollment_events(s);
            for e in &events {
                let t = apply(s, e.clone());
                assert_eq!(
                    t.ok,
                    listed.contains(&e.event_type()),
                    "{} / {}: {:?}",
                    s.status().name(),
                    e.event_type().name(),
                    t.issues
                );
                if t.ok {
                    accepted += 1;
                } else {
                    assert_eq!(
                        codes(&t),
                        [IssueCode::TransitionNotAllowed],
                        "{} / {}",
                        s.status().name(),
                        e.event_type().name()
                    );
                    assert_eq!(t.issues[0].params.get("from").unwrap().to_string(), s.status().name());
                    assert_eq!(t.issues[0].params.get("event").unwrap().to_string(), e.event_type().name());
                }
            }
        }
        assert_eq!(accepted, 15, "9 rows of the table, associatePartnerId in 6 statuses");
        let t = enrollment_apply(enrollment_start(), EnrollmentEvent::Approve, &fr());
        assert_eq!(
            t.issues[0].message,
            "L'action «\u{202f}approve\u{202f}» n'est pas possible depuis l'état «\u{202f}draft\u{202f}»."
        );
    }

    fn raw(state: Value, event: Value) -> Transition<EnrollmentState> {
        let state: EnrollmentStateInput = serde_json::from_value(state).unwrap();
        let event: EnrollmentEventInput = serde_json::from_value(event).unwrap();
        enrollment_apply(state, event, &opts())
    }

    #[test]
    fn life_malformed_states_are_invalid_state_never_a_default() {
        for state in [
            json!(null),
            json!("draft"),
            json!([]),
            json!({}),
            json!({ "status": "paused", "partnerIdAssociated": false, "emailVerified": false, "adminAgent": false }),
            json!({ "status": "draft", "partnerIdAssociated": "no", "emailVerified": false, "adminAgent": false }),
            json!({ "status": "vetting", "partnerIdAssociated": false, "emailVerified": true, "adminAgent": false, "country": "FR" }),
            json!({ "status": "vetting", "partnerIdAssociated": false, "emailVerified": false, "adminAgent": false, "country": "FR", "submittedOn": "2026-11-20" }),
            json!({ "status": "vetting", "partnerIdAssociated": false, "emailVerified": true, "adminAgent": false, "country": "XX", "submittedOn": "2026-11-20" }),
            json!({ "status": "active", "partnerIdAssociated": false, "emailVerified": true, "adminAgent": false, "country": "FR", "submittedOn": "2026-11-20" }),
            json!({ "status": "draft", "partnerIdAssociated": true, "emailVerified": false, "adminAgent": false }),
            json!({ "status": "rejected", "partnerIdAssociated": false, "emailVerified": true, "adminAgent": false, "country": "FR", "submittedOn": "2026-11-20" }),
        ] {
            let t = raw(state.clone(), json!({ "type": "confirmEmail" }));
            assert!(!t.ok, "{state}");
            assert!(codes(&t).iter().all(|c| *c == IssueCode::InvalidState), "{state}: {:?}", codes(&t));
            assert_eq!(t.state, enrollment_start());
            assert!(
                enrollment_events(serde_json::from_value::<EnrollmentStateInput>(state).unwrap()).is_empty()
            );
        }
        let t = raw(
            json!({ "status": "draft", "partnerIdAssociated": 1, "emailVerified": false, "adminAgent": false }),
            json!({}),
        );
        assert_eq!(t.issues[0].params.get("field").unwrap().to_string(), "partnerIdAssociated");
    }

    #[test]
    fn life_malformed_events_are_invalid_event() {
        let start = serde_json::to_value(enrollment_start()).unwrap();
        for (event, field) in [
            (json!(null), "event"),
            (json!(42), "event"),
            (json!({}), "type"),
            (json!({ "type": "launch" }), "type"),
            (json!({ "type": "Submit" }), "type"),
            (json!({ "type": "submit", "actorRole": "globalAdmin", "on": "2026-11-20" }), "form"),
            (json!({ "type": "submit", "form": {}, "actorRole": "owner", "on": "2026-11-20" }), "actorRole"),
            (json!({ "type": "submit", "form": {}, "actorRole": "globalAdmin", "on": 20261120 }), "on"),
            (json!({ "type": "associatePartnerId", "partnerId": 1234567, "country": "FR" }), "partnerId"),
        ] {
            let t = raw(start.clone(), event.clone());
            assert!(!t.ok);
            assert_eq!(codes(&t)[0], IssueCode::InvalidEvent, "{event}");
            assert_eq!(t.issues[0].params.get("field").unwrap().to_string(), field, "{event}");
            assert_eq!(t.state, enrollment_start());
        }
    }

    #[test]
    fn life_states_round_trip_through_json() {
        for s in [
            enrollment_start(),
            submitted(),
            vetting(),
            verified(true),
            active(),
            ok(&active(), deauthorize("2027-04-01", 0.0)),
        ] {
            let text = serde_json::to_string(&s).unwrap();
            let back: EnrollmentState = serde_json::from_str(&text).unwrap();
            assert_eq!(back, s);
            let lenient: EnrollmentStateInput = serde_json::from_str(&text).unwrap();
            assert_eq!(enrollment_events(lenient), enrollment_events(&s));
            let e = serde_json::to_value(EnrollmentEvent::Deauthorize {
                on: "2027-04-01".into(),
                trailing_revenue_usd: 1.0,
            })
            .unwrap();
            assert_eq!(e, json!({ "type": "deauthorize", "on": "2027-04-01", "trailingRevenueUsd": 1.0 }));
        }
    }

    #[test]
    fn life_2_vetting_due_three_to_five_business_days() {
        let s = vetting(); // submitted Friday 2026-11-20
        let today = |d: &str| vetting_due(&s, &Text::from(d), &Options::default());
        let due = today("2026-11-23");
        assert!(due.ok);
        assert_eq!(due.earliest_by.as_deref(), Some("2026-11-25"));
        assert_eq!(due.expected_by.as_deref(), Some("2026-11-27"));
        assert_eq!(due.business_days_elapsed, 1);
        assert!(!due.overdue);
        let due = today("2026-11-27");
        assert!(!due.overdue, "the 5th business day is not yet overdue");
        assert!(due.effects.is_empty());
        let due = today("2026-11-29");
        assert!(!due.overdue, "a weekend adds no business day");
        let due = today("2026-11-30");
        assert!(due.overdue);
        assert_eq!(due.business_days_elapsed, 6);
        assert_eq!(due.effects, [Effect::OpenSupportRequest]);
    }

    #[test]
    fn life_2_vetting_due_only_in_vetting_and_refuses_bad_dates() {
        let due = vetting_due(submitted(), &Text::from("2027-01-01"), &Options::default());
        assert!(due.ok);
        assert_eq!((due.expected_by, due.overdue), (None, false));
        for bad in [Text::from("2026-11-31"), Text::Missing, Text::from("tomorrow")] {
            let due = vetting_due(vetting(), &bad, &Options::default());
            assert!(!due.ok);
            assert_eq!(due.issues[0].code, IssueCode::InvalidDate);
        }
        let due =
            vetting_due(EnrollmentStateInput::default(), &Text::from("2026-11-20"), &Options::default());
        assert_eq!(due.issues[0].code, IssueCode::InvalidState);
    }
}
