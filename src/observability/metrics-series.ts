// Counters and histograms for the hot paths, registered in a prom-client Registry as metrics of
// their own. A prom-client child (`counter.labels(...)`) hashes its label values again on every
// `inc()` or `observe()`; a child here is a plain object resolved once per label set, and counting
// is an addition (a histogram: a short scan of its bucket bounds). The registry renders them like
// its own metrics when Prometheus scrapes (the `get()` shape prom-client's Registry reads).
import type { Registry } from "prom-client";

type Labels = Record<string, string>;

interface Sample {
  metricName?: string;
  labels: Labels;
  value: number;
}

/** A metric family the registry renders: one child per label set, made on first use. */
abstract class Family<Child> {
  readonly name: string;
  readonly help: string;
  abstract readonly type: "counter" | "histogram";
  readonly #labelNames: readonly string[];
  readonly #children = new Map<string, Child>();
  #beforeRender?: () => void;

  constructor(registry: Registry, name: string, help: string, labelNames: readonly string[]) {
    this.name = name;
    this.help = help;
    this.#labelNames = labelNames;
    // The Registry types name prom-client's own classes; it only reads name, help, type and get().
    registry.registerMetric(this as never);
  }

  /** The child of these label values (in labelNames order): resolve it once, keep it. */
  child(...values: string[]): Child {
    const key = values.join("\u0000");
    let c = this.#children.get(key);
    if (c === undefined) {
      const labels: Labels = {};
      this.#labelNames.forEach((n, i) => (labels[n] = values[i] ?? ""));
      c = this.make(labels);
      this.#children.set(key, c);
    }
    return c;
  }

  /** Runs `fn` before each render: for values read from their owner when Prometheus scrapes. */
  collect(fn: () => void): void {
    this.#beforeRender = fn;
  }

  protected abstract make(labels: Labels): Child;
  protected abstract samples(children: Iterable<Child>): Sample[];

  get(): { name: string; help: string; type: string; aggregator: "sum"; values: Sample[] } {
    this.#beforeRender?.();
    return { name: this.name, help: this.help, type: this.type, aggregator: "sum", values: this.samples(this.#children.values()) };
  }
}

export class CounterChild {
  readonly labels: Labels;
  value = 0;

  constructor(labels: Labels) {
    this.labels = labels;
  }

  inc(by = 1): void {
    this.value += by;
  }
}

export class CounterFamily extends Family<CounterChild> {
  readonly type = "counter";

  protected make(labels: Labels): CounterChild {
    return new CounterChild(labels);
  }

  protected samples(children: Iterable<CounterChild>): Sample[] {
    return [...children].map((c) => ({ labels: c.labels, value: c.value }));
  }
}

export class HistogramChild {
  readonly labels: Labels;
  readonly #bounds: readonly number[];
  /** Observations per bucket (not cumulative); the last one is +Inf. */
  readonly counts: Float64Array;
  sum = 0;
  count = 0;

  constructor(labels: Labels, bounds: readonly number[]) {
    this.labels = labels;
    this.#bounds = bounds;
    this.counts = new Float64Array(bounds.length + 1);
  }

  observe(value: number): void {
    let i = 0;
    while (i < this.#bounds.length && value > this.#bounds[i]!) i++;
    this.counts[i]!++;
    this.sum += value;
    this.count++;
  }
}

export class HistogramFamily extends Family<HistogramChild> {
  readonly type = "histogram";
  readonly #bounds: readonly number[];

  constructor(registry: Registry, name: string, help: string, labelNames: readonly string[], bounds: readonly number[]) {
    super(registry, name, help, labelNames);
    this.#bounds = bounds;
  }

  protected make(labels: Labels): HistogramChild {
    return new HistogramChild(labels, this.#bounds);
  }

  protected samples(children: Iterable<HistogramChild>): Sample[] {
    const out: Sample[] = [];
    for (const c of children) {
      let cumulative = 0;
      this.#bounds.forEach((le, i) => {
        cumulative += c.counts[i]!;
        out.push({ metricName: `${this.name}_bucket`, labels: { ...c.labels, le: String(le) }, value: cumulative });
      });
      out.push({ metricName: `${this.name}_bucket`, labels: { ...c.labels, le: "+Inf" }, value: c.count });
      out.push({ metricName: `${this.name}_sum`, labels: c.labels, value: c.sum });
      out.push({ metricName: `${this.name}_count`, labels: c.labels, value: c.count });
    }
    return out;
  }
}
