import { describe, expect, it } from 'vitest';
import { sumSeconds } from '../helpers/logOf.ts';
import { runWorld } from '../helpers/runWorld.ts';

const roomy = { nodes: 2, node: { cpu: 32, memory: '64Gi' } };
const sink = { sink: { cpu: 16, concurrency: 1000, work: '1ms' } };

describe('traffic', () => {
  it('a constant Poisson source sends its rate on average (within 3 standard deviations)', () => {
    const run = runWorld({
      duration: '10m',
      cluster: roomy,
      services: sink,
      traffic: { users: { to: 'sink', rate: 40 } },
    });
    const n = run.traffic.users.requests;
    const expected = 40 * 600;
    expect(Math.abs(n - expected)).toBeLessThan(3 * Math.sqrt(expected));
  });

  it('follows a spike: base rate before and after, peak rate during it', () => {
    const run = runWorld({
      duration: '6m',
      cluster: roomy,
      services: sink,
      traffic: {
        users: { to: 'sink', rate: { spike: { base: 20, peak: 200, at: '2m', for: '1m' } } },
      },
    });
    const sent = run.out.traffic.users.sent;
    const before = sumSeconds(sent, 0, 120) / 120;
    const during = sumSeconds(sent, 120, 180) / 60;
    const after = sumSeconds(sent, 180, 360) / 180;
    expect(Math.abs(before - 20)).toBeLessThan(2);
    expect(Math.abs(during - 200)).toBeLessThan(10);
    expect(Math.abs(after - 20)).toBeLessThan(2);
    expect(run.out.traffic.users.rate[150]).toBe(200);
  });

  it('a daily cycle peaks when told and bottoms out twelve hours later', () => {
    const run = runWorld({
      duration: '1d',
      cluster: roomy,
      services: sink,
      traffic: { users: { to: 'sink', rate: { daily: { min: 2, max: 20, peakAt: '14h' } } } },
      traceSampling: 0,
    });
    const rate = run.out.traffic.users.rate;
    // A day is sampled every 30 s: sample i covers [30 i s, 30 (i + 1) s).
    const step = run.out.stepMs / 1000;
    expect(step).toBe(30);
    expect(rate[(14 * 3600) / step]).toBeCloseTo(20, 1);
    expect(rate[(2 * 3600) / step]).toBeCloseTo(2, 1);
    const peakHour =
      sumSeconds(run.out.traffic.users.sent, (13.5 * 3600) / step, (14.5 * 3600) / step) / 3600;
    expect(Math.abs(peakHour - 19.8)).toBeLessThan(1);
  });

  it('closed-loop clients send one request at a time: throughput = clients / (think + latency)', () => {
    const run = runWorld({
      duration: '10m',
      cluster: { ...roomy, networkLatency: 0 },
      services: { api: { cpu: 16, concurrency: 100, work: '100ms' } },
      traffic: { users: { to: 'api', clients: 10, think: '900ms' } },
    });
    const perSecond = run.traffic.users.requests / 600;
    expect(Math.abs(perSecond - 10)).toBeLessThan(0.2);
  });

  it('a traffic spike fault multiplies the rate for its duration', () => {
    const run = runWorld({
      duration: '3m',
      cluster: roomy,
      services: sink,
      traffic: { users: { to: 'sink', rate: 30 } },
      faults: [{ at: '60s', spike: 'users', factor: 4, for: '60s' }],
    });
    const sent = run.out.traffic.users.sent;
    expect(Math.abs(sumSeconds(sent, 60, 120) / 60 - 120)).toBeLessThan(8);
    expect(Math.abs(sumSeconds(sent, 120, 180) / 60 - 30)).toBeLessThan(4);
  });
});
