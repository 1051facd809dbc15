import { describe, expect, it } from 'vitest';
import {
  createActor,
  SimulatedClock,
  transition,
  type ActorRefFrom,
  type StateValue,
} from 'xstate';
import { getShortestPaths, getSimplePaths, type StatePath } from 'xstate/graph';
import { containerMachine, type ContainerEvent } from '../../../src/sim/container.machine.ts';

type ContainerActor = ActorRefFrom<typeof containerMachine>;

const PULL_MS = 4_000;
const START_MS = 2_000;
const GRACE_MS = 30_000;
/** Kubernetes: reset the back-off after 10 minutes of running cleanly. */
const TEN_MINUTES = 600_000;

interface Options {
  crashAfterMs?: number | null;
  graceMs?: number;
  warm?: boolean;
}

function scheduled(over: Options = {}): ContainerEvent {
  return {
    type: 'SCHEDULED',
    pullMs: PULL_MS,
    startMs: START_MS,
    crashAfterMs: over.crashAfterMs ?? null,
    graceMs: over.graceMs ?? GRACE_MS,
    warm: over.warm ?? false,
  };
}

function boot(): { clock: SimulatedClock; actor: ContainerActor } {
  const clock = new SimulatedClock();
  const actor = createActor(containerMachine, { clock });
  actor.start();
  return { clock, actor };
}

/** A container scheduled at time 0 and taken (with exact steps) to `running.unready`. */
function running(over: Options = {}) {
  const c = boot();
  c.actor.send(scheduled(over));
  c.clock.increment(PULL_MS);
  c.clock.increment(START_MS);
  expect(c.actor.getSnapshot().value).toEqual({ running: 'unready' });
  return c;
}

const valueOf = (actor: ContainerActor): StateValue => actor.getSnapshot().value;
const contextOf = (actor: ContainerActor) => actor.getSnapshot().context;

/** Waits `ms` in `from` and checks that the machine leaves it exactly then, for `to`. */
function expectLeavesAfter(
  clock: SimulatedClock,
  actor: ContainerActor,
  ms: number,
  from: StateValue,
  to: StateValue,
): void {
  expect(valueOf(actor)).toEqual(from);
  if (ms > 0) {
    clock.increment(ms - 1);
    expect(valueOf(actor)).toEqual(from);
    clock.increment(1);
  } else {
    clock.increment(0);
  }
  expect(valueOf(actor)).toEqual(to);
}

describe('container machine', () => {
  it('starts pending with no restarts and no back-off', () => {
    const { actor } = boot();
    expect(valueOf(actor)).toBe('pending');
    expect(contextOf(actor).restarts).toBe(0);
    expect(contextOf(actor).backoffMs).toBe(0);
  });

  it('pulls for pullMs, starts for startMs, then runs unready', () => {
    const { clock, actor } = boot();
    clock.increment(5_000); // unscheduled time: it stays pending
    expect(valueOf(actor)).toBe('pending');
    actor.send(scheduled({ crashAfterMs: 123_456, graceMs: 7_000 }));
    expect(contextOf(actor)).toMatchObject({
      pullMs: PULL_MS,
      startMs: START_MS,
      crashAfterMs: 123_456,
      graceMs: 7_000,
    });
    expectLeavesAfter(clock, actor, PULL_MS, 'pulling', 'starting');
    expectLeavesAfter(clock, actor, START_MS, 'starting', { running: 'unready' });
  });

  it('a warm container (there when the run starts) pulls and starts in no time, once', () => {
    const { clock, actor } = boot();
    actor.send(scheduled({ warm: true }));
    clock.increment(0);
    clock.increment(0);
    expect(valueOf(actor)).toEqual({ running: 'unready' });
    expect(contextOf(actor).warm).toBe(false);
    // Its restarts take the real start time.
    actor.send({ type: 'CRASH' });
    expectLeavesAfter(clock, actor, 0, 'backOff', 'starting');
    expectLeavesAfter(clock, actor, START_MS, 'starting', { running: 'unready' });
  });

  it('is ready only while running and between READY and UNREADY', () => {
    const { clock, actor } = boot();
    actor.send(scheduled());
    clock.increment(PULL_MS);
    actor.send({ type: 'READY' }); // still starting: a probe cannot pass yet
    expect(valueOf(actor)).toBe('starting');
    clock.increment(START_MS);
    expect(valueOf(actor)).toEqual({ running: 'unready' });
    actor.send({ type: 'READY' });
    expect(valueOf(actor)).toEqual({ running: 'ready' });
    actor.send({ type: 'UNREADY' });
    expect(valueOf(actor)).toEqual({ running: 'unready' });
    actor.send({ type: 'READY' });
    expect(valueOf(actor)).toEqual({ running: 'ready' });
  });

  it('waits 0, 10 s, 20 s, 40 s, 80 s, 160 s, 300 s, 300 s before successive restarts', () => {
    const { clock, actor } = running();
    const waits = [0, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000];
    waits.forEach((wait, i) => {
      clock.increment(1_000); // runs for a second, far less than ten minutes
      actor.send({ type: 'CRASH' });
      expect(valueOf(actor)).toBe('backOff');
      expect(contextOf(actor).restarts).toBe(i + 1);
      expect(contextOf(actor).backoffMs).toBe(wait);
      expectLeavesAfter(clock, actor, wait, 'backOff', 'starting');
      expectLeavesAfter(clock, actor, START_MS, 'starting', { running: 'unready' });
    });
    expect(contextOf(actor).restarts).toBe(8);
    // While running, backoffMs is the wait the next crash will get.
    expect(contextOf(actor).backoffMs).toBe(300_000);
  });

  it('treats a failed liveness probe like a crash: restart with back-off', () => {
    const { clock, actor } = running();
    actor.send({ type: 'READY' });
    actor.send({ type: 'LIVENESS_FAILED' });
    expect(valueOf(actor)).toBe('backOff');
    expect(contextOf(actor).restarts).toBe(1);
    expectLeavesAfter(clock, actor, 0, 'backOff', 'starting');
    clock.increment(START_MS);
    actor.send({ type: 'LIVENESS_FAILED' });
    expect(contextOf(actor).restarts).toBe(2);
    expectLeavesAfter(clock, actor, 10_000, 'backOff', 'starting');
  });

  it('resets the back-off after ten minutes of running without a crash', () => {
    const { clock, actor } = running();
    // Three quick crashes: waits 0, 10 s, 20 s; the next would be 40 s.
    for (const wait of [0, 10_000, 20_000]) {
      actor.send({ type: 'CRASH' });
      clock.increment(wait);
      clock.increment(START_MS);
    }
    expect(valueOf(actor)).toEqual({ running: 'unready' });
    expect(contextOf(actor).backoffMs).toBe(40_000);
    actor.send({ type: 'READY' }); // readiness changes do not restart the clean-run clock
    clock.increment(300_000);
    actor.send({ type: 'UNREADY' });
    clock.increment(TEN_MINUTES - 300_000 - 1);
    expect(contextOf(actor).backoffMs).toBe(40_000);
    clock.increment(1);
    expect(contextOf(actor).backoffMs).toBe(0);
    expect(contextOf(actor).restarts).toBe(3); // the count of restarts is history: kept
    actor.send({ type: 'CRASH' });
    expect(contextOf(actor).restarts).toBe(4);
    expectLeavesAfter(clock, actor, 0, 'backOff', 'starting'); // at once again
    clock.increment(START_MS + 1_000);
    actor.send({ type: 'CRASH' });
    expectLeavesAfter(clock, actor, 10_000, 'backOff', 'starting'); // and growing from 10 s
  });

  it('does not reset the back-off after running 1 ms less than ten minutes', () => {
    const { clock, actor } = running();
    for (const wait of [0, 10_000, 20_000]) {
      actor.send({ type: 'CRASH' });
      clock.increment(wait);
      clock.increment(START_MS);
    }
    clock.increment(TEN_MINUTES - 1);
    actor.send({ type: 'CRASH' });
    expect(contextOf(actor).backoffMs).toBe(40_000);
    expectLeavesAfter(clock, actor, 40_000, 'backOff', 'starting');
  });

  it('crashes on its own crashAfterMs after each start, with growing back-off', () => {
    const { clock, actor } = running({ crashAfterMs: 7_000 });
    const waits = [0, 10_000, 20_000, 40_000];
    waits.forEach((wait, i) => {
      clock.increment(6_999);
      expect(valueOf(actor)).toEqual({ running: 'unready' });
      expect(contextOf(actor).restarts).toBe(i);
      clock.increment(1);
      expect(contextOf(actor).restarts).toBe(i + 1);
      if (wait === 0) {
        clock.increment(0); // restarted at once
        expect(valueOf(actor)).toBe('starting');
      } else {
        expectLeavesAfter(clock, actor, wait, 'backOff', 'starting');
      }
      expectLeavesAfter(clock, actor, START_MS, 'starting', { running: 'unready' });
    });
  });

  it('restarts at once every time when it crashes only after more than ten minutes', () => {
    const { clock, actor } = running({ crashAfterMs: 700_000 });
    for (let i = 1; i <= 4; i++) {
      clock.increment(700_000 - 1);
      expect(valueOf(actor)).toEqual({ running: 'unready' });
      clock.increment(1);
      clock.increment(0);
      expect(contextOf(actor).restarts).toBe(i);
      // Restarted at once; the next crash would wait 10 s, had it come sooner.
      expect(valueOf(actor)).toBe('starting');
      expect(contextOf(actor).backoffMs).toBe(10_000);
      clock.increment(START_MS);
    }
  });

  it('never crashes on its own without crashAfterMs', () => {
    const { clock, actor } = running();
    clock.increment(3_600_000);
    expect(valueOf(actor)).toEqual({ running: 'unready' });
    expect(contextOf(actor).restarts).toBe(0);
  });

  it('on STOP terminates after graceMs', () => {
    const { clock, actor } = running({ graceMs: 45_000 });
    actor.send({ type: 'READY' });
    clock.increment(10_000);
    actor.send({ type: 'STOP' });
    expectLeavesAfter(clock, actor, 45_000, 'terminating', 'terminated');
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('on STOP terminates as soon as the process EXITs', () => {
    const { clock, actor } = running();
    actor.send({ type: 'STOP' });
    clock.increment(GRACE_MS - 1);
    actor.send({ type: 'EXITED' });
    expect(valueOf(actor)).toBe('terminated');
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('a crash while terminating does not bring it back', () => {
    const { clock, actor } = running();
    actor.send({ type: 'STOP' });
    actor.send({ type: 'CRASH' });
    expect(valueOf(actor)).toBe('terminating');
    clock.increment(GRACE_MS);
    expect(valueOf(actor)).toBe('terminated');
    expect(contextOf(actor).restarts).toBe(0);
  });

  it('is terminated at once when its node is LOST, in every live state', () => {
    const lose = (prepare: (c: ReturnType<typeof boot>) => void, expected: StateValue) => {
      const c = boot();
      prepare(c);
      expect(valueOf(c.actor)).toEqual(expected);
      c.actor.send({ type: 'LOST' });
      expect(valueOf(c.actor)).toBe('terminated');
      expect(c.actor.getSnapshot().status).toBe('done');
    };
    lose((c) => c.actor.send(scheduled()), 'pulling');
    lose((c) => {
      c.actor.send(scheduled());
      c.clock.increment(PULL_MS);
    }, 'starting');
    lose(
      (c) => {
        c.actor.send(scheduled());
        c.clock.increment(PULL_MS);
        c.clock.increment(START_MS);
        c.actor.send({ type: 'READY' });
      },
      { running: 'ready' },
    );
    lose((c) => {
      c.actor.send(scheduled());
      c.clock.increment(PULL_MS);
      c.clock.increment(START_MS);
      c.actor.send({ type: 'CRASH' });
    }, 'backOff');
    lose((c) => {
      c.actor.send(scheduled());
      c.clock.increment(PULL_MS);
      c.clock.increment(START_MS);
      c.actor.send({ type: 'STOP' });
    }, 'terminating');
  });

  it('a STOP before it runs ends it for good: no pull, start or restart follows', () => {
    const stopIn = (prepare: (c: ReturnType<typeof boot>) => void, expected: StateValue) => {
      const c = boot();
      prepare(c);
      expect(valueOf(c.actor)).toEqual(expected);
      c.actor.send({ type: 'STOP' });
      c.clock.increment(3_600_000);
      expect(valueOf(c.actor)).toBe('terminated');
    };
    stopIn(() => {}, 'pending');
    stopIn((c) => c.actor.send(scheduled()), 'pulling');
    stopIn((c) => {
      c.actor.send(scheduled());
      c.clock.increment(PULL_MS);
    }, 'starting');
    stopIn((c) => {
      c.actor.send(scheduled());
      c.clock.increment(PULL_MS + START_MS);
      c.actor.send({ type: 'CRASH' });
      c.clock.increment(0);
      c.clock.increment(START_MS);
      c.actor.send({ type: 'CRASH' }); // now waiting 10 s
    }, 'backOff');
  });
});

/* ------------------------------------------------------------------------ */
/* Model-based paths                                                          */
/* ------------------------------------------------------------------------ */

type Snapshot = ReturnType<typeof containerMachine.transition>;
type AnyEvent = { type: string } & Record<string, unknown>;
/** The graph API types events as the machine's own; the model adds its timer events. */
type ModelEvents = (snapshot: Snapshot) => ContainerEvent[];
type ModelPath = StatePath<Snapshot, AnyEvent>;

const MODEL = { pullMs: 1_000, startMs: 2_000, graceMs: 3_000 };
const CRASH_AFTER = 5_000;

const AFTER = {
  pull: 'xstate.after.pull.container.pulling',
  start: 'xstate.after.start.container.starting',
  crash: 'xstate.after.crash.container.running',
  cleanRun: 'xstate.after.cleanRun.container.running',
  backoff: 'xstate.after.backoff.container.backOff',
  grace: 'xstate.after.grace.container.terminating',
} as const;

/**
 * The events a real container can meet in a snapshot. Timers are offered only
 * when they can really fire next: with crashAfterMs (5 s, under ten minutes)
 * the crash always comes before the clean-run reset, without it the reset is
 * the only timer of `running`. Crashes stop after `maxRestarts` to keep the
 * graph finite.
 */
function modelEvents(maxRestarts: number, withLiveness: boolean) {
  return (snapshot: Snapshot): AnyEvent[] => {
    const c = snapshot.context;
    const out: AnyEvent[] = [
      { type: 'SCHEDULED', ...MODEL, crashAfterMs: null, warm: false },
      { type: 'SCHEDULED', ...MODEL, crashAfterMs: CRASH_AFTER, warm: false },
      { type: 'READY' },
      { type: 'UNREADY' },
      { type: 'STOP' },
      { type: 'EXITED' },
      { type: 'LOST' },
      { type: AFTER.pull },
      { type: AFTER.start },
      { type: AFTER.backoff },
      { type: AFTER.grace },
    ];
    const mayCrash = c.restarts < maxRestarts;
    if (mayCrash) out.push({ type: 'CRASH' });
    if (mayCrash && withLiveness) out.push({ type: 'LIVENESS_FAILED' });
    if (c.crashAfterMs === null) out.push({ type: AFTER.cleanRun });
    else if (mayCrash) out.push({ type: AFTER.crash });
    return out;
  };
}

const READY_VALUE = JSON.stringify({ running: 'ready' });

function topState(value: StateValue): string {
  return typeof value === 'string' ? value : Object.keys(value)[0];
}

/**
 * Replays a path on a real actor with a simulated clock: user events are sent,
 * timer events are produced by advancing the clock to exactly when the rules
 * say they are due (checking the machine has not moved 1 ms before). At every
 * step the actor must agree with the path and the invariants must hold.
 *
 * One kind of path cannot be timed on SimulatedClock: when a timed crash leads
 * to a zero-second back-off, the clock runs the immediate restart in the same
 * flush, so a user event cannot be slipped in between. Such a path is checked
 * up to that point and `replay` returns false.
 */
function replay(path: ModelPath): boolean {
  const clock = new SimulatedClock();
  const actor = createActor(containerMachine, { clock });
  actor.start();
  let enteredAt = 0;
  let backOffEntries = 0;
  /** The back-off the rules give the next restart. */
  let nextWait = 0;
  let scheduledWith: AnyEvent | null = null;
  let prevValue: StateValue = valueOf(actor);

  for (const [i, step] of path.steps.entries()) {
    const event = step.event;
    const prevTop = topState(prevValue);
    const timer = event.type.startsWith('xstate.after.');
    if (i === 0) {
      expect(event.type).toBe('xstate.init');
    } else if (timer) {
      const delay =
        event.type === AFTER.pull
          ? MODEL.pullMs
          : event.type === AFTER.start
            ? MODEL.startMs
            : event.type === AFTER.crash
              ? CRASH_AFTER
              : event.type === AFTER.cleanRun
                ? TEN_MINUTES
                : event.type === AFTER.backoff
                  ? nextWait
                  : MODEL.graceMs;
      const due = enteredAt + delay;
      expect(due).toBeGreaterThanOrEqual(clock.now());
      if (due > clock.now()) {
        const before = actor.getSnapshot();
        clock.set(due - 1);
        expect(valueOf(actor)).toEqual(before.value);
        expect(contextOf(actor)).toEqual(before.context);
      }
      clock.set(due);
      if (event.type === AFTER.cleanRun) nextWait = 0;
    } else {
      if (event.type === 'SCHEDULED' && prevTop === 'pending') scheduledWith = event;
      actor.send(event as ContainerEvent);
    }

    const s = step.state;
    const top = topState(s.value);
    const next = path.steps[i + 1];
    // A timed crash with a zero back-off: the actor has already restarted.
    const ahead = timer && top === 'backOff' && s.context.backoffMs === 0;
    if (!ahead || JSON.stringify(valueOf(actor)) === JSON.stringify(s.value)) {
      expect(valueOf(actor)).toEqual(s.value);
      expect(contextOf(actor)).toEqual(s.context);
    } else {
      expect(valueOf(actor)).toBe('starting');
    }

    if (top !== prevTop) {
      enteredAt = clock.now();
      if (prevTop === 'backOff') {
        nextWait = nextWait === 0 ? 10_000 : Math.min(nextWait * 2, 300_000);
      }
      if (top === 'backOff') backOffEntries++;
    }
    // Invariants.
    expect(s.context.restarts).toBe(backOffEntries);
    if (top === 'backOff') expect(s.context.backoffMs).toBe(nextWait);
    expect(s.status === 'done').toBe(top === 'terminated');
    if (JSON.stringify(s.value) === READY_VALUE && JSON.stringify(prevValue) !== READY_VALUE) {
      // Ready only from running.unready, on a READY.
      expect(prevValue).toEqual({ running: 'unready' });
      expect(event.type).toBe('READY');
    }
    if (scheduledWith) {
      expect(s.context.pullMs).toBe(scheduledWith.pullMs);
      expect(s.context.crashAfterMs).toBe(scheduledWith.crashAfterMs);
    }
    if (top === 'terminated') {
      // Final: nothing moves it any more.
      expect(next).toBeUndefined();
      for (const e of modelEvents(99, true)(s)) {
        const [after] = transition(containerMachine, s, e as ContainerEvent);
        expect(after.value).toBe('terminated');
      }
    }
    prevValue = s.value;
    if (ahead && JSON.stringify(valueOf(actor)) !== JSON.stringify(s.value)) {
      if (next?.event.type !== AFTER.backoff) return false;
    }
  }
  return true;
}

describe('container machine paths (xstate/graph)', () => {
  it('every shortest path replays on a timed actor with the invariants holding', () => {
    const paths = getShortestPaths(containerMachine, {
      events: modelEvents(3, true) as unknown as ModelEvents,
    }) as unknown as ModelPath[];
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    // Every state of the lifecycle is reachable.
    for (const v of [
      'pending',
      'pulling',
      'starting',
      { running: 'unready' },
      { running: 'ready' },
      'backOff',
      'terminating',
      'terminated',
    ]) {
      expect(reached).toContain(JSON.stringify(v));
    }
    const replayed = paths.filter(replay).length;
    expect(replayed).toBeGreaterThan(paths.length * 0.9);
  });

  it('every simple path replays on a timed actor with the invariants holding', () => {
    const paths = getSimplePaths(containerMachine, {
      events: modelEvents(2, false) as unknown as ModelEvents,
    }) as unknown as ModelPath[];
    expect(paths.length).toBeGreaterThan(100);
    let deepest = 0;
    let replayed = 0;
    for (const path of paths) {
      if (replay(path)) replayed++;
      deepest = Math.max(deepest, path.steps.length);
    }
    expect(replayed).toBeGreaterThan(paths.length * 0.5);
    // Some path goes through two crash loops and out again.
    expect(deepest).toBeGreaterThan(12);
  });
});
