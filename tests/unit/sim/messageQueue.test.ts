import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import { Engine } from '../../../src/sim/engine.ts';
import { tableLive } from '../../../src/sim/slotTable.ts';
import { rerun, seek, simulate } from '../../../src/sim/simulate.ts';
import { logOf } from '../helpers/logOf.ts';
import { runWorld, specOf } from '../helpers/runWorld.ts';

/*
 * Asynchronous calls through a broker: the caller answers without waiting,
 * the callee's instances consume the queue as fast as they can, and a message
 * is delivered at least once.
 */

/** 20 orders/s for 20 s, 200/s for 10 s, then 20/s; the consumer does 50/s (1 core, 20 ms each). */
function burst(extra: Partial<Scenario['services'][string]> = {}, seed = 1): Scenario {
  return {
    seed,
    duration: '90s',
    cluster: { nodes: 2, networkLatency: '1ms' },
    services: {
      shop: {
        replicas: 2,
        cpu: 1,
        work: '2ms',
        calls: [{ to: 'emails', async: true }],
      },
      emails: { replicas: 1, cpu: 1, concurrency: 1, work: '20ms', ...extra },
    },
    traffic: {
      orders: {
        to: 'shop',
        rate: {
          steps: [
            ['0s', 20],
            ['20s', 200],
            ['30s', 20],
          ],
        },
      },
    },
    traceSampling: 0,
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('asynchronous calls through a queue', () => {
  const run = runWorld(burst());
  const emails = run.out.services.emails;
  const orders = run.out.traffic.orders;

  it('absorbs a burst: the caller stays fast while the backlog grows, then drains', () => {
    // The shop answers after its 2 ms of work and the publish (one hop there, one back).
    expect(run.traffic.orders.failed).toBe(0);
    expect(run.traffic.orders.latencyMs.p99).toBeLessThan(25);
    for (let s = 0; s < 90; s++) if (orders.ok[s] > 0) expect(orders.p99[s]).toBeLessThan(25);
    // 150/s more than the consumer's 50/s for 10 s: about 1,500 messages wait at 30 s.
    expect(emails.backlog[29]).toBeGreaterThan(1200);
    expect(emails.backlog[29]).toBeLessThan(1700);
    expect(emails.backlog[25]).toBeLessThan(emails.backlog[29]);
    // The oldest message has waited most of the burst.
    expect(emails.oldestMessage[29]).toBeGreaterThan(5_000);
    // Drained at 30/s net: gone before the end.
    expect(emails.backlog[89]).toBe(0);
    expect(emails.oldestMessage[89]).toBe(0);
    // Consumed per second never exceeds what one core can do (50/s).
    expect(Math.max(...emails.consumed)).toBeLessThanOrEqual(51);
    expect(Math.max(...emails.consumed)).toBeGreaterThanOrEqual(48);
  });

  it('consumes every published message, and counts deliveries as the consumer’s requests', () => {
    const q = run.queues.emails;
    expect(q.published).toBe(run.traffic.orders.requests);
    expect(q.published).toBe(sum(emails.published));
    expect(q.consumed + q.backlog).toBeLessThanOrEqual(q.published);
    expect(q.published - q.consumed - q.backlog).toBeLessThanOrEqual(1); // at most one in work
    expect(q.redelivered + q.deadLettered + q.rejected + q.dropped).toBe(0);
    expect(run.services.emails.requests).toBe(q.consumed + (q.published - q.consumed - q.backlog));
    // Processing a message has no deadline: none timed out even after minutes in the queue.
    expect(run.services.emails.failedBy.timeout).toBe(0);
    expect(Object.keys(run.queues)).toEqual(['emails']);
  });

  it('gives the same run for the same seed, and another for another seed', () => {
    const again = runWorld(burst());
    expect(again.hash).toBe(run.hash);
    expect(again.out.services.emails.backlog).toEqual(emails.backlog);
    expect(runWorld(burst({}, 2)).hash).not.toBe(run.hash);
  });

  it('re-runs from a checkpoint with an intervention to the same result as a full run', () => {
    const spec = specOf(burst({ replicas: 2, work: '100ms', concurrency: 2 }));
    const base = simulate(spec);
    const interventions = [
      { atMs: 27_300, action: { type: 'killInstance' as const, instance: 'emails-2' } },
    ];
    const full = simulate(spec, { interventions });
    const again = rerun(base, interventions);
    expect(full.queues.emails.redelivered).toBeGreaterThan(0);
    expect(again.hash).toBe(full.hash);
    expect(again.out.services.emails).toEqual(full.out.services.emails);
    expect(again.queues).toEqual(full.queues);
    // Seeking into the burst rebuilds the queue from a checkpoint.
    const world = seek(full, 28_500);
    expect(world.edges.find((e) => e.name === 'shop→emails')?.backlog).toBeGreaterThan(0);
  });

  it('the same traffic made synchronous fails instead of waiting in a queue', () => {
    const sync = burst();
    sync.services.shop.calls = [{ to: 'emails', timeout: '2s' }];
    const result = runWorld(sync);
    expect(result.traffic.orders.failed).toBeGreaterThan(100);
    expect(result.traffic.orders.latencyMs.p99).toBeGreaterThan(1000);
    expect(result.queues).toEqual({});
  });
});

describe('redelivery', () => {
  it('redelivers the messages of a consumer that crashes mid-work: none is lost', () => {
    const scenario = burst({ replicas: 2, work: '200ms', concurrency: 4 });
    scenario.faults = [{ at: '25s', crash: 'emails-1' }];
    const run = runWorld(scenario);
    const q = run.queues.emails;
    expect(logOf(run, 'instanceCrashed', 'emails-1').length).toBe(1);
    // emails-1 held 4 messages when it crashed: each went back to the queue.
    expect(q.redelivered).toBe(4);
    expect(q.deadLettered).toBe(0);
    expect(q.consumed + q.backlog + 8).toBeGreaterThanOrEqual(q.published);
    // Nothing is missing: every message is consumed, waiting, or in work right now.
    const engine = new Engine(specOf(scenario), { checkpoints: false });
    engine.advance(specOf(scenario).durationMs);
    const inWork = tableLive(engine.st.jobs).filter((j) => j.async === 2).length;
    const svc = engine.st.services[1];
    expect(svc.mqTotal.consumed + (svc.mqAt.length - svc.mqHead) + inWork).toBe(
      svc.mqTotal.published,
    );
  });

  it('redelivers when a node dies under its consumer', () => {
    const scenario = burst({ replicas: 2, work: '200ms', concurrency: 4 });
    scenario.cluster = { nodes: 2, networkLatency: '1ms', scheduler: 'spread' };
    scenario.faults = [{ at: '25s', kill: 'node-2' }];
    const spec = specOf(scenario);
    const engine = new Engine(spec, { checkpoints: false });
    engine.advance(spec.durationMs);
    const svc = engine.st.services[1];
    expect(svc.mqTotal.redelivered).toBeGreaterThan(0);
    const inWork = tableLive(engine.st.jobs).filter((j) => j.async === 2).length;
    expect(svc.mqTotal.consumed + (svc.mqAt.length - svc.mqHead) + inWork).toBe(
      svc.mqTotal.published - svc.mqTotal.deadLettered,
    );
  });

  it('dead-letters a message after its last allowed delivery', () => {
    const run = runWorld(burst({ errorRate: 1, messageQueue: { maxDeliveries: 3 } }));
    const q = run.queues.emails;
    expect(q.consumed).toBe(0);
    // Every delivery failed: three per message, two of them redeliveries.
    expect(q.deadLettered).toBeGreaterThan(100);
    expect(q.redelivered).toBeGreaterThanOrEqual(2 * q.deadLettered);
    expect(run.services.emails.requests).toBeGreaterThanOrEqual(3 * q.deadLettered);
    // A message is either given up, waiting, or in work (at most one at a time here).
    expect(q.published - q.deadLettered - q.backlog).toBeLessThanOrEqual(1);
    expect(run.services.emails.failedBy.error).toBeGreaterThanOrEqual(
      run.services.emails.requests - 1,
    );
    // The publishers never knew: their requests all succeeded.
    expect(run.traffic.orders.failed).toBe(0);
  });
});

describe('a full queue', () => {
  it('rejects the publish by default: the caller’s request fails and the message is not taken', () => {
    const run = runWorld(burst({ messageQueue: { maxBacklog: 100 } }));
    const q = run.queues.emails;
    expect(Math.max(...run.out.services.emails.backlog)).toBeLessThanOrEqual(100);
    expect(q.rejected).toBeGreaterThan(500);
    expect(q.dropped).toBe(0);
    expect(run.traffic.orders.failedBy.shed).toBe(q.rejected);
    expect(q.published + q.rejected).toBe(run.traffic.orders.requests);
  });

  it('drops the oldest message with whenFull: dropOldest, and nobody is told', () => {
    const run = runWorld(burst({ messageQueue: { maxBacklog: 100, whenFull: 'dropOldest' } }));
    const q = run.queues.emails;
    expect(Math.max(...run.out.services.emails.backlog)).toBeLessThanOrEqual(100);
    expect(q.dropped).toBeGreaterThan(500);
    expect(q.rejected).toBe(0);
    expect(run.traffic.orders.failed).toBe(0);
    expect(q.published).toBe(run.traffic.orders.requests);
    expect(q.consumed + q.dropped + q.backlog).toBeGreaterThanOrEqual(q.published - 1);
  });

  it('stops the run with a clear reason when all queues together hold too much', () => {
    const spec = specOf(burst({ work: '2s' }));
    const run = simulate(spec, { checkpoints: false, limits: { maxBacklog: 500 } });
    expect(run.stopped).toBe('more than 500 messages waiting in queues');
  });
});

describe('backlog goal', () => {
  it('measures the peak backlog in its window', () => {
    const scenario = burst();
    scenario.goals = [
      { backlog: 'emails', below: 500 },
      { backlog: 'emails', below: 500, from: '80s' },
    ];
    const run = runWorld(scenario);
    const peak = run.queues.emails.peakBacklog;
    expect(run.goals[0].pass).toBe(false);
    expect(run.goals[0].value).toBeGreaterThanOrEqual(peak);
    expect(run.goals[1].pass).toBe(true);
    expect(run.goals[1].value).toBeLessThan(500);
  });
});
