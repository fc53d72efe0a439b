// The dashboard's one way to the API: fetch with the signing key from session storage (asked for
// once, when the API answers 401), JSON in and out, errors as thrown ApiError with the API's message.
const KEY = "tether.signingKey";

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

type AuthListener = () => void;
const authListeners = new Set<AuthListener>();

/** Called when the API refused the key (or there is none and it needs one). */
export function onAuthNeeded(l: AuthListener): () => void {
  authListeners.add(l);
  return () => authListeners.delete(l);
}

export function setKey(key: string): void {
  if (key) sessionStorage.setItem(KEY, key);
  else sessionStorage.removeItem(KEY);
}

export function hasKey(): boolean {
  return !!sessionStorage.getItem(KEY);
}

export function authHeaders(): Record<string, string> {
  const key = sessionStorage.getItem(KEY);
  return key ? { authorization: `Bearer ${key}` } : {};
}

export async function api<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: { ...authHeaders(), ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (res.status === 401) authListeners.forEach((l) => l());
  if (!res.ok) {
    const e = json as { error?: string; message?: string } | undefined;
    throw new ApiError(res.status, [e?.error, e?.message].filter(Boolean).join(": ") || `HTTP ${res.status}`);
  }
  return json as T;
}

/**
 * Reads an SSE stream with fetch (EventSource cannot send the Authorization header), calling
 * `onEvent` per `data:` block until the stream ends or `signal` aborts.
 */
export async function streamEvents(path: string, onEvent: (data: unknown) => void, signal: AbortSignal): Promise<void> {
  const res = await fetch(path, { headers: authHeaders(), signal });
  if (res.status === 401) authListeners.forEach((l) => l());
  if (!res.ok || !res.body) throw new ApiError(res.status, `stream answered HTTP ${res.status}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buf = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buf += value;
    let cut: number;
    while ((cut = buf.indexOf("\n\n")) >= 0) {
      const block = buf.slice(0, cut);
      buf = buf.slice(cut + 2);
      const data = block.split("\n").filter((l) => l.startsWith("data: ")).map((l) => l.slice(6)).join("\n");
      if (data) onEvent(JSON.parse(data));
    }
  }
}
