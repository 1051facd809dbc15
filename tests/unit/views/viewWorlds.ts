import type { Action, PlayerLike } from '../../../src/player/PlayerLike.ts';
import { compileScenario } from '../../../src/scenario/compileScenario.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import { seek, simulate, type Run } from '../../../src/sim/simulate.ts';

/**
 * A small shop: gateway → orders → payments (with a retry and a circuit
 * breaker) and a search service; a node dies at 20 s, payments slows
 * down at 30 s, and the link from gateway to search is cut at 50 s.
 */
export const shopScenario: Scenario = {
  name: 'shop',
  seed: 7,
  duration: '70s',
  cluster: { nodes: 3, node: { cpu: 4, memory: '8Gi' } },
  services: {
    gateway: {
      replicas: 2,
      cpu: 0.5,
      work: { p50: '2ms', p99: '10ms' },
      calls: [
        {
          parallel: [
            { to: 'orders', timeout: '2s' },
            { to: 'search', timeout: '1s' },
          ],
        },
      ],
    },
    orders: {
      replicas: 3,
      cpu: 0.5,
      work: { p50: '5ms', p99: '30ms' },
      calls: [
        {
          to: 'payments',
          timeout: '300ms',
          retries: 2,
          breaker: { minimumCalls: 20, window: 50, waitInOpen: '10s' },
        },
      ],
    },
    payments: { replicas: 2, cpu: 0.5, work: { p50: '20ms', p99: '80ms' } },
    search: { replicas: 1, cpu: 1, work: '4ms' },
  },
  traffic: { users: { to: 'gateway', rate: 60 } },
  faults: [
    { at: '20s', kill: 'node-3' },
    { at: '30s', slow: 'payments', by: '1s', for: '30s' },
    { at: '50s', cut: ['gateway', 'search'], for: '15s' },
  ],
  traceSampling: 0,
};

/**
 * Every kind of place an instance can run: a physical host with a VM node on
 * it, a cloud VM node, VMs on the host, serverless tasks on the provider's
 * capacity; one service too big to schedule and one that crash-loops.
 */
export const mixedScenario: Scenario = {
  name: 'mixed',
  seed: 3,
  duration: '60s',
  hosts: [{ name: 'host-1', cpu: 16, memory: '24Gi' }],
  cluster: {
    nodes: [
      { name: 'vm-a', host: 'host-1', cpu: 4, memory: '8Gi' },
      { name: 'cloud-1', cpu: 2, memory: '4Gi' },
    ],
  },
  services: {
    web: {
      replicas: 3,
      cpu: 0.5,
      memory: '512Mi',
      work: '5ms',
      calls: [{ to: 'thumbs', timeout: '1s' }],
    },
    legacy: { runtime: 'vm', replicas: 2, cpu: 1, memory: '2Gi' },
    thumbs: { runtime: 'serverless', replicas: 2, cpu: 1, memory: '1Gi', work: '30ms' },
    big: { replicas: 1, cpu: 32, memory: '1Gi' },
    crashy: { replicas: 1, cpu: 0.25, memory: '256Mi', crashAfter: '3s' },
  },
  traffic: { users: { to: 'web', rate: 20 } },
  faults: [{ at: '10s', hang: 'web-2' }],
  traceSampling: 0,
};

const runs = new Map<Scenario, Run>();

/** Runs a scenario once per test file (the run is pure data, so it is shared). */
export function runOf(scenario: Scenario): Run {
  let run = runs.get(scenario);
  if (!run) {
    const compiled = compileScenario(scenario);
    if (!compiled.ok)
      throw new Error(compiled.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    run = simulate(compiled.spec);
    runs.set(scenario, run);
  }
  return run;
}

/** A read-only player paused at `t` over a real run; `acted` records interventions asked of it. */
export function playerAt(
  scenario: Scenario,
  t: number,
  extra: Partial<PlayerLike> = {},
): PlayerLike & { acted: Action[] } {
  const run = runOf(scenario);
  const acted: Action[] = [];
  return {
    t,
    duration: run.spec.durationMs,
    computed: run.t,
    playing: false,
    speed: 1,
    spec: run.spec,
    out: run.out,
    world: seek(run, t),
    goals: run.goals,
    interventions: [],
    markers: [],
    intervene: (action) => acted.push(action),
    seek: () => {},
    acted,
    ...extra,
  };
}
