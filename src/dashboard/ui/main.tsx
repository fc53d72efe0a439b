// The dashboard's entry: a header with the pages, the signing-key prompt, and a router over
// location.pathname (each page has a stable URL the API serves the same shell for).
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { api, hasKey, onAuthNeeded, setKey } from "./api.ts";
import { Link } from "./components.tsx";
import { FunctionsPage, WorkersPage } from "./pages-apps.tsx";
import { EventsPage } from "./pages-events.tsx";
import { RunPage, RunsPage } from "./pages-runs.tsx";

const PAGES = [
  { href: "/runs", label: "Runs" },
  { href: "/functions", label: "Functions" },
  { href: "/workers", label: "Workers" },
  { href: "/events", label: "Events" },
];

function usePath(): string {
  const [path, setPath] = useState(location.pathname + location.search);
  useEffect(() => {
    const on = () => setPath(location.pathname + location.search);
    addEventListener("popstate", on);
    return () => removeEventListener("popstate", on);
  }, []);
  return path;
}

/** Asked for once per tab when the API refuses a request: kept in session storage only. */
function KeyPrompt({ onDone }: { onDone: () => void }) {
  const [key, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setKey(key.trim());
    try {
      await api("GET", "/v1/functions");
      onDone();
    } catch (err) {
      setKey("");
      setError((err as Error).message);
    }
  };
  return (
    <form class="card login" onSubmit={submit as never} aria-label="Sign in">
      <h1>Sign in</h1>
      <p>This server requires its signing key. It is kept in this tab's session storage and sent as a Bearer token.</p>
      <label>Signing key <input name="signing-key" type="password" autoComplete="off" required value={key} onInput={(e) => setValue(e.currentTarget.value)} /></label>
      <button type="submit">Sign in</button>
      {error ? <p class="error" role="alert">{error}</p> : null}
    </form>
  );
}

function Page({ path }: { path: string }) {
  const pathname = path.split("?")[0].replace(/\/+$/, "") || "/";
  const run = /^\/runs\/([^/]+)$/.exec(pathname);
  if (run) return <RunPage runId={decodeURIComponent(run[1])} />;
  switch (pathname) {
    case "/":
    case "/runs": return <RunsPage />;
    case "/functions": return <FunctionsPage />;
    case "/workers": return <WorkersPage />;
    case "/events": return <EventsPage />;
    default: return <section><h1>Not found</h1><p><Link href="/runs">Runs</Link></p></section>;
  }
}

function App() {
  const path = usePath();
  const [needKey, setNeedKey] = useState(false);
  useEffect(() => onAuthNeeded(() => setNeedKey(true)), []);
  const current = path.split("?")[0];
  return (
    <>
      <header>
        <Link href="/runs" class="brand">Tether</Link>
        <nav aria-label="Pages">
          {PAGES.map((p) => <Link href={p.href} class={current.startsWith(p.href) || (current === "/" && p.href === "/runs") ? "active" : ""}>{p.label}</Link>)}
        </nav>
        {hasKey() ? <button type="button" class="link" onClick={() => { setKey(""); location.reload(); }}>Sign out</button> : null}
      </header>
      <main>{needKey ? <KeyPrompt onDone={() => setNeedKey(false)} /> : <Page key={path} path={path} />}</main>
    </>
  );
}

render(<App />, document.getElementById("app")!);
