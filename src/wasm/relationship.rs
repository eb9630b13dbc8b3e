//! Provider, reseller and customer relationship exports (SPEC §4, REL-1, REL-2).

use super::{from_js, to_js};
use crate::relationship::{
    CustomerRelationshipEventInput, CustomerRelationshipStateInput, RelationshipEventInput,
    RelationshipStateInput,
};
use wasm_bindgen::prelude::*;

/// REL-1: no provider ↔ reseller relationship yet.
#[wasm_bindgen(js_name = relationshipStart, unchecked_return_type = "RelationshipState")]
pub fn relationship_start() -> JsValue {
    to_js(&crate::relationship_start())
}

/// REL-1: the next provider ↔ reseller state, or the issues refusing the event. Never throws.
#[wasm_bindgen(js_name = relationshipApply, unchecked_return_type = "Transition<RelationshipState>")]
pub fn relationship_apply(
    #[wasm_bindgen(unchecked_param_type = "RelationshipState")] state: JsValue,
    #[wasm_bindgen(unchecked_param_type = "RelationshipEvent")] event: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: Option<JsValue>,
) -> JsValue {
    to_js(&crate::relationship_apply(
        from_js::<RelationshipStateInput>(Some(state)),
        from_js::<RelationshipEventInput>(Some(event)),
        &from_js(options),
    ))
}

/// REL-1: the events a UI may offer in this state.
#[wasm_bindgen(js_name = relationshipEvents, unchecked_return_type = "RelationshipEventType[]")]
pub fn relationship_events(
    #[wasm_bindgen(unchecked_param_type = "RelationshipState")] state: JsValue,
) -> JsValue {
    to_js(&crate::relationship_events(from_js::<RelationshipStateInput>(Some(state))))
}

/// REL-2: no customer relationship yet.
#[wasm_bindgen(js_name = customerRelationshipStart, unchecked_return_type = "CustomerRelationshipState")]
pub fn customer_relationship_start() -> JsValue {
    to_js(&crate::customer_relationship_start())
}

/// REL-2: the next customer relationship state, or the issues refusing the event. Never throws.
#[wasm_bindgen(js_name = customerRelationshipApply, unchecked_return_type = "Transition<CustomerRelationshipState>")]
pub fn customer_relationship_apply(
    #[wasm_bindgen(unchecked_param_type = "CustomerRelationshipState")] state: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CustomerRelationshipEvent")] event: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options")] options: Option<JsValue>,
) -> JsValue {
    to_js(&crate::customer_relationship_apply(
        from_js::<CustomerRelationshipStateInput>(Some(state)),
        from_js::<CustomerRelationshipEventInput>(Some(event)),
        &from_js(options),
    ))
}

/// REL-2: the events a UI may offer in this state.
#[wasm_bindgen(js_name = customerRelationshipEvents, unchecked_return_type = "CustomerRelationshipEventType[]")]
pub fn customer_relationship_events(
    #[wasm_bindgen(unchecked_param_type = "CustomerRelationshipState")] state: JsValue,
) -> JsValue {
    to_js(&crate::customer_relationship_events(from_js::<CustomerRelationshipStateInput>(Some(state))))
}

/// REL-2: can the indirect provider order for this customer? Only when the relationship is active.
#[wasm_bindgen(js_name = canProviderOrder)]
pub fn can_provider_order(
    #[wasm_bindgen(unchecked_param_type = "CustomerRelationshipState")] state: JsValue,
) -> bool {
    crate::can_provider_order(from_js::<CustomerRelationshipStateInput>(Some(state)))
}
