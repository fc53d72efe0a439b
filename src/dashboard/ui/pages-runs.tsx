// /runs (newest first; filters and cursor pages mirrored in the URL) and /runs/{id} (the run's
// timeline, live over the run stream, with cancel, rerun and rerun from a step).
import { useEffect, useMemo, useState } from "preact/hooks";
import { api, streamEvents } from "./api.ts";
import { duration, ErrorBlock, Failure, Json, Link, navigate, Status, Time, usePoll } from "./components.tsx";

export interface Step {
  id: string; name: string | null; op: string; status: string; attempt: number; output: unknown; error: unknown;
  started_at: string | null; duration_ms: number | null; completed_at: string | null;
}
interface Wait { step_id: string; op: string; name: string | null; until: string; event?: string; if?: string; function_id?: string }
export interface Run {
  run_id: string; run_started_at: string; function_id: string; function_slug: string; event_id: string | null; event_ids?: string[]; status: string;
  ended_at: string | null; output: unknown; original_run_id?: string;
  waiting?: { reason: string; limit: number; since: string; scope?: string; key?: string; until?: string };
  steps?: Step[]; progress?: { step_id: string; data: unknown; updated_at: string }[]; waits?: Wait[];
}
interface Fn { id: string; slug: string; name: string }

const STATUSES = ["Running", "Completed", "Failed", "Cancelled"];
/** A batch run's events shown on its page (each is one request). */
const MAX_TRIGGERS_SHOWN = 20;

function runDuration(r: Run): string {
  const end = r.ended_at ? Date.parse(r.ended_at) : r.status === "Running" ? Date.now() : undefined;
  return end === undefined ? "—" : duration(end - Date.parse(r.run_started_at));
}

/** The list's filters, read from and written to the URL's query. */
function useFilters(): [URLSearchParams, (patch: Record<string, string | null>) => void] {
  const params = new URLSearchParams(location.search);
  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(location.search);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!("cursor" in patch)) next.delete("cursor");
    const q = next.toString();
    navigate(`/runs${q ? `?${q}` : ""}`);
  };
  return [params, set];
}

/** A `datetime-local` value as an ISO instant, and back. */
const toIso = (local: string) => (local ? new Date(local).toISOString() : null);
const toLocal = (iso: string | null) => {
  if (!iso) return "";
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

export function RunsPage() {
  const [params, setFilter] = useFilters();
  const query = params.toString();
  const fns = usePoll(() => api<{ data: Fn[] }>("GET", "/v1/functions").then((r) => r.data), 0, []);
  const first = !params.get("cursor");
  const { data, error, reload } = usePoll(() => {
    const q = new URLSearchParams(query);
    if (!q.get("limit")) q.set("limit", "50");
    return api<{ data: Run[]; cursor: string | null }>("GET", `/v1/runs?${q}`);
  }, first ? 2000 : 0, [query]);
  const cursors = (params.get("back") ?? "").split(",").filter(Boolean);
  const older = () => setFilter({ cursor: data!.cursor, back: [...cursors, params.get("cursor") ?? "-"].join(",") });
  const newer = () => {
    const prev = cursors.pop();
    setFilter({ cursor: prev && prev !== "-" ? prev : null, back: cursors.join(",") || null });
  };
  return (
    <section>
      <h1>Runs</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter runs">
        <label>Status
          <select name="status" value={params.get("status") ?? ""} onChange={(e) => setFilter({ status: e.currentTarget.value || null })}>
            <option value="">any</option>
            {STATUSES.map((s) => <option value={s}>{s}</option>)}
          </select>
        </label>
        <label>Function
          <select name="function_id" value={params.get("function_id") ?? ""} onChange={(e) => setFilter({ function_id: e.currentTarget.value || null })}>
            <option value="">any</option>
            {fns.data?.map((f) => <option value={f.id}>{f.name} ({f.slug})</option>)}
          </select>
        </label>
        <label>From
          <input type="datetime-local" name="after" value={toLocal(params.get("after"))} onChange={(e) => setFilter({ after: toIso(e.currentTarget.value) })} />
        </label>
        <label>Until
          <input type="datetime-local" name="before" value={toLocal(params.get("before"))} onChange={(e) => setFilter({ before: toIso(e.currentTarget.value) })} />
        </label>
        <label>Event id
          <input type="search" name="event_id" value={params.get("event_id") ?? ""} placeholder="01H…"
            onChange={(e) => setFilter({ event_id: e.currentTarget.value.trim() || null })} />
        </label>
        <button type="button" onClick={reload}>Refresh</button>
      </form>
      <Failure error={error} />
      <table data-testid="runs-table">
        <thead><tr><th>Run</th><th>Function</th><th>Status</th><th>Started</th><th>Duration</th></tr></thead>
        <tbody>
          {data?.data.map((r) => (
            <tr data-testid={`run-${r.run_id}`} data-run-status={r.status}>
              <td><Link href={`/runs/${r.run_id}`}><code>{r.run_id}</code></Link></td>
              <td>{r.function_slug}</td>
              <td><Status status={r.status} />{r.waiting ? <span class="muted"> · queued ({r.waiting.reason})</span> : null}</td>
              <td><Time iso={r.run_started_at} /></td>
              <td>{runDuration(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data && data.data.length === 0 ? <p class="muted">No runs match.</p> : null}
      <nav class="pager" aria-label="Pages">
        <button type="button" disabled={cursors.length === 0} onClick={newer}>← Newer</button>
        <button type="button" disabled={!data?.cursor} onClick={older}>Older →</button>
      </nav>
    </section>
  );
}

/** Why the run is not executing: a sleep, a wait, or a flow-control limit. */
function Waiting({ run }: { run: Run }) {
  if (run.status !== "Running") return null;
  const items = [];
  if (run.waiting) {
    const w = run.waiting;
    items.push(<li data-testid="queued">Queued behind the <strong>{w.reason}</strong> limit ({w.limit}{w.key ? `, key ${w.key}` : ""}) since <Time iso={w.since} />{w.until ? <> until <Time iso={w.until} /></> : null}</li>);
  }
  for (const w of run.waits ?? []) {
    items.push(w.op === "Sleep"
      ? <li data-testid="sleeping">Sleeping (<code>{w.name ?? w.step_id}</code>) until <Time iso={w.until} /></li>
      : <li data-testid="waiting-event">Waiting (<code>{w.name ?? w.step_id}</code>) for {w.function_id ? <>function <code>{w.function_id}</code></> : <>event <code>{w.event}</code></>}{w.if ? <> if <code>{w.if}</code></> : null} until <Time iso={w.until} /></li>);
  }
  return items.length ? <ul class="waiting">{items}</ul> : null;
}

function Timeline({ run, onRerunFrom }: { run: Run; onRerunFrom: (stepId: string) => void }) {
  const steps = [...(run.steps ?? [])].sort((a, b) => Date.parse(a.started_at ?? a.completed_at ?? "") - Date.parse(b.started_at ?? b.completed_at ?? ""));
  const t0 = Date.parse(run.run_started_at);
  const t1 = Math.max(t0 + 1, ...steps.map((s) => Date.parse(s.completed_at ?? "") || t0), run.ended_at ? Date.parse(run.ended_at) : Date.now());
  const pct = (t: number) => `${Math.max(0, Math.min(100, ((t - t0) / (t1 - t0)) * 100)).toFixed(2)}%`;
  return (
    <table class="timeline" data-testid="timeline">
      <thead><tr><th>Step</th><th>Op</th><th>Attempt</th><th>Started</th><th>Duration</th><th class="bar-col">Timeline</th><th>Result</th><th></th></tr></thead>
      <tbody>
        {steps.map((s) => {
          const start = Date.parse(s.started_at ?? s.completed_at ?? "") || t0;
          const end = Date.parse(s.completed_at ?? "") || start;
          return (
            <tr data-testid={`step-${s.name ?? s.id}`} data-step-status={s.status}>
              <td><strong>{s.name ?? s.id}</strong></td>
              <td>{s.op}</td>
              <td>{s.attempt + 1}</td>
              <td><Time iso={s.started_at} /></td>
              <td>{duration(s.duration_ms)}</td>
              <td class="bar-col"><div class="bar"><span class={`fill fill-${s.status.toLowerCase()}`} style={{ left: pct(start), width: `max(2px, calc(${pct(end)} - ${pct(start)}))` }} /></div></td>
              <td>{s.status === "Failed" ? <ErrorBlock error={s.error} /> : <details><summary>output</summary><Json value={s.output} /></details>}</td>
              <td><button type="button" onClick={() => onRerunFrom(s.id)} title="Start a new run that reuses the steps before this one">Rerun from here</button></td>
            </tr>
          );
        })}
        {(run.progress ?? []).map((p) => (
          <tr data-testid="step-progress"><td colSpan={5}><em>running</em> <code>{p.step_id}</code></td><td colSpan={3}><Json value={p.data} /></td></tr>
        ))}
      </tbody>
    </table>
  );
}

/** The run, first from GET and then live from the run stream while it runs. */
function useLiveRun(runId: string): { run?: Run; error: string | null; live: boolean } {
  const [run, setRun] = useState<Run>();
  const [error, setError] = useState<string | null>(null);
  const [live, setLive] = useState(false);
  useEffect(() => {
    const ctl = new AbortController();
    let stopped = false;
    const loop = async () => {
      while (!stopped) {
        try {
          setLive(true);
          await streamEvents(`/v1/runs/${encodeURIComponent(runId)}/stream`, (d) => setRun(d as Run), ctl.signal);
          setError(null);
        } catch (err) {
          if (stopped) return;
          setError((err as Error).message);
        } finally {
          setLive(false);
        }
        // The stream ends when the run ends; look once more, and reconnect only if it still runs.
        const now = await api<{ data: Run }>("GET", `/v1/runs/${encodeURIComponent(runId)}`).catch(() => undefined);
        if (now) setRun(now.data);
        if (stopped || (now && now.data.status !== "Running")) return;
        await new Promise((r) => setTimeout(r, 1000));
      }
    };
    void loop();
    return () => {
      stopped = true;
      ctl.abort();
    };
  }, [runId]);
  return { run, error, live };
}

export function RunPage({ runId }: { runId: string }) {
  const { run, error, live } = useLiveRun(runId);
  const [actionError, setActionError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const act = async (what: string, fn: () => Promise<unknown>) => {
    setActionError(null);
    try {
      await fn();
    } catch (err) {
      setActionError(`${what}: ${(err as Error).message}`);
    }
  };
  const rerun = (fromStep?: string) => act("rerun", async () => {
    const body = fromStep ? { fromStep: { stepId: fromStep } } : {};
    const r = await api<{ data: { runId?: string; run_id?: string } }>("POST", `/v2/runs/${encodeURIComponent(runId)}/rerun`, body);
    const id = r.data.runId ?? r.data.run_id;
    setNote(`started run ${id}`);
    if (id) navigate(`/runs/${id}`);
  });
  const cancel = () => act("cancel", () => api("DELETE", `/v1/runs/${encodeURIComponent(runId)}`));
  const events = useMemo(() => run?.event_ids ?? (run?.event_id ? [run.event_id] : []), [run?.event_id, run?.event_ids?.length]);
  if (!run) return <section><h1>Run <code>{runId}</code></h1><Failure error={error} />{!error ? <p class="muted">Loading…</p> : null}</section>;
  return (
    <section>
      <h1>Run <code>{run.run_id}</code> <Status status={run.status} /> {live ? <span class="live" title="updates live">● live</span> : null}</h1>
      <p class="meta">
        <span>function <Link href={`/runs?function_id=${encodeURIComponent(run.function_id)}`}>{run.function_slug}</Link></span>
        <span>started <Time iso={run.run_started_at} /></span>
        <span>ended <Time iso={run.ended_at} /></span>
        <span>duration {runDuration(run)}</span>
        {run.original_run_id ? <span>rerun of <Link href={`/runs/${run.original_run_id}`}>{run.original_run_id}</Link></span> : null}
      </p>
      <div class="actions">
        <button type="button" disabled={run.status !== "Running"} onClick={cancel}>Cancel</button>
        <button type="button" onClick={() => void rerun()}>Rerun</button>
      </div>
      <Failure error={actionError ?? error} />
      {note ? <p class="muted">{note}</p> : null}
      <Waiting run={run} />
      <h2>Steps</h2>
      {run.steps?.length || run.progress?.length ? <Timeline run={run} onRerunFrom={(id) => void rerun(id)} /> : <p class="muted">No step has finished yet.</p>}
      <h2>{events.length > 1 ? `Triggers (${events.length} events)` : "Trigger"}</h2>
      {events.slice(0, MAX_TRIGGERS_SHOWN).map((id) => <TriggerEvent id={id} />)}
      {events.length > MAX_TRIGGERS_SHOWN ? <p class="muted">and {events.length - MAX_TRIGGERS_SHOWN} more: <Link href={`/events`}>events</Link></p> : null}
      <h2>{run.status === "Failed" ? "Error" : "Output"}</h2>
      {run.status === "Running" ? <p class="muted">The run has not ended.</p>
        : run.status === "Failed" ? <ErrorBlock error={run.output} /> : <Json value={run.output} />}
    </section>
  );
}

function TriggerEvent({ id }: { id: string }) {
  const { data, error } = usePoll(() => api<{ data: { name: string; data: unknown; internal_id: string; received_at: string } }>("GET", `/v1/events/${encodeURIComponent(id)}`).then((r) => r.data), 0, [id]);
  if (error) return <Failure error={error} />;
  if (!data) return null;
  return (
    <div class="card" data-testid="trigger-event">
      <p><code>{data.name}</code> · <Time iso={data.received_at} /> · <Link href={`/events?id=${encodeURIComponent(data.internal_id)}`}>{data.internal_id}</Link></p>
      <Json value={data.data} />
    </div>
  );
}
