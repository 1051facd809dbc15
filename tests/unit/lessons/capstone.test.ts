import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import type { Run } from '../../../src/sim/simulate.ts';
import { failedLabels, lessonTestKit, runOnce, withService } from './lessonTestKit.ts';

const LESSON = 'microservices/capstone';

/** Runs of a whole day take a second or two each: each scenario is run once. */
const run = runOnce();

/** The shoppers' requests sent and failed in seconds [from, to). */
function shoppersBetween(r: Run, from: number, to: number) {
  const t = r.out.traffic.shoppers;
  const step = r.out.stepMs / 1000;
  let sent = 0;
  let failed = 0;
  for (let i = from / step; i < to / step; i++) {
    sent += t.sent[i];
    for (const perCause of Object.values(t.failed)) failed += perCause[i];
  }
  return { sent, failed };
}

/** Seconds in which some shopper's request failed, as runs [first, last] (gaps of 3 s or less joined). */
function failingSpans(r: Run): [number, number][] {
  const t = r.out.traffic.shoppers;
  const step = r.out.stepMs / 1000;
  const spans: [number, number][] = [];
  t.sent.forEach((_, i) => {
    const failed = Object.values(t.failed).reduce((a, perCause) => a + perCause[i], 0);
    if (failed === 0) return;
    const last = spans.at(-1);
    if (last && i * step - last[1] <= 3) last[1] = i * step;
    else spans.push([i * step, i * step]);
  });
  return spans;
}

const { scenario, loadChallenge } = lessonTestKit(LESSON);
const challenge = await loadChallenge();

const ERRORS = "shoppers' error rate under 3%";
const P99 = "shoppers' p99 under 2 s";
const NODES = 'no more than three nodes';
const BUDGET = 'under 300 instance-minutes';

const start = scenario('start.ts');
const solution = scenario('solution.ts');
const failing = (s: Scenario) => failedLabels(run(s, challenge.goals).goals);
const value = (s: Scenario, label: string) =>
  run(s, challenge.goals).goals.find((g) => g.label === label)?.value;

// One defence each, on the unprotected shop.
const spreadOnly: Scenario = { ...start, cluster: { ...start.cluster, scheduler: 'spread' } };
const rolloutOnly = withService(start, 'orders', {
  readiness: true,
  rollout: { maxSurge: 1, maxUnavailable: 0 },
});
const autoscaleOnly = withService(
  withService(start, 'orders', { autoscale: { min: 3, max: 12, cpu: '50%' } }),
  'payments',
  { autoscale: { min: 2, max: 8, cpu: '50%' } },
);
const resilienceOnly = withService(
  withService(start, 'orders', {
    calls: [{ to: 'payments', timeout: '1.2s', bulkhead: 10, fallback: true }],
  }),
  'payments',
  { deadlines: true },
);
// The solution without its autoscaler: a fixed fleet, as at night.
const fixedFleet = ['gateway', 'orders', 'payments'].reduce(
  (s, name) => withService(s, name, { autoscale: undefined }),
  solution,
);
// Money instead of thought: a node more and eight replicas of everything, spread.
const hugeFleet: Scenario = ['gateway', 'orders', 'payments'].reduce(
  (s, name) => withService(s, name, { replicas: 8 }),
  { ...start, cluster: { ...start.cluster, nodes: 4, scheduler: 'spread' } } as Scenario,
);

describe('the capstone challenge needs several defences', { timeout: 60_000 }, () => {
  it('the start fails availability and latency; the solution passes everything', () => {
    expect(failing(start)).toEqual([ERRORS, P99]);
    expect(failing(solution)).toEqual([]);
  });

  it('each defence alone still fails the error-rate goal', () => {
    for (const alone of [spreadOnly, rolloutOnly, autoscaleOnly, resilienceOnly]) {
      expect(failing(alone)).toContain(ERRORS);
    }
  });

  it('the solution without its autoscaler loses the sale: 12.9% fail', () => {
    expect(failing(fixedFleet)).toContain(ERRORS);
    expect(Number(value(fixedFleet, ERRORS))).toBeCloseTo(0.129, 3);
  });

  it('a huge fleet on a fourth node breaks the budget', () => {
    expect(value(start, NODES)).toBeCloseTo(0.12, 6);
    const failed = failing(hugeFleet);
    expect(failed).toContain(NODES);
    expect(failed).toContain(BUDGET);
  });
});

describe('the numbers the prose states', { timeout: 60_000 }, () => {
  it('unprotected: 17,582 of 28,921 requests fail, the dead node costing the most', () => {
    const r = run(start, challenge.goals);
    expect(shoppersBetween(r, 0, 1440)).toEqual({ sent: 28_921, failed: 17_582 });
    expect(shoppersBetween(r, 0, 360)).toEqual({ sent: 2_415, failed: 0 });
    expect(shoppersBetween(r, 360, 780)).toEqual({ sent: 9_126, failed: 7_145 });
    expect(shoppersBetween(r, 780, 960)).toEqual({ sent: 8_884, failed: 6_038 });
    expect(shoppersBetween(r, 960, 1260)).toEqual({ sent: 6_699, failed: 3_008 });
    expect(shoppersBetween(r, 1260, 1440)).toEqual({ sent: 1_797, failed: 1_391 });
    const spans = failingSpans(r);
    expect(spans[0]).toEqual([364, 712]); // 6:04 to 11:52
    expect(spans.find(([a]) => a >= 1260)?.[0]).toBe(1273); // 21:13
    expect(r.out.log.find((e) => e.kind === 'nodeNotReady')?.t).toBe(410_000); // 6:50
    expect(r.out.log.find((e) => e.kind === 'nodeEvicted')?.t).toBe(710_000); // 11:50
  });

  it('unprotected: no request succeeds from 6:00 to 11:52; after the bad release, none after 22:43', () => {
    const r = run(start, challenge.goals);
    const ok = r.out.traffic.shoppers.ok;
    const seconds = (from: number, to: number) => ok.slice(from, to);
    expect(Math.max(...seconds(360, 713))).toBe(0);
    expect(ok[713]).toBeGreaterThan(0);
    // now and then after 21:00, in the spells between crashes
    expect(seconds(1260, 1364).filter((x) => x > 0).length).toBeGreaterThan(10);
    expect(ok[1363]).toBeGreaterThan(0);
    expect(Math.max(...seconds(1364, 1440))).toBe(0);
  });

  it('binpack puts all six instances on node-1; spread puts one gateway there', () => {
    const on = (r: Run) =>
      r.out.log
        .filter((e) => e.kind === 'instanceScheduled' && e.t === 0 && e.detail?.node === 'node-1')
        .map((e) => e.subject);
    expect(on(run(start, challenge.goals))).toHaveLength(6);
    expect(on(run(solution, challenge.goals))).toEqual(['gateway-1', 'orders-2']);
  });

  it('protected: 571 fail (336 after the node dies, 235 at the sale), 292 degraded', () => {
    const r = run(solution, challenge.goals);
    expect(shoppersBetween(r, 0, 1440)).toEqual({ sent: 28_921, failed: 571 });
    expect(shoppersBetween(r, 360, 420).failed).toBe(336);
    expect(shoppersBetween(r, 780, 840).failed).toBe(235);
    expect(r.out.traffic.shoppers.degraded.reduce((a, b) => a + b, 0)).toBe(292);
    const scaled = r.out.log.find((e) => e.kind === 'scaledUp' && e.subject === 'orders');
    expect(scaled?.t).toBe(795_000); // 13:15
    expect(scaled?.detail).toMatchObject({ from: 3, to: 6 });
  });

  it('instance-minutes: 144 unprotected, 227 protected', () => {
    expect(Math.round(Number(value(start, BUDGET)))).toBe(144);
    expect(Math.round(Number(value(solution, BUDGET)))).toBe(227);
  });
});
