//! Reading an enrolment state and event from any value (the one reader, `src/read/`).

use super::*;

/// An enrolment state read from any value; then checked by [`EnrollmentState::check`].
impl Decode for EnrollmentState {
    fn decode(fields: Fields) -> Result<EnrollmentState, Vec<&'static str>> {
        let mut bad = Vec::new();
        let status = fields.str("status").and_then(|s| EnrollmentStatus::parse(s.trim()));
        let Some(status) = status else { return Err(vec!["status"]) };
        let partner_id = match fields.get("partnerId") {
            Value::Missing | Value::Null => None,
            _ => {
                let p = fields.member("partnerId");
                match (p.str("id"), p.str("country")) {
                    (Some(id), Some(country)) => {
                        Some(AssociatedPartnerId { id: id.to_owned(), country: country.to_owned() })
                    }
                    _ => {
                        bad.push("partnerId");
                        None
                    }
                }
            }
        };
        let flags = EnrollmentFlags {
            partner_id_associated: fields.flag("partnerIdAssociated", &mut bad),
            email_verified: fields.flag("emailVerified", &mut bad),
            admin_agent: fields.flag("adminAgent", &mut bad),
            partner_id,
        };
        let submission = if status == EnrollmentStatus::Draft {
            None
        } else {
            let country = fields.text("country", &mut bad);
            let submitted_on = fields.text("submittedOn", &mut bad);
            country.zip(submitted_on).map(|(country, submitted_on)| Submission { country, submitted_on })
        };
        let rejected_reasons = fields.strings("rejectedReasons");
        let reenroll_after = fields.str("reenrollAfter").map(str::to_owned);
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

    fn shape(out: &mut String) {
        out.push_str(
            "{status,partnerIdAssociated,emailVerified,adminAgent,partnerId{id,country},country,submittedOn,\
             rejectedReasons[],reenrollAfter}",
        );
    }
}

/// An enrolment event read from any value.
impl Decode for EnrollmentEvent {
    fn decode(fields: Fields) -> Result<EnrollmentEvent, Vec<&'static str>> {
        let kind = fields.event_type(EnrollmentEventType::ALL, EnrollmentEventType::name)?;
        let mut bad = Vec::new();
        let form = |bad: &mut Vec<&'static str>| match Loose::<EnrollmentForm>::from_value(
            fields.get("form").clone(),
        ) {
            Loose::Value(f) => f,
            _ => {
                bad.push("form");
                EnrollmentForm::default()
            }
        };
        let event = match kind {
            EnrollmentEventType::Submit => EnrollmentEvent::Submit {
                form: form(&mut bad),
                actor_role: fields.role(&mut bad),
                on: fields.text("on", &mut bad).unwrap_or_default(),
            },
            EnrollmentEventType::ResendVerificationEmail => EnrollmentEvent::ResendVerificationEmail,
            EnrollmentEventType::ConfirmEmail => EnrollmentEvent::ConfirmEmail,
            EnrollmentEventType::Approve => EnrollmentEvent::Approve,
            EnrollmentEventType::Reject => EnrollmentEvent::Reject {
                reasons: if fields.get("reasons").is_missing() {
                    Vec::new()
                } else {
                    fields.strings("reasons").unwrap_or_else(|| {
                        bad.push("reasons");
                        Vec::new()
                    })
                },
            },
            EnrollmentEventType::Appeal => {
                EnrollmentEvent::Appeal { form: form(&mut bad), on: fields.optional_text("on", &mut bad) }
            }
            EnrollmentEventType::AssociatePartnerId => EnrollmentEvent::AssociatePartnerId {
                partner_id: fields.text("partnerId", &mut bad).unwrap_or_default(),
                country: fields.text("country", &mut bad).unwrap_or_default(),
            },
            EnrollmentEventType::SignAgreement => {
                EnrollmentEvent::SignAgreement { actor_role: fields.role(&mut bad) }
            }
            EnrollmentEventType::GrantAdminAgent => EnrollmentEvent::GrantAdminAgent,
            EnrollmentEventType::Deauthorize => EnrollmentEvent::Deauthorize {
                on: fields.text("on", &mut bad).unwrap_or_default(),
                trailing_revenue_usd: match fields.get("trailingRevenueUsd") {
                    Value::Number(n) => *n,
                    _ => {
                        bad.push("trailingRevenueUsd");
                        0.0
                    }
                },
            },
        };
        unless_bad(event, bad)
    }

    fn shape(out: &mut String) {
        out.push_str("{type,form");
        <EnrollmentForm as FromValue>::shape(out);
        out.push_str(",actorRole,on,reasons[],partnerId,country,trailingRevenueUsd}");
    }
}
