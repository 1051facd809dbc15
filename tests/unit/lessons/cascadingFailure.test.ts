import { describe, expect, it } from 'vitest';
import type { CallOptions, RetryOptions, Scenario } from '../../../src/scenario/scenario.ts';
import type { Run } from '../../../src/sim/simulate.ts';
import {
  failedLabels,
  lessonTestKit,
  logTimes,
  run,
  trafficBetween,
  withService,
} from './lessonTestKit.ts';

const LESSON = 'microservices/cascading-failure';

const sum = (xs: readonly number[], from: number, to: number) =>
  xs.slice(from, to).reduce((a, b) => a + b, 0);

/** What the shoppers got in seconds [from, to): requests sent, failed, degraded. */
function shoppersBetween(r: Run, from: number, to: number) {
  return trafficBetween(r, 'shoppers', from, to);
}

/** The share of the shoppers' requests that failed while payments was slow (1:00–3:00). */
function failedWhileSlow(r: Run): number {
  const w = shoppersBetween(r, 60, 180);
  return w.failed / w.sent;
}

/** Requests per second a service received while payments was slow. */
function rateWhileSlow(r: Run, service: string): number {
  return sum(r.out.services[service].requests, 60, 180) / 120;
}

/** A copy of a scenario with checkout's call to payments replaced. */
function withCall(s: Scenario, call: Omit<CallOptions, 'to'>): Scenario {
  return withService(s, 'checkout', { calls: [{ to: 'payments', ...call }] });
}

const { scenario, loadChallenge } = lessonTestKit(LESSON);
const challenge = await loadChallenge();

const P99 = "shoppers' p99 under 1.5 s";
const ERRORS = "shoppers' error rate under 1%";
const PAYMENTS = "payments' p99 under 1.5 s";
const FAULT = 'payments still slows down at 1:00';
const BUDGET = 'no more than six instances';

describe('the cascading-failure challenge cannot be won by a shortcut', { timeout: 30_000 }, () => {
  const start = scenario('start.ts');
  const results = (s: Scenario) => run(s, challenge.goals).goals;
  const failing = (s: Scenario) => failedLabels(results(s));

  it('the start fails every latency and error goal; the solution passes everything', () => {
    expect(failing(start)).toEqual([P99, ERRORS, PAYMENTS]);
    expect(failing(scenario('solution.ts'))).toEqual([]);
  });

  it('more replicas of checkout alone fail the latency and error goals (and the budget)', () => {
    expect(failing(withService(start, 'checkout', { replicas: 6 }))).toEqual([
      P99,
      ERRORS,
      PAYMENTS,
      BUDGET,
    ]);
  });

  it('more replicas of payments break the budget; removing the fault fails its goal', () => {
    expect(failing(withService(start, 'payments', { replicas: 4 }))).toEqual([BUDGET]);
    expect(failing({ ...start, faults: [] })).toEqual([FAULT]);
  });

  it('a longer timeout changes nothing', () => {
    expect(failing(withCall(start, { timeout: '10s' }))).toEqual([P99, ERRORS, PAYMENTS]);
  });

  it('naive retries at every layer make it worse than doing nothing, by a clear margin', () => {
    const naive: RetryOptions = { attempts: 3, base: '0ms', jitter: 'none' };
    const retrying: Scenario = {
      ...withService(withCall(start, { timeout: '1.2s', retries: naive }), 'gateway', {
        calls: [{ to: 'checkout', timeout: '2s', retries: naive }],
      }),
      traffic: { shoppers: { ...start.traffic?.shoppers, to: 'gateway', retries: naive } },
    };
    const storm = run(retrying, challenge.goals);
    const calm = run(start, challenge.goals);
    const value = (r: Run, label: string) => r.goals.find((g) => g.label === label)?.value;
    expect(failedLabels(storm.goals)).toEqual([P99, ERRORS, PAYMENTS]);
    // The shoppers' p99: 8.0 s against 4.7 s; their error rate: 48% against 44%.
    expect(value(storm, P99)).toBeGreaterThan(1.5 * (value(calm, P99) ?? NaN));
    expect(value(storm, ERRORS)).toBeGreaterThan((value(calm, ERRORS) ?? NaN) + 0.03);
    // Payments is asked about 11 times as often.
    expect(storm.services.payments.requests).toBeGreaterThan(5 * calm.services.payments.requests);
  });

  it('one defence alone is not enough', () => {
    const alone: [string, Scenario][] = [
      ['timeout', withCall(start, { timeout: '1.2s' })],
      ['timeout and deadlines', scenario('timeouts.ts')],
      ['fallback', withCall(start, { fallback: true })],
      ['bulkhead', withCall(start, { bulkhead: 20 })],
      ['breaker', withCall(start, { breaker: { window: 20, minimumCalls: 20 } })],
      ['retry budget', withCall(start, { retries: { attempts: 3, budget: '10%' } })],
      ['short queue', withService(start, 'payments', { queue: 5 })],
      ['rate limit', withService(start, 'payments', { rateLimit: { rps: 38, burst: 10 } })],
    ];
    for (const [name, s] of alone) {
      const failed = failing(s);
      expect(
        failed.some((label) => [P99, ERRORS, PAYMENTS].includes(label)),
        `${name} alone: ${failed.join(', ')}`,
      ).toBe(true);
    }
  });

  it('a timeout and a fallback pass the shoppers’ goals but leave payments buried', () => {
    expect(failing(scenario('fallback.ts'))).toEqual([PAYMENTS]);
  });

  it('a bulkhead and a fallback, without any timeout, are enough', () => {
    expect(failing(withCall(start, { bulkhead: 20, fallback: true }))).toEqual([]);
  });
});

describe('what the prose says is what the simulation shows', { timeout: 30_000 }, () => {
  it('one slow service: 85.5% of checkouts fail, none from 1:24, payments fails nothing', () => {
    const r = run(scenario('start.ts'));
    expect(failedWhileSlow(r)).toBeCloseTo(0.855, 2);
    expect(r.traffic.shoppers.requests).toBe(11994);
    expect(r.traffic.shoppers.failed).toBe(5223);
    expect(r.traffic.shoppers.failedBy.timeout).toBe(4045);
    expect(r.traffic.shoppers.failedBy.shed).toBe(1178);
    expect(r.services.payments.failed).toBe(0);
    expect(r.services.payments.lost).toBe(0);
    expect(sum(r.out.traffic.shoppers.ok, 84, 180)).toBe(0);
    expect(sum(r.out.traffic.shoppers.ok, 60, 84)).toBeGreaterThan(0);
    // Healthy payments answers in tens of milliseconds, rarely over 0.2 s.
    expect(Math.max(...r.out.services.payments.p99.slice(0, 60))).toBeLessThan(200);
    // Normal again within five seconds of 3:00.
    expect(r.out.traffic.shoppers.p99[185]).toBeLessThan(200);
  });

  it('the queues fill from the bottom up', () => {
    const r = run(scenario('start.ts'));
    const s = r.out.services;
    expect(s.payments.busy[61]).toBe(40);
    expect(s.checkout.busy[65]).toBeGreaterThanOrEqual(98);
    expect(s.gateway.busy[65]).toBe(100);
    expect(s.gateway.queued[65]).toBeGreaterThan(0);
    expect(s.gateway.queued[80]).toBeGreaterThanOrEqual(150);
    expect(s.gateway.queued[80]).toBeLessThanOrEqual(190);
    expect(s.gateway.p99[80]).toBeGreaterThan(6500);
    expect(s.gateway.p99[80]).toBeLessThan(6900);
    // Little's law: about 39.6 payments a second while each takes 1.01 s.
    expect(rateWhileSlow(r, 'payments')).toBeGreaterThan(38.5);
    expect(rateWhileSlow(r, 'payments')).toBeLessThan(40.5);
  });

  it('timeouts and deadlines: nobody shed at the gateway, yet 98.2% fail', () => {
    const r = run(scenario('timeouts.ts'));
    expect(r.services.gateway.failedBy.shed).toBe(0);
    expect(Math.max(...r.out.services.gateway.queued)).toBe(0);
    expect(failedWhileSlow(r)).toBeCloseTo(0.982, 2);
    expect(r.traffic.shoppers.failed / r.traffic.shoppers.requests).toBeCloseTo(0.499, 2);
    expect(r.services.payments.latencyMs.p99).toBeGreaterThan(2100);
    expect(r.services.payments.latencyMs.p99).toBeLessThan(2300);
  });

  it('retries at every layer: 425 requests a second at checkout instead of 51', () => {
    const r = run(scenario('retries.ts'));
    const a = run(scenario('timeouts.ts'));
    expect(r.services.checkout.requests).toBe(56997);
    expect(a.services.checkout.requests).toBe(11994);
    expect(rateWhileSlow(r, 'checkout')).toBeCloseTo(425, -1);
    expect(rateWhileSlow(a, 'checkout')).toBeCloseTo(51, 0);
    expect(r.services.gateway.failedBy.shed).toBe(17436);
    expect(r.traffic.shoppers.completed).toBeLessThanOrEqual(a.traffic.shoppers.completed);
    // Backoff with full jitter at every layer: within 1% as many; with a 10% budget: 63 a second.
    const base = scenario('retries.ts');
    const everyLayer = (retries: RetryOptions): Scenario => ({
      ...withService(withCall(base, { timeout: '1.2s', retries }), 'gateway', {
        calls: [{ to: 'checkout', timeout: '2s', retries }],
      }),
      traffic: { shoppers: { ...base.traffic?.shoppers, to: 'gateway', retries } },
    });
    const jittered = run(everyLayer({ attempts: 3 })).services.checkout.requests;
    expect(Math.abs(jittered / r.services.checkout.requests - 1)).toBeLessThan(0.01);
    const polite = everyLayer({ attempts: 3, budget: '10%' });
    expect(rateWhileSlow(run(polite), 'checkout')).toBeCloseTo(63, -1);
  });

  it('the breaker opens at 1:01.3, flaps every 11 s or so, and closes at 3:03.8', () => {
    const r = run(scenario('breaker.ts'));
    const opened = logTimes(r, 'breakerOpened');
    const halfOpen = logTimes(r, 'breakerHalfOpen');
    expect(opened[0]).toBeCloseTo(61.3, 1);
    expect(halfOpen[0]).toBeCloseTo(71.3, 1);
    expect(opened[1]).toBeCloseTo(72.4, 1);
    expect(halfOpen.at(-1)).toBeCloseTo(183.4, 1);
    expect(logTimes(r, 'breakerClosed')).toHaveLength(1);
    expect(logTimes(r, 'breakerClosed')[0]).toBeCloseTo(183.8, 1);
    expect(rateWhileSlow(r, 'payments')).toBeLessThan(2);
    expect(r.services.payments.latencyMs.p99).toBeGreaterThan(950);
    expect(r.services.payments.latencyMs.p99).toBeLessThan(1100);
  });

  it('a bulkhead: 35.2% fail instead of 98.2%, payments queues 6 at most', () => {
    const r = run(scenario('bulkhead.ts'));
    expect(failedWhileSlow(r)).toBeCloseTo(0.352, 2);
    expect(r.traffic.shoppers.failed / r.traffic.shoppers.requests).toBeCloseTo(0.179, 2);
    expect(Math.max(...r.out.services.payments.queued)).toBeLessThanOrEqual(6);
    expect(rateWhileSlow(r, 'payments')).toBeCloseTo(35, 0);
  });

  it('a short queue: 53.1%; a rate limit also refuses 23% while payments is healthy', () => {
    const timeouts = scenario('timeouts.ts');
    const short = run(withService(timeouts, 'payments', { queue: 5 }));
    expect(failedWhileSlow(short)).toBeCloseTo(0.531, 2);
    const limited = run(withService(timeouts, 'payments', { rateLimit: { rps: 38, burst: 10 } }));
    const healthy = shoppersBetween(limited, 0, 60);
    expect(healthy.failed / healthy.sent).toBeCloseTo(0.23, 2);
  });

  it('a fallback: no errors, 98.2% degraded, payments still buried', () => {
    const r = run(scenario('fallback.ts'));
    expect(r.traffic.shoppers.failed).toBe(0);
    const w = shoppersBetween(r, 60, 180);
    expect(w.degraded / w.sent).toBeCloseTo(0.982, 2);
    expect(r.services.payments.latencyMs.p99).toBeGreaterThan(2100);
  });
});
