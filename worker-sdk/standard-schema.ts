// The Standard Schema v1 contract (https://standardschema.dev), copied as its authors intend so
// the SDK needs no extra dependency. zod 4 schemas implement it, as do valibot, arktype and others;
// event schemas are accepted through it and validated with `validateWithSchema`.

/** A schema implementing Standard Schema v1 (e.g. any zod 4 schema). */
export interface StandardSchema<Input = unknown, Output = Input> {
  readonly "~standard": StandardSchemaProps<Input, Output>;
}

export interface StandardSchemaProps<Input = unknown, Output = Input> {
  readonly version: 1;
  readonly vendor: string;
  readonly validate: (value: unknown) => StandardSchemaResult<Output> | Promise<StandardSchemaResult<Output>>;
  readonly types?: { readonly input: Input; readonly output: Output } | undefined;
}

export type StandardSchemaResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<StandardSchemaIssue> };

export interface StandardSchemaIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

/** The type a schema accepts (what is sent on the wire). */
export type SchemaInput<S> = S extends StandardSchema<infer Input, unknown> ? Input : unknown;

/** One validation problem: a dotted path from the validated value ("" for the value itself). */
export interface ValidationIssue {
  path: string;
  message: string;
}

export function isStandardSchema(value: unknown): value is StandardSchema {
  const props = (value as { "~standard"?: { validate?: unknown } } | null | undefined)?.["~standard"];
  return typeof props === "object" && props !== null && typeof props.validate === "function";
}

function pathOf(issue: StandardSchemaIssue): string {
  return (issue.path ?? [])
    .map((segment) => String(typeof segment === "object" && segment !== null ? segment.key : segment))
    .join(".");
}

/** Validates `value`; returns the issues, or `undefined` when it is valid. Never transforms it. */
export async function validateWithSchema(schema: StandardSchema, value: unknown): Promise<ValidationIssue[] | undefined> {
  const result = await schema["~standard"].validate(value);
  if (!result.issues) return undefined;
  return result.issues.map((issue) => ({ path: pathOf(issue), message: issue.message }));
}
