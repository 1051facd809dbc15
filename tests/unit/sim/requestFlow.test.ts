import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import { sumSeconds } from '../helpers/logOf.ts';
import { runWorld } from '../helpers/runWorld.ts';

const roomy = { nodes: 4, node: { cpu: 32, memory: '64Gi' } };

describe('request flow', () => {
  it('retries multiply the load on a failing dependency: 3 attempts at 50% failure = 1.75x', () => {
    const run = runWorld({
      duration: '10m',
      cluster: roomy,
      services: {
        front: {
          replicas: 2,
          cpu: 2,
          work: '1ms',
          calls: [{ to: 'back', retries: { attempts: 3, base: '10ms' } }],
        },
        back: { replicas: 2, cpu: 2, work: '1ms' },
      },
      traffic: { users: { to: 'front', rate: 50 } },
      faults: [{ at: '0s', fail: 'back', rate: 0.5 }],
    });
    const requests = run.services.front.requests;
    expect(run.services.back.requests / requests).toBeGreaterThan(1.75 * 0.97);
    expect(run.services.back.requests / requests).toBeLessThan(1.75 * 1.03);
    // Only when all three attempts fail does the request fail: 12.5%.
    expect(run.services.front.failed / requests).toBeGreaterThan(0.125 * 0.9);
    expect(run.services.front.failed / requests).toBeLessThan(0.125 * 1.1);
  });

  it('a timeout does not stop the work it started: the callee finishes what nobody waits for', () => {
    const run = runWorld({
      duration: '2m',
      cluster: roomy,
      services: {
        front: { cpu: 4, work: '1ms', calls: [{ to: 'slow', timeout: '100ms' }] },
        slow: { cpu: 8, concurrency: 100, work: '300ms' },
      },
      traffic: { users: { to: 'front', rate: 10 } },
    });
    expect(run.services.front.completed).toBe(0);
    // All but the last few (still in flight when the run ends) timed out.
    expect(run.services.front.failedBy.timeout).toBeGreaterThan(run.services.front.requests - 5);
    // Every one of those requests was still worked on to the end.
    expect(run.services.slow.completed).toBeGreaterThanOrEqual(run.services.slow.requests - 10);
  });

  it('propagated deadlines drop work nobody waits for, so an overloaded service still answers some in time', () => {
    const scenario = (deadlines: boolean): Scenario => ({
      duration: '3m',
      cluster: roomy,
      services: {
        front: { cpu: 4, work: '1ms', calls: [{ to: 'back', timeout: '500ms' }] },
        back: { cpu: 1, concurrency: 1, queue: 100_000, work: '100ms', deadlines },
      },
      // 15 requests/s for a service that can do 10.
      traffic: { users: { to: 'front', rate: 15 } },
    });
    const without = runWorld(scenario(false));
    const withDeadlines = runWorld(scenario(true));
    // Without deadlines the queue grows for ever and almost every answer comes too late.
    expect(without.services.front.completed).toBeLessThan(0.02 * without.services.front.requests);
    expect(without.services.back.failedBy.shed).toBe(0);
    // With them, expired work is dropped and a good share is answered in time
    // (not all: work taken just before its deadline still finishes too late).
    expect(withDeadlines.services.front.completed).toBeGreaterThan(
      0.2 * withDeadlines.services.front.requests,
    );
    expect(withDeadlines.services.back.failedBy.shed).toBeGreaterThan(
      0.2 * withDeadlines.services.back.requests,
    );
  });

  it('a bulkhead caps the calls in flight from each caller instance and rejects the rest at once', () => {
    const run = runWorld({
      duration: '1m',
      cluster: roomy,
      services: {
        front: {
          replicas: 1,
          cpu: 4,
          concurrency: 200,
          work: '1ms',
          calls: [{ to: 'slow', bulkhead: 5 }],
        },
        slow: { cpu: 8, concurrency: 200, work: '1s' },
      },
      traffic: { users: { to: 'front', rate: 20 } },
    });
    // At most 5 calls in flight: about 5 per second get through, the rest are rejected.
    expect(Math.max(...run.out.edges['front→slow'].inFlight)).toBeLessThanOrEqual(5);
    expect(run.services.front.failedBy.bulkhead).toBeGreaterThan(0.6 * run.services.front.requests);
  });

  it('a fallback turns a failed call into a degraded answer', () => {
    const run = runWorld({
      duration: '1m',
      cluster: roomy,
      services: {
        checkout: { cpu: 2, work: '1ms', calls: [{ to: 'recs', fallback: true }] },
        recs: { cpu: 2, work: '1ms' },
      },
      traffic: { users: { to: 'checkout', rate: 20 } },
      faults: [{ at: '0s', fail: 'recs', rate: 1 }],
    });
    expect(run.services.checkout.failed).toBe(0);
    expect(run.services.checkout.degraded).toBe(run.services.checkout.completed);
    expect(run.services.checkout.completed).toBeGreaterThan(1000);
  });

  it('parallel calls take as long as the slowest, sequential ones the sum', () => {
    const latency = (parallel: boolean) =>
      runWorld({
        duration: '1m',
        cluster: { ...roomy, networkLatency: 0 },
        services: {
          page: { cpu: 4, work: '0ms', calls: parallel ? [{ parallel: ['a', 'b'] }] : ['a', 'b'] },
          a: { cpu: 16, concurrency: 100, work: '100ms' },
          b: { cpu: 16, concurrency: 100, work: '200ms' },
        },
        traffic: { users: { to: 'page', rate: 5 } },
      }).services.page.latencyMs.mean;
    expect(latency(true)).toBe(200);
    expect(latency(false)).toBe(300);
  });

  it('a network cut makes calls hang until their timeout, both ways, for as long as it lasts', () => {
    const run = runWorld({
      duration: '1m',
      cluster: roomy,
      services: {
        a: { cpu: 2, work: '1ms', calls: [{ to: 'b', timeout: '200ms' }] },
        b: { cpu: 2, work: '1ms' },
      },
      traffic: { users: { to: 'a', rate: 20 } },
      faults: [{ at: '20s', cut: ['a', 'b'], for: '10s' }],
    });
    const timeouts = run.out.services.a.failed.timeout;
    expect(sumSeconds(timeouts, 0, 20)).toBe(0);
    expect(sumSeconds(timeouts, 20, 31)).toBeGreaterThan(150);
    expect(sumSeconds(timeouts, 31, 60)).toBe(0);
  });

  it('a rate limit lets through its rate and rejects the rest', () => {
    const run = runWorld({
      duration: '2m',
      cluster: roomy,
      services: { api: { cpu: 4, work: '1ms', rateLimit: { rps: 50, burst: 50 } } },
      traffic: { users: { to: 'api', rate: 100 } },
    });
    const share = run.services.api.failedBy.rateLimited / run.services.api.requests;
    expect(share).toBeGreaterThan(0.45);
    expect(share).toBeLessThan(0.55);
  });

  it('a full queue sheds: the queue never holds more than its limit', () => {
    const run = runWorld({
      duration: '1m',
      cluster: roomy,
      services: { api: { cpu: 1, concurrency: 1, queue: 5, work: '100ms' } },
      traffic: { users: { to: 'api', rate: 20 } },
    });
    expect(Math.max(...run.out.services.api.queued)).toBeLessThanOrEqual(5);
    expect(run.services.api.failedBy.shed).toBeGreaterThan(0.4 * run.services.api.requests);
  });

  it('a service with no ready instance answers "unavailable"', () => {
    const run = runWorld({
      duration: '10s',
      cluster: roomy,
      services: { api: { replicas: 0 } },
      traffic: { users: { to: 'api', rate: 10 } },
    });
    expect(run.services.api.failedBy.unavailable).toBe(run.services.api.requests);
  });
});
