//! The enrolment lifecycle (SPEC §3, LIFE).

use crate::enrollment::EnrollmentOptions;
use crate::input::{Options, Text};
use crate::lifecycle::{EnrollmentEventInput, EnrollmentStateInput};

crate::api::api! {
    /// A new enrolment: `{ status: "draft", … }`.
    enrollmentStart() -> "EnrollmentState" = enrollment_start();

    /// The next state and its effects, or the issues refusing the event (the state unchanged). Never throws.
    enrollmentApply(
        state: EnrollmentStateInput = "EnrollmentState",
        event: EnrollmentEventInput = "EnrollmentEvent",
        options?: EnrollmentOptions = "EnrollmentOptions",
    ) -> "Transition<EnrollmentState>" = enrollment_apply(state, event, &options);

    /// The events a UI may offer in this state (each accepted by `enrollmentApply` for a valid payload).
    enrollmentEvents(state: EnrollmentStateInput = "EnrollmentState") -> "EnrollmentEventType[]"
        = enrollment_events(state);

    /// LIFE-2: when the vetting is expected (3–5 business days) and whether it is overdue.
    vettingDue(state: EnrollmentStateInput = "EnrollmentState", today: Text = "string", options?: Options = "Options")
        -> "VettingDue" = vetting_due(state, &today, &options);
}
