// The `--nats` value: servers and credentials, and its form for logs. Free of the nats client, so
// the CLI can redact a URL without loading it (the embedded `tether dev` never does).

/** Servers and credentials of a `--nats` value: see `parseNatsUrl`. */
export interface NatsTarget {
  servers: string[];
  user?: string;
  pass?: string;
  token?: string;
}

/**
 * Splits a `--nats` value (comma-separated URLs) into servers and credentials. The nats.js client
 * ignores credentials written in a URL, so a secured NATS (docs/security.md) is reached with
 * `nats://user:password@host:4222` (user and password) or `nats://token@host:4222` (a token):
 * they are taken out of the URLs (percent-decoded) and handed to the client as options. Every URL
 * of one value must carry the same credentials, or none.
 */
export function parseNatsUrl(value: string): NatsTarget {
  const servers: string[] = [];
  let creds: { user?: string; pass?: string; token?: string } | undefined;
  for (const raw of value.split(",").map((s) => s.trim()).filter(Boolean)) {
    const at = raw.lastIndexOf("@");
    if (at < 0) {
      servers.push(raw);
      continue;
    }
    const scheme = raw.indexOf("://");
    const userinfo = raw.slice(scheme < 0 ? 0 : scheme + 3, at);
    servers.push((scheme < 0 ? "" : raw.slice(0, scheme + 3)) + raw.slice(at + 1));
    const colon = userinfo.indexOf(":");
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    };
    const next = colon < 0 ? { token: decode(userinfo) } : { user: decode(userinfo.slice(0, colon)), pass: decode(userinfo.slice(colon + 1)) };
    if (creds && JSON.stringify(creds) !== JSON.stringify(next)) {
      throw new Error("every NATS URL of --nats must carry the same credentials");
    }
    creds = next;
  }
  return { servers, ...creds };
}

/** A `--nats` value fit for logs: credentials replaced by `***`. */
export function redactNatsUrl(value: string): string {
  return value.replace(/\/\/[^/@,]*@/g, "//***@");
}
