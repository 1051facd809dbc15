import { describe, expect, it } from 'vitest';
import type { Scenario, ServiceOptions } from '../../../src/scenario/scenario.ts';
import { scoreNode } from '../../../src/sim/chooseNode.ts';
import type { Run } from '../../../src/sim/simulate.ts';
import {
  failedLabels,
  lessonTestKit,
  logEntries,
  logTimes,
  run,
  withService,
} from './lessonTestKit.ts';

const LESSON = 'orchestration/placing-and-healing';

/** Failed requests of a traffic source in [from, to) seconds, and requests sent then. */
function failedBetween(r: Run, traffic: string, from: number, to: number) {
  const series = r.out.traffic[traffic];
  let sent = 0;
  let failed = 0;
  for (let i = from; i < Math.min(to, r.out.seconds); i++) {
    sent += series.sent[i];
    for (const perCause of Object.values(series.failed)) failed += perCause[i];
  }
  return { sent, failed };
}

const { scenario, loadChallenge } = lessonTestKit(LESSON);
const challenge = await loadChallenge();

describe('the placing-and-healing challenge cannot be won by a shortcut', () => {
  const start = scenario('start.ts');
  const solution = scenario('solution.ts');
  const web = start.services.web;
  const failing = (s: Scenario) => failedLabels(run(s, challenge.goals).goals);
  const withWeb = (s: Scenario, changes: Partial<ServiceOptions>): Scenario =>
    withService(s, 'web', changes);
  const withCluster = (s: Scenario, changes: Scenario['cluster']): Scenario => ({
    ...s,
    cluster: { ...s.cluster, ...changes },
  });

  it('the start fails both availability goals, the solution passes everything', () => {
    expect(failing(start)).toEqual(
      expect.arrayContaining([
        'error rate under 1% during the update',
        'error rate under 1% after node-1 dies',
      ]),
    );
    expect(failing(solution)).toEqual([]);
  });

  it('spreading alone still loses the update; a careful rollout alone still loses node-1', () => {
    expect(failing(withCluster(start, { scheduler: 'spread' }))).toEqual([
      'error rate under 1% during the update',
    ]);
    expect(failing(withWeb(start, { rollout: { maxUnavailable: 0 } }))).toEqual([
      'error rate under 1% after node-1 dies',
    ]);
  });

  it('more replicas, still packed, break the instance-minutes budget', () => {
    const many = withWeb(start, { replicas: 6, rollout: { maxUnavailable: 0 } });
    expect(failing(many)).toContain('web uses under 35 instance-minutes');
  });

  it('removing the node failure fails "node-1 still dies"', () => {
    const calm = { ...start, faults: start.faults?.filter((f) => !('kill' in f)) };
    expect(failing(calm)).toContain('node-1 still dies');
  });

  it('skipping the deploy fails "the update to v2 completes"', () => {
    const noDeploy = { ...start, faults: start.faults?.filter((f) => !('deploy' in f)) };
    expect(failing(noDeploy)).toContain('the update to v2 completes');
  });

  it('shortening the grace period or the toleration fails the timing goals', () => {
    expect(failing(withCluster(solution, { nodeGracePeriod: '5s' }))).toEqual([
      'the control plane keeps its 50 s grace period',
      'pods still tolerate a NotReady node for 300 s',
    ]);
    expect(failing(withCluster(solution, { evictionTimeout: '10s' }))).toEqual([
      'pods still tolerate a NotReady node for 300 s',
    ]);
  });

  it('a v2 that starts in 1 s does not excuse replacing every instance at once', () => {
    const quick = withCluster(withWeb(start, { versions: { v2: { start: '1s' } } }), {
      scheduler: 'spread',
    });
    expect(failing(quick)).toEqual(['error rate under 1% during the update']);
    expect(web.rollout?.maxUnavailable).toBe('100%');
  });
});

describe('what the prose says is what the simulation shows', () => {
  it('filter, then score: web-3 scores 68.75 on node-1 and node-3, 34.4 on node-2', () => {
    const node = (allocCpu: number, allocMemMiB: number) => ({
      id: 0,
      cpu: 2,
      memoryMiB: 4096,
      allocCpu,
      allocMemMiB,
    });
    expect(scoreNode(node(0.5, 256), 0.5, 256, 'spread')).toBeCloseTo(68.75, 6);
    expect(scoreNode(node(1.5, 1024), 0.5, 256, 'spread')).toBeCloseTo(34.375, 6);
  });

  it('spread: web avoids node-2, both new search replicas wait, search-2 starts on node-4 at 2:12.5', () => {
    const r = run(scenario('placing.ts'));
    const placed = logEntries(r, 'instanceScheduled').map((e) => [e.subject, e.detail.node]);
    expect(placed).toEqual(
      expect.arrayContaining([
        ['web-3', 'node-1'],
        ['web-4', 'node-3'],
        ['web-5', 'node-3'],
        ['web-6', 'node-1'],
        ['search-2', 'node-4'],
      ]),
    );
    expect(
      placed.filter(([name, node]) => String(name).startsWith('web') && node === 'node-2'),
    ).toEqual([]);
    expect(logTimes(r, 'instanceStarted', 'web-6')).toEqual([21.5]);
    expect(logEntries(r, 'instancePending').map((e) => [e.subject, e.t / 1000])).toEqual([
      ['search-2', 60],
      ['search-3', 60],
    ]);
    expect(logEntries(r, 'instancePending')[0].detail.reason).toBe(
      'no node has 1.5 CPU and 1024 MiB free',
    );
    expect(logTimes(r, 'nodeReady', 'node-4')).toEqual([130]);
    expect(logTimes(r, 'instanceScheduled', 'search-2')).toEqual([130]);
    expect(logTimes(r, 'instanceStarted', 'search-2')).toEqual([132.5]);
    expect(logTimes(r, 'instanceScheduled', 'search-3')).toEqual([]);
  });

  it('binpack: four web replicas on node-1, search-2 fits on node-3, only search-3 waits', () => {
    const r = run(scenario('packing.ts'));
    const onNode1 = logEntries(r, 'instanceScheduled').filter(
      (e) => e.subject.startsWith('web') && e.detail.node === 'node-1',
    );
    expect(onNode1.map((e) => e.subject)).toEqual(['web-1', 'web-2', 'web-4', 'web-5']);
    expect(logTimes(r, 'instanceScheduled', 'search-2')).toEqual([60]);
    expect(
      logEntries(r, 'instanceScheduled').find((e) => e.subject === 'search-2')?.detail.node,
    ).toBe('node-3');
    expect(logEntries(r, 'instancePending').map((e) => e.subject)).toEqual(['search-3']);
  });

  it('a dead node: NotReady at 1:50, evicted at 6:50, web-4 running on node-2 at 6:51.5', () => {
    const r = run(scenario('node-dies.ts'));
    expect(logTimes(r, 'nodeNotReady', 'node-1')).toEqual([110]);
    expect(logTimes(r, 'nodeEvicted', 'node-1')).toEqual([410]);
    expect(logEntries(r, 'instanceStarted').at(-1)?.detail.node).toBe('node-2');
    expect(logTimes(r, 'instanceStarted', 'web-4')).toEqual([411.5]);
    // "about a third of the requests sent between 1:00 and 1:50 fail: 503 in all"
    expect(r.traffic.users.failed).toBe(503);
    const window = failedBetween(r, 'users', 60, 110);
    expect(window.sent).toBeGreaterThan(1400);
    expect(window.sent).toBeLessThan(1600);
  });

  it('a crash loop: restarts at once, then after 10 s, 20 s, 40 s ... up to 5 minutes', () => {
    const r = run(scenario('crash-loop.ts'));
    const crashes = logEntries(r, 'instanceCrashed').filter((e) => e.subject === 'report-1');
    expect(crashes.map((e) => [e.t / 1000, e.detail.backoff])).toEqual([
      [5, '0ms'],
      [11.5, '10s'],
      [28, '20s'],
      [54.5, '40s'],
      [101, '1m20s'],
      [187.5, '2m40s'],
      [354, '5m'],
    ]);
  });

  it('probes: web-2 out of the load balancer at 1:04, killed at 1:20, back at 1:21.5', () => {
    const a = run(scenario('probes.ts'));
    expect(logTimes(a, 'instanceUnready', 'web-2')).toEqual([64]);
    expect(logTimes(a, 'instanceKilled', 'web-2')).toEqual([80]);
    expect(logTimes(a, 'instanceReady', 'web-2').at(-1)).toBe(81.5);
    expect([a.traffic.users.requests, a.traffic.users.failed]).toEqual([5448, 45]);
    const b = run(scenario('hang.ts'));
    expect([b.traffic.users.requests, b.traffic.users.failed]).toEqual([5448, 1213]);
  });

  it('a rolling update of four: at most five instances, at least three ready, done at 1:11', () => {
    const r = run(scenario('rollout.ts'));
    const web = r.out.services.web;
    const during = { from: 25, to: 80 };
    const slice = (xs: number[]) => xs.slice(during.from, during.to);
    expect(Math.max(...slice(web.instances))).toBe(5);
    expect(Math.min(...slice(web.ready))).toBe(3);
    expect(logTimes(r, 'instanceStopping', 'web-1')).toEqual([30]);
    expect(logTimes(r, 'instanceReady', 'web-5')).toEqual([50.5]);
    const done = logTimes(r, 'rolloutComplete', 'web');
    expect(done).toHaveLength(1);
    expect(done[0]).toBeGreaterThanOrEqual(71);
    expect(done[0]).toBeLessThan(71.1);
    expect(r.traffic.users.failed).toBe(0);
  });

  it('the challenge start: two in three requests fail', () => {
    const r = run(scenario('start.ts'));
    const share = r.traffic.users.failed / r.traffic.users.requests;
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.7);
  });
});
