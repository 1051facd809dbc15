import { describe, expect, it } from 'vitest';
import { formatRunJson, formatRunTable } from '../../../src/cli/formatRun.ts';
import { runWorld } from '../helpers/runWorld.ts';

describe('formatRun', () => {
  const run = runWorld({
    name: 'tiny',
    duration: '20s',
    cluster: { nodes: 1 },
    services: { api: { cpu: 1, work: '10ms' }, idle: {} },
    traffic: { users: { to: 'api', rate: 10 } },
    faults: [{ at: '5s', fail: 'api', rate: 1, for: '1s' }],
    goals: [{ errorRate: 'users', below: '1%' }],
  });

  it('writes the JSON summary with rounded numbers and null where nothing was measured', () => {
    const json = formatRunJson(run);
    expect(json.services.api.latencyMs.p50).toBe(10);
    expect(json.services.idle.latencyMs).toEqual({ mean: null, p50: null, p95: null, p99: null });
    expect(json.services.api.failedBy.error).toBeGreaterThan(0);
    expect(json.goals).toEqual([
      {
        name: 'error rate of users below 1%',
        pass: false,
        value: expect.any(Number),
        target: 0.01,
        unit: 'ratio',
      },
    ]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('writes a table with the causes of failure, the notable events and the goals', () => {
    const text = formatRunTable(run);
    expect(text.split('\n')[0]).toMatch(
      /^tiny: 20s simulated, [\d,]+ events, seed 1, hash [0-9a-f]{16}$/,
    );
    expect(text).toMatch(/^api\s+\d+\s+\d+\s+0\s+\d+\s+10ms\s+\S+\s+error \d+$/m);
    expect(text).toContain('0:05.000  fault: api fails 100% of requests for 1s');
    expect(text).toMatch(/FAIL {2}error rate of users below 1% {2}\(measured \d+(\.\d+)?%\)/);
  });
  it('says how a long run is sampled, and words the start, all-running and machines goals', () => {
    const long = runWorld({
      duration: '2h',
      hosts: [{ name: 'rack-1' }],
      cluster: { nodes: 1 },
      services: { web: { replicas: 0 }, vms: { runtime: 'vm', replicas: 1 } },
      faults: [{ at: '1m', scale: 'web', replicas: 2 }],
      goals: [
        { startTime: 'web', below: '5s' },
        { allRunning: 'web', by: '2m' },
        { machinesUsed: 'hosts', below: 2 },
      ],
    });
    expect(formatRunJson(long).sampleStepMs).toBe(2000);
    expect(formatRunJson(run).sampleStepMs).toBe(1000);
    const text = formatRunTable(long);
    expect(text.split('\n')[1]).toBe('series sampled every 2s (a long run)');
    expect(formatRunTable(run)).not.toContain('sampled every');
    expect(text).toContain('PASS  slowest start of web below 5s  (measured 1.7s)');
    expect(text).toContain('PASS  every web replica running by 2m  (measured 1m2s)');
    expect(text).toContain('PASS  fewer than 2 hosts in use at once  (measured 1)');
  });

  it('words a CPU-seconds goal', () => {
    const busy = runWorld({
      duration: '20s',
      cluster: { nodes: 1 },
      services: { api: { cpu: 1, work: '100ms' } },
      traffic: { users: { to: 'api', rate: 5 } },
      goals: [{ cpuSeconds: 'all', atLeast: 5 }],
    });
    const value = busy.goals[0].value;
    expect(value).toBeGreaterThan(8);
    expect(formatRunTable(busy)).toContain(
      `PASS  at least 5 CPU-seconds of work by all services  (measured ${Math.round(value)} CPU-seconds)`,
    );
    expect(formatRunJson(busy).goals[0]).toMatchObject({ target: 5, unit: 'cpuSeconds' });
  });

  it('adds a table of the queues of messages, and their totals in the JSON', () => {
    const queued = runWorld({
      duration: '20s',
      cluster: { nodes: 1 },
      services: {
        shop: { cpu: 1, work: '1ms', calls: [{ to: 'emails', async: true }] },
        emails: { concurrency: 1, work: '50ms', messageQueue: { maxBacklog: 50 } },
      },
      traffic: { orders: { to: 'shop', rate: 40 } },
      goals: [{ backlog: 'emails', below: 10 }],
    });
    const text = formatRunTable(queued);
    const lines = text.split('\n');
    const head = lines.findIndex((l) => l.startsWith('queue of messages'));
    expect(lines[head]).toMatch(/published +consumed +redelivered +dead-lettered +refused/);
    const q = queued.queues.emails;
    expect(lines[head + 1]).toMatch(
      new RegExp(
        `^emails +${q.published} +${q.consumed} +0 +0 +${q.rejected} +0 +${q.peakBacklog} `,
      ),
    );
    expect(q.rejected).toBeGreaterThan(0);
    expect(text).toContain('FAIL  emails backlog below 10 messages  (measured 50)');
    expect(formatRunJson(queued).queues.emails).toEqual(q);
    expect(formatRunTable(run)).not.toContain('queue of messages');
  });
});
