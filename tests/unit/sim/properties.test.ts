import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/scenario/compileScenario.ts';
import type { Fault, Scenario, ServiceOptions } from '../../../src/scenario/scenario.ts';
import { Engine } from '../../../src/sim/engine.ts';
import { tableLive } from '../../../src/sim/slotTable.ts';
import { rerun, simulate } from '../../../src/sim/simulate.ts';
import type { TimedAction, WorldSpec } from '../../../src/sim/worldSpec.ts';

/*
 * Properties of the engine on generated worlds: requests are conserved,
 * nodes never hold more than their capacity, time never goes back, the same
 * input gives the same run, and re-running after an intervention equals a
 * full run with it.
 */

const NAMES = ['edge', 'cart', 'orders', 'stock', 'pay'];

const work = fc.oneof(
  fc.integer({ min: 0, max: 80 }).map((ms) => `${ms}ms`),
  fc.integer({ min: 1, max: 80 }).map((ms) => ({ mean: `${ms}ms` })),
  fc.integer({ min: 1, max: 40 }).map((ms) => ({ p50: `${ms}ms`, p99: `${ms * 5}ms` })),
);

const callTo = (to: string) =>
  fc.record(
    {
      to: fc.constant(to),
      timeout: fc.constantFrom('50ms', '200ms', '1s'),
      retries: fc.oneof(
        fc.constant(0),
        fc.constant(2),
        fc.record({
          attempts: fc.integer({ min: 1, max: 4 }),
          jitter: fc.constantFrom('none', 'full', 'equal', 'decorrelated') as fc.Arbitrary<'none'>,
        }),
      ),
      breaker: fc.oneof(
        fc.constant(false),
        fc.record({
          minimumCalls: fc.integer({ min: 5, max: 30 }),
          waitInOpen: fc.constantFrom('2s', '5s'),
          windowType: fc.constantFrom('count', 'time') as fc.Arbitrary<'count'>,
        }),
      ),
      bulkhead: fc.oneof(fc.constant(false), fc.integer({ min: 1, max: 20 })),
      fallback: fc.boolean(),
      async: fc.boolean(),
    },
    { requiredKeys: ['to'] },
  );

const world: fc.Arbitrary<Scenario> = fc
  .record({
    services: fc.integer({ min: 1, max: 5 }),
    nodes: fc.integer({ min: 1, max: 4 }),
    nodeCpu: fc.constantFrom(2, 4, 8),
    nodeMemory: fc.constantFrom('2Gi', '4Gi', '16Gi'),
    seed: fc.integer({ min: 1, max: 1000 }),
    seconds: fc.integer({ min: 20, max: 60 }),
  })
  .chain((shape) => {
    const names = NAMES.slice(0, shape.services);
    const service = (i: number): fc.Arbitrary<ServiceOptions> =>
      fc.record(
        {
          replicas: fc.integer({ min: 0, max: 4 }),
          runtime: fc.constantFrom(
            'container',
            'container',
            'container',
            'serverless',
            'vm',
          ) as fc.Arbitrary<'container'>,
          cpu: fc.constantFrom(0.25, 0.5, 1, 2),
          memory: fc.constantFrom('128Mi', '512Mi', '1Gi'),
          concurrency: fc.integer({ min: 1, max: 30 }),
          queue: fc.integer({ min: 0, max: 50 }),
          work,
          deadlines: fc.boolean(),
          readiness: fc.boolean(),
          liveness: fc.boolean(),
          rateLimit: fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 200 })),
          autoscale: fc.oneof(
            fc.constant(undefined),
            fc.record({ max: fc.integer({ min: 1, max: 6 }), cpu: fc.constantFrom('50%', '80%') }),
          ),
          calls:
            i + 1 < names.length
              ? fc.array(
                  callTo(names[i + 1 + (i % 2 === 0 ? 0 : Math.min(1, names.length - i - 2))]),
                  { maxLength: 2 },
                )
              : fc.constant([]),
        },
        { requiredKeys: ['work'] },
      );
    const fault = (at: number): fc.Arbitrary<Fault> =>
      fc.oneof(
        fc.integer({ min: 1, max: shape.nodes }).map((n) => ({ at: `${at}s`, kill: `node-${n}` })),
        fc.integer({ min: 1, max: shape.nodes }).map((n) => ({ at: `${at}s`, panic: `node-${n}` })),
        fc.constantFrom(...names).map((s) => ({ at: `${at}s`, crash: `${s}-1` })),
        fc.constantFrom(...names).map((s) => ({ at: `${at}s`, hang: `${s}-1` })),
        fc.constantFrom(...names).map((s) => ({ at: `${at}s`, slow: s, by: '300ms', for: '5s' })),
        fc.constantFrom(...names).map((s) => ({ at: `${at}s`, fail: s, rate: 0.5, for: '5s' })),
        fc.constantFrom(...names).map((s) => ({ at: `${at}s`, scale: s, replicas: 3 })),
        fc
          .integer({ min: 1, max: shape.nodes })
          .map((n) => ({ at: `${at}s`, hog: `node-${n}`, share: 0.7, for: '10s' })),
        fc.constant({ at: `${at}s`, spike: 'users', factor: 3, for: '5s' }),
      );
    return fc
      .record({
        services: fc.tuple(...names.map((_, i) => service(i))),
        rate: fc.integer({ min: 1, max: 150 }),
        faults: fc.array(fc.integer({ min: 1, max: shape.seconds - 1 }).chain(fault), {
          maxLength: 4,
        }),
      })
      .map((parts): Scenario => ({
        seed: shape.seed,
        duration: `${shape.seconds}s`,
        cluster: { nodes: shape.nodes, node: { cpu: shape.nodeCpu, memory: shape.nodeMemory } },
        services: Object.fromEntries(names.map((n, i) => [n, parts.services[i]])),
        traffic: { users: { to: names[0], rate: parts.rate, timeout: '3s' } },
        faults: parts.faults,
        traceSampling: '10%',
      }));
  });

function compile(s: Scenario): WorldSpec {
  const c = compileScenario(s);
  if (!c.ok) throw new Error(JSON.stringify(c.errors));
  return c.spec;
}

const runs = { numRuns: 40, seed: 42 };

describe('engine properties on generated worlds', () => {
  it('conserves requests and never overfills a node; time never goes back', () => {
    fc.assert(
      fc.property(world, (scenario) => {
        const spec = compile(scenario);
        const engine = new Engine(spec, { checkpoints: false });
        let last = -1;
        let backwards = 0;
        const spy = engine as unknown as { dispatch: (k: number, a: number, b: number) => boolean };
        const dispatch = spy.dispatch.bind(engine);
        spy.dispatch = (k, a, b) => {
          if (engine.st.t < last) backwards++;
          last = engine.st.t;
          return dispatch(k, a, b);
        };
        for (let t = 1000; t <= spec.durationMs; t += 1000) {
          engine.advance(t);
          for (const node of engine.st.nodes) {
            expect(node.allocCpu).toBeLessThanOrEqual(node.cpu + 1e-9);
            expect(node.allocMemMiB).toBeLessThanOrEqual(node.memoryMiB + 1e-9);
          }
        }
        const st = engine.st;
        spec.traffic.forEach((_, i) => {
          const c = st.sources[i].total;
          const failed = c.failed.reduce((a, b) => a + b, 0);
          expect(c.ok + c.degraded + failed + st.sources[i].inFlight).toBe(c.requests);
        });
        const live = tableLive(st.jobs).filter((j) => j.arrivedAt >= 0);
        st.services.forEach((svc) => {
          const c = svc.total;
          const failed = c.failed.reduce((a, b) => a + b, 0);
          const inService = live.filter((j) => j.service === svc.id).length;
          expect(c.ok + c.degraded + failed + c.lost + inService).toBe(c.requests);
          // Every message published is consumed, given up, dropped, waiting or in work.
          const m = svc.mqTotal;
          const inWork = live.filter((j) => j.service === svc.id && j.async === 2).length;
          const waiting = svc.mqAt.length - svc.mqHead;
          expect(m.consumed + m.deadLettered + m.dropped + waiting + inWork).toBe(m.published);
        });
        expect(backwards).toBe(0);
        expect(last).toBeGreaterThan(0);
        for (let i = 1; i < engine.out.log.length; i++)
          expect(engine.out.log[i].t).toBeGreaterThanOrEqual(engine.out.log[i - 1].t);
      }),
      runs,
    );
  }, 120_000);

  it('gives the same hash for the same input', () => {
    fc.assert(
      fc.property(world, (scenario) => {
        const spec = compile(scenario);
        const a = simulate(spec, { checkpoints: false });
        const b = simulate(compile(structuredClone(scenario)), { checkpoints: false });
        expect(b.hash).toBe(a.hash);
        expect(b.events).toBe(a.events);
      }),
      { ...runs, numRuns: 20 },
    );
  }, 120_000);

  it('a re-run from the checkpoint before an intervention equals a full run with it', () => {
    const intervention = fc.record({
      atMs: fc.integer({ min: 0, max: 19_999 }),
      action: fc.oneof(
        fc.constant({ type: 'killNode' as const, node: 'node-1' }),
        fc.constant({ type: 'killInstance' as const, instance: 'edge-1' }),
        fc.constant({ type: 'addLatency' as const, service: 'edge', ms: 500, durationMs: 3000 }),
        fc.constant({
          type: 'trafficSpike' as const,
          traffic: 'users',
          factor: 2,
          durationMs: 4000,
        }),
        fc.constant({ type: 'cpuHog' as const, node: 'node-1', share: 0.5, durationMs: null }),
      ),
    }) as fc.Arbitrary<TimedAction>;
    fc.assert(
      fc.property(
        world,
        fc.array(intervention, { minLength: 1, maxLength: 3 }),
        (scenario, interventions) => {
          const spec = compile(scenario);
          const base = simulate(spec);
          const full = simulate(spec, { interventions });
          const again = rerun(base, interventions);
          expect(again.hash).toBe(full.hash);
          expect(again.out.log).toEqual(full.out.log);
          expect(again.out.services).toEqual(full.out.services);
        },
      ),
      { ...runs, numRuns: 25 },
    );
  }, 120_000);
});
