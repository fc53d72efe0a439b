// /functions (apps, their functions, triggers, flow control; pause and resume) and /workers (live
// connections), both refreshed every few seconds.
import { useState } from "preact/hooks";
import { api } from "./api.ts";
import { duration, Failure, Link, Time, usePoll } from "./components.tsx";

interface Trigger { event?: string; expression?: string; cron?: string; next_tick?: string | null }
interface Fn {
  id: string; slug: string; name: string; app_id: string; triggers: Trigger[]; retries: number; paused: boolean;
  flow: Record<string, unknown>;
}
interface App {
  id: string; name: string; url: string; method: string; sdk: string; language: string; version: string;
  app_version: string | null; synced_at: string | null; functions: Fn[];
}

/** A one-line summary of a function's flow-control settings. */
function flowSummary(flow: Record<string, unknown>): string[] {
  const out: string[] = [];
  const c = (flow.concurrency as { limit: number; key?: string; scope?: string }[] | undefined) ?? [];
  for (const l of c) out.push(`concurrency ${l.limit}${l.key ? ` per ${l.key}` : ""}${l.scope && l.scope !== "fn" ? ` (${l.scope})` : ""}`);
  const period = (o: { periodMs?: number }) => duration(o.periodMs);
  const t = flow.throttle as { limit: number; periodMs: number; key?: string } | undefined;
  if (t) out.push(`throttle ${t.limit}/${period(t)}${t.key ? ` per ${t.key}` : ""}`);
  const r = flow.rateLimit as { limit: number; periodMs: number; key?: string } | undefined;
  if (r) out.push(`rate limit ${r.limit}/${period(r)}${r.key ? ` per ${r.key}` : ""}`);
  const d = flow.debounce as { periodMs: number; key?: string } | undefined;
  if (d) out.push(`debounce ${period(d)}${d.key ? ` per ${d.key}` : ""}`);
  const b = flow.batch as { maxSize: number; timeoutMs: number } | undefined;
  if (b) out.push(`batch ${b.maxSize} / ${duration(b.timeoutMs)}`);
  if (flow.priority) out.push(`priority ${String(flow.priority)}`);
  const s = flow.singleton as { mode: string; key?: string } | undefined;
  if (s) out.push(`singleton (${s.mode})${s.key ? ` per ${s.key}` : ""}`);
  return out;
}

function TriggerList({ triggers }: { triggers: Trigger[] }) {
  return (
    <ul class="plain">
      {triggers.map((t) => t.cron
        ? <li>cron <code>{t.cron}</code> · next <Time iso={t.next_tick} /></li>
        : <li>event <code>{t.event}</code>{t.expression ? <> if <code>{t.expression}</code></> : null}</li>)}
    </ul>
  );
}

function FunctionRow({ fn, onChange }: { fn: Fn; onChange: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggle = async () => {
    setBusy(true);
    try {
      await api("POST", `/v1/functions/${encodeURIComponent(fn.id)}/${fn.paused ? "resume" : "pause"}`, {});
      onChange();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const flow = flowSummary(fn.flow);
  return (
    <tr data-testid={`function-${fn.slug}`}>
      <td><strong>{fn.name}</strong><div class="muted"><code>{fn.slug}</code></div></td>
      <td><TriggerList triggers={fn.triggers} /></td>
      <td>{flow.length ? <ul class="plain">{flow.map((f) => <li>{f}</li>)}</ul> : <span class="muted">none</span>}</td>
      <td>{fn.retries}</td>
      <td>
        {fn.paused ? <span class="status status-paused">Paused</span> : <span class="status status-active">Active</span>}{" "}
        <button type="button" disabled={busy} onClick={toggle}>{fn.paused ? "Resume" : "Pause"}</button>
        <Failure error={error} />
        <div><Link href={`/runs?function_id=${encodeURIComponent(fn.id)}`}>runs</Link></div>
      </td>
    </tr>
  );
}

export function FunctionsPage() {
  const { data, error, reload } = usePoll(() => api<{ data: App[] }>("GET", "/v1/apps").then((r) => r.data), 5000, []);
  return (
    <section>
      <h1>Apps and functions</h1>
      <Failure error={error} />
      {data && data.length === 0 ? <p class="muted">No app has synced yet. Start a worker (connect) or register a serve URL.</p> : null}
      {data?.map((app) => (
        <article class="card" data-testid={`app-${app.name}`}>
          <h2>{app.name}</h2>
          <p class="meta">
            <span>SDK <code>{app.language}</code> {app.version}</span>
            <span>served by <strong>{app.method}</strong></span>
            {app.method === "serve" ? <span><code>{app.url}</code></span> : null}
            {app.app_version ? <span>app version {app.app_version}</span> : null}
            <span>synced <Time iso={app.synced_at} /></span>
          </p>
          <table>
            <thead><tr><th>Function</th><th>Triggers</th><th>Flow control</th><th>Retries</th><th>State</th></tr></thead>
            <tbody>{app.functions.map((fn) => <FunctionRow fn={fn} onChange={reload} />)}</tbody>
          </table>
        </article>
      ))}
    </section>
  );
}

interface Conn {
  id: string; instance_id: string; gateway_id: string; status: string; draining: boolean;
  apps: { app_name: string; app_version: string | null; functions: number }[];
  sdk_language: string; sdk_version: string; connected_at: string; last_heartbeat_at: string;
  in_flight: number; max_worker_concurrency: number | null;
}

export function WorkersPage() {
  const { data, error } = usePoll(() => api<{ data: Conn[] }>("GET", "/v1/connections").then((r) => r.data), 2000, []);
  return (
    <section>
      <h1>Workers</h1>
      <Failure error={error} />
      {data && data.length === 0 ? <p class="muted">No worker is connected.</p> : null}
      {data && data.length > 0 ? (
        <table>
          <thead>
            <tr><th>Instance</th><th>Apps</th><th>SDK</th><th>Gateway</th><th>Connected since</th><th>Last heartbeat</th><th>In flight</th><th>State</th></tr>
          </thead>
          <tbody>
            {data.map((c) => (
              <tr data-testid={`worker-${c.instance_id}`}>
                <td><code>{c.instance_id}</code><div class="muted">{c.id}</div></td>
                <td>{c.apps.map((a) => <div>{a.app_name}{a.app_version ? ` (${a.app_version})` : ""} · {a.functions} functions</div>)}</td>
                <td>{c.sdk_language} {c.sdk_version}</td>
                <td><code>{c.gateway_id}</code></td>
                <td><Time iso={c.connected_at} /></td>
                <td><Time iso={c.last_heartbeat_at} /></td>
                <td data-testid="in-flight">{c.in_flight} / {c.max_worker_concurrency ?? "∞"}</td>
                <td>{c.draining ? <span class="status status-draining">Draining</span> : <span class="status status-active">{c.status}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
