import { describe, expect, it } from 'vitest';
import { firstAt, logOf, sumSeconds } from '../helpers/logOf.ts';
import { runWorld } from '../helpers/runWorld.ts';

describe('node failure, detection and rescheduling', () => {
  const run = runWorld({
    duration: '8m',
    cluster: { nodes: 3 },
    services: { web: { replicas: 3, cpu: 1, work: '5ms' } },
    traffic: { users: { to: 'web', rate: 30, timeout: '2s' } },
    faults: [{ at: '60s', kill: 'node-1' }],
  });
  const victims = logOf(run, 'instanceScheduled').filter(
    (e) => e.t === 0 && e.detail.node === 'node-1',
  );

  it('spreads the three instances over the three nodes', () => {
    expect(victims).toHaveLength(1);
  });

  it('marks the node NotReady after the 50 s grace period and evicts its pods 300 s later', () => {
    expect(firstAt(run, 'nodeDown', 'node-1')).toBe(60_000);
    expect(firstAt(run, 'nodeNotReady', 'node-1')).toBe(110_000);
    expect(firstAt(run, 'nodeEvicted', 'node-1')).toBe(410_000);
    expect(firstAt(run, 'instanceLost', victims[0].subject)).toBe(410_000);
  });

  it('recreates the lost instance on another node after the eviction', () => {
    const replacement = logOf(run, 'instanceScheduled').find((e) => e.t >= 410_000);
    expect(replacement).toBeDefined();
    expect(replacement?.detail.node).not.toBe('node-1');
    expect(logOf(run, 'instanceScheduled').filter((e) => e.t > 0 && e.t < 410_000)).toHaveLength(0);
  });

  it('loses the requests sent to the dead instance until it leaves the load balancer', () => {
    const users = run.out.traffic.users;
    expect(sumSeconds(users.failed.timeout, 0, 60)).toBe(0);
    // A third of 30 requests/s for the 50 s the node is down but still in the endpoints.
    const lost = sumSeconds(users.failed.timeout, 60, 112);
    expect(lost).toBeGreaterThan(400);
    expect(lost).toBeLessThan(600);
    expect(sumSeconds(users.failed.timeout, 112, users.sent.length)).toBe(0);
  });
});

describe('kernel panic and restore', () => {
  const run = runWorld({
    duration: '3m',
    cluster: { nodes: 2, node: { boot: '30s' } },
    services: { web: { replicas: 2, cpu: 1, work: '5ms' } },
    traffic: { users: { to: 'web', rate: 20, timeout: '2s' } },
    faults: [
      { at: '20s', panic: 'web-1' },
      { at: '100s', kill: 'node-2' },
      { at: '120s', restore: 'node-2' },
    ],
  });

  it('a panic in a container is its node kernel panic: the node reboots and what ran on it is lost at once', () => {
    const node = logOf(run, 'instanceScheduled', 'web-1')[0].detail.node as string;
    expect(firstAt(run, 'nodeRebooting', node)).toBe(20_000);
    expect(firstAt(run, 'instanceLost', 'web-1')).toBe(20_000);
    expect(logOf(run, 'nodeReady', node).map((e) => e.t)).toContain(50_000);
  });

  it('a restored node boots again; what ran on it is replaced', () => {
    expect(firstAt(run, 'nodeRestored', 'node-2')).toBe(120_000);
    expect(logOf(run, 'nodeReady', 'node-2').map((e) => e.t)).toContain(150_000);
    const lost = logOf(run, 'instanceLost').filter((e) => e.t === 120_000);
    expect(lost.length).toBeGreaterThan(0);
  });
});
