// A consumer file that must type-check with `strict: true` against the shipped .d.ts (tests/types/check.mjs).
import init, {
  initSync,
  markets,
  market,
  regions,
  addressFormat,
  countryRules,
  type CountryValidationRules,
  type CountryValidationRulesInput,
  dataVersion,
  checkCustomerMarket,
  checkPartnerIdLocation,
  checkProviderReseller,
  currencyFor,
  supportedLocales,
  validateEnrollment,
  validateEnrollmentField,
  enrollmentSchema,
  type CheckResult,
  type EnrollmentForm,
  type EnrollmentOptions,
  type Issue,
  type IssueCode,
  type Market,
  type Severity,
  type Validation,
  type EnrollmentSchema,
  type EnrollmentFieldPath,
  type IssueParamsByCode,
  planAudienceChange,
  rulesVersion,
  version as pkgVersion,
} from "csp-partner-rules";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
import type { Resolver } from "react-hook-form";
import { FormApi } from "@tanstack/form-core";

export async function load(bytes: ArrayBuffer, module: WebAssembly.Module): Promise<void> {
  await init();
  await init(new URL("https://example.test/x.wasm"));
  await init({ module_or_path: fetch("/x.wasm") });
  initSync(bytes);
  initSync({ module });
}

const all: Market[] = markets();
const count: number = all.length;
const gb: Market | null = market("gb");
const regionName: string | undefined = gb?.region.name;
const currency: string | null | undefined = currencyFor("BR")?.currency;
const single: boolean[] = regions().map((r) => r.singleMarket);
const postal: string | undefined = addressFormat("CA", { locale: "fr" })?.postalCode?.examples[0];
// REF-6: Partner Center's rules, and the same shape passed back in as options.countryRules.
const usRules: CountryValidationRules | null = countryRules("US");
const source: "partnerCenter" | "derived" | undefined = usRules?.source;
const phoneRegex: string | null | undefined = usRules?.phoneNumberRegex;
const live: CountryValidationRulesInput = { iso2Code: "US", supportedStatesList: ["WA"], postalCodeRegex: null, attributes: { objectType: "CountryValidationRules" } };
const withLive: Validation<EnrollmentForm> = validateEnrollment({ country: "US" } as EnrollmentForm, { countryRules: live, mode: "draft" });
void [source, phoneRegex, withLive];
const version: string = dataVersion().markets;
const locales: string[] = supportedLocales();

const check: CheckResult = checkCustomerMarket("BR", "AR", { locale: "fr-CA" });
const first: Issue | undefined = check.issues[0];
const code: IssueCode | undefined = first?.code;
const severity: Severity | undefined = first?.severity;
const path: (string | number)[] | undefined = first?.path;
const param: string | number | undefined = first?.params["example"];
if (code === "region_mismatch") console.log("region");
checkPartnerIdLocation("GB", "FR");
checkProviderReseller("FR", "DE", {});

const form: EnrollmentForm = { country: "FR", address: { line1: "1 rue de la Paix", postalCode: "75002" }, partnerId: { id: "123456", country: "FR" } };
const options: EnrollmentOptions = { locale: "fr", mode: "draft", blockedDomains: ["example.com"] };
const validation: Validation<EnrollmentForm> = validateEnrollment(form, options);
const normalized: string | undefined = validation.value.address?.postalCode;
const fieldIssues: Issue[] = validateEnrollmentField(form, "address.postalCode") ;
validateEnrollmentField(form, ["address", "postalCode"], { mode: "submit" });

// Standard Schema v1: assignable to the real interface; synchronous result typed without a cast.
const schema: EnrollmentSchema = enrollmentSchema({ locale: "fr" });
const standard: StandardSchemaV1<EnrollmentForm> = schema;
const result = schema["~standard"].validate(form);
if (result.issues) {
  const where: ReadonlyArray<string | number> = result.issues[0]?.path ?? [];
  const message: string | undefined = result.issues[0]?.message;
  console.log(where, message);
} else {
  const country: string | undefined = result.value.country;
  console.log(country);
}
type Input = StandardSchemaV1.InferInput<typeof schema>;
const input: Input = form;

// React Hook Form and TanStack Form take it as-is.
const resolver: Resolver<EnrollmentForm, unknown, EnrollmentForm> = standardSchemaResolver(enrollmentSchema());
const tanstack = new FormApi({ defaultValues: form, validators: { onChange: enrollmentSchema() } });
const tanCountry: string | undefined = tanstack.state.values.country;

// Warnings (issue 12): typed, on the result and through onWarnings.
const warned = enrollmentSchema({ onWarnings: (warnings) => warnings.map((w) => w.code) })["~standard"].validate(form);
const warningCodes: string[] = warned.warnings.map((w) => w.code);
// Versions (issue 12): usable before init().
const packageVersion: string = pkgVersion;
const rulesId: string = rulesVersion().id;
// planAudienceChange's next state has its lists and flag.
const planned = planAudienceChange({}, { option: "all" }).next;
const resoldCount: number = planned.resold.length + planned.partners.length + (planned.published ? 1 : 0);
const typedPath: EnrollmentFieldPath = "primaryContact.email";

// Issue is discriminated by code: params typed per code, every code has its entry.
const issue0 = checkCustomerMarket("BR", "AR").issues[0];
if (issue0?.code === "region_mismatch") {
  const otherRegion: string = issue0.params.otherRegion;
  console.log(otherRegion);
}
type MissingParams = Exclude<IssueCode, keyof IssueParamsByCode>;
const everyCodeHasParams: [MissingParams] extends [never] ? true : false = true;

export { everyCodeHasParams };
export { warningCodes, packageVersion, rulesId, resoldCount, typedPath };
export { count, regionName, currency, single, postal, version, locales, severity, path, param, normalized, fieldIssues, standard, input, resolver, tanCountry };

// The entry point csp-partner-rules/enrollment (issue 14): the same types as the root.
import initEnrollment, * as enrollmentEntry from "csp-partner-rules/enrollment";
{
  const done: Promise<void> = initEnrollment();
  void done;
  const result: enrollmentEntry.Validation<enrollmentEntry.EnrollmentForm> = enrollmentEntry.validateEnrollment({ country: "FR" }, { locale: "fr" });
  const issues: enrollmentEntry.Issue[] = enrollmentEntry.validateEnrollmentField({ country: "FR" }, "address.postalCode");
  const schema: enrollmentEntry.StandardSchemaV1<enrollmentEntry.EnrollmentForm> = enrollmentEntry.enrollmentSchema();
  const format: enrollmentEntry.AddressFormat | null = enrollmentEntry.addressFormat("FR");
  void [result, issues, schema, format, enrollmentEntry.version];
}
