// `PUT /fn/register {url}`: the server asks a serve() app to sync itself, as `inngest dev -u URL`
// does. Fetching a URL a client names is a server-side request forgery risk, so the fetch is
// fenced (docs/deployment.md "Syncing an app by URL"):
// - http(s) only; loopback and private networks are allowed (that is where dev apps live);
// - link-local and cloud-metadata addresses are refused unless `--allow-sync-url` lists them.
//   The name is resolved first and every address checked, then the request connects to the
//   checked address itself (no second lookup), so DNS rebinding cannot swap it;
// - 10 s for the whole exchange, at most 1 MiB of the answer read, redirects not followed;
// - the answer is never handed back: the caller learns ok and the app's status, or a reason of ours.
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { z } from "zod";
import { type Cidr, cidrMatcher } from "../common/cidr.ts";
import { TetherError } from "../common/index.ts";

export const DEFAULT_SYNC_URL_TIMEOUT_MS = 10_000;
export const DEFAULT_SYNC_URL_MAX_ANSWER_BYTES = 1024 * 1024;

/** Link-local and cloud instance-metadata addresses. */
export const REFUSED_SYNC_RANGES: readonly Cidr[] = [
  // IPv4 link-local, holding the AWS, GCP, Azure and Oracle metadata service 169.254.169.254
  { address: "169.254.0.0", prefix: 16, family: "ipv4" },
  { address: "fe80::", prefix: 10, family: "ipv6" }, // IPv6 link-local
  { address: "fd00:ec2::254", prefix: 128, family: "ipv6" }, // AWS metadata over IPv6
  { address: "100.100.100.200", prefix: 32, family: "ipv4" }, // Alibaba Cloud metadata
  { address: "64:ff9b::a9fe:0", prefix: 112, family: "ipv6" }, // IPv4 link-local through NAT64
];
/** Refused by name too: they need not resolve here to be dangerous where the server runs. */
export const REFUSED_SYNC_HOSTNAMES: readonly string[] = ["metadata.google.internal"];

export interface SyncUrlOptions {
  /** `x-inngest-server-kind`: "cloud" when the server has a signing key. */
  serverKind: "cloud" | "dev";
  /** Ranges fetched although refused above (`--allow-sync-url`). @default none */
  allow?: readonly Cidr[];
  /** @default 10_000 */
  timeoutMs?: number;
  /** @default 1 MiB */
  maxAnswerBytes?: number;
  /** Name resolution (tests inject one). @default every address from dns.lookup */
  lookup?: (hostname: string) => Promise<ResolvedAddress[]>;
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface SyncUrlResult {
  ok: true;
  /** The app's HTTP status. */
  status: number;
}

const bodySchema = z.object({ url: z.string().min(1).max(2048) });

/** Parses the body, checks and fetches the URL; throws a TetherError (`sync_url_*`, ...) on failure. */
export async function syncAppByUrl(body: unknown, opts: SyncUrlOptions): Promise<SyncUrlResult> {
  const target = parseSyncUrl(body);
  const controller = new AbortController();
  const timeoutMs = opts.timeoutMs ?? DEFAULT_SYNC_URL_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const to = await untilAborted(checkedAddress(target, opts), controller.signal);
    const status = await putOnce(target, to, opts, controller.signal);
    if (status >= 200 && status < 300) return { ok: true, status };
    const why = status >= 300 && status < 400 ? " (redirects are not followed)" : "";
    throw new TetherError("sync_url_failed", `the app answered ${status}${why}`, { data: { app_status: status } });
  } catch (err) {
    if (err instanceof TetherError) throw err;
    if (controller.signal.aborted) throw new TetherError("sync_url_timeout", `the app did not answer within ${timeoutMs} ms`);
    throw new TetherError("sdk_transport_error", `PUT ${target.host} failed`, { cause: err });
  } finally {
    clearTimeout(timer);
  }
}

function parseSyncUrl(body: unknown): URL {
  const parsed = bodySchema.safeParse(body);
  let url: URL | undefined;
  try {
    url = parsed.success ? new URL(parsed.data.url) : undefined;
  } catch { /* reported below */ }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) throw new TetherError("bad_request", "url must be an http(s) URL");
  return url;
}

/** `[::1]` → `::1`, `Example.COM.` → `example.com`. */
function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "").toLowerCase();
}

/** The address to connect to: every address the name has must pass, or the URL is refused. */
export async function checkedAddress(url: URL, opts: Pick<SyncUrlOptions, "allow" | "lookup">): Promise<ResolvedAddress> {
  const host = bareHostname(url);
  const allowed = cidrMatcher(opts.allow ?? []);
  const refusedName = REFUSED_SYNC_HOSTNAMES.includes(host);
  const forbidden = () => new TetherError("sync_url_forbidden", `${host} is a link-local or cloud-metadata address`);
  if (refusedName && (opts.allow ?? []).length === 0) throw forbidden();
  const version = isIP(host);
  let addresses: ResolvedAddress[];
  try {
    addresses = version ? [{ address: host, family: version }] : await (opts.lookup ?? lookupAll)(host);
  } catch (err) {
    throw new TetherError("sdk_transport_error", `could not resolve ${host}`, { cause: err });
  }
  if (addresses.length === 0) throw new TetherError("sdk_transport_error", `could not resolve ${host}`);
  const refused = cidrMatcher(REFUSED_SYNC_RANGES);
  for (const a of addresses) {
    if ((refusedName || refused(a.address)) && !allowed(a.address)) throw forbidden();
  }
  return addresses[0];
}

function lookupAll(hostname: string): Promise<ResolvedAddress[]> {
  return dnsLookup(hostname, { all: true, verbatim: true });
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** One PUT to `to` (Host and TLS name from the URL); resolves with the status once the answer is read. */
function putOnce(url: URL, to: ResolvedAddress, opts: SyncUrlOptions, signal: AbortSignal): Promise<number> {
  const payload = JSON.stringify({ url: url.href });
  const secure = url.protocol === "https:";
  const host = bareHostname(url);
  const maxBytes = opts.maxAnswerBytes ?? DEFAULT_SYNC_URL_MAX_ANSWER_BYTES;
  return new Promise<number>((resolve, reject) => {
    const req = (secure ? https : http).request({
      host: to.address, family: to.family, port: url.port || (secure ? 443 : 80), path: `${url.pathname}${url.search}`,
      method: "PUT", signal, agent: false, ...(secure && !isIP(host) ? { servername: host } : {}),
      headers: {
        host: url.host, "content-type": "application/json", "content-length": Buffer.byteLength(payload),
        "x-inngest-server-kind": opts.serverKind,
      },
    }, (res) => {
      const tooLarge = () => {
        reject(new TetherError("sync_url_too_large", `the app's answer is over ${maxBytes} bytes`));
        req.destroy();
      };
      if (Number(res.headers["content-length"]) > maxBytes) return tooLarge();
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) tooLarge();
      });
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
      res.on("close", () => reject(new Error("the connection closed before the answer ended")));
    });
    req.on("error", reject);
    req.end(payload);
  });
}
