// Small HTTP helpers shared by the start, flush and run-state calls: auth headers and URL building.
// Paths are absolute: any path in the base URL is dropped, as the official SDKs do.

export function authHeaders(hashedSigningKey: string | undefined): Record<string, string> {
  return hashedSigningKey ? { authorization: `Bearer ${hashedSigningKey}` } : {};
}

export function protobufHeaders(hashedSigningKey: string | undefined): Record<string, string> {
  return { "content-type": "application/protobuf", ...authHeaders(hashedSigningKey) };
}

export function apiUrl(baseUrl: string, path: string): URL {
  return new URL(path, baseUrl);
}

/** First `max` characters of a response body, for error messages. */
export async function bodySnippet(response: Response, max = 200): Promise<string> {
  try {
    return (await response.text()).slice(0, max);
  } catch {
    return "";
  }
}
