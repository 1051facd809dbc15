import { CAUSES } from '../sim/engineState.ts';
import type { RunOutput } from '../sim/runOutput.ts';
import type { Layer } from './stackLayers.ts';

/** What the charts can draw of one service or traffic source. */
export interface ChartSeries {
  kind: 'service' | 'traffic';
  name: string;
  /** Simulated milliseconds each value covers (`RunOutput.stepMs`; 1000 when not given). */
  stepMs?: number;
  /** Latency percentiles (ms), NaN where nothing was measured. */
  p50: readonly number[];
  p99: readonly number[];
  /** Requests that arrived (service) or were sent (traffic) in each sample. */
  requests: readonly number[];
  /** Outcomes in each sample, bottom of the stack first: ok, degraded, each cause (and lost, for a service). */
  outcomes: Layer[];
  /** Replicas and CPU: for a service only. */
  desired: readonly number[] | null;
  ready: readonly number[] | null;
  cpu: readonly number[] | null;
  /**
   * Its queue of messages, for a service others call with `async`: messages
   * waiting at the end of each second, the oldest one's age (ms), and messages
   * processed each second. Null for anything else.
   */
  backlog: readonly number[] | null;
  oldestMessage: readonly number[] | null;
  consumed: readonly number[] | null;
}

/** What tells a service that others call asynchronously (a WorldSpec has it). */
export interface QueueSpec {
  services: { name: string; calls: { to: number; async: boolean }[][] }[];
}

/** The keys of the outcome stack, bottom first. */
export const OUTCOME_KEYS = ['ok', 'degraded', ...CAUSES, 'lost'] as const;
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

/** The charts that make sense for a kind of series. */
export type ChartKind = 'latency' | 'traffic' | 'backlog' | 'replicas' | 'cpu';
export const CHART_KINDS: readonly ChartKind[] = [
  'latency',
  'traffic',
  'backlog',
  'replicas',
  'cpu',
];

/** Does this service have a queue of messages: from the spec, or, without one, from what was published? */
function hasQueue(out: RunOutput, name: string, spec: QueueSpec | null | undefined): boolean {
  if (spec) {
    const k = spec.services.findIndex((s) => s.name === name);
    return spec.services.some((s) =>
      s.calls.some((step) => step.some((c) => c.async && c.to === k)),
    );
  }
  const s = out.services[name];
  return !!s?.published?.some((n) => n > 0) || !!s?.rejected?.some((n) => n > 0);
}

/**
 * The series of a traffic source (what its users see) or, failing that, of a
 * service with that name; null if neither exists (yet).
 */
export function chartSeries(
  out: RunOutput | null,
  name: string,
  spec?: QueueSpec | null,
): ChartSeries | null {
  if (!out) return null;
  const traffic = out.traffic[name];
  if (traffic) {
    return {
      kind: 'traffic',
      name,
      stepMs: out.stepMs ?? 1000,
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
      backlog: null,
      oldestMessage: null,
      consumed: null,
    };
  }
  const service = out.services[name];
  if (!service) return null;
  return {
    kind: 'service',
    name,
    stepMs: out.stepMs ?? 1000,
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
    ...(hasQueue(out, name, spec)
      ? {
          backlog: service.backlog,
          oldestMessage: service.oldestMessage,
          consumed: service.consumed,
        }
      : { backlog: null, oldestMessage: null, consumed: null }),
  };
}

/** The charts to show by default: latency and traffic always; replicas and CPU for a service, and its queue if it has one. */
export function defaultCharts(series: ChartSeries | null): ChartKind[] {
  if (series?.kind !== 'service') return ['latency', 'traffic'];
  return CHART_KINDS.filter((kind) => kind !== 'backlog' || series.backlog !== null);
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
