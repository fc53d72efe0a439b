// The package ships no types: what test/helpers/prometheus.ts uses of it.
declare module "parse-prometheus-text-format" {
  interface ParsedFamily {
    name: string;
    help: string;
    type: string;
    metrics: unknown[];
  }
  /** Parses a Prometheus text exposition into metric families; throws on a malformed line. */
  export default function parsePrometheusTextFormat(text: string): ParsedFamily[];
}
