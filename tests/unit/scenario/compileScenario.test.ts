import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/scenario/compileScenario.ts';
import { formatError } from '../../../src/scenario/problems.ts';

function errorsOf(input: unknown): string[] {
  const result = compileScenario(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map(formatError);
}

function specOf(input: unknown) {
  const result = compileScenario(input);
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.spec;
}

describe('compileScenario: errors a reader sees', () => {
  it('names a misspelt service with the closest known one', () => {
    expect(
      errorsOf({ services: { orders: { calls: [{ to: 'payment' }] }, payments: {} } }),
    ).toEqual([
      'services.orders.calls[0].to: no service named "payment" (did you mean "payments"?)',
    ]);
    expect(errorsOf({ services: { orders: { calls: ['paymnts'] }, payments: {} } })).toEqual([
      'services.orders.calls[0]: no service named "paymnts" (did you mean "payments"?)',
    ]);
  });

  it('reports an unknown option with a suggestion, and a bad unit with what was expected', () => {
    expect(errorsOf({ services: { web: { replica: 3 } } })).toEqual([
      'services.web.replica: unknown option "replica" (did you mean "replicas"?)',
    ]);
    expect(
      errorsOf({ services: { web: { calls: [{ to: 'db', timeout: 'soon' }] }, db: {} } }),
    ).toEqual([
      'services.web.calls[0].timeout: expected a duration like "250ms", "30s" or "5m", got "soon"',
    ]);
    expect(errorsOf({ services: { web: { memory: '2GB' } } })).toEqual([
      'services.web.memory: expected an amount of memory like "512Mi" or "2Gi", got "2GB"',
    ]);
  });

  it('reports a missing field of a fault and the fault a shape stands for', () => {
    expect(errorsOf({ services: { a: {} }, faults: [{ at: '1m', slow: 'a' }] })).toEqual([
      'faults[0].by: missing: a fault { at, slow, by, for } needs "by"',
    ]);
    expect(errorsOf({ services: { a: {} }, faults: [{ at: '1m', explode: 'a' }] })[0]).toMatch(
      /^faults\[0\]: expected a fault/,
    );
  });

  it('checks names across the whole scenario', () => {
    const errors = errorsOf({
      services: { web: {} },
      traffic: { users: { to: 'wbe', rate: 5 } },
      faults: [
        { at: '10s', kill: 'node-9' },
        { at: '10s', crash: 'db-1' },
        { at: '10s', deploy: 'web', version: 'v3' },
      ],
      goals: [{ latency: 'user', below: '1s' }, { event: 'breakerOpen' }],
    });
    expect(errors).toEqual([
      'traffic.users.to: no service named "wbe" (did you mean "web"?)',
      'faults[0].kill: no node named "node-9" (did you mean "node-1"?)',
      'faults[1].crash: "db-1" is not an instance name: instances are named after their service, like "web-1"',
      'faults[2].version: no version of web named "v3" (did you mean "v1"?)',
      'goals[0].latency: no service or traffic source named "user" (did you mean "users"?)',
      'goals[1].event: no event named "breakerOpen" (did you mean "breakerOpened"?)',
    ]);
  });

  it('refuses a loop of calls, and a fault after the end', () => {
    expect(errorsOf({ services: { a: { calls: ['b'] }, b: { calls: ['a'] } } })).toEqual([
      'services.a.calls: calls go round in a loop: a → b → a',
    ]);
    expect(
      errorsOf({ duration: '1m', services: { a: {} }, faults: [{ at: '2m', crash: 'a-1' }] }),
    ).toEqual(['faults[0].at: 2m is not before the end of the run (1m)']);
  });

  it('enforces the limits with a clear message', () => {
    expect(errorsOf({ duration: '30d', services: { a: {} } })).toEqual([
      'duration: at most 8d can be simulated',
    ]);
    expect(errorsOf({ services: { a: { replicas: 6000 } } })[0]).toBe(
      'services: at most 5000 instances in all (these ask for 6000)',
    );
  });

  it('never throws on garbage', () => {
    for (const input of [
      null,
      undefined,
      42,
      'text',
      [],
      { services: null },
      { services: { a: 7 } },
    ]) {
      const result = compileScenario(input);
      expect(result.ok).toBe(false);
    }
  });
});

describe('compileScenario: defaults from the reference', () => {
  const spec = specOf({
    services: {
      web: {
        calls: [{ to: 'api', retries: true, breaker: true, bulkhead: true }],
        readiness: true,
        autoscale: { max: 5, cpu: '60%' },
      },
      api: { runtime: 'vm' },
    },
    traffic: { users: { to: 'web', rate: 10 } },
  });
  const [web, api] = spec.services;

  it('fills in Kubernetes, resilience4j and Firecracker defaults', () => {
    expect(spec.cluster.nodeMonitorGracePeriodMs).toBe(50_000);
    expect(spec.cluster.podEvictionTimeoutMs).toBe(300_000);
    expect(web.readiness).toEqual({
      initialDelayMs: 0,
      periodMs: 10_000,
      timeoutMs: 1_000,
      successThreshold: 1,
      failureThreshold: 3,
    });
    expect(web.autoscale).toMatchObject({
      min: 1,
      max: 5,
      metric: 'cpu',
      target: 0.6,
      syncPeriodMs: 15_000,
      tolerance: 0.1,
      scaleDownWindowMs: 300_000,
    });
    expect(web.rollout).toEqual({
      maxSurge: { value: 25, percent: true },
      maxUnavailable: { value: 25, percent: true },
      progressDeadlineMs: 600_000,
    });
    const call = web.calls[0][0];
    expect(call.breaker).toMatchObject({
      failureRateThreshold: 50,
      waitDurationInOpenMs: 60_000,
      permittedCallsInHalfOpen: 10,
      minimumCalls: 100,
      windowSize: 100,
    });
    expect(call.bulkhead).toBe(25);
    expect(call.retry?.maxAttempts).toBe(3);
    expect(api.runtime).toEqual({ kind: 'vm', guestOsMiB: 512, bootMs: 40_000 });
    expect(specOf({ services: { f: { runtime: 'microvm' } } }).services[0].runtime).toEqual({
      kind: 'microvm',
      overheadMiB: 5,
      bootMs: 125,
    });
    expect(spec.cluster.serverlessBurst).toBe(100);
    expect(spec.cluster.serverlessRefillPerSec).toBe(20);
  });

  it('makes three nodes when containers need them, none when nothing does', () => {
    expect(spec.nodes.map((n) => n.name)).toEqual(['node-1', 'node-2', 'node-3']);
    expect(specOf({ services: { f: { runtime: 'serverless' } } }).nodes).toEqual([]);
  });

  it('reads `retries: 2` as two retries (three attempts)', () => {
    const s = specOf({ services: { a: { calls: [{ to: 'b', retries: 2 }] }, b: {} } });
    expect(s.services[0].calls[0][0].retry?.maxAttempts).toBe(3);
  });

  it('turns faults into a timeline sorted by time', () => {
    const s = specOf({
      services: { a: {}, b: {} },
      faults: [
        { at: '2m', cut: ['a', 'b'], for: '30s' },
        { at: '30s', slow: 'a', by: '1s' },
      ],
    });
    expect(s.timeline).toEqual([
      { atMs: 30_000, action: { type: 'addLatency', service: 'a', ms: 1000, durationMs: null } },
      { atMs: 120_000, action: { type: 'partition', from: 'a', to: 'b', durationMs: 30_000 } },
    ]);
  });

  it('labels goals in words', () => {
    const s = specOf({
      duration: '10m',
      services: { a: {} },
      traffic: { users: { to: 'a', rate: 1 } },
      goals: [
        { latency: 'users', below: '500ms', from: '2m' },
        { errorRate: 'a', below: '1%' },
      ],
    });
    expect(s.goals.map((g) => g.label)).toEqual([
      'p99 latency of users below 500ms from 2m',
      'error rate of a below 1%',
    ]);
    expect(s.goals[0]).toMatchObject({
      scope: 'traffic',
      percentile: 99,
      fromMs: 120_000,
      toMs: 600_000,
    });
  });
});
