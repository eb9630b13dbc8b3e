//! Region compatibility (SPEC §5, REG).

use crate::input::{Options, Text};

crate::api::api! {
    /// REG-1: may a partner in one country sell to a customer in another?
    checkCustomerMarket(partnerCountry: Text = "string", customerCountry: Text = "string", options?: Options = "Options")
        -> "CheckResult" = check_customer_market(&partnerCountry, &customerCountry, &options);

    /// REG-2: is the PartnerID located in the CSP account's country?
    checkPartnerIdLocation(partnerIdCountry: Text = "string", accountCountry: Text = "string", options?: Options = "Options")
        -> "CheckResult" = check_partner_id_location(&partnerIdCountry, &accountCountry, &options);

    /// REG-3: may an indirect provider and an indirect reseller work together?
    checkProviderReseller(providerCountry: Text = "string", resellerCountry: Text = "string", options?: Options = "Options")
        -> "CheckResult" = check_provider_reseller(&providerCountry, &resellerCountry, &options);
}
