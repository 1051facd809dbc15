import type {
  BreakerSpec,
  DurationDist,
  ImageSpec,
  ProbeSpec,
  RateShape,
  RetrySpec,
} from '../sim/worldSpec.ts';
import { DEFAULTS } from './defaults.ts';
import type {
  BreakerOptions,
  DurationDistribution,
  ImageOptions,
  ProbeOptions,
  Rate,
  RetryOptions,
} from './scenario.ts';
import { parseDuration, parseMemory, parseShare } from './units.ts';

/*
 * Small normalisers from the reader's notation to the engine's. They run
 * after the schema, so every unit here is known to parse.
 */

export const ms = (value: unknown): number => parseDuration(value) as number;
export const mib = (value: unknown): number => parseMemory(value) as number;
export const share = (value: unknown): number => parseShare(value) as number;
export const optMs = (value: unknown, fallback: number): number =>
  value === undefined ? fallback : ms(value);

export function distribution(
  d: DurationDistribution | undefined,
  fallback: DurationDist,
): DurationDist {
  if (d === undefined) return fallback;
  if (typeof d === 'string' || typeof d === 'number') return { kind: 'fixed', ms: ms(d) };
  if ('mean' in d) return { kind: 'exponential', meanMs: ms(d.mean) };
  if ('p50' in d) return { kind: 'lognormal', p50Ms: ms(d.p50), p99Ms: ms(d.p99) };
  return { kind: 'uniform', minMs: ms(d.min), maxMs: ms(d.max) };
}

export function rateShape(rate: Rate): RateShape {
  if (typeof rate === 'number') return { kind: 'constant', rps: rate };
  if ('constant' in rate) return { kind: 'constant', rps: rate.constant };
  if ('ramp' in rate) {
    const r = rate.ramp;
    return { kind: 'ramp', fromRps: r.from, toRps: r.to, startMs: ms(r.start), endMs: ms(r.end) };
  }
  if ('spike' in rate) {
    const s = rate.spike;
    return {
      kind: 'spike',
      baseRps: s.base,
      peakRps: s.peak,
      atMs: ms(s.at),
      durationMs: ms(s.for),
      rampMs: optMs(s.ramp, 0),
    };
  }
  if ('daily' in rate) {
    const d = rate.daily;
    return {
      kind: 'daily',
      minRps: d.min,
      maxRps: d.max,
      peakAtMs: optMs(d.peakAt, DEFAULTS.dailyPeakAtMs),
      periodMs: optMs(d.period, DEFAULTS.dailyPeriodMs),
    };
  }
  if ('steps' in rate) {
    const points = rate.steps
      .map(([at, rps]) => ({ atMs: ms(at), rps }))
      .sort((a, b) => a.atMs - b.atMs);
    return { kind: 'steps', points };
  }
  return { kind: 'sum', parts: rate.sum.map(rateShape) };
}

export function retrySpec(r: boolean | number | RetryOptions | undefined): RetrySpec | null {
  if (r === undefined || r === false) return null;
  const d = DEFAULTS.retry;
  if (r === true)
    return {
      maxAttempts: d.attempts,
      baseMs: d.baseMs,
      capMs: d.capMs,
      jitter: d.jitter,
      budget: null,
    };
  if (typeof r === 'number') {
    // A bare number counts retries: `retries: 2` is one try and up to two retries.
    return { maxAttempts: r + 1, baseMs: d.baseMs, capMs: d.capMs, jitter: d.jitter, budget: null };
  }
  return {
    maxAttempts: r.attempts ?? d.attempts,
    baseMs: optMs(r.base, d.baseMs),
    capMs: optMs(r.cap, d.capMs),
    jitter: r.jitter ?? d.jitter,
    budget: r.budget === undefined ? null : share(r.budget),
  };
}

export function breakerSpec(b: boolean | BreakerOptions | undefined): BreakerSpec | null {
  if (b === undefined || b === false) return null;
  const d = DEFAULTS.breaker;
  if (b === true) return { ...d };
  return {
    failureRateThreshold:
      b.failureRate === undefined ? d.failureRateThreshold : share(b.failureRate) * 100,
    slowCallRateThreshold:
      b.slowCallRate === undefined ? d.slowCallRateThreshold : share(b.slowCallRate) * 100,
    slowCallDurationMs: optMs(b.slowCall, d.slowCallDurationMs),
    waitDurationInOpenMs: optMs(b.waitInOpen, d.waitDurationInOpenMs),
    permittedCallsInHalfOpen: b.halfOpenCalls ?? d.permittedCallsInHalfOpen,
    minimumCalls: b.minimumCalls ?? d.minimumCalls,
    windowType: b.windowType ?? d.windowType,
    windowSize: b.window ?? d.windowSize,
  };
}

export function probeSpec(p: boolean | ProbeOptions | undefined): ProbeSpec | null {
  if (p === undefined || p === false) return null;
  const d = DEFAULTS.probe;
  if (p === true) return { ...d };
  return {
    initialDelayMs: optMs(p.initialDelay, d.initialDelayMs),
    periodMs: Math.max(1, optMs(p.period, d.periodMs)),
    timeoutMs: optMs(p.timeout, d.timeoutMs),
    successThreshold: p.successThreshold ?? d.successThreshold,
    failureThreshold: p.failureThreshold ?? d.failureThreshold,
  };
}

export function imageSpec(service: string, image: ImageOptions | undefined): ImageSpec {
  const layers = image?.layers?.map((layer) => ({ id: layer.id, sizeMiB: mib(layer.size) })) ?? [
    { ...DEFAULTS.baseLayer },
    { id: `${service}-app`, sizeMiB: DEFAULTS.appLayerMiB },
  ];
  return { name: image?.name ?? service, layers };
}

/** `25` or `'25%'` → the engine's bound. */
export function boundSpec(
  bound: number | string | undefined,
  percent: number,
): { value: number; percent: boolean } {
  if (bound === undefined) return { value: percent, percent: true };
  if (typeof bound === 'number') return { value: bound, percent: false };
  return { value: Number(bound.replace('%', '')), percent: true };
}
