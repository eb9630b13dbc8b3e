// The form the enrolment page validates (also read by tests/consumers/run.mjs to compare with the root in Node).
export const form = {
  country: "FR", language: "fr",
  company: { legalName: "Contoso France SAS", vatId: "FR40303265045", duns: "123456789" },
  address: { line1: "10 rue de la Paix", city: "Paris", postalCode: "75002", country: "FR" },
  primaryContact: { firstName: "Gena", lastName: "Dupont", email: "gena@contoso.fr", phone: "+33 1 23 45 67 89" },
};
