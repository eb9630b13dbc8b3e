//! The enrolment form (SPEC §2, ENR). In wasm the keystroke reads only the members of the form it
//! needs (`src/wasm/enrollment.rs`, `#[wasm = …]`).

// The types by path: in wasm the exports read the form at the border (`#[wasm]`), and a `use` of
// them would be unused there.
crate::api::api! {
    /// Validates a whole enrolment form; `value` is the form as the server would store it.
    #[wasm = crate::wasm::validate_enrollment]
    validateEnrollment(form: crate::EnrollmentForm = "EnrollmentForm", options?: crate::EnrollmentOptions = "EnrollmentOptions")
        -> "Validation<EnrollmentForm>" = validate_enrollment(&form, &options);

    /// The issues of one field (`"address.postalCode"` or `["address", "postalCode"]`) in the context of the form.
    #[wasm = crate::wasm::validate_enrollment_field]
    validateEnrollmentField(
        form: crate::EnrollmentForm = "EnrollmentForm",
        path: crate::FieldPath = "string | (string | number)[]",
        options?: crate::EnrollmentOptions = "EnrollmentOptions",
    ) -> "Issue[]" = validate_enrollment_field(&form, &path, &options);
}
