//! The API by name over JSON values, natively — what a server exposes, and how the shared test
//! vectors run natively. Each arm converts the JSON arguments exactly as the wasm bindings convert
//! JS values (lenient [`Text`]/[`Options`]) and calls the same function.

use crate::error::Error;
use crate::input::{Options, Text};
use crate::lifecycle::{EnrollmentEventInput, EnrollmentStateInput};
use crate::read::FromValue;
use crate::relationship::{
    CustomerRelationshipEventInput, CustomerRelationshipStateInput, RelationshipEventInput,
    RelationshipStateInput,
};
use serde::Serialize;
use serde_json::Value;

/// Reads one argument through the one reader (`src/read/`), as wasm reads a JS value.
fn arg<T: FromValue>(args: &[Value], index: usize) -> T {
    T::from_json(args.get(index))
}

fn out<T: Serialize>(value: T) -> Result<Value, Error> {
    serde_json::to_value(value).map_err(|e| Error::Serialize(e.to_string()))
}

/// Calls the function named as in JS (`"checkCustomerMarket"`) with JSON arguments.
pub fn call(function: &str, args: &[Value]) -> Result<Value, Error> {
    match function {
        "supportedLocales" => out(crate::supported_locales()),
        "dataVersion" => out(crate::data_version()),
        "rulesVersion" => out(crate::rules_version()),
        "markets" => out(crate::markets(arg::<Options>(args, 0).locale())),
        "market" => {
            let locale = arg::<Options>(args, 1).locale();
            out(arg::<Text>(args, 0).as_str().and_then(|c| crate::market(c, locale)))
        }
        "regions" => out(crate::regions(arg::<Options>(args, 0).locale())),
        "currencyFor" => out(arg::<Text>(args, 0).as_str().and_then(crate::currency_for)),
        "addressFormat" => {
            let options: Options = arg(args, 1);
            out(arg::<Text>(args, 0).as_str().and_then(|c| crate::address_format(c, options.locale())))
        }
        "countryRules" => {
            out(arg::<Text>(args, 0).as_str().and_then(|c| crate::country_rules_with(c, &arg(args, 1))))
        }
        "checkCustomerMarket" => {
            out(crate::check_customer_market(&arg(args, 0), &arg(args, 1), &arg(args, 2)))
        }
        "checkPartnerIdLocation" => {
            out(crate::check_partner_id_location(&arg(args, 0), &arg(args, 1), &arg(args, 2)))
        }
        "checkProviderReseller" => {
            out(crate::check_provider_reseller(&arg(args, 0), &arg(args, 1), &arg(args, 2)))
        }
        "validateEnrollment" => out(crate::validate_enrollment(&arg(args, 0), &arg(args, 1))),
        "validateEnrollmentField" => {
            out(crate::validate_enrollment_field(&arg(args, 0), &arg(args, 1), &arg(args, 2)))
        }
        "audienceEligibility" => out(crate::audience_eligibility(&arg(args, 0), &arg(args, 1))),
        "audienceStart" => out(crate::audience_start(&arg(args, 0))),
        "planAudienceChange" => out(crate::plan_audience_change(&arg(args, 0), &arg(args, 1), &arg(args, 2))),
        "validateAudienceListing" => out(crate::validate_audience_listing(&arg(args, 0), &arg(args, 1))),
        "checkAuthorizedSale" => {
            out(crate::check_authorized_sale(&arg(args, 0), &arg(args, 1), &arg(args, 2), &arg(args, 3)))
        }
        "validateTenantId" => out(crate::validate_tenant_id(&arg(args, 0), &arg(args, 1))),
        "parsePartnerCsv" => out(crate::parse_partner_csv(&arg(args, 0), &arg(args, 1))),
        "exportPartnerCsv" => out(crate::export_partner_csv(&arg(args, 0))),
        "enrollmentStart" => out(crate::enrollment_start()),
        "enrollmentApply" => out(crate::enrollment_apply(
            arg::<EnrollmentStateInput>(args, 0),
            arg::<EnrollmentEventInput>(args, 1),
            &arg(args, 2),
        )),
        "enrollmentEvents" => out(crate::enrollment_events(arg::<EnrollmentStateInput>(args, 0))),
        "vettingDue" => {
            out(crate::vetting_due(arg::<EnrollmentStateInput>(args, 0), &arg(args, 1), &arg(args, 2)))
        }
        "relationshipStart" => out(crate::relationship_start()),
        "relationshipApply" => out(crate::relationship_apply(
            arg::<RelationshipStateInput>(args, 0),
            arg::<RelationshipEventInput>(args, 1),
            &arg(args, 2),
        )),
        "relationshipEvents" => out(crate::relationship_events(arg::<RelationshipStateInput>(args, 0))),
        "customerRelationshipStart" => out(crate::customer_relationship_start()),
        "customerRelationshipApply" => out(crate::customer_relationship_apply(
            arg::<CustomerRelationshipStateInput>(args, 0),
            arg::<CustomerRelationshipEventInput>(args, 1),
            &arg(args, 2),
        )),
        "customerRelationshipEvents" => {
            out(crate::customer_relationship_events(arg::<CustomerRelationshipStateInput>(args, 0)))
        }
        "canProviderOrder" => out(crate::can_provider_order(arg::<CustomerRelationshipStateInput>(args, 0))),
        other => Err(Error::UnknownFunction(other.to_owned())),
    }
}
