// Shared building blocks with no internal imports: errors, ids, durations, backoff, deferreds.
export * from "./errors.ts";
export * from "./error-codes.ts";
export * from "./ids.ts";
export * from "./duration.ts";
export * from "./backoff.ts";
export * from "./deferred.ts";
export * from "./jwt.ts";
export * from "./signing-key.ts";
export * from "./json.ts";
export * from "./http-boundary.ts";
