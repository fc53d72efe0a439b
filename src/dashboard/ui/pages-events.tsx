// /events: recent events (or one, with ?id=) with the runs each started, and a form that sends a
// test event through the API.
import { useState } from "preact/hooks";
import { api } from "./api.ts";
import { Failure, Json, Link, Status, Time, usePoll } from "./components.tsx";
import type { Run } from "./pages-runs.tsx";

interface Event { internal_id: string; id: string; name: string; data: unknown; received_at: string; skipped?: unknown[] }

function EventRuns({ id }: { id: string }) {
  const { data, error } = usePoll(() => api<{ data: Run[] }>("GET", `/v1/events/${encodeURIComponent(id)}/runs`).then((r) => r.data), 3000, [id]);
  if (error) return <Failure error={error} />;
  if (!data) return <span class="muted">…</span>;
  if (data.length === 0) return <span class="muted">no run</span>;
  return (
    <ul class="plain">
      {data.map((r) => <li><Link href={`/runs/${r.run_id}`}><code>{r.run_id}</code></Link> {r.function_slug} <Status status={r.status} /></li>)}
    </ul>
  );
}

function SendEvent({ onSent }: { onSent: () => void }) {
  const [name, setName] = useState("");
  const [data, setData] = useState("{}");
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const send = async (e: Event | SubmitEvent) => {
    (e as SubmitEvent).preventDefault();
    setError(null);
    setSent(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(data || "{}");
    } catch {
      setError("data is not valid JSON");
      return;
    }
    try {
      const r = await api<{ ids: string[] }>("POST", "/v1/events", { name, data: parsed });
      setSent(`sent ${r.ids.join(", ")}`);
      onSent();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form class="card send" onSubmit={send as never} aria-label="Send a test event">
      <h2>Send a test event</h2>
      <label>Name <input name="name" required value={name} placeholder="app/user.created" onInput={(e) => setName(e.currentTarget.value)} /></label>
      <label>Data (JSON) <textarea name="data" rows={4} value={data} onInput={(e) => setData(e.currentTarget.value)} /></label>
      <button type="submit">Send</button>
      <Failure error={error} />
      {sent ? <p class="muted" data-testid="sent">{sent}</p> : null}
    </form>
  );
}

export function EventsPage() {
  const only = new URLSearchParams(location.search).get("id");
  const [cursor, setCursor] = useState<string | undefined>();
  const { data, error, reload } = usePoll(async () => {
    if (only) return { data: [(await api<{ data: Event }>("GET", `/v1/events/${encodeURIComponent(only)}`)).data], cursor: null };
    return api<{ data: Event[]; cursor: string | null }>("GET", `/v1/events?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
  }, cursor ? 0 : 3000, [only, cursor]);
  return (
    <section>
      <h1>Events</h1>
      <SendEvent onSent={reload} />
      <Failure error={error} />
      {only ? <p><Link href="/events">all events</Link></p> : null}
      <table data-testid="events-table">
        <thead><tr><th>Event</th><th>Received</th><th>Data</th><th>Runs</th></tr></thead>
        <tbody>
          {data?.data.map((e) => (
            <tr data-testid={`event-${e.internal_id}`} data-event-name={e.name}>
              <td><code>{e.name}</code><div class="muted">{e.internal_id}</div></td>
              <td><Time iso={e.received_at} /></td>
              <td><details><summary>data</summary><Json value={e.data} /></details></td>
              <td><EventRuns id={e.internal_id} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {!only ? (
        <nav class="pager" aria-label="Pages">
          <button type="button" disabled={!cursor} onClick={() => setCursor(undefined)}>← Newest</button>
          <button type="button" disabled={!data?.cursor} onClick={() => setCursor(data!.cursor ?? undefined)}>Older →</button>
        </nav>
      ) : null}
    </section>
  );
}
