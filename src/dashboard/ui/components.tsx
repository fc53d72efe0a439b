// Small shared pieces of the dashboard: navigation, links, status badges, times, JSON.
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";

export function navigate(to: string): void {
  if (location.pathname + location.search === to) return;
  history.pushState(null, "", to);
  dispatchEvent(new PopStateEvent("popstate"));
}

/** An in-app link: a real `<a href>` (opens in a new tab too) that navigates without a reload. */
export function Link(props: { href: string; children: ComponentChildren; class?: string; "data-testid"?: string }) {
  return (
    <a
      href={props.href}
      class={props.class}
      data-testid={props["data-testid"]}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        navigate(props.href);
      }}
    >
      {props.children}
    </a>
  );
}

export function Status({ status }: { status: string }) {
  return <span class={`status status-${status.toLowerCase()}`} data-status={status}>{status}</span>;
}

export function Time({ iso }: { iso: string | null | undefined }) {
  if (!iso) return <span class="muted">—</span>;
  const d = new Date(iso);
  return <time dateTime={iso} title={iso}>{d.toLocaleString()}</time>;
}

export function duration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "—";
  if (ms < 0.01) return "< 0.01 ms";
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms < 3_600_000) return `${Math.floor(ms / 60_000)} m ${Math.round((ms % 60_000) / 1000)} s`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

export function Json({ value }: { value: unknown }) {
  return <pre class="json">{JSON.stringify(value, null, 2)}</pre>;
}

/** An error as the SDK serialized it: name, message and the stack when there is one. */
export function ErrorBlock({ error }: { error: unknown }) {
  const e = (error ?? {}) as { name?: string; message?: string; stack?: string };
  return (
    <div class="error" role="alert">
      <strong>{e.name ?? "Error"}</strong>: {e.message ?? JSON.stringify(error)}
      {e.stack ? <pre class="stack" data-testid="error-stack">{e.stack}</pre> : null}
    </div>
  );
}

export function Failure({ error }: { error: string | null }) {
  return error ? <p class="error" role="alert">{error}</p> : null;
}

/** Calls `load` now and every `everyMs` while mounted (and on `deps` changes). */
export function usePoll<T>(load: () => Promise<T>, everyMs: number, deps: unknown[]): { data?: T; error: string | null; reload: () => void } {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      try {
        const d = await load();
        if (!alive) return;
        setData(d);
        setError(null);
      } catch (err) {
        if (alive) setError((err as Error).message);
      }
      if (alive && everyMs > 0) timer = setTimeout(run, everyMs);
    };
    void run();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [...deps, tick]);
  return { data, error, reload: () => setTick((t) => t + 1) };
}
