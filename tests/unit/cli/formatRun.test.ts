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
});
