//! Errors for programmer mistakes at the API border. Rules never return these: they report issues.

/// Why a call could not be made at all (as opposed to an input that has issues).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// `json::call` was given a name that is not a function of the API.
    #[error("unknown function `{0}`")]
    UnknownFunction(String),
    /// A result could not be converted to JSON (a bug: every result type is plain data).
    #[error("cannot serialize the result: {0}")]
    Serialize(String),
}
