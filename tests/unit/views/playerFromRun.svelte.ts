import type { Action, Marker, PlayerLike } from '../../../src/player/PlayerLike.ts';
import { compileScenario } from '../../../src/scenario/compileScenario.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import { NOTABLE } from '../../../src/sim/logEntry.ts';
import { seek, simulate, type Run } from '../../../src/sim/simulate.ts';
import type { TimedAction } from '../../../src/sim/worldSpec.ts';
import type { WorldView } from '../../../src/sim/worldView.ts';

/**
 * A read-only player over a finished run, for view tests: reactive like the
 * real one ($state), `computed` can be set lower to act as a run still
 * streaming, and `seek` records where it was asked to go.
 */
export class RunPlayer implements PlayerLike {
  t = $state(0);
  computed = $state(0);
  playing = false;
  speed = 1;
  seeks: number[] = [];
  interventions: TimedAction[] = [];
  intervened: Action[] = [];
  private worldCache: Record<number, WorldView> = {};

  constructor(readonly run: Run) {
    this.computed = run.t;
  }

  get duration(): number {
    return this.run.spec.durationMs;
  }
  get spec() {
    return this.run.spec;
  }
  get out() {
    return this.run.out;
  }
  get goals() {
    return this.run.goals;
  }
  get world(): WorldView {
    return (this.worldCache[this.t] ??= seek(this.run, this.t));
  }
  get markers(): Marker[] {
    return this.run.out.log
      .filter((entry) => NOTABLE.has(entry.kind))
      .map((entry): Marker => ({ t: entry.t, kind: 'event', entry, action: null }))
      .sort((a, b) => a.t - b.t);
  }
  intervene(action: Action): void {
    this.intervened.push(action);
  }
  seek(t: number): void {
    this.seeks.push(t);
    this.t = Math.round(Math.max(0, Math.min(t, this.computed, this.duration)));
  }
}

/**
 * A player whose output arrives in pieces like the real one's: `out` is a new
 * object at every delta while its log array grows in place (as applyDelta does).
 */
export class StreamingPlayer extends RunPlayer {
  private current = $state.raw<Run['out']>(null as unknown as Run['out']);

  constructor(run: Run, firstEntries: number) {
    super(run);
    this.current = { ...run.out, log: run.out.log.slice(0, firstEntries) };
  }
  override get out() {
    return this.current;
  }
  /** The rest of the log arrives: the same array, extended; a new output object. */
  deliverRest(): void {
    const log = this.current.log;
    for (const entry of this.run.out.log.slice(log.length)) log.push(entry);
    this.current = { ...this.current, log };
  }
}

/** A small shop: payments slows down (a breaker opens), the gateway scales up, a node dies. */
export const shop: Scenario = {
  name: 'shop',
  seed: 7,
  duration: '2m',
  cluster: { nodes: 2 },
  services: {
    gateway: {
      replicas: 2,
      cpu: 1,
      autoscale: { min: 2, max: 4, rps: 15 },
      work: { p50: '2ms', p99: '10ms' },
      calls: [{ to: 'orders', timeout: '2s' }],
    },
    orders: {
      replicas: 2,
      cpu: 1,
      work: { p50: '5ms', p99: '30ms' },
      calls: [
        {
          to: 'payments',
          timeout: '800ms',
          retries: 2,
          breaker: { minimumCalls: 20, window: 50, waitInOpen: '10s' },
        },
      ],
    },
    payments: { replicas: 2, cpu: 1, work: { p50: '20ms', p99: '80ms' } },
  },
  traffic: { users: { to: 'gateway', rate: 40 } },
  faults: [
    { at: '30s', slow: 'payments', by: '1.5s', for: '30s' },
    { at: '90s', kill: 'node-2' },
  ],
  traceSampling: '2%',
};

const runs = new WeakMap<Scenario, Run>();

/** Runs a scenario once per test file (runs are pure data: sharing them is safe). */
export function runOf(scenario: Scenario): Run {
  let run = runs.get(scenario);
  if (!run) {
    const compiled = compileScenario(scenario);
    if (!compiled.ok) throw new Error(compiled.errors.map((e) => e.message).join('\n'));
    run = simulate(compiled.spec);
    runs.set(scenario, run);
  }
  return run;
}

/** A player over a scenario's run, at time `t`. */
export function playerAt(scenario: Scenario, t = 0): RunPlayer {
  const player = new RunPlayer(runOf(scenario));
  player.t = t;
  return player;
}
