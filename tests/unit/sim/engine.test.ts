import { describe, expect, it } from 'vitest';
import { Engine, mergeTimeline } from '../../../src/sim/engine.ts';
import { DEFAULT_LIMITS } from '../../../src/sim/limits.ts';
import { logOf } from '../helpers/logOf.ts';
import { runWorld, specOf } from '../helpers/runWorld.ts';
import type { TimedAction } from '../../../src/sim/worldSpec.ts';

const small = specOf({
  duration: '1m',
  cluster: { nodes: 1 },
  services: { api: { cpu: 2, work: '5ms' } },
  traffic: { users: { to: 'api', rate: 100 } },
});

describe('engine', () => {
  it('stops with a clear log line instead of running past its event limit', () => {
    const engine = new Engine(small, { limits: { maxEvents: 5000 } });
    engine.advance(small.durationMs);
    expect(engine.st.stopped?.reason).toBe('more than 5,000 events');
    expect(engine.done).toBe(true);
    expect(engine.st.t).toBeLessThan(small.durationMs);
    const last = engine.out.log.at(-1);
    expect(last?.kind).toBe('limit');
  });

  it('stops when too many requests are in flight at once', () => {
    const run = runWorld(
      {
        duration: '1m',
        cluster: { nodes: 1 },
        services: { api: { cpu: 1, concurrency: 1, queue: 1_000_000, work: '1s' } },
        traffic: { users: { to: 'api', rate: 200, timeout: '1h' } },
      },
      { limits: { maxInFlight: 1000 } },
    );
    expect(run.stopped).toBe('more than 1,000 requests in flight');
    expect(logOf(run, 'limit')).toHaveLength(1);
  });

  it('has generous default limits', () => {
    expect(DEFAULT_LIMITS.maxEvents).toBeGreaterThanOrEqual(10_000_000);
    expect(DEFAULT_LIMITS.maxDurationMs).toBeGreaterThanOrEqual(7 * 24 * 3600 * 1000);
  });

  it('runs in slices: advancing step by step gives the same run as one go', () => {
    const whole = new Engine(small);
    whole.advance(small.durationMs);
    const sliced = new Engine(small);
    for (let t = 777; t < small.durationMs + 777; t += 777) sliced.advance(t);
    expect(sliced.st.hash).toEqual(whole.st.hash);
    expect(sliced.st.events).toBe(whole.st.events);
    expect(sliced.out.services.api.requests).toEqual(whole.out.services.api.requests);
  });

  it('takes a checkpoint at the start and every few simulated seconds', () => {
    const engine = new Engine(small);
    engine.advance(small.durationMs);
    const times = engine.checkpoints.map((c) => c.t);
    expect(times[0]).toBe(0);
    for (let i = 1; i < times.length; i++)
      expect(times[i] - times[i - 1]).toBe(small.checkpointEveryMs);
    expect(times.at(-1)).toBe(small.durationMs);
  });

  it('merges the timeline by time, keeping the scenario before interventions at the same moment', () => {
    const scenarioAction: TimedAction = { atMs: 100, action: { type: 'killNode', node: 'a' } };
    const later: TimedAction = { atMs: 50, action: { type: 'killNode', node: 'b' } };
    const same: TimedAction = { atMs: 100, action: { type: 'killNode', node: 'c' } };
    const merged = mergeTimeline({ ...small, timeline: [scenarioAction] }, [same, later]);
    expect(merged).toEqual([later, scenarioAction, same]);
  });

  it('applies an action before the events of its millisecond', () => {
    const run = runWorld({
      duration: '10s',
      cluster: { nodes: 1 },
      services: { api: { crashAfter: '5s' } },
      faults: [{ at: '5s', crash: 'api-1' }],
    });
    // The fault crashes it at 5 s; its own crash timer of the same millisecond is then cancelled.
    const crashes = logOf(run, 'instanceCrashed').filter((e) => e.t === 5000);
    expect(crashes).toHaveLength(1);
    expect(logOf(run, 'fault')[0].t).toBe(5000);
    expect(run.out.log.indexOf(logOf(run, 'fault')[0])).toBeLessThan(
      run.out.log.indexOf(crashes[0]),
    );
  });
});
