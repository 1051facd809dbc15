import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/sim/engine.ts';
import { runOf, type Run } from '../../../src/sim/simulate.ts';
import type { GoalSpec } from '../../../src/sim/worldSpec.ts';
import { runWorld, specOf } from '../helpers/runWorld.ts';

describe('goals', () => {
  const scenario = {
    duration: '2m',
    cluster: { nodes: 1, node: { pricePerHour: 1.2 } },
    services: { api: { cpu: 2, work: '20ms' } },
    traffic: { users: { to: 'api', rate: 20, timeout: '1s' } },
    faults: [{ at: '60s', fail: 'api', rate: 0.5, for: '10s' }],
  };

  it('measures each goal and says whether it passes', () => {
    const run = runWorld({
      ...scenario,
      goals: [
        { latency: 'api', percentile: 50, below: '25ms' },
        { latency: 'users', below: '10ms' },
        { errorRate: 'users', below: '1%', to: '60s' },
        { errorRate: 'users', below: '1%' },
        { costBelow: 0.05 },
        { instanceMinutes: 'api', below: 2.5 },
        { noLoss: 'users' },
        { event: 'fault', happened: true },
        { event: 'breakerOpened', happened: false },
      ],
    });
    const [p50, p99, errorsBefore, errors, cost, minutes, noLoss, fault, noBreaker] = run.goals;
    expect(p50).toMatchObject({ pass: true, value: 20, unit: 'ms' }); // as the service answers: its 20 ms of work
    expect(p99.pass).toBe(false);
    expect(p99.value).toBeGreaterThanOrEqual(22);
    expect(errorsBefore).toMatchObject({ pass: true, value: 0 });
    expect(errors.pass).toBe(false);
    expect(errors.value).toBeGreaterThan(0.03);
    expect(cost.value).toBeCloseTo((1.2 * 120) / 3600, 10);
    expect(cost.pass).toBe(true);
    expect(minutes).toMatchObject({ pass: true, value: 2 });
    expect(noLoss.pass).toBe(false);
    expect(fault.pass).toBe(true);
    expect(noBreaker.pass).toBe(true);
  });

  it("checks a lesson's own goals against a reader's scenario, and records each goal's value per second", () => {
    const extra: GoalSpec[] = [
      {
        kind: 'errorRate',
        label: 'no errors',
        scope: 'traffic',
        target: 'users',
        below: 0.001,
        fromMs: 0,
        toMs: 120_000,
      },
    ];
    const run = runWorld(scenario, { goals: extra });
    expect(run.goals).toHaveLength(1);
    expect(run.goals[0].pass).toBe(false);
    const series = run.out.goals[0];
    expect(series).toHaveLength(120);
    expect(series[59]).toBe(0);
    expect(series[80]).toBeGreaterThan(0);
  });
});

describe('start-time, all-running and machines-used goals', () => {
  // Three ways to run the same app, each scaled from 0 to 2 at 10 s.
  const race = {
    duration: '2m',
    services: {
      vms: { runtime: 'vm' as const, replicas: 0 },
      micro: { runtime: 'microvm' as const, replicas: 0 },
      web: { replicas: 0 },
    },
    faults: [
      { at: '10s', scale: 'vms', replicas: 2 },
      { at: '10s', scale: 'micro', replicas: 2 },
      { at: '10s', scale: 'web', replicas: 2 },
    ],
  };

  it('measures creation to first readiness: boot, pull and app start', () => {
    const run = runWorld({
      ...race,
      goals: [
        { startTime: 'vms', below: '30s' },
        { startTime: 'micro', below: '2s' },
        { startTime: 'web', below: '3s' },
        { startTime: 'all', percentile: 50, below: '2s' },
      ],
    });
    const [vms, micro, web, all] = run.goals;
    // A VM on the provider's capacity: 40 s boot + 1 s app start.
    expect(vms).toMatchObject({ value: 41_000, target: 30_000, unit: 'ms', pass: false });
    // A microVM: 125 ms boot + 1 s app start.
    expect(micro).toMatchObject({ value: 1125, pass: true });
    // A container: 1 s to pull 100 MiB at 100 MiB/s, 0.5 s runtime start, 1 s app start.
    expect(web).toMatchObject({ value: 2500, pass: true });
    // Six starts: 1125, 1125, 2500, 2500, 41000, 41000; the median (nearest rank) is 2500.
    expect(all).toMatchObject({ value: 2500, pass: false });
  });

  it('counts warm-up behind a readiness probe, and an instance still starting by what it has waited', () => {
    const run = runWorld({
      duration: '30s',
      services: {
        api: { replicas: 0, warmup: '3s', readiness: { period: '1s' } },
        big: { runtime: 'vm', replicas: 0 },
      },
      faults: [
        { at: '5s', scale: 'api', replicas: 1 },
        { at: '20s', scale: 'big', replicas: 1 },
      ],
      goals: [
        { startTime: 'api', below: '10s' },
        { startTime: 'big', below: '5s' },
      ],
    });
    const [api, big] = run.goals;
    // Pull 1 s + start 1.5 s, warm-up 3 s, then the next readiness probe.
    expect(api.value).toBeGreaterThanOrEqual(5500);
    expect(api.value).toBeLessThan(7000);
    expect(api.pass).toBe(true);
    // The VM was created at 20 s and is still booting at the end (30 s).
    expect(big).toMatchObject({ value: 10_000, pass: false });
  });

  it('fails with nothing measured when no instance started during the run', () => {
    const run = runWorld({
      duration: '20s',
      services: { web: { replicas: 2 } },
      goals: [{ startTime: 'web', below: '10s' }],
    });
    // The two replicas were already running when the run began: they do not count.
    expect(run.goals[0].value).toBeNaN();
    expect(run.goals[0].pass).toBe(false);
  });

  it('checks that every desired replica is ready at the moment `by`', () => {
    const run = runWorld({
      ...race,
      goals: [
        { allRunning: 'web', by: '20s' },
        { allRunning: 'vms', by: '30s' },
        { allRunning: 'vms', by: '1m' },
      ],
    });
    const [web, vmsEarly, vmsLate] = run.goals;
    expect(web).toMatchObject({ value: 12_500, target: 20_000, pass: true });
    expect(vmsEarly.value).toBeNaN();
    expect(vmsEarly.pass).toBe(false);
    expect(vmsLate).toMatchObject({ value: 51_000, pass: true });
    // Before `by` the series shows whether they are all up yet.
    expect(run.out.goals[2][30]).toBeNaN();
    expect(run.out.goals[2][55]).toBe(51_000);
  });

  it('looks only at the moment `by`: a crash before it counts, one after it does not', () => {
    const scenario = {
      duration: '1m',
      services: { web: { replicas: 0 } },
      faults: [
        { at: '5s', scale: 'web', replicas: 2 },
        { at: '20s', crash: 'web-1' },
      ],
    };
    const run = runWorld({
      ...scenario,
      goals: [
        { allRunning: 'web', by: '15s' },
        { allRunning: 'web', by: '40s' },
      ],
    });
    const [before, after] = run.goals;
    expect(before).toMatchObject({ value: 7500, pass: true });
    // web-1 restarted (image already on the node): all up again 1.5 s after the crash.
    expect(after).toMatchObject({ value: 21_500, pass: true });
    const never = runWorld({
      duration: '30s',
      services: { web: { replicas: 0 } },
      goals: [{ allRunning: 'web', by: '30s' }],
    });
    // Zero replicas wanted is not "all running".
    expect(never.goals[0].pass).toBe(false);
  });

  it('counts the most hosts carrying a VM at once: bin-packing beats spreading', () => {
    const fleet = (scheduler: 'spread' | 'binpack') => ({
      duration: '1m',
      cluster: { scheduler },
      hosts: [1, 2, 3].map((n) => ({ name: `rack-${n}`, cpu: 8, memory: '4Gi' })),
      // Each VM takes 1 GiB for the app and 512 MiB for its guest OS: two fit on a host.
      services: { app: { runtime: 'vm' as const, replicas: 4, memory: '1Gi', cpu: 1 } },
      goals: [{ machinesUsed: 'hosts' as const, below: 3 }],
    });
    const packed = runWorld(fleet('binpack'));
    expect(packed.goals[0]).toMatchObject({ value: 2, target: 3, unit: 'count', pass: true });
    const spread = runWorld(fleet('spread'));
    expect(spread.goals[0]).toMatchObject({ value: 3, pass: false });
  });

  it('keeps the peak of nodes in use after a scale-down', () => {
    const run = runWorld({
      duration: '2m',
      cluster: { nodes: 4 },
      services: { web: { replicas: 1 } },
      faults: [
        { at: '10s', scale: 'web', replicas: 4 },
        { at: '1m', scale: 'web', replicas: 1 },
      ],
      goals: [{ machinesUsed: 'nodes', below: 2 }],
    });
    expect(run.goals[0]).toMatchObject({ value: 4, pass: false });
    expect(run.out.goals[0][5]).toBe(1);
    expect(run.out.goals[0][100]).toBe(4);
  });
});

describe('CPU-seconds goal', () => {
  // Every request: 20 ms of work in api, then 5 ms in db.
  const shop = {
    duration: '1m',
    cluster: { nodes: 2 },
    services: {
      api: { cpu: 2, replicas: 3, work: '20ms', calls: [{ to: 'db' }] },
      db: { cpu: 1, work: '5ms' },
    },
    traffic: { users: { to: 'api', rate: 20, timeout: '2s' } },
  };
  const work = (run: Run, service: string, ms: number) =>
    (run.services[service].requests * ms) / 1000;

  it('adds up the work done by a service, or by all of them, and checks it reaches the bound', () => {
    const run = runWorld({
      ...shop,
      goals: [
        { cpuSeconds: 'api', atLeast: 20 },
        { cpuSeconds: 'db', atLeast: 20 },
        { cpuSeconds: 'all', atLeast: 20, label: 'the work is done' },
      ],
    });
    const [api, db, all] = run.goals;
    expect(run.services.api.requests).toBeGreaterThan(1100);
    expect(api.value).toBeCloseTo(work(run, 'api', 20), 1);
    expect(api).toMatchObject({ kind: 'cpuSeconds', target: 20, unit: 'cpuSeconds', pass: true });
    expect(db.value).toBeCloseTo(work(run, 'db', 5), 1);
    expect(db.pass).toBe(false);
    expect(all.value).toBeCloseTo(api.value + db.value, 9);
    expect(all).toMatchObject({ label: 'the work is done', pass: true });
  });

  it('a run that does less work fails it', () => {
    const light = {
      ...shop,
      services: { ...shop.services, api: { ...shop.services.api, work: '2ms' } },
    };
    const run = runWorld({ ...light, goals: [{ cpuSeconds: 'all', atLeast: 20 }] });
    expect(run.goals[0].value).toBeCloseTo(work(run, 'api', 2) + work(run, 'db', 5), 1);
    expect(run.goals[0].pass).toBe(false);
  });

  it("counts the work of instances removed during the run, and not a CPU hog's", () => {
    const run = runWorld({
      ...shop,
      faults: [
        { at: '20s', scale: 'api', replicas: 1 },
        { at: '10s', hog: 'node-1', share: '50%', for: '20s' },
      ],
      goals: [{ cpuSeconds: 'api', atLeast: 20 }],
    });
    expect(run.out.log.filter((e) => e.kind === 'instanceStopped')).toHaveLength(2);
    expect(run.goals[0].value).toBeCloseTo(work(run, 'api', 20), 1);
  });

  it('keeps a running total per second, and reading it between seconds changes nothing', () => {
    const goals = [{ cpuSeconds: 'all', atLeast: 20 }];
    const whole = runWorld({ ...shop, goals });
    const series = whole.out.goals[0];
    expect(series).toHaveLength(60);
    for (let i = 1; i < 60; i++) expect(series[i]).toBeGreaterThanOrEqual(series[i - 1]);
    expect(series[29]).toBeGreaterThan(10);
    expect(series[59]).toBe(whole.goals[0].value);

    // Read in the middle of a second (work in progress counted), then run on.
    const engine = new Engine(specOf({ ...shop, goals }), { checkpoints: false });
    engine.advance(30_517);
    const between = runOf(engine).goals[0].value;
    expect(between).toBeGreaterThan(series[29]);
    expect(between).toBeLessThan(series[30]);
    engine.advance(60_000);
    const resumed = runOf(engine);
    expect(resumed.hash).toBe(whole.hash);
    expect(resumed.goals[0].value).toBe(whole.goals[0].value);
  });
});
