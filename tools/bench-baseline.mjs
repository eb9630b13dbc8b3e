// The baseline of the benchmark: what a front-end developer would write instead of the package —
// a Zod schema with the same postal patterns (data/address-countries.jsonl) and web-mail list
// (data/webmail-domains.txt), libphonenumber-js for phones, PapaParse + Zod for the partner CSV.
// Benchmark dev dependencies only; it checks less than the package (no company-name, VAT, role
// mailbox, subdivision rules), so a ratio ours/theirs ≤ 1 is a conservative comparison.
// A factory (dependencies and data texts passed in) so that Node (tools/bench.mjs) and the browser
// page (tools/bench.html) run the same code.
export function makeBaseline({ z, isValidPhoneNumber, Papa, data }) {
const markets = new Set(data.markets.split("\n").slice(1).map((l) => l.split("\t")).filter((c) => c.length > 1).map((c) => c[0].trim()));
const postal = new Map();
for (const line of data.addresses.split("\n")) {
  if (!line.trim()) continue;
  const rec = JSON.parse(line);
  if (rec.key && rec.zip) postal.set(rec.key, new RegExp(`^(?:${rec.zip})$`, "i"));
}
const webmail = new Set(data.webmail.split("\n").map((l) => l.trim().toLowerCase()).filter((l) => l && !l.startsWith("#")));
const isWebmail = (email) => {
  const labels = email.split("@").pop().toLowerCase().replace(/\.$/, "").split(".");
  return labels.some((_, i) => webmail.has(labels.slice(i).join(".")));
};

const phoneSchemas = new Map();
const phone = (country) => {
  if (!phoneSchemas.has(country)) phoneSchemas.set(country, z.string().refine((p) => isValidPhoneNumber(p, country), "phone_format"));
  return phoneSchemas.get(country);
};
const enrollmentSchema = z
  .object({
    country: z.string().length(2).refine((c) => markets.has(c.toUpperCase()), "not_csp_market"),
    company: z.object({ legalName: z.string().trim().min(1).max(256), duns: z.string().regex(/^\d{9}$/).optional(), vatId: z.string().optional() }),
    address: z.object({ line1: z.string().trim().min(1).max(200), city: z.string().max(100).optional(), state: z.string().optional(), postalCode: z.string().optional(), country: z.string().optional() }),
    primaryContact: z.object({ firstName: z.string().trim().min(1).max(50), lastName: z.string().trim().min(1).max(50), email: z.email().refine((e) => !isWebmail(e), "email_webmail"), phone: z.string().optional() }),
    support: z.object({ email: z.email(), phone: z.string(), website: z.string().optional() }),
    partnerId: z.object({ id: z.string().regex(/^\d{6,10}$/), country: z.string() }).optional(),
    workAccount: z.object({ domain: z.string() }).optional(),
    language: z.string().optional(),
  })
  .superRefine((form, ctx) => {
    const country = form.country.toUpperCase();
    const pattern = postal.get(country);
    if (pattern && !(form.address.postalCode && pattern.test(form.address.postalCode.trim()))) ctx.addIssue({ code: "custom", path: ["address", "postalCode"], message: "postal_code_format" });
    if (form.address.country && form.address.country.toUpperCase() !== country) ctx.addIssue({ code: "custom", path: ["address", "country"], message: "country_mismatch" });
    for (const [key, value] of [["primaryContact", form.primaryContact.phone], ["support", form.support.phone]]) {
      if (value !== undefined && !phone(country).safeParse(value).success) ctx.addIssue({ code: "custom", path: [key, "phone"], message: "phone_format" });
    }
    if (form.partnerId && form.partnerId.country.toUpperCase() !== country) ctx.addIssue({ code: "custom", path: ["partnerId", "country"], message: "partner_id_country_mismatch" });
  });

/** Whole form. */
const validateForm = (form) => enrollmentSchema.safeParse(form);

/** One keystroke in the postal code: the field's schema (built once per country) for the form's country. */
const postalSchemas = new Map();
const validatePostalCode = (form) => {
  const country = String(form.country).toUpperCase();
  let schema = postalSchemas.get(country);
  if (!schema) postalSchemas.set(country, (schema = z.string().trim().regex(postal.get(country) ?? /.*/)));
  return schema.safeParse(form.address.postalCode);
};

const parseCsv = makeCsvBaseline({ z, Papa });
return { validateForm, validatePostalCode, parseCsv };
}

/** CSV: PapaParse with a header row, each row checked by Zod (bad rows skipped). Also the baseline of
 * tools/bench-csv.mjs and its browser worker. */
export function makeCsvBaseline({ z, Papa }) {
  const row = z.object({ tenantId: z.uuid(), name: z.string().optional(), country: z.string().length(2).optional() });
  return (text) => {
    const { data: rows } = Papa.parse(text, { header: true, skipEmptyLines: true });
    const partners = [];
    for (const r of rows) {
      const ok = row.safeParse(r);
      if (ok.success) partners.push(ok.data);
    }
    return partners;
  };
}
