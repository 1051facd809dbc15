import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import type { Run } from '../../../src/sim/simulate.ts';
import { failedLabels, lessonTestKit, run, trafficBetween, withService } from './lessonTestKit.ts';

const LESSON = 'microservices/from-monolith';

/** Median of the per-second p50 latencies (ms) of a traffic source in seconds [from, to). */
function medianP50(r: Run, source: string, from: number, to: number): number {
  const xs = r.out.traffic[source].p50
    .slice(from, to)
    .filter((x) => !Number.isNaN(x))
    .sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)];
}

const { scenario, loadChallenge } = lessonTestKit(LESSON);
const challenge = await loadChallenge();

const P99 = "shoppers' p99 latency under 1 s";
const ERRORS = "shoppers' error rate under 1%";
const COST = 'the run costs under $0.075';
const SPLIT = 'images, the thumbnails, scales up for the sale';
const WORK = 'the work is still done, at least 1,200 CPU-seconds';

describe('the hot-part challenge cannot be won by a shortcut', { timeout: 60_000 }, () => {
  const start = scenario('start.ts');
  const solution = scenario('solution.ts');
  const results = (s: Scenario) => run(s, challenge.goals).goals;
  const failed = (s: Scenario) => failedLabels(results(s));

  it('names the goals the tests below rely on', () => {
    expect(challenge.goals.map((g) => g.label)).toEqual([P99, ERRORS, COST, SPLIT, WORK]);
  });

  it('the start fails latency and errors; the solution costs $0.0666 and does 1,315 CPU-seconds of work', () => {
    expect(failed(start)).toEqual(expect.arrayContaining([P99, ERRORS]));
    const goals = results(solution);
    expect(goals.every((g) => g.pass)).toBe(true);
    expect(goals[2].value).toBeCloseTo(0.0666, 3);
    // 26,448 pages of 10 ms in shop and 40 ms in images.
    expect(solution.services.shop.work).toEqual({ mean: '10ms' });
    expect(goals[4].value).toBeGreaterThan(1300);
    expect(goals[4].value).toBeLessThan(1330);
  });

  it('declaring less work for the monolith wins the first three goals, but not the split nor the work', () => {
    // 10 ms instead of 50: the thumbnails' work simply vanishes. Latency, errors and cost
    // all pass.
    const goals = results(withService(start, 'shop', { work: { mean: '10ms' } }));
    expect(failedLabels(goals)).toEqual([SPLIT, WORK]);
    expect(goals[4].value).toBeLessThan(270);
  });

  it('an idle images service beside a lighter monolith does not count as the split', () => {
    const idle = withService(
      withService(start, 'shop', { work: { mean: '10ms' } }),
      'images',
      solution.services.images,
    );
    expect(failed(idle)).toEqual([SPLIT, WORK]);
  });

  it('a lighter monolith calling a 1 ms images with a tiny CPU target fails only the work', () => {
    // The split in name only: images scales up for the sale on next to no load, and the
    // 40 ms of thumbnails are gone. Every other goal passes.
    const fake = withService(
      withService(start, 'shop', { work: { mean: '10ms' }, calls: [{ to: 'images' }] }),
      'images',
      {
        runtime: 'serverless',
        cpu: 1,
        memory: '1Gi',
        replicas: 1,
        work: { mean: '1ms' },
        readiness: true,
        autoscale: { min: 1, max: 20, cpu: '5%', scaleDownWindow: '1m' },
      },
    );
    const goals = results(fake);
    expect(failedLabels(goals)).toEqual([WORK]);
    // 26,448 pages × 11 ms.
    expect(goals[4].value).toBeGreaterThan(280);
    expect(goals[4].value).toBeLessThan(300);
  });

  it('autoscaling the whole monolith fails the budget ($0.083)', () => {
    const goals = results(
      withService(start, 'shop', {
        autoscale: { min: 3, max: 30, cpu: '50%', scaleDownWindow: '1m' },
      }),
    );
    const cost = goals.find((g) => g.label === COST)!;
    expect(cost.pass).toBe(false);
    expect(cost.value).toBeCloseTo(0.083, 3);
  });

  it('bigger copies of the monolith fail the budget ($0.094)', () => {
    const goals = results(withService(start, 'shop', { cpu: 3 }));
    const cost = goals.find((g) => g.label === COST)!;
    expect(cost.pass).toBe(false);
    expect(cost.value).toBeCloseTo(0.094, 3);
  });

  it('more copies of the monolith fail latency and the budget', () => {
    expect(failed(withService(start, 'shop', { replicas: 6 }))).toEqual(
      expect.arrayContaining([P99]),
    );
    expect(failed(withService(start, 'shop', { replicas: 9 }))).toContain(COST);
  });

  it('splitting without autoscaling fails latency', () => {
    expect(failed(withService(solution, 'images', { autoscale: undefined }))).toEqual(
      expect.arrayContaining([P99, ERRORS]),
    );
  });

  it('an asynchronous split, with images scaled on its backlog, also passes', () => {
    const asyncSplit = withService(
      withService(solution, 'shop', { calls: [{ to: 'images', async: true }] }),
      'images',
      { autoscale: { min: 1, max: 20, backlogPerReplica: 100, scaleDownWindow: '1m' } },
    );
    expect(failed(asyncSplit)).toEqual([]);
  });
});

describe('what the prose says the simulation shows', { timeout: 60_000 }, () => {
  it('each one-way message adds its latency: 2 ms per call, four hops of 20 ms at 21 ms', () => {
    const mono = medianP50(run(scenario('monolith.ts')), 'shoppers', 0, 120);
    const split = scenario('split.ts');
    const near = medianP50(run(split), 'shoppers', 0, 120);
    const far = medianP50(
      run({ ...split, cluster: { networkLatency: '21ms' } }),
      'shoppers',
      0,
      120,
    );
    expect(mono).toBeGreaterThanOrEqual(51);
    expect(mono).toBeLessThanOrEqual(53);
    expect(near - mono).toBeGreaterThanOrEqual(1);
    expect(near - mono).toBeLessThanOrEqual(3);
    expect(far - near).toBeGreaterThanOrEqual(78);
    expect(far - near).toBeLessThanOrEqual(82);
  });

  it('while the network is cut, every page comes without thumbnails, about 0.5 s late, none fails', () => {
    const r = run(scenario('split.ts'));
    const all = trafficBetween(r, 'shoppers', 0, 240);
    expect(all.failed).toBe(0);
    // Degraded answers are counted when they arrive, half a second after the request.
    expect(trafficBetween(r, 'shoppers', 120, 151).degraded).toBe(all.degraded);
    expect(all.degraded).toBeGreaterThanOrEqual(300);
    expect(all.degraded).toBeLessThanOrEqual(340);
    const p50 = r.out.traffic.shoppers.p50.slice(122, 148);
    for (const x of p50) {
      expect(x).toBeGreaterThanOrEqual(505);
      expect(x).toBeLessThanOrEqual(520);
    }
  });

  it('new images instances count as ready only after their warm-up, at about 1:21', () => {
    const split = scenario('split.ts');
    const r = run({
      ...withService(split, 'images', { readiness: true, warmup: '20s' }),
      faults: [{ at: '1m', scale: 'images', replicas: 5 }, ...(split.faults ?? [])],
    });
    const ready = r.out.services.images.ready;
    const five = ready.findIndex((x) => x === 5);
    expect(ready[70]).toBe(3);
    expect(five).toBeGreaterThanOrEqual(79);
    expect(five).toBeLessThanOrEqual(83);
  });

  it('synchronously, about 95% of the uploads fail during the burst, until about 2:12', () => {
    const r = run(scenario('sync.ts'));
    const burst = trafficBetween(r, 'sellers', 60, 120);
    expect(burst.failed / burst.sent).toBeGreaterThan(0.92);
    expect(burst.failed / burst.sent).toBeLessThan(0.98);
    expect(trafficBetween(r, 'sellers', 128, 133).failed).toBeGreaterThan(0);
    expect(trafficBetween(r, 'sellers', 135, 300).failed).toBe(0);
  });

  it('asynchronously, none fails; the backlog peaks near 2,935 at 1:59 and is empty by about 3:36', () => {
    const r = run(scenario('async.ts'), [{ latency: 'sellers', percentile: 99, below: '1s' }]);
    expect(trafficBetween(r, 'sellers', 0, 300).failed).toBe(0);
    expect(r.goals[0].value).toBeGreaterThan(70);
    expect(r.goals[0].value).toBeLessThan(90);
    const backlog = r.out.services.images.backlog;
    const peak = Math.max(...backlog);
    const at = backlog.indexOf(peak);
    expect(peak).toBeGreaterThan(2800);
    expect(peak).toBeLessThan(3100);
    expect(at).toBeGreaterThanOrEqual(117);
    expect(at).toBeLessThanOrEqual(121);
    const empty = backlog.findIndex((x, i) => i > at && x === 0);
    expect(empty).toBeGreaterThanOrEqual(206);
    expect(empty).toBeLessThanOrEqual(226);
    expect(Math.max(...r.out.services.images.oldestMessage)).toBeGreaterThan(50_000);
    expect(Math.max(...r.out.services.images.oldestMessage)).toBeLessThan(65_000);
  });
});
