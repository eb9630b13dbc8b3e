// The same real calls in every consumer; the runner (tests/consumers/run.mjs) checks the answers.
export function beforeInit(m) {
  try {
    m.markets();
    return "no error";
  } catch (error) {
    return `${error instanceof Error ? "Error" : typeof error}: ${error.message}`;
  }
}

export function checks(m) {
  const mismatch = m.checkCustomerMarket("BR", "AR", { locale: "fr" });
  const schema = m.enrollmentSchema({ locale: "fr", mode: "draft" })["~standard"].validate({ country: "FR", address: { country: "DE" } });
  return {
    markets: m.markets().length,
    regionMismatch: mismatch.issues[0].code,
    messageFr: mismatch.issues[0].message,
    gb: m.market("gb").name,
    schemaPaths: schema.issues.map((i) => i.path.join(".")),
    draft: m.validateEnrollment({ country: "FR" }, { mode: "draft" }).ok,
    exports: Object.keys(m).sort(),
  };
}
