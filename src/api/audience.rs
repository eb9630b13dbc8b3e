//! The CSP reseller audience of a marketplace offer (SPEC §6, REG-4, AUD).

use crate::audience::{
    AudienceListing, AudiencePlanOptions, AudienceState, AudienceTarget, OfferInfo, SaleOptions,
    SellingPartner,
};
use crate::input::{Options, Text};

crate::api::api! {
    /// AUD-1: can this offer be sold through CSP partners?
    audienceEligibility(offer: OfferInfo = "OfferInfo", options?: Options = "Options") -> "CheckResult"
        = audience_eligibility(&offer, &options);

    /// AUD-1: the audience of a new, unpublished offer.
    audienceStart(offer: OfferInfo = "OfferInfo") -> "AudienceState" = audience_start(&offer);

    /// AUD-2/AUD-3: what changing the audience takes, the resulting audience, and the support request to file.
    planAudienceChange(
        state: AudienceState = "AudienceState",
        target: AudienceTarget = "AudienceTarget",
        options?: AudiencePlanOptions = "AudiencePlanOptions",
    ) -> "AudiencePlan" = plan_audience_change(&state, &target, &options);

    /// AUD-4: the CSP fields of the offer listing.
    validateAudienceListing(listing: AudienceListing = "AudienceListing", options?: Options = "Options")
        -> "Validation<AudienceListing>" = validate_audience_listing(&listing, &options);

    /// REG-4: may this partner sell the offer to a customer in this country (China: only with `options.planKind` `free` or `byol`)?
    checkAuthorizedSale(
        audience: AudienceState = "AudienceState",
        partner: SellingPartner = "SellingPartner",
        customerCountry: Text = "string",
        options?: SaleOptions = "SaleOptions",
    ) -> "CheckResult" = check_authorized_sale(&audience, &partner, &customerCountry, &options);

    /// AUD-5: a tenant ID, normalized (lower case, hyphenated), or the issue that refuses it.
    validateTenantId(value: Text = "string", options?: Options = "Options") -> "Validation<string | null>"
        = validate_tenant_id(&value, &options);
}
