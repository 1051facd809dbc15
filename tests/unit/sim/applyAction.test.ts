import { describe, expect, it } from 'vitest';
import { describeAction } from '../../../src/sim/describeAction.ts';
import { logOf, sumSeconds } from '../helpers/logOf.ts';
import { runWorld } from '../helpers/runWorld.ts';

describe('faults and interventions', () => {
  it('adds latency for a while, then takes it away', () => {
    const run = runWorld({
      duration: '1m',
      cluster: { nodes: 1 },
      services: { api: { cpu: 2, work: '10ms' } },
      traffic: { users: { to: 'api', rate: 10 } },
      faults: [{ at: '20s', slow: 'api', by: '200ms', for: '10s' }],
    });
    const p50 = run.out.services.api.p50;
    expect(p50[10]).toBe(10);
    expect(p50[25]).toBe(210);
    expect(p50[45]).toBe(10);
    expect(logOf(run, 'faultEnded')).toHaveLength(1);
    expect(logOf(run, 'faultEnded')[0].t).toBe(30_000);
  });

  it('logs a lasting fault, and its end, against what it hits', () => {
    const run = runWorld({
      duration: '1m',
      cluster: { nodes: 1 },
      services: { api: { cpu: 2, work: '10ms', calls: ['db'] }, db: { work: '1ms' } },
      traffic: { users: { to: 'api', rate: 10 } },
      faults: [
        { at: '10s', slow: 'api', by: '200ms', for: '10s' },
        { at: '20s', cut: ['api', 'db'], for: '5s' },
        { at: '30s', spike: 'users', factor: 2, for: '5s' },
      ],
    });
    expect(logOf(run, 'fault').map((f) => f.subject)).toEqual(['api', 'api→db', 'users']);
    expect(logOf(run, 'faultEnded').map((f) => f.subject)).toEqual(['api', 'api→db', 'users']);
  });

  it('overlapping faults add up and come off one by one', () => {
    const run = runWorld({
      duration: '1m',
      cluster: { nodes: 1 },
      services: { api: { cpu: 2, work: '10ms' } },
      traffic: { users: { to: 'api', rate: 10 } },
      faults: [
        { at: '10s', slow: 'api', by: '100ms', for: '20s' },
        { at: '20s', slow: 'api', by: '50ms', for: '20s' },
      ],
    });
    const p50 = run.out.services.api.p50;
    expect([p50[15], p50[25], p50[35], p50[45]]).toEqual([110, 160, 60, 10]);
  });

  it('logs an action whose target does not exist instead of failing', () => {
    const run = runWorld({
      duration: '10s',
      cluster: { nodes: 1 },
      services: { api: {} },
      faults: [{ at: '1s', crash: 'api-9' }],
    });
    expect(logOf(run, 'fault')[0].detail.what).toBe(
      'api-9 killed (no running instance named api-9)',
    );
  });

  it('scales a service by hand and deploys a version', () => {
    const run = runWorld({
      duration: '2m',
      cluster: { nodes: 2 },
      services: { api: { replicas: 2, versions: { v2: {} } } },
      traffic: { users: { to: 'api', rate: 5 } },
      faults: [
        { at: '10s', scale: 'api', replicas: 4 },
        { at: '60s', deploy: 'api', version: 'v2' },
      ],
    });
    expect(run.out.services.api.ready[30]).toBe(4);
    expect(logOf(run, 'rolloutComplete')).toHaveLength(1);
    expect(sumSeconds(run.out.traffic.users.failed.unavailable)).toBe(0);
  });

  it('describes actions in words', () => {
    expect(describeAction({ type: 'addLatency', service: 'db', ms: 250, durationMs: 60_000 })).toBe(
      'db slowed by 250ms for 1m',
    );
    expect(describeAction({ type: 'cpuHog', node: 'node-2', share: 0.5, durationMs: null })).toBe(
      "a runaway process takes 50% of node-2's CPU",
    );
    expect(describeAction({ type: 'partition', from: 'a', to: 'b', durationMs: 30_000 })).toBe(
      'network cut between a and b for 30s',
    );
  });
});
