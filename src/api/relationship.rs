//! Provider, reseller and customer relationships (SPEC §4, REL-1, REL-2).

use crate::input::Options;
use crate::relationship::{
    CustomerRelationshipEventInput, CustomerRelationshipStateInput, RelationshipEventInput,
    RelationshipStateInput,
};

crate::api::api! {
    /// REL-1: no provider ↔ reseller relationship yet.
    relationshipStart() -> "RelationshipState" = relationship_start();

    /// REL-1: the next provider ↔ reseller state, or the issues refusing the event. Never throws.
    relationshipApply(
        state: RelationshipStateInput = "RelationshipState",
        event: RelationshipEventInput = "RelationshipEvent",
        options?: Options = "Options",
    ) -> "Transition<RelationshipState>" = relationship_apply(state, event, &options);

    /// REL-1: the events a UI may offer in this state.
    relationshipEvents(state: RelationshipStateInput = "RelationshipState") -> "RelationshipEventType[]"
        = relationship_events(state);

    /// REL-2: no customer relationship yet.
    customerRelationshipStart() -> "CustomerRelationshipState" = customer_relationship_start();

    /// REL-2: the next customer relationship state, or the issues refusing the event. Never throws.
    customerRelationshipApply(
        state: CustomerRelationshipStateInput = "CustomerRelationshipState",
        event: CustomerRelationshipEventInput = "CustomerRelationshipEvent",
        options?: Options = "Options",
    ) -> "Transition<CustomerRelationshipState>" = customer_relationship_apply(state, event, &options);

    /// REL-2: the events a UI may offer in this state.
    customerRelationshipEvents(state: CustomerRelationshipStateInput = "CustomerRelationshipState")
        -> "CustomerRelationshipEventType[]" = customer_relationship_events(state);

    /// REL-2: can the indirect provider order for this customer? Only when the relationship is active.
    canProviderOrder(state: CustomerRelationshipStateInput = "CustomerRelationshipState") -> "boolean" as bool
        = can_provider_order(state);
}
