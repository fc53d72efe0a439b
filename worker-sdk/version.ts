// SDK identity constants sent on the wire (WORKER_CONNECT.sdk_version, SDKResponse.sdk_version).

/** Semantic version of this SDK. */
export const SDK_VERSION = "0.1.0";

/** Language reported in `WORKER_CONNECT.sdk_language`. */
export const SDK_LANGUAGE = "typescript";

/** `<name>:v<semver>` form the executor expects in `SDKResponse.sdk_version`. */
export const SDK_IDENTIFIER = `tether-js:v${SDK_VERSION}`;

/** Request version this SDK answers with (optimised parallelism, execution-protocol §1.3.4). */
export const REQUEST_VERSION = 2;
