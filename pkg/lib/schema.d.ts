// Types of lib/schema.js. The Standard Schema v1 interface is copied from @standard-schema/spec
// 1.1.0 (MIT), as its authors recommend, so consumers need no extra package; tests/types checks
// that it stays assignable to the real one.
import type { EnrollmentForm, EnrollmentOptions, Issue } from "../wasm/csp_partner_rules.js";

/** The Standard Schema interface (https://standardschema.dev). */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}

export declare namespace StandardSchemaV1 {
  /** The Standard Schema properties interface. */
  interface Props<Input = unknown, Output = Input> {
    /** The version number of the standard. */
    readonly version: 1;
    /** The vendor name of the schema library. */
    readonly vendor: string;
    /** Validates unknown input values. */
    readonly validate: (value: unknown, options?: Options | undefined) => Result<Output> | Promise<Result<Output>>;
    /** Inferred types associated with the schema. */
    readonly types?: Types<Input, Output> | undefined;
  }
  /** The result interface of the validate function. */
  type Result<Output> = SuccessResult<Output> | FailureResult;
  /** The result interface if validation succeeds. */
  interface SuccessResult<Output> {
    /** The typed output value. */
    readonly value: Output;
    /** A falsy value for `issues` indicates success. */
    readonly issues?: undefined;
  }
  interface Options {
    /** Explicit support for additional vendor-specific parameters, if needed. */
    readonly libraryOptions?: Record<string, unknown> | undefined;
  }
  /** The result interface if validation fails. */
  interface FailureResult {
    /** The issues of failed validation. */
    readonly issues: ReadonlyArray<Issue>;
  }
  /** The issue interface of the failure output. */
  interface Issue {
    /** The error message of the issue. */
    readonly message: string;
    /** The path of the issue, if any. */
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  /** The path segment interface of the issue. */
  interface PathSegment {
    /** The key representing a path segment. */
    readonly key: PropertyKey;
  }
  /** The Standard types interface. */
  interface Types<Input = unknown, Output = Input> {
    /** The input type of the schema. */
    readonly input: Input;
    /** The output type of the schema. */
    readonly output: Output;
  }
  /** Infers the input type of a Standard Schema. */
  type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["input"];
  /** Infers the output type of a Standard Schema. */
  type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["output"];
}

/** One failed check of the form: a localized message and where (`["address", "postalCode"]`). */
export interface EnrollmentSchemaIssue extends StandardSchemaV1.Issue {
  readonly message: string;
  readonly path: ReadonlyArray<string | number>;
}

/**
 * A warning of the form (`severity: "warning"`: `vat_id_recommended`, `partner_id_missing`, …): shown
 * to the user, never blocking submit. The full issue (code, path, message, params).
 */
export type EnrollmentWarning = Issue & { readonly severity: "warning" };

/**
 * What `enrollmentSchema(…)["~standard"].validate` answers, always synchronously. Beyond Standard
 * Schema, both outcomes carry `warnings` (form libraries ignore the field; read it, or use `onWarnings`).
 */
export type EnrollmentSchemaResult =
  | (StandardSchemaV1.SuccessResult<EnrollmentForm> & { readonly warnings: ReadonlyArray<EnrollmentWarning> })
  | { readonly issues: ReadonlyArray<EnrollmentSchemaIssue>; readonly warnings: ReadonlyArray<EnrollmentWarning> };

/** `enrollmentSchema`'s options: validateEnrollment's, and where the warnings go. */
export interface EnrollmentSchemaOptions extends EnrollmentOptions {
  /**
   * Called on every validation with the form's warnings (an empty array when there are none, so a
   * warning shown earlier can be cleared). E.g. a React state setter.
   */
  onWarnings?: (warnings: ReadonlyArray<EnrollmentWarning>) => void;
}

/** The `"~standard"` properties of `enrollmentSchema()`: `validate` answers synchronously. */
export interface EnrollmentSchemaProps extends StandardSchemaV1.Props<EnrollmentForm, EnrollmentForm> {
  readonly vendor: "csp-partner-rules";
  readonly validate: (value: unknown, options?: StandardSchemaV1.Options | undefined) => EnrollmentSchemaResult;
}

/** The enrolment form as a Standard Schema v1 (input and output: `EnrollmentForm`). */
export interface EnrollmentSchema extends StandardSchemaV1<EnrollmentForm, EnrollmentForm> {
  readonly "~standard": EnrollmentSchemaProps;
}

/**
 * API-3: the enrolment form as a Standard Schema v1, for React Hook Form, TanStack Form and other form libraries.
 * React Hook Form: `useForm({ resolver: standardSchemaResolver(enrollmentSchema()) })`; TanStack Form:
 * `validators: { onChange: enrollmentSchema() }`. Synchronous. Success gives the normalized form
 * (`{ value }`), failure the errors only (`{ issues: [{ message, path }] }`). Warnings never fail it:
 * they come in `warnings` on both results and through `options.onWarnings`.
 */
export declare function enrollmentSchema(options?: EnrollmentSchemaOptions): EnrollmentSchema;
