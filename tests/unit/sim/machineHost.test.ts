import { describe, expect, it } from 'vitest';
import {
  createActor,
  SimulatedClock,
  type AnyEventObject,
  type AnyStateMachine,
  type AnyStateNode,
  type StateValue,
} from 'xstate';
import { autoscalerMachine } from '../../../src/sim/autoscaler.machine.ts';
import { circuitBreakerMachine } from '../../../src/sim/circuitBreaker.machine.ts';
import { containerMachine } from '../../../src/sim/container.machine.ts';
import { createQueue, peekTime, popEvent, type EventQueue } from '../../../src/sim/eventQueue.ts';
import { MachineHost, statePath, type MachineSlot } from '../../../src/sim/machineHost.ts';
import { nodeMachine } from '../../../src/sim/node.machine.ts';
import { rolloutMachine } from '../../../src/sim/rollout.machine.ts';
import { vmMachine } from '../../../src/sim/vm.machine.ts';

const TIMER_KIND = 9;

const REGISTRY: Record<string, AnyStateMachine> = {
  container: containerMachine,
  vm: vmMachine,
  node: nodeMachine,
  breaker: circuitBreakerMachine,
  autoscaler: autoscalerMachine,
  rollout: rolloutMachine,
};

function newHost(queue: EventQueue = createQueue()) {
  return { queue, host: new MachineHost(REGISTRY, queue, TIMER_KIND, [], { next: 1 }) };
}

/** Delivers every timer due by `until`, in queue order; returns what each delivery gave. */
function fireDue(host: MachineHost, queue: EventQueue, until: number) {
  const out: { t: number; result: ReturnType<MachineHost['fire']> }[] = [];
  while (peekTime(queue) <= until) {
    const ev = popEvent(queue);
    if (!ev) break;
    expect(ev.kind).toBe(TIMER_KIND);
    out.push({ t: ev.t, result: host.fire(ev.a, ev.b, ev.t) });
  }
  return out;
}

/** Leaf state nodes of a machine. */
function collect(node: AnyStateNode): AnyStateNode[] {
  const children = Object.values(node.states);
  return children.length === 0 ? [node] : children.flatMap(collect);
}

describe('statePath', () => {
  it('keeps an atomic state name as it is', () => {
    expect(statePath('idle')).toBe('idle');
  });

  it('joins a compound state and its child with a dot', () => {
    expect(statePath({ running: 'ready' })).toBe('running.ready');
  });

  it('joins deeper nesting the same way', () => {
    expect(statePath({ a: { b: { c: 'd' } } })).toBe('a.b.c.d');
  });

  it('ends at a state with no active child', () => {
    expect(statePath({ running: {} })).toBe('running');
  });

  it('gives every state of the real machines its path of state names', () => {
    for (const machine of Object.values(REGISTRY)) {
      for (const node of machine.root.states ? collect(machine.root) : []) {
        const path = node.path;
        // Rebuild the state value of this leaf: { a: { b: 'c' } } for a.b.c.
        let value: StateValue = path[path.length - 1];
        for (let i = path.length - 2; i >= 0; i--) value = { [path[i]]: value };
        expect(statePath(value)).toBe(path.join('.'));
      }
    }
  });
});

describe('MachineHost', () => {
  it('turns a delayed transition into a timer event at now + delay', () => {
    const { queue, host } = newHost();
    const slot = host.start('rollout', 3, { progressDeadlineMs: 600_000 }, 0);
    expect(slot).toMatchObject({ id: 0, kind: 'rollout', owner: 3, state: 'idle' });
    expect(peekTime(queue)).toBe(Infinity);
    expect(host.send(slot, { type: 'START', version: 2 }, 1_000)).toEqual({
      from: 'idle',
      to: 'progressing',
    });
    expect(slot.timers).toHaveLength(1);
    const ev = popEvent(queue);
    expect(ev).toMatchObject({ t: 601_000, kind: TIMER_KIND, a: slot.id, b: slot.timers[0].token });
    expect(host.fire(ev!.a, ev!.b, ev!.t)).toEqual({ from: 'progressing', to: 'stalled' });
    expect(slot.timers).toHaveLength(0);
  });

  it('a cancelled timer is stale when it comes due; its replacement fires', () => {
    const { queue, host } = newHost();
    const slot = host.start('rollout', 0, { progressDeadlineMs: 600_000 }, 0);
    host.send(slot, { type: 'START', version: 1 }, 0);
    // Progress restarts the deadline: same state, so no change is reported.
    expect(host.send(slot, { type: 'PROGRESS' }, 100_000)).toBeNull();
    expect(slot.timers).toHaveLength(1);
    expect(fireDue(host, queue, 699_999)).toEqual([{ t: 600_000, result: 'stale' }]);
    expect(slot.state).toBe('progressing');
    expect(fireDue(host, queue, 700_000)).toEqual([
      { t: 700_000, result: { from: 'progressing', to: 'stalled' } },
    ]);
  });

  it('keeps several machines apart on one queue', () => {
    const { queue, host } = newHost();
    const a = host.start('container', 10, undefined, 0);
    const b = host.start('container', 11, undefined, 0);
    expect([a.id, b.id]).toEqual([0, 1]);
    expect(host.slots).toEqual([a, b]);
    host.send(
      a,
      {
        type: 'SCHEDULED',
        pullMs: 5_000,
        startMs: 1_000,
        crashAfterMs: null,
        graceMs: 0,
        warm: false,
      },
      0,
    );
    host.send(
      b,
      {
        type: 'SCHEDULED',
        pullMs: 2_000,
        startMs: 1_000,
        crashAfterMs: null,
        graceMs: 0,
        warm: false,
      },
      0,
    );
    fireDue(host, queue, 3_000);
    expect([a.state, b.state]).toEqual(['pulling', 'running.unready']);
    fireDue(host, queue, 6_000);
    expect([a.state, b.state]).toEqual(['running.unready', 'running.unready']);
  });

  it('runs the container back-off on the engine queue with exact times', () => {
    const { queue, host } = newHost();
    const slot = host.start('container', 0, undefined, 0);
    host.send(
      slot,
      {
        type: 'SCHEDULED',
        pullMs: 0,
        startMs: 0,
        crashAfterMs: null,
        graceMs: 0,
        warm: false,
      },
      0,
    );
    fireDue(host, queue, 0);
    expect(slot.state).toBe('running.unready');
    let now = 0;
    for (const wait of [0, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]) {
      now += 1_000;
      fireDue(host, queue, now);
      expect(host.send(slot, { type: 'CRASH' }, now)).toEqual({
        from: 'running.unready',
        to: 'backOff',
      });
      if (wait > 0) {
        fireDue(host, queue, now + wait - 1);
        expect(slot.state).toBe('backOff');
      }
      now += wait;
      fireDue(host, queue, now);
      expect(slot.state).toBe('running.unready'); // startMs 0: started at once
    }
    expect((slot.context as { restarts: number }).restarts).toBe(8);
  });

  it('a pre-booted node starts ready; its cancelled boot timer is stale', () => {
    const { queue, host } = newHost();
    const input = { bootMs: 60_000, preBooted: true, graceMs: 50_000, evictionMs: 300_000 };
    const slot = host.start('node', 0, input, 0);
    expect(slot.state).toBe('ready');
    expect(slot.timers).toHaveLength(0);
    expect(fireDue(host, queue, Infinity)).toEqual([{ t: 60_000, result: 'stale' }]);
    expect(slot.state).toBe('ready');
  });
});

/* ------------------------------------------------------------------------ */
/* Conformance with createActor + SimulatedClock                             */
/* ------------------------------------------------------------------------ */

/**
 * XState's SimulatedClock, also keeping the due time of each pending timeout
 * so the driver can step the clock exactly from one due timer to the next.
 */
class TrackingClock extends SimulatedClock {
  private readonly due = new Map<number, number>();

  override setTimeout(fn: (...args: unknown[]) => void, timeout: number): number {
    let id = -1;
    id = super.setTimeout(() => {
      this.due.delete(id);
      fn();
    }, timeout);
    this.due.set(id, this.now() + timeout);
    return id;
  }

  override clearTimeout(id: number): void {
    this.due.delete(id);
    super.clearTimeout(id);
  }

  nextDue(): number {
    let min = Infinity;
    for (const t of this.due.values()) min = Math.min(min, t);
    return min;
  }

  get pending(): number {
    return this.due.size;
  }
}

/** mulberry32: a small seeded generator. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof rng>;

interface Step {
  /** Time to let pass (timers fire meanwhile) before the event. */
  dt: number;
  event?: AnyEventObject;
}

/** Waits of every scale, and some exact multiples of the machines' own delays. */
function wait(r: Rng): number {
  const roll = r.next();
  if (roll < 0.2) return 0;
  if (roll < 0.45) return r.int(1, 5_000);
  if (roll < 0.7) return r.int(1, 60_000);
  if (roll < 0.85) return r.int(1, 700_000);
  return r.pick([1_000, 10_000, 20_000, 30_000, 50_000, 300_000, 600_000]);
}

function duration(r: Rng): number {
  return r.pick([0, 1_000, 10_000, r.int(1, 40_000)]);
}

/** A crash time; never exactly the 10-minute clean-run mark, where two timers would tie. */
function crashAfter(r: Rng): number | null {
  if (r.chance(0.5)) return null;
  const ms = r.pick([0, 1, 5_000, r.int(1, 120_000), r.int(500_000, 900_000)]);
  return ms === 600_000 ? 600_001 : ms;
}

interface Scenario {
  input: unknown;
  steps: Step[];
}

type Generator = (r: Rng) => Scenario;

function steps(r: Rng, count: number, event: (r: Rng, t: number) => AnyEventObject | undefined) {
  const out: Step[] = [];
  let t = 0;
  for (let i = 0; i < count; i++) {
    const dt = wait(r);
    t += dt;
    out.push({ dt, event: r.chance(0.15) ? undefined : event(r, t) });
  }
  return out;
}

const GENERATORS: Record<string, Generator> = {
  container: (r) => {
    // Most sequences get the container scheduled first, so that it runs.
    const first: Step[] = r.chance(0.9)
      ? [
          {
            dt: 0,
            event: {
              type: 'SCHEDULED',
              pullMs: duration(r),
              startMs: duration(r),
              crashAfterMs: crashAfter(r),
              graceMs: duration(r),
              warm: r.chance(0.3),
            },
          },
        ]
      : [];
    return {
      input: undefined,
      steps: first.concat(
        steps(r, 40, (r) => {
          const type = r.pick([
            'READY',
            'READY',
            'UNREADY',
            'CRASH',
            'CRASH',
            'LIVENESS_FAILED',
            'SCHEDULED',
            'STOP',
            'EXITED',
            'LOST',
          ]);
          if (type === 'SCHEDULED') {
            return {
              type,
              pullMs: duration(r),
              startMs: duration(r),
              crashAfterMs: crashAfter(r),
              graceMs: duration(r),
              warm: r.chance(0.3),
            };
          }
          // Endings are rarer, so that the lifecycle gets explored.
          if ((type === 'STOP' || type === 'LOST') && r.chance(0.7)) return { type: 'CRASH' };
          return { type };
        }),
      ),
    };
  },
  vm: (r) => ({
    input: undefined,
    steps: [
      {
        dt: 0,
        event: {
          type: 'PLACED',
          bootMs: duration(r),
          pullMs: duration(r),
          startMs: duration(r),
          // A VM restarts its app every second: keep crash loops from
          // swamping the run with timer instants.
          crashAfterMs: r.chance(0.5) ? null : r.int(30_000, 900_000),
          graceMs: duration(r),
          warm: r.chance(0.3),
        },
      },
      ...steps(r, 40, (r) => {
        const type = r.pick([
          'READY',
          'UNREADY',
          'CRASH',
          'LIVENESS_FAILED',
          'PANIC',
          'PANIC',
          'STOP',
          'EXITED',
          'LOST',
        ]);
        if ((type === 'STOP' || type === 'LOST') && r.chance(0.7)) return { type: 'PANIC' };
        return { type };
      }),
    ],
  }),
  node: (r) => ({
    input: {
      bootMs: duration(r),
      preBooted: r.chance(0.5),
      graceMs: r.pick([0, 40_000, 50_000, r.int(1, 100_000)]),
      evictionMs: r.pick([0, 300_000, r.int(1, 400_000)]),
    },
    steps: steps(r, 40, (r) => ({
      type: r.chance(0.03) ? 'REMOVE' : r.pick(['FAIL', 'PANIC', 'RESTORE']),
    })),
  }),
  breaker: (r) => ({
    input: {
      failureRateThreshold: r.pick([50, 100, r.int(1, 100)]),
      slowCallRateThreshold: r.pick([50, 100, r.int(1, 100)]),
      waitDurationInOpenMs: r.pick([0, 5_000, 60_000, r.int(1, 100_000)]),
      permittedCallsInHalfOpen: r.int(1, 5),
    },
    steps: steps(r, 50, (r) => {
      const type = r.pick(['TRIP', 'TRIAL_STARTED', 'TRIAL_RESULT', 'TRIAL_RESULT']);
      return type === 'TRIAL_RESULT'
        ? { type, failed: r.chance(0.5), slow: r.chance(0.3) }
        : { type };
    }),
  }),
  autoscaler: (r) => ({
    input: { replicas: r.int(1, 10) },
    steps: steps(r, 30, (r, t) => {
      const current = r.int(1, 20);
      const unready = r.chance(0.3) ? r.int(0, current) : 0;
      const min = r.int(1, 3);
      return {
        type: 'SYNC',
        t,
        current,
        ready: current - unready,
        unready,
        metric: r.int(0, 200),
        target: r.pick([50, 80, 100]),
        tolerance: 0.1,
        min,
        max: min + r.int(0, 30),
        scaleDownWindowMs: r.pick([0, 300_000, r.int(1, 600_000)]),
      };
    }),
  }),
  rollout: (r) => ({
    input: { progressDeadlineMs: r.pick([600_000, r.int(1, 700_000)]) },
    steps: steps(r, 40, (r) => {
      const type = r.pick(['START', 'PROGRESS', 'PROGRESS', 'DONE']);
      return type === 'START' ? { type, version: r.int(1, 9) } : { type };
    }),
  }),
};

/**
 * Drives one scenario through an actor on a simulated clock and through a
 * MachineHost on an event queue, comparing them at every timer instant and
 * after every event. Returns the states visited, for coverage checks.
 */
function conform(kind: string, scenario: Scenario): Set<string> {
  const machine = REGISTRY[kind];
  const clock = new TrackingClock();
  const actor = createActor(machine, { clock, input: scenario.input });
  actor.start();
  const { queue, host } = newHost();
  const slot: MachineSlot = host.start(kind, 5, scenario.input, 0);
  const visited = new Set<string>();
  let now = 0;

  const check = (where: string) => {
    const snap = actor.getSnapshot();
    visited.add(slot.state);
    expect(slot.state, where).toBe(statePath(snap.value));
    expect(slot.value, where).toEqual(snap.value);
    expect(slot.context, where).toEqual(snap.context);
    expect(slot.timers.length, `${where}: pending timers`).toBe(clock.pending);
  };
  check('start');

  for (const [i, step] of scenario.steps.entries()) {
    const target = now + step.dt;
    for (;;) {
      const next = Math.min(clock.nextDue(), peekTime(queue));
      if (next > target) break;
      while (clock.nextDue() <= next) clock.set(clock.nextDue());
      while (peekTime(queue) <= next) {
        const ev = popEvent(queue)!;
        expect(ev.kind).toBe(TIMER_KIND);
        expect(ev.a).toBe(slot.id);
        const before = slot.state;
        const result = host.fire(ev.a, ev.b, ev.t);
        if (result !== 'stale') {
          expect(result).toEqual(before === slot.state ? null : { from: before, to: slot.state });
        }
      }
      check(`step ${i}: timers at ${next}`);
    }
    clock.set(target);
    now = target;
    if (step.event) {
      const before = statePath(actor.getSnapshot().value);
      // A finished actor takes no more events; the host must ignore them too.
      if (actor.getSnapshot().status === 'active') actor.send(step.event);
      const change = host.send(slot, step.event, now);
      const after = statePath(actor.getSnapshot().value);
      expect(change).toEqual(before === after ? null : { from: before, to: after });
      check(`step ${i}: ${JSON.stringify(step.event)} at ${now}`);
    }
  }
  return visited;
}

const EXPECTED_STATES: Record<string, string[]> = {
  container: [
    'pending',
    'pulling',
    'starting',
    'running.unready',
    'running.ready',
    'backOff',
    'terminating',
    'terminated',
  ],
  vm: [
    'pending',
    'booting',
    'pulling',
    'starting',
    'running.unready',
    'running.ready',
    'restarting',
    'stopping',
    'stopped',
  ],
  node: ['booting', 'ready', 'rebooting', 'unreachable', 'notReady', 'evicted', 'removed'],
  breaker: ['closed', 'open', 'halfOpen'],
  autoscaler: ['stable', 'scalingUp', 'scalingDown'],
  rollout: ['idle', 'progressing', 'stalled', 'complete'],
};

describe('MachineHost conforms to createActor with SimulatedClock', () => {
  for (const [kind, generate] of Object.entries(GENERATORS)) {
    it(`${kind}: 150 seeded random runs agree step by step`, () => {
      const visited = new Set<string>();
      for (let seed = 1; seed <= 150; seed++) {
        const r = rng(seed * 7919 + kind.length);
        for (const s of conform(kind, generate(r))) visited.add(s);
      }
      // The runs went through every state of the machine.
      expect([...visited].sort()).toEqual([...EXPECTED_STATES[kind]].sort());
    });
  }
});
