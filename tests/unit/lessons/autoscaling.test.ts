import { describe, expect, it } from 'vitest';
import type { Goal, Scenario, ServiceOptions } from '../../../src/scenario/scenario.ts';
import type { Run } from '../../../src/sim/simulate.ts';
import { failedLabels, lessonTestKit, logTimes, run, withService } from './lessonTestKit.ts';

const LESSON = 'orchestration/autoscaling';

/** The autoscaler's decisions as [seconds, from, to]. */
function scaling(r: Run): [number, number, number][] {
  return r.out.log
    .filter((e) => e.kind === 'scaledUp' || e.kind === 'scaledDown')
    .map((e) => [e.t / 1000, Number(e.detail.from), Number(e.detail.to)]);
}

/** Failed requests of the users in [from, to) seconds. */
function failedBetween(r: Run, from: number, to: number): number {
  const series = r.out.traffic.users;
  let failed = 0;
  for (let i = from; i < Math.min(to, r.out.seconds); i++) {
    for (const perCause of Object.values(series.failed)) failed += perCause[i];
  }
  return failed;
}

/** The last second in which a user request failed. */
function lastFailure(r: Run): number {
  const series = r.out.traffic.users;
  let last = -1;
  for (let i = 0; i < r.out.seconds; i++) {
    if (Object.values(series.failed).some((perCause) => perCause[i] > 0)) last = i;
  }
  return last;
}

/** Goal values by label. */
function measure(s: Scenario, goals: Goal[]): Record<string, number> {
  return Object.fromEntries(run(s, goals).goals.map((g) => [g.label, g.value]));
}

const { scenario, load, loadChallenge } = lessonTestKit(LESSON);
const challenge = await loadChallenge();

describe('the autoscaling challenge cannot be won by a shortcut', () => {
  const start = scenario('start.ts');
  const solution = scenario('solution.ts');
  const failing = (s: Scenario) => failedLabels(run(s, challenge.goals).goals);
  const withWeb = (s: Scenario, changes: Partial<ServiceOptions>): Scenario =>
    withService(s, 'web', changes);
  const autoscale = (s: Scenario, changes: Partial<NonNullable<ServiceOptions['autoscale']>>) =>
    withWeb(s, { autoscale: { ...s.services.web.autoscale!, ...changes } });
  const slimImage = solution.services.web.image;

  it('the start fails on latency and errors, the solution passes everything', () => {
    expect(failing(start)).toEqual([
      "users' p99 latency under 500 ms",
      "users' error rate under 1%",
    ]);
    expect(failing(solution)).toEqual([]);
  });

  it('twelve fixed tasks pass on latency but break both budgets and do not scale', () => {
    const fixed = withWeb(start, { replicas: 12, autoscale: undefined });
    expect(failing(fixed)).toEqual([
      'web uses under 160 task-minutes',
      'the run costs under $0.065',
      'web still scales with the traffic',
    ]);
  });

  it('headroom instead of a faster start breaks the budgets', () => {
    const manyAtMin = withWeb(autoscale(start, { min: 8 }), { replicas: 8 });
    expect(failing(manyAtMin)).toEqual([
      'web uses under 160 task-minutes',
      'the run costs under $0.065',
    ]);
    expect(failing(autoscale(start, { cpu: '30%' }))).toEqual([
      'web uses under 160 task-minutes',
      'the run costs under $0.065',
    ]);
  });

  it('bigger tasks save task-minutes but not money', () => {
    const big = withWeb(start, { cpu: 2 });
    expect(failing(big)).toEqual(['the run costs under $0.065']);
  });

  it('a slim image alone, or a quicker autoscaler alone, is not enough', () => {
    expect(failing(withWeb(start, { image: slimImage }))).toContain(
      "users' p99 latency under 500 ms",
    );
    expect(failing(autoscale(start, { syncPeriod: '1s' }))).toContain(
      "users' p99 latency under 500 ms",
    );
  });

  it('dropping the scale-down window loses the second wave', () => {
    const noWindow = autoscale(solution, { scaleDownWindow: '0s' });
    expect(failing(noWindow)).toEqual([
      "users' p99 latency under 500 ms",
      "users' error rate under 1%",
    ]);
  });

  it('taking the spike away fails "web still scales with the traffic"', () => {
    const calm = {
      ...solution,
      traffic: { users: { ...solution.traffic!.users, rate: 20 } },
    };
    expect(failing(calm)).toEqual(['web still scales with the traffic']);
  });

  it('the goal text’s numbers: twelve tasks for 20 minutes are 240 task-minutes', () => {
    const twelve = measure(withWeb(start, { replicas: 12, autoscale: undefined }), [
      { instanceMinutes: 'web', below: 1000, label: 'minutes' },
    ]);
    expect(twelve.minutes).toBe(240);
  });
});

describe('what the prose says is what the simulation shows', () => {
  it('a spike on two fixed replicas: 36,219 of 45,556 requests fail', () => {
    const r = run(scenario('fixed.ts'));
    expect([r.traffic.users.requests, r.traffic.users.failed]).toEqual([45556, 36219]);
    const web = r.out.services.web;
    const average = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    // "a little less than half busy" before the spike; pinned at 100% during it
    expect(average(web.cpu.slice(40, 60))).toBeGreaterThan(0.4);
    expect(average(web.cpu.slice(40, 60))).toBeLessThan(0.5);
    expect(Math.min(...web.cpu.slice(65, 295))).toBeGreaterThan(0.99);
  });

  it('the rule: 2 → 4 at 1:15, → 7 at 1:30, → 11 at 1:45 (at 92%), ready 2.5 s later', () => {
    const r = run(scenario('autoscale.ts'));
    const decisions = scaling(r);
    expect(decisions.slice(0, 3)).toEqual([
      [75, 2, 4],
      [90, 4, 7],
      [105, 7, 11],
    ]);
    const third = r.out.log.find((e) => e.kind === 'scaledUp' && e.t === 105_000);
    expect(third?.detail.why).toMatch(/^92% CPU/);
    expect(logTimes(r, 'instanceReady', 'web-3').at(-1)).toBe(77.5);
    expect(logTimes(r, 'instanceReady', 'web-11').at(-1)).toBe(106.5);
    // 4,445 failures, all between 1:00 and 1:51; none in the second wave
    expect(r.traffic.users.failed).toBe(4445);
    expect(failedBetween(r, 60, 112)).toBe(4445);
    expect(lastFailure(r)).toBe(111);
  });

  it('scale-down: one replica goes at 7:00, the rest at 12:00', () => {
    const r = run(scenario('autoscale.ts'));
    expect(scaling(r).slice(3)).toEqual([
      [420, 11, 10],
      [720, 10, 2],
    ]);
  });

  it('without the brakes: flapping, back to two at 5:15, 4,396 more failures in the second wave', () => {
    const r = run(scenario('jumpy.ts'));
    const decisions = scaling(r);
    expect(decisions.filter(([t]) => t > 105 && t < 300).map(([, , to]) => to)).toEqual([
      10, 9, 10, 9, 10, 9, 10,
    ]);
    expect(decisions).toContainEqual([180, 9, 10]);
    expect(r.out.log.find((e) => e.t === 180_000 && e.kind === 'scaledUp')?.detail.why).toMatch(
      /^62% CPU/,
    );
    expect(decisions).toContainEqual([315, 10, 2]);
    expect(decisions.filter(([t]) => t >= 360 && t < 420)).toEqual([
      [375, 2, 4],
      [390, 4, 7],
      [405, 7, 11],
    ]);
    expect(failedBetween(r, 330, 780)).toBe(4396);
    // "in all, 19% of B's requests fail, against 10% of A's"
    const a = run(scenario('autoscale.ts'));
    expect(Math.round((100 * r.traffic.users.failed) / r.traffic.users.requests)).toBe(19);
    expect(Math.round((100 * a.traffic.users.failed) / a.traffic.users.requests)).toBe(10);
    const minutes = (file: string) =>
      measure(scenario(file), [{ instanceMinutes: 'web', below: 1000, label: 'm' }]).m;
    expect(minutes('autoscale.ts')).toBe(115);
    expect(minutes('jumpy.ts')).toBeCloseTo(61.25, 2);
  });

  it('serverless: tasks ready 8 s after the decision with 100 MiB, 34 s with 1,400 MiB', () => {
    const slim = run(scenario('serverless.ts'));
    const heavy = run(scenario('heavy-image.ts'));
    expect(scaling(slim)[0]).toEqual([75, 2, 4]);
    expect(scaling(heavy)[0]).toEqual([75, 2, 4]);
    expect(logTimes(slim, 'instanceReady', 'web-3').at(-1)).toBe(83);
    expect(logTimes(heavy, 'instanceReady', 'web-3').at(-1)).toBe(109);
    expect(slim.traffic.users.failed).toBe(5229);
    expect(heavy.traffic.users.failed).toBe(12287);
    expect(lastFailure(heavy)).toBe(194);
  });

  it('at 1:30 four tasks serve and three more are still booting', () => {
    const r = run(scenario('serverless.ts'));
    const readyBy90 = r.out.log.filter((e) => e.kind === 'instanceReady' && e.t <= 90_000);
    expect(new Set(readyBy90.map((e) => e.subject))).toEqual(
      new Set(['web-1', 'web-2', 'web-3', 'web-4']),
    );
    for (const task of ['web-5', 'web-6', 'web-7']) {
      expect(logTimes(r, 'instanceCreated', task)).toEqual([90]);
      expect(logTimes(r, 'instanceReady', task)[0]).toBeGreaterThan(90);
    }
  });

  it('the bill: $0.087 for the nodes with or without autoscaling, $0.051 for 125 task-minutes', () => {
    const budget = [
      { costBelow: 1, label: 'cost' },
      { instanceMinutes: 'web', below: 1000, label: 'minutes' },
    ];
    const fixed = measure(scenario('fixed.ts'), budget);
    const scaled = measure(scenario('autoscale.ts'), budget);
    const tasks = measure(scenario('serverless.ts'), budget);
    expect(fixed.cost).toBeCloseTo(0.0867, 4);
    expect(scaled.cost).toBeCloseTo(0.0867, 4);
    expect(tasks.cost).toBeCloseTo(0.051, 3);
    expect(tasks.minutes).toBe(125);
  });
});

describe('the map of managed container services', () => {
  const offerings = [
    'Amazon ECS on EC2',
    'Amazon ECS on Fargate',
    'GKE Standard',
    'GKE Autopilot',
    'AKS',
    'ACI',
    'ACK',
    'ACK Serverless',
  ];

  it.each(['en', 'zh'] as const)(
    'the %s table names every offering, one row each',
    async (lang) => {
      const lesson = await load(lang);
      const step = lesson.steps.find((s) => s.id === 'who-runs-what');
      const html = step?.parts.map((p) => (p.kind === 'html' ? p.html : '')).join('');
      const table = html?.match(/<table>[\s\S]*?<\/table>/)?.[0] ?? '';
      const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]);
      // a header, self-run Kubernetes, and nine managed rows
      expect(rows).toHaveLength(10);
      for (const name of offerings) {
        expect(
          rows.some((row) => row.includes(name)),
          name,
        ).toBe(true);
      }
    },
  );
});
