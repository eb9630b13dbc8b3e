// Type-checked (tsc --strict --noEmit) by tests/node/lifecycle.test.mjs: the package's types for the
// state machines are discriminated unions, so a `switch` narrows states, events and effects.
import {
  enrollmentStart, enrollmentApply, enrollmentEvents, vettingDue,
  relationshipApply, relationshipStart, customerRelationshipApply, customerRelationshipStart, canProviderOrder,
} from "csp-partner-rules";
import type {
  EnrollmentState, EnrollmentEvent, EnrollmentEventType, Effect, Transition, RelationshipState, CustomerRelationshipState,
} from "csp-partner-rules";

export function describe(state: EnrollmentState): string {
  switch (state.status) {
    case "draft":
      return state.partnerIdAssociated ? "draft, PartnerID associated" : "draft";
    case "rejected":
      return `rejected: ${state.rejectedReasons.join(", ")} (${state.country})`;
    case "deauthorized":
      return `re-enrol after ${state.reenrollAfter}`;
    default:
      return `${state.status} since ${state.submittedOn}`;
  }
}

export function label(event: EnrollmentEvent): string {
  switch (event.type) {
    case "submit":
      return `${event.actorRole} submits ${event.form.country} on ${event.on}`;
    case "deauthorize":
      return `deauthorize at ${event.trailingRevenueUsd.toFixed(2)} USD`;
    case "associatePartnerId":
      return `${event.partnerId} (${event.country})`;
    default:
      return event.type;
  }
}

export function perform(effect: Effect): string {
  switch (effect.type) {
    case "sendVerificationEmail":
    case "notifyPrimaryContact":
    case "openSupportRequest":
      return effect.type;
  }
}

// A React `useReducer` reducer: keep the state when the event is refused.
export function reducer(state: EnrollmentState, event: EnrollmentEvent): EnrollmentState {
  const t: Transition<EnrollmentState> = enrollmentApply(state, event, { locale: "fr" });
  t.effects.forEach(perform);
  return t.ok ? t.state : state;
}

const offered: EnrollmentEventType[] = enrollmentEvents(enrollmentStart());
const due = vettingDue(enrollmentStart(), "2026-11-20");
const overdue: boolean = due.overdue;
const expected: string | null = due.expectedBy;
const rel: RelationshipState = relationshipApply(relationshipStart(), { type: "invite", providerCountry: "DE", resellerCountry: "FR" }).state;
if (rel.status === "active") {
  const access: boolean = rel.providerAdminAccess;
  const region: string = rel.region;
  void access, region;
}
const customer: CustomerRelationshipState = customerRelationshipApply(customerRelationshipStart(), { type: "accept" }).state;
const order: boolean = canProviderOrder(customer);
void offered, overdue, expected, order;

// @ts-expect-error: an event needs its payload
enrollmentApply(enrollmentStart(), { type: "submit" });
// @ts-expect-error: not an event type
enrollmentApply(enrollmentStart(), { type: "launch" });
