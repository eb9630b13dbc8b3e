// The state machines (LIFE, REL) as a Node user drives them from the package: plain states that
// survive JSON.stringify/parse, effects to perform, refusals that keep the state, and types that narrow.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import {
  enrollmentStart, enrollmentApply, enrollmentEvents, vettingDue,
  relationshipStart, relationshipApply, relationshipEvents,
  customerRelationshipStart, customerRelationshipApply, canProviderOrder,
} from "csp-partner-rules";

const form = {
  country: "FR", company: { legalName: "Contoso France SAS" },
  address: { line1: "10 rue de la Paix", city: "Paris", postalCode: "75002", country: "FR" },
  primaryContact: { firstName: "Gena", lastName: "Dupont", email: "gena@contoso.fr", phone: "+33 1 23 45 67 89" },
  support: { email: "support@contoso.fr", phone: "01 23 45 67 89" },
};

// What a React `useReducer` reducer does: the next state when ok, the same state otherwise.
const reducer = (state, event) => {
  const t = enrollmentApply(state, event, { locale: "fr" });
  return t.ok ? t.state : state;
};

test("LIFE: a whole enrolment through JSON round trips", () => {
  const events = [
    { type: "associatePartnerId", partnerId: "1234567", country: "FR" },
    { type: "submit", form, actorRole: "globalAdmin", on: "2026-11-20" },
    { type: "confirmEmail" },
    { type: "approve" },
    { type: "signAgreement", actorRole: "globalAdmin" },
    { type: "grantAdminAgent" },
    { type: "deauthorize", on: "2027-04-01", trailingRevenueUsd: 12.5 },
  ];
  let state = enrollmentStart();
  for (const event of events) {
    assert.ok(enrollmentEvents(state).includes(event.type), `${event.type} offered from ${state.status}`);
    const t = enrollmentApply(JSON.parse(JSON.stringify(state)), event);
    assert.equal(t.ok, true, JSON.stringify(t.issues));
    state = JSON.parse(JSON.stringify(t.state));
  }
  assert.equal(state.status, "deauthorized");
  assert.equal(state.reenrollAfter, "2028-04-01");
  assert.deepStrictEqual(enrollmentEvents(state), []);
});

test("LIFE: a refused event keeps the state and says why, in French", () => {
  const draft = enrollmentStart();
  const t = enrollmentApply(draft, { type: "submit", form, actorRole: "user", on: "2026-11-20" }, { locale: "fr-CA" });
  assert.equal(t.ok, false);
  assert.deepStrictEqual(t.state, draft);
  assert.deepStrictEqual(t.effects, []);
  assert.equal(t.issues[0].message, "Seul un administrateur général peut effectuer cette action.");
  assert.deepStrictEqual(reducer(draft, { type: "approve" }), draft);
});

test("LIFE-2: vetting overdue after 5 business days", () => {
  let state = reducer(enrollmentStart(), { type: "submit", form, actorRole: "globalAdmin", on: "2026-11-20" });
  state = reducer(state, { type: "confirmEmail" });
  const due = vettingDue(state, "2026-11-30");
  assert.equal(due.expectedBy, "2026-11-27");
  assert.equal(due.overdue, true);
  assert.deepStrictEqual(due.effects, [{ type: "openSupportRequest" }]);
});

test("REL-1/REL-2: partnership and customer", () => {
  let rel = relationshipApply(relationshipStart(), { type: "invite", providerCountry: "DE", resellerCountry: "FR" }).state;
  rel = relationshipApply(rel, { type: "accept", consent: true, actorRole: "globalAdmin" }).state;
  assert.deepStrictEqual(relationshipEvents(rel), ["removeAdminAccess", "endByProvider"]);
  assert.equal(relationshipApply(rel, { type: "endByReseller" }).issues[0].code, "support_request_required");
  assert.equal(relationshipApply(relationshipStart(), { type: "invite", providerCountry: "GB", resellerCountry: "US" }).issues[0].code, "region_mismatch");
  let customer = customerRelationshipApply(customerRelationshipStart(), { type: "inviteCustomer", resellerCountry: "FR", customerCountry: "DE" }).state;
  assert.equal(canProviderOrder(customer), false);
  customer = customerRelationshipApply(customer, { type: "accept" }).state;
  assert.equal(canProviderOrder(customer), true);
});

test("0.6: any JS value as a state or an event gets issues, never a throw", () => {
  const values = [undefined, null, 0, NaN, true, "draft", [], {}, { status: "active" }, { type: "submit", form: 1 }, Symbol("s"), () => 1, 10n, new Date(), new Map()];
  for (const s of values) {
    for (const e of values) {
      const t = enrollmentApply(s, e);
      assert.equal(t.ok, false);
      assert.ok(t.issues.length > 0);
      assert.ok(["invalid_state", "invalid_event"].includes(t.issues[0].code));
      assert.equal(relationshipApply(s, e).ok, false);
      assert.equal(customerRelationshipApply(s, e).ok, false);
    }
    assert.deepStrictEqual(enrollmentEvents(s), []);
    assert.equal(canProviderOrder(s), false);
    assert.equal(vettingDue(s, s).ok, false);
  }
  // A valid state with a bad event keeps the state.
  const t = enrollmentApply(enrollmentStart(), { type: "launch" });
  assert.deepStrictEqual(t.state, enrollmentStart());
});

test("API-2: the .d.ts narrows states, events and effects (tsc --strict)", () => {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  execFileSync(
    process.execPath,
    [`${root}node_modules/typescript/bin/tsc`, "--strict", "--noEmit", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext", "--skipLibCheck", "false", `${root}tests/types/lifecycle.ts`],
    { stdio: "pipe" },
  );
});
