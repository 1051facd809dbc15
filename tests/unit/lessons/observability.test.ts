import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import type { TraceSpan } from '../../../src/sim/engineState.ts';
import type { Trace } from '../../../src/sim/runOutput.ts';
import type { Run } from '../../../src/sim/simulate.ts';
import { traceChoices } from '../../../src/views/traceChoices.ts';
import { lessonCatalog } from '../../../src/lessons/lessonCatalog.ts';
import { lessonTestKit, logTimes, part, run } from './lessonTestKit.ts';

const LESSON = 'microservices/observability';
await lessonCatalog.loadScenarios(LESSON);
const { scenario, load } = lessonTestKit(LESSON);

/** The before and after windows the prose compares (seconds): the first minute, and 1:05 to the end. */
const BEFORE: [number, number] = [0, 60];
const AFTER: [number, number] = [65, 180];

function median(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

type Series = Run['out']['services'][string] | Run['out']['traffic'][string];

function seriesOf(r: Run, name: string): Series {
  const s = r.out.traffic[name] ?? r.out.services[name];
  if (!s) throw new Error(`no series ${name}`);
  return s;
}

/** The typical per-second percentile (ms) over a window: what the latency chart shows. */
function typical(r: Run, name: string, p: 'p50' | 'p99', [from, to]: [number, number]): number {
  return median(seriesOf(r, name)[p].slice(from, to));
}

/** Typical CPU use over CPU requested (0..1) of a service over a window. */
function cpu(r: Run, service: string, [from, to]: [number, number]): number {
  return median(r.out.services[service].cpu.slice(from, to));
}

/** Requests and failed requests of a service or traffic source over a window. */
function counts(r: Run, name: string, [from, to]: [number, number]) {
  const s = seriesOf(r, name);
  const sent = 'sent' in s ? s.sent : s.requests;
  let requests = 0;
  let failed = 0;
  let degraded = 0;
  for (let i = from; i < Math.min(to, r.out.seconds); i++) {
    requests += sent[i];
    degraded += s.degraded[i];
    for (const perCause of Object.values(s.failed)) failed += perCause[i];
    if ('lost' in s) failed += s.lost[i];
  }
  return { requests, failed, degraded, share: failed / requests };
}

function span(trace: Trace, test: (s: TraceSpan) => boolean): TraceSpan {
  const found = trace.spans.find(test);
  if (!found) throw new Error(`trace ${trace.id} has no such span`);
  return found;
}
const length = (s: TraceSpan) => s.end - s.start;

describe('the incident (start.ts) as the prose tells it', () => {
  const r = run(scenario('start.ts'));

  it('the shoppers: p50 about 30 ms and p99 about 60 ms, then about 110 ms and 340 ms; nothing fails', () => {
    expect(typical(r, 'shoppers', 'p50', BEFORE)).toBeGreaterThan(25);
    expect(typical(r, 'shoppers', 'p50', BEFORE)).toBeLessThan(36);
    expect(typical(r, 'shoppers', 'p99', BEFORE)).toBeGreaterThan(50);
    expect(typical(r, 'shoppers', 'p99', BEFORE)).toBeLessThan(70);
    expect(typical(r, 'shoppers', 'p50', AFTER)).toBeGreaterThan(95);
    expect(typical(r, 'shoppers', 'p50', AFTER)).toBeLessThan(125);
    expect(typical(r, 'shoppers', 'p99', AFTER)).toBeGreaterThan(310);
    expect(typical(r, 'shoppers', 'p99', AFTER)).toBeLessThan(370);
    // "more than five times what it was"
    expect(typical(r, 'shoppers', 'p99', AFTER)).toBeGreaterThan(
      5 * typical(r, 'shoppers', 'p99', BEFORE),
    );
    expect(counts(r, 'shoppers', [0, 180]).failed).toBe(0);
  });

  it('the log: reviews v2 at 0:30 (done in 3.2 s), inventory v2 at 1:00 (done at 1:04.7)', () => {
    expect(logTimes(r, 'rolloutStarted', 'reviews')).toEqual([30]);
    expect(logTimes(r, 'rolloutComplete', 'reviews')[0]).toBeCloseTo(33.2, 1);
    expect(logTimes(r, 'rolloutStarted', 'inventory')).toEqual([60]);
    expect(logTimes(r, 'rolloutComplete', 'inventory')[0]).toBeCloseTo(64.7, 1);
    // The jump lines up with the second deploy, not the first.
    expect(typical(r, 'shoppers', 'p99', [35, 60])).toBeLessThan(70);
  });

  it('the prediction’s table: every service above inventory is slow, pricing and reviews are not', () => {
    const table: [string, number, number][] = [
      ['inventory', 32, 327],
      ['catalog', 42, 334],
      ['gateway', 56, 336],
      ['pricing', 24, 27],
      ['reviews', 44, 41],
    ];
    for (const [service, before, after] of table) {
      expect(typical(r, service, 'p99', BEFORE), `${service} before`).toBeCloseTo(before, -1);
      expect(typical(r, service, 'p99', AFTER), `${service} after`).toBeCloseTo(after, -1);
    }
  });

  it.each(['en', 'zh'] as const)(
    'the prediction’s right answer is the whole path above inventory (%s)',
    async (lang) => {
      const predict = part(await load(lang), 'predict', 'whose-latency');
      expect(predict.choices.findIndex((c) => c.correct)).toBe(1);
    },
  );

  it('slow or waiting: inventory’s CPU goes from about 7% to about 48%, catalog’s and the gateway’s stay', () => {
    expect(cpu(r, 'inventory', BEFORE)).toBeCloseTo(0.07, 1);
    expect(cpu(r, 'inventory', AFTER)).toBeGreaterThan(0.43);
    expect(cpu(r, 'inventory', AFTER)).toBeLessThan(0.53);
    expect(cpu(r, 'catalog', BEFORE)).toBeCloseTo(0.06, 1);
    expect(cpu(r, 'catalog', AFTER)).toBeCloseTo(0.06, 1);
    for (const window of [BEFORE, AFTER]) {
      expect(cpu(r, 'gateway', window)).toBeGreaterThanOrEqual(0.015);
      expect(cpu(r, 'gateway', window)).toBeLessThan(0.035);
    }
  });

  it('the slowest trace by 2:00: 1,408 ms at 1:20.6, of which inventory’s own span is 1,392 ms', () => {
    expect(r.out.traces.length).toBeGreaterThan(300); // one in ten of about 3,600
    const trace = traceChoices(r.out.traces, 120_000, 'slowest')[0];
    expect(trace.start / 1000).toBeCloseTo(80.6, 1);
    expect(trace.end - trace.start).toBeCloseTo(1408, -1);
    const call = (from: string, to: string) =>
      span(trace, (s) => s.kind === 'client' && s.service === from && s.to === to);
    expect(length(call('gateway', 'reviews'))).toBeCloseTo(30, -1);
    expect(length(call('gateway', 'catalog'))).toBeCloseTo(1405, -1);
    expect(length(call('catalog', 'pricing'))).toBeCloseTo(20, -1);
    const inventory = span(trace, (s) => s.kind === 'server' && s.service === 'inventory');
    expect(length(inventory)).toBeCloseTo(1392, -1);
    // It calls nobody: no span has inventory's span as its parent.
    expect(trace.spans.some((s) => s.parent === inventory.id)).toBe(false);
  });
});

describe('the hidden fault (mystery.ts) is where the quiz’s answers say', () => {
  const mystery = scenario('mystery.ts');
  const r = run(mystery);
  const withoutDeploysOf = (services: string[]): Scenario => ({
    ...mystery,
    faults: mystery.faults?.filter((f) => !('deploy' in f && services.includes(f.deploy))),
  });

  it.each(['en', 'zh'] as const)(
    'the quiz’s answers: pricing, slow, timed out at catalog (%s)',
    async (lang) => {
      const quiz = part(await load(lang), 'quiz', 'name-the-fault');
      const [who, what, how] = quiz.items;
      expect(who.choices[who.answer]).toBe('pricing');
      expect(who.choices).toEqual(['gateway', 'catalog', 'inventory', 'pricing', 'reviews']);
      expect(what.answer).toBe(0); // it answers slowly
      expect(how.answer).toBe(1); // catalog's call to pricing times out
    },
  );

  it.each(['en', 'zh'] as const)(
    'its step keeps the scenario out of the editor (%s): the views must tell',
    async (lang) => {
      const lesson = await load(lang);
      const step = lesson.steps.find((st) => st.id === 'find-the-fault');
      expect(step?.sim).toMatchObject({ scenario: 'mystery.ts', editable: false });
      // Every other step may be edited.
      const others = lesson.steps.filter((st) => st.id !== 'find-the-fault' && st.sim);
      expect(others.length).toBeGreaterThan(0);
      for (const st of others) expect(st.sim?.editable).toBe(true);
    },
  );

  it('three services deploy at 1:00, so the log alone cannot tell which one broke', () => {
    for (const service of ['catalog', 'pricing', 'reviews'])
      expect(logTimes(r, 'rolloutStarted', service)).toEqual([60]);
    expect(logTimes(r, 'instanceCrashed')).toEqual([]);
    expect(logTimes(r, 'instancePending')).toEqual([]);
  });

  it('pricing is slow: p99 from about 24 ms to about 460 ms, CPU from about 6% to 53%, and it fails nothing', () => {
    expect(typical(r, 'pricing', 'p99', BEFORE)).toBeCloseTo(24, -1);
    expect(typical(r, 'pricing', 'p99', AFTER)).toBeGreaterThan(420);
    expect(typical(r, 'pricing', 'p99', AFTER)).toBeLessThan(500);
    expect(cpu(r, 'pricing', BEFORE)).toBeCloseTo(0.06, 1);
    expect(cpu(r, 'pricing', AFTER)).toBeCloseTo(0.53, 1);
    expect(counts(r, 'pricing', [0, 180]).failed).toBe(0);
  });

  it('the other candidates are not at fault: their own work is unchanged', () => {
    for (const service of ['gateway', 'catalog', 'inventory', 'reviews']) {
      expect(cpu(r, service, AFTER), service).toBeLessThan(cpu(r, service, BEFORE) + 0.02);
    }
    // Catalog's failures are exactly its timed-out calls to pricing.
    const pricingEdgeFailures = r.out.edges['catalog→pricing'].failed.reduce((a, b) => a + b, 0);
    expect(counts(r, 'catalog', [0, 180]).failed).toBe(pricingEdgeFailures);
    expect(r.out.edges['catalog→inventory'].failed.reduce((a, b) => a + b, 0)).toBe(0);
    expect(typical(r, 'inventory', 'p99', AFTER)).toBeLessThan(50);
    // Reviews fails about 3% before and after, and the shoppers get degraded pages, not errors.
    const reviewsBefore = counts(r, 'reviews', BEFORE).share;
    const reviewsAfter = counts(r, 'reviews', AFTER).share;
    expect(reviewsBefore).toBeCloseTo(0.028, 3);
    expect(reviewsAfter).toBeCloseTo(0.033, 3);
    expect(counts(r, 'shoppers', BEFORE)).toMatchObject({ failed: 0, degraded: 33 });
    // The gateway turns nobody away.
    const gateway = r.out.services.gateway.failed;
    expect(gateway.shed.reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('13.7% of page views fail from 1:05 on (318 of 2,313), all by timeout', () => {
    const after = counts(r, 'shoppers', AFTER);
    expect(after.requests).toBe(2313);
    expect(after.failed).toBe(318);
    expect(after.share).toBeCloseTo(0.137, 3);
    const failed = r.out.traffic.shoppers.failed;
    const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const all = Object.values(failed).reduce((sum, xs) => sum + total(xs), 0);
    expect(total(failed.timeout)).toBe(all);
    expect(all).toBeGreaterThan(300);
  });

  it('every failed trace runs out of time in catalog’s call to pricing, whose span ends ok later', () => {
    // A degraded page is one shown without reviews' stars, not a failure; an open trace
    // was still in flight when the run ended.
    const failed = r.out.traces.filter(
      (t) => !['ok', 'degraded', 'open'].includes(t.spans[0].outcome),
    );
    expect(failed.length).toBeGreaterThan(20);
    for (const trace of failed) {
      expect(trace.spans[0].outcome).toBe('timeout');
      const call = span(trace, (s) => s.kind === 'client' && s.to === 'pricing');
      expect(call.outcome).toBe('timeout');
      expect(length(call)).toBeGreaterThanOrEqual(300);
      expect(length(call)).toBeLessThan(305);
      const work = span(trace, (s) => s.kind === 'server' && s.parent === call.id);
      expect(work.outcome).toBe('ok');
      expect(work.end).toBeGreaterThan(call.end); // orphaned work
    }
    // "a few milliseconds in some traces and almost a second in others"
    const orphaned = failed.map((trace) => {
      const call = span(trace, (s) => s.kind === 'client' && s.to === 'pricing');
      return span(trace, (s) => s.parent === call.id).end - call.end;
    });
    expect(Math.min(...orphaned)).toBeLessThan(10);
    expect(Math.max(...orphaned)).toBeGreaterThan(900);
    expect(Math.max(...orphaned)).toBeLessThan(1000);
  });

  it('only rolling back pricing ends the failures', () => {
    const share = (s: Scenario) => counts(run(s), 'shoppers', AFTER).share;
    expect(share(withoutDeploysOf(['pricing']))).toBe(0);
    expect(share(withoutDeploysOf(['catalog', 'reviews']))).toBeGreaterThan(0.1);
    expect(share(withoutDeploysOf(['catalog']))).toBeGreaterThan(0.1);
    expect(share(withoutDeploysOf(['reviews']))).toBeGreaterThan(0.1);
  });
});
