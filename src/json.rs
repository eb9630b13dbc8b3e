//! The API by name over JSON values, natively — what a server exposes, and how the shared test
//! vectors run natively. Each arm converts the JSON arguments exactly as the wasm bindings convert
//! JS values (lenient [`Text`]/[`Options`]) and calls the same function.

use crate::error::Error;
use crate::input::{Options, Text};
use crate::lifecycle::{EnrollmentEventInput, EnrollmentStateInput};
use crate::relationship::{
    CustomerRelationshipEventInput, CustomerRelationshipStateInput, RelationshipEventInput,
    RelationshipStateInput,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// Converts one argument; an argument of the wrong shape becomes the type's default, as in wasm.
/// An array is never read as a struct (see [`Strict`]).
fn arg<T: DeserializeOwned + Default>(args: &[Value], index: usize) -> T {
    args.get(index).cloned().and_then(|v| T::deserialize(Strict(v)).ok()).unwrap_or_default()
}

/// A JSON argument as the wasm decoder (`src/wasm/de.rs`) reads a JS value: serde's default reads
/// an array into a struct by position (`["fr"]` as `{ "locale": "fr" }`, issue 16 (6)); here a
/// struct refuses an array, so the argument gets its default on both sides. Nested objects are read
/// through `Loose`, which reports an array as `invalid_type` itself.
struct Strict(Value);

impl<'de> serde::Deserializer<'de> for Strict {
    type Error = serde_json::Error;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.0.deserialize_any(visitor)
    }

    fn deserialize_option<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.0.deserialize_option(visitor)
    }

    fn deserialize_newtype_struct<V: serde::de::Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_newtype_struct(name, visitor)
    }

    fn deserialize_enum<V: serde::de::Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_enum(name, variants, visitor)
    }

    fn deserialize_struct<V: serde::de::Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        if self.0.is_array() {
            return Err(serde::de::Error::custom("an array is not an object"));
        }
        self.0.deserialize_struct(name, fields, visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map identifier ignored_any
    }
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
