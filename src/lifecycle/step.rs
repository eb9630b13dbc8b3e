//! One enrolment transition being computed (SPEC §3 table): `Step::run`.

use super::*;

/// One transition being computed: the issues found so far.
pub(super) struct Step<'a> {
    pub(super) locale: Locale,
    pub(super) options: &'a EnrollmentOptions,
    pub(super) issues: Vec<Issue>,
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

    pub(super) fn run(
        mut self,
        state: EnrollmentState,
        event: EnrollmentEvent,
    ) -> Transition<EnrollmentState> {
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
pub(super) fn format_usd(amount: f64) -> String {
    #[allow(clippy::cast_possible_truncation, reason = "clamped just below; NaN never gets here")]
    let cents = (amount * 100.0).round().clamp(-1e17, 1e17) as i64;
    let (sign, cents) = if cents < 0 { ("-", -cents) } else { ("", cents) };
    if cents % 100 == 0 {
        format!("{sign}{}", cents / 100)
    } else {
        format!("{sign}{}.{:02}", cents / 100, cents % 100)
    }
}
