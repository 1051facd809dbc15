import { CAUSES } from '../sim/engineState.ts';
import type { RunOutput } from '../sim/runOutput.ts';
import type { Layer } from './stackLayers.ts';

/** What the charts can draw of one service or traffic source. */
export interface ChartSeries {
  kind: 'service' | 'traffic';
  name: string;
  /** Latency percentiles (ms), NaN where nothing was measured. */
  p50: readonly number[];
  p99: readonly number[];
  /** Requests that arrived (service) or were sent (traffic) each second. */
  requests: readonly number[];
  /** Outcomes each second, bottom of the stack first: ok, degraded, each cause (and lost, for a service). */
  outcomes: Layer[];
  /** Replicas and CPU: for a service only. */
  desired: readonly number[] | null;
  ready: readonly number[] | null;
  cpu: readonly number[] | null;
}

/** The keys of the outcome stack, bottom first. */
export const OUTCOME_KEYS = ['ok', 'degraded', ...CAUSES, 'lost'] as const;
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

/** The charts that make sense for a kind of series. */
export type ChartKind = 'latency' | 'traffic' | 'replicas' | 'cpu';
export const CHART_KINDS: readonly ChartKind[] = ['latency', 'traffic', 'replicas', 'cpu'];

/**
 * The series of a traffic source (what its users see) or, failing that, of a
 * service with that name; null if neither exists (yet).
 */
export function chartSeries(out: RunOutput | null, name: string): ChartSeries | null {
  if (!out) return null;
  const traffic = out.traffic[name];
  if (traffic) {
    return {
      kind: 'traffic',
      name,
      p50: traffic.p50,
      p99: traffic.p99,
      requests: traffic.sent,
      outcomes: [
        { key: 'ok', values: traffic.ok },
        { key: 'degraded', values: traffic.degraded },
        ...CAUSES.map((cause) => ({ key: cause, values: traffic.failed[cause] })),
      ],
      desired: null,
      ready: null,
      cpu: null,
    };
  }
  const service = out.services[name];
  if (!service) return null;
  return {
    kind: 'service',
    name,
    p50: service.p50,
    p99: service.p99,
    requests: service.requests,
    outcomes: [
      { key: 'ok', values: service.ok },
      { key: 'degraded', values: service.degraded },
      ...CAUSES.map((cause) => ({ key: cause, values: service.failed[cause] })),
      { key: 'lost', values: service.lost },
    ],
    desired: service.desired,
    ready: service.ready,
    cpu: service.cpu,
  };
}

/** The charts to show by default: latency and traffic always, replicas and CPU for a service. */
export function defaultCharts(series: ChartSeries | null): ChartKind[] {
  return series?.kind === 'service' ? [...CHART_KINDS] : ['latency', 'traffic'];
}

/** The name to chart when none is given: the first traffic source, else the first service. */
export function defaultSubject(
  out: RunOutput | null,
  spec?: { traffic: { name: string }[]; services: { name: string }[] } | null,
): string {
  const fromSpec = spec?.traffic[0]?.name ?? spec?.services[0]?.name;
  if (fromSpec) return fromSpec;
  if (!out) return '';
  return Object.keys(out.traffic)[0] ?? Object.keys(out.services)[0] ?? '';
}
