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

describe('compileScenario: start, all-running and machines-used goals', () => {
  const base = {
    hosts: [{ name: 'rack-1' }],
    services: { web: {}, vms: { runtime: 'vm' } },
  };

  it('compiles them with their defaults and labels', () => {
    const s = specOf({
      ...base,
      goals: [
        { startTime: 'vms', below: '30s' },
        { startTime: 'all', percentile: 90, below: '2s', label: 'quick' },
        { allRunning: 'web', by: '1m' },
        { machinesUsed: 'hosts', below: 2 },
      ],
    });
    expect(s.goals).toEqual([
      {
        kind: 'startTime',
        label: 'slowest start of vms below 30s',
        service: 'vms',
        percentile: 100,
        belowMs: 30_000,
      },
      { kind: 'startTime', label: 'quick', service: null, percentile: 90, belowMs: 2000 },
      {
        kind: 'allRunning',
        label: 'every web replica running by 1m',
        service: 'web',
        byMs: 60_000,
      },
      {
        kind: 'machinesUsed',
        label: 'fewer than 2 hosts in use at once',
        machines: 'hosts',
        below: 2,
      },
    ]);
  });

  it('suggests the goal key a reader misspelt, and the option inside it', () => {
    expect(errorsOf({ ...base, goals: [{ startTim: 'web', below: '1s' }] })).toEqual([
      'goals[0]: unknown option "startTim" (did you mean "startTime"?)',
    ]);
    expect(errorsOf({ ...base, goals: [{ allrunning: 'web', by: '1m' }] })).toEqual([
      'goals[0]: unknown option "allrunning" (did you mean "allRunning"?)',
    ]);
    expect(errorsOf({ ...base, goals: [{ machinesUsed: 'hosts', blow: 2 }] })).toEqual([
      'goals[0].below: missing: a machines-used goal { machinesUsed, below } needs "below"',
      'goals[0].blow: unknown option "blow" (did you mean "below"?)',
    ]);
  });

  it('checks values and names with located messages', () => {
    expect(
      errorsOf({
        ...base,
        goals: [
          { startTime: 'web', percentile: 0, below: '1s' },
          { allRunning: 'web', by: 'soon' },
          { machinesUsed: 'racks', below: 1.5 },
        ],
      }),
    ).toEqual([
      'goals[0].percentile: percentile is at least 1',
      'goals[1].by: expected a duration like "250ms", "30s" or "5m", got "soon"',
      'goals[2].machinesUsed: machinesUsed is "hosts" or "nodes"',
      'goals[2].below: below must be a whole number',
    ]);
    expect(
      errorsOf({
        ...base,
        goals: [
          { startTime: 'wbe', below: '1s' },
          { allRunning: 'vm', by: '1m' },
          { allRunning: 'web', by: '6m' },
        ],
      }),
    ).toEqual([
      'goals[0].startTime: no service named "wbe" (did you mean "web"?)',
      'goals[1].allRunning: no service named "vm" (did you mean "vms"?)',
      'goals[2].by: 6m is after the end of the run (5m)',
    ]);
  });

  it('refuses to count machines a scenario does not have', () => {
    expect(
      errorsOf({ services: { web: {} }, goals: [{ machinesUsed: 'hosts', below: 2 }] }),
    ).toEqual([
      'goals[0].machinesUsed: this scenario has no hosts to count (add some under `hosts`)',
    ]);
    // Hosts added by a fault later in the run count.
    const s = specOf({
      services: { web: {} },
      faults: [{ at: '1m', addNode: { name: 'rack-9', kind: 'host' } }],
      goals: [{ machinesUsed: 'hosts', below: 2 }],
    });
    expect(s.goals[0].kind).toBe('machinesUsed');
  });
});

describe('compileScenario: CPU-seconds goals', () => {
  const base = { services: { shop: {}, images: {} } };

  it('compiles one service or all of them, with a label by default', () => {
    const s = specOf({
      ...base,
      goals: [
        { cpuSeconds: 'images', atLeast: 900 },
        { cpuSeconds: 'all', atLeast: 1200, label: 'the work is done' },
      ],
    });
    expect(s.goals).toEqual([
      {
        kind: 'cpuSeconds',
        label: 'at least 900 CPU-seconds of work by images',
        service: 'images',
        atLeast: 900,
      },
      { kind: 'cpuSeconds', label: 'the work is done', service: null, atLeast: 1200 },
    ]);
  });

  it('locates a missing bound, a bad number and a misspelt service', () => {
    expect(errorsOf({ ...base, goals: [{ cpuSeconds: 'all', below: 1200 }] })).toEqual([
      'goals[0].atLeast: missing: a CPU-seconds goal { cpuSeconds, atLeast } needs "atLeast"',
      'goals[0].below: unknown option "below"',
    ]);
    expect(
      errorsOf({
        ...base,
        goals: [
          { cpuSeconds: 'all', atLeast: -1 },
          { cpuSeconds: 'all', atLeast: '1200' },
          { cpuSeconds: 'image', atLeast: 900 },
        ],
      }),
    ).toEqual([
      'goals[0].atLeast: atLeast must not be negative',
      'goals[1].atLeast: atLeast must be a number',
    ]);
    expect(errorsOf({ ...base, goals: [{ cpuSeconds: 'image', atLeast: 900 }] })).toEqual([
      'goals[0].cpuSeconds: no service named "image" (did you mean "images"?)',
    ]);
    expect(errorsOf({ ...base, goals: [{ cpuSecond: 'all', atLeast: 900 }] })).toEqual([
      'goals[0]: unknown option "cpuSecond" (did you mean "cpuSeconds"?)',
    ]);
  });
});

describe('compileScenario: asynchronous calls and queues of messages', () => {
  const base = (emails: Record<string, unknown> = {}, call: Record<string, unknown> = {}) => ({
    services: { shop: { calls: [{ to: 'emails', async: true, ...call }] }, emails },
  });

  it('compiles async calls and the queue options with their defaults', () => {
    const s = specOf(base());
    expect(s.services[0].calls[0][0].async).toBe(true);
    expect(s.services[1].messageQueue).toEqual({
      maxBacklog: Infinity,
      whenFull: 'reject',
      maxDeliveries: 5,
    });
    const t = specOf(
      base({
        messageQueue: { maxBacklog: 1000, whenFull: 'dropOldest', maxDeliveries: 2 },
        autoscale: { min: 0, max: 5, backlogPerReplica: 100 },
      }),
    );
    expect(t.services[1].messageQueue).toEqual({
      maxBacklog: 1000,
      whenFull: 'dropOldest',
      maxDeliveries: 2,
    });
    expect(t.services[1].autoscale).toMatchObject({ min: 0, metric: 'backlog', target: 100 });
    expect(specOf({ services: { a: { calls: ['b'] }, b: {} } }).services[0].calls[0][0].async).toBe(
      false,
    );
  });

  it('reports bad queue options where they are', () => {
    expect(errorsOf(base({}, { async: 'yes' }))).toEqual([
      'services.shop.calls[0].async: async is true or false',
    ]);
    expect(errorsOf(base({ messageQueue: { whenFull: 'block' } }))).toEqual([
      'services.emails.messageQueue.whenFull: whenFull is "reject" or "dropOldest"',
    ]);
    expect(errorsOf(base({ messageQueue: { maxBacklog: 0 } }))).toEqual([
      'services.emails.messageQueue.maxBacklog: maxBacklog must be at least 1, got 0',
    ]);
    expect(errorsOf(base({ messageQueue: { maxDelivery: 3 } }))).toEqual([
      'services.emails.messageQueue.maxDelivery: unknown option "maxDelivery" (did you mean "maxDeliveries"?)',
    ]);
  });

  it('needs an async caller for backlog scaling and backlog goals', () => {
    expect(
      errorsOf({
        services: {
          shop: { calls: ['emails'] },
          emails: { autoscale: { max: 3, backlogPerReplica: 10 } },
        },
      }),
    ).toEqual([
      'services.emails.autoscale.backlogPerReplica: no service calls emails with async: true, so it has no queue of messages to scale on',
    ]);
    expect(errorsOf({ ...base(), goals: [{ backlog: 'shop', below: 10 }] })).toEqual([
      'goals[0].backlog: no service calls shop with async: true, so it has no queue of messages',
    ]);
    expect(errorsOf({ ...base(), goals: [{ backlog: 'email', below: 10 }] })).toEqual([
      'goals[0].backlog: no service named "email" (did you mean "emails"?)',
    ]);
    expect(errorsOf(base({ autoscale: { max: 3, rps: 5, backlogPerReplica: 10 } }))).toEqual([
      'services.emails.autoscale: autoscale needs exactly one target: cpu, concurrency, rps or backlogPerReplica',
    ]);
  });

  it('compiles a backlog goal with a readable label', () => {
    const s = specOf({ ...base(), goals: [{ backlog: 'emails', below: 500, from: '1m' }] });
    expect(s.goals[0]).toEqual({
      kind: 'backlog',
      label: 'emails backlog below 500 messages from 1m',
      service: 'emails',
      below: 500,
      fromMs: 60_000,
      toMs: 300_000,
    });
  });
});
