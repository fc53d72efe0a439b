// Reading a Prometheus text exposition in tests: the whole page must parse with a Prometheus
// text parser (parse-prometheus-text-format), and single samples are read by name and labels.
// The parser folds labelled histograms into one entry (it only handles unlabelled ones), so
// sample values come from the sample lines themselves.
import parsePrometheusTextFormat from "parse-prometheus-text-format";

export interface Family {
  name: string;
  type: string;
}

export interface Exposition {
  families: Family[];
  /**
   * Sum of every sample named `name` whose labels include `labels` (0 when none): a counter or
   * gauge child, or a histogram's `_count` / `_sum` summed over the labels left out.
   */
  value(name: string, labels?: Record<string, string>): number;
  /** Every label set of the samples named `name`. */
  labelSets(name: string): Record<string, string>[];
}

/** Parses `text` (throws when the parser does) and indexes its samples. */
export function parseExposition(text: string): Exposition {
  const families = (parsePrometheusTextFormat(text) as Family[]).map((f) => ({ name: f.name, type: f.type }));
  const samples: { name: string; labels: Record<string, string>; value: number }[] = [];
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[k!] = v!;
    const value = sampleValue(m[3]!);
    if (value === undefined) throw new Error(`not a sample value: ${line}`);
    samples.push({ name: m[1]!, labels, value });
  }
  const matching = (name: string, want: Record<string, string> = {}) =>
    samples.filter((s) => s.name === name && Object.entries(want).every(([k, v]) => s.labels[k] === v));
  return {
    families,
    value: (name, labels) => matching(name, labels).reduce((n, s) => n + s.value, 0),
    labelSets: (name) => matching(name).map((s) => s.labels),
  };
}

/** A sample value: a float, or NaN / ±Inf in any case (Prometheus parses them with Go's ParseFloat). */
function sampleValue(text: string): number | undefined {
  if (/^nan$/i.test(text)) return NaN;
  if (/^[+-]?inf$/i.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
  const n = Number(text);
  return Number.isNaN(n) ? undefined : n;
}

/** `GET url` and parse; throws unless it answers 200 with the text exposition. */
export async function scrape(url: string, headers: Record<string, string> = {}): Promise<Exposition> {
  const r = await fetch(url, { headers });
  const text = await r.text();
  if (r.status !== 200) throw new Error(`GET ${url} answered ${r.status}: ${text.slice(0, 300)}`);
  if (!r.headers.get("content-type")?.startsWith("text/plain")) throw new Error(`GET ${url}: content-type ${r.headers.get("content-type")}`);
  return parseExposition(text);
}
