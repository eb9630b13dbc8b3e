//! Versions a back end compares with the page's (issue 12): the package version and the rules
//! version (a revision of the rules + the dates of the compiled-in data). Both come from one place:
//! the package version is Cargo.toml's (tools/build-pkg.mjs copies it into pkg/package.json and the
//! JS `version` constant), the revision is [`RULES_REVISION`].

use crate::markets::{data_version, DataVersion};
use serde::Serialize;

/// The crate's version, which is also the npm package's.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Revision of the rules: bumped whenever a rule gives a different answer (code, path or severity)
/// for the same input with the same data. Messages and wording changes don't bump it.
pub const RULES_REVISION: u32 = 1;

/// What decides the answers: equal `id`s on the page and the server mean equal verdicts.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RulesVersion {
    /// The package version (`0.1.0`).
    pub package: &'static str,
    /// [`RULES_REVISION`].
    pub revision: u32,
    /// The dates of the reference data.
    pub data: DataVersion,
    /// One comparable string: `r1+markets.2023-08-17+addresses.2025-06+phones.libphonenumber-js-1.13`.
    pub id: String,
}

/// The rules version compiled in (the same natively and in wasm).
pub fn rules_version() -> RulesVersion {
    let data = data_version();
    let id = format!(
        "r{}+markets.{}+addresses.{}+phones.{}",
        RULES_REVISION,
        data.markets,
        data.addresses,
        data.phones.replace(' ', "-")
    );
    RulesVersion { package: VERSION, revision: RULES_REVISION, data, id }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_version_names_the_revision_and_every_data_date() {
        let v = rules_version();
        assert_eq!(v.id, "r1+markets.2023-08-17+addresses.2025-06+phones.libphonenumber-js-1.13");
        assert_eq!(v.package, env!("CARGO_PKG_VERSION"));
        assert_eq!(v.revision, RULES_REVISION);
    }
}
