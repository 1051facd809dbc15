import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, type ActorRefFrom, type StateValue } from 'xstate';
import { getShortestPaths, getSimplePaths, type StatePath } from 'xstate/graph';
import {
  circuitBreakerMachine,
  type BreakerEvent,
  type BreakerInput,
} from '../../../src/sim/circuitBreaker.machine.ts';

type BreakerActor = ActorRefFrom<typeof circuitBreakerMachine>;

const WAIT_MS = 60_000;
const INPUT: BreakerInput = {
  failureRateThreshold: 50,
  slowCallRateThreshold: 100,
  waitDurationInOpenMs: WAIT_MS,
  permittedCallsInHalfOpen: 4,
};

function boot(over: Partial<BreakerInput> = {}) {
  const clock = new SimulatedClock();
  const actor = createActor(circuitBreakerMachine, { clock, input: { ...INPUT, ...over } });
  actor.start();
  return { clock, actor };
}

const valueOf = (actor: BreakerActor): StateValue => actor.getSnapshot().value;
const ok = { type: 'TRIAL_RESULT', failed: false, slow: false } as const;
const failed = { type: 'TRIAL_RESULT', failed: true, slow: false } as const;
const slow = { type: 'TRIAL_RESULT', failed: false, slow: true } as const;

/** Trips the breaker and waits (exactly) until it is half-open. */
function halfOpen(over: Partial<BreakerInput> = {}) {
  const c = boot(over);
  c.actor.send({ type: 'TRIP' });
  c.clock.increment(over.waitDurationInOpenMs ?? WAIT_MS);
  expect(valueOf(c.actor)).toBe('halfOpen');
  return c;
}

function sendTrials(actor: BreakerActor, results: BreakerEvent[]): void {
  for (const r of results) {
    actor.send({ type: 'TRIAL_STARTED' });
    actor.send(r);
  }
}

describe('circuit breaker machine', () => {
  it('starts closed with its settings and empty trial counts', () => {
    const { actor } = boot();
    expect(valueOf(actor)).toBe('closed');
    expect(actor.getSnapshot().context).toEqual({
      ...INPUT,
      trialCalls: 0,
      trialFailures: 0,
      trialSlow: 0,
      trialsStarted: 0,
    });
  });

  it('stays closed until tripped, then opens; half-open exactly waitDurationInOpenState later', () => {
    const { clock, actor } = boot();
    clock.increment(3_600_000);
    expect(valueOf(actor)).toBe('closed');
    actor.send({ type: 'TRIP' });
    expect(valueOf(actor)).toBe('open');
    clock.increment(WAIT_MS - 1);
    expect(valueOf(actor)).toBe('open');
    clock.increment(1);
    expect(valueOf(actor)).toBe('halfOpen');
  });

  it('counts the trial calls it lets through', () => {
    const { actor } = halfOpen();
    actor.send({ type: 'TRIAL_STARTED' });
    actor.send({ type: 'TRIAL_STARTED' });
    expect(actor.getSnapshot().context.trialsStarted).toBe(2);
    actor.send(failed);
    expect(actor.getSnapshot().context).toMatchObject({
      trialsStarted: 2,
      trialCalls: 1,
      trialFailures: 1,
      trialSlow: 0,
    });
  });

  it('waits for all permitted trial results before deciding, even if all so far failed', () => {
    const { actor } = halfOpen();
    sendTrials(actor, [failed, failed, failed]);
    expect(valueOf(actor)).toBe('halfOpen');
    sendTrials(actor, [failed]);
    expect(valueOf(actor)).toBe('open');
  });

  it('closes when the trials fail less often than the threshold (1 of 4 = 25% < 50%)', () => {
    const { actor } = halfOpen();
    sendTrials(actor, [ok, failed, ok]);
    expect(valueOf(actor)).toBe('halfOpen');
    sendTrials(actor, [ok]);
    expect(valueOf(actor)).toBe('closed');
  });

  it('opens again when the failure rate reaches the threshold (2 of 4 = 50%)', () => {
    const { clock, actor } = halfOpen();
    clock.increment(5_000);
    sendTrials(actor, [failed, ok, ok, failed]);
    expect(valueOf(actor)).toBe('open');
    // The wait starts again from the moment it re-opened.
    clock.increment(WAIT_MS - 1);
    expect(valueOf(actor)).toBe('open');
    clock.increment(1);
    expect(valueOf(actor)).toBe('halfOpen');
    // A new half-open spell starts with fresh counts.
    expect(actor.getSnapshot().context).toMatchObject({
      trialsStarted: 0,
      trialCalls: 0,
      trialFailures: 0,
      trialSlow: 0,
    });
    sendTrials(actor, [ok, ok, ok, ok]);
    expect(valueOf(actor)).toBe('closed');
  });

  it('opens again when the slow-call rate reaches its threshold, closes below it', () => {
    const opened = halfOpen({ slowCallRateThreshold: 50 });
    sendTrials(opened.actor, [slow, ok, slow, ok]); // 50% slow
    expect(valueOf(opened.actor)).toBe('open');

    const closed = halfOpen({ slowCallRateThreshold: 50 });
    sendTrials(closed.actor, [slow, ok, ok, ok]); // 25% slow
    expect(valueOf(closed.actor)).toBe('closed');
  });

  it('with a 100% slow threshold only all-slow trials re-open it', () => {
    const allSlow = halfOpen();
    sendTrials(allSlow.actor, [slow, slow, slow, slow]);
    expect(valueOf(allSlow.actor)).toBe('open');

    const mostlySlow = halfOpen();
    sendTrials(mostlySlow.actor, [slow, slow, slow, ok]);
    expect(valueOf(mostlySlow.actor)).toBe('closed');
  });

  it('honours a single permitted trial call', () => {
    const good = halfOpen({ permittedCallsInHalfOpen: 1 });
    sendTrials(good.actor, [ok]);
    expect(valueOf(good.actor)).toBe('closed');
    const bad = halfOpen({ permittedCallsInHalfOpen: 1 });
    sendTrials(bad.actor, [failed]);
    expect(valueOf(bad.actor)).toBe('open');
  });

  it('does not count trial results outside half-open', () => {
    const { clock, actor } = boot();
    actor.send(failed);
    expect(actor.getSnapshot().context.trialCalls).toBe(0);
    actor.send({ type: 'TRIP' });
    actor.send(failed);
    expect(actor.getSnapshot().context.trialCalls).toBe(0);
    clock.increment(WAIT_MS);
    expect(actor.getSnapshot().context.trialCalls).toBe(0);
  });

  it('a closed breaker can trip again', () => {
    const { clock, actor } = halfOpen();
    sendTrials(actor, [ok, ok, ok, ok]);
    clock.increment(10_000);
    actor.send({ type: 'TRIP' });
    expect(valueOf(actor)).toBe('open');
    clock.increment(WAIT_MS - 1);
    expect(valueOf(actor)).toBe('open');
    clock.increment(1);
    expect(valueOf(actor)).toBe('halfOpen');
  });
});

/* ------------------------------------------------------------------------ */
/* Model-based paths                                                          */
/* ------------------------------------------------------------------------ */

type Snapshot = ReturnType<typeof circuitBreakerMachine.transition>;
type AnyEvent = { type: string } & Record<string, unknown>;
/** The graph API types events as the machine's own; the model adds the timer event. */
type ModelEvents = (snapshot: Snapshot) => BreakerEvent[];
type ModelPath = StatePath<Snapshot, AnyEvent>;

const AFTER_WAIT = 'xstate.after.wait.circuitBreaker.open';
const RESULTS = [
  { type: 'TRIAL_RESULT', failed: false, slow: false },
  { type: 'TRIAL_RESULT', failed: true, slow: false },
  { type: 'TRIAL_RESULT', failed: false, slow: true },
  { type: 'TRIAL_RESULT', failed: true, slow: true },
];

/**
 * The events the engine can send: TRIP at any time, the open wait's timer,
 * a trial start while fewer than the permitted trials have started in
 * half-open, and a result for a trial that has started.
 */
function modelEvents(snapshot: Snapshot): AnyEvent[] {
  const c = snapshot.context;
  const out: AnyEvent[] = [{ type: 'TRIP' }, { type: AFTER_WAIT }];
  if (snapshot.value === 'halfOpen') {
    if (c.trialsStarted < c.permittedCallsInHalfOpen) out.push({ type: 'TRIAL_STARTED' });
    if (c.trialCalls < c.trialsStarted) out.push(...RESULTS);
  }
  return out;
}

/** Replays a path on a timed actor, checking it against the path and the breaker's rules. */
function replay(input: BreakerInput, path: ModelPath): void {
  const clock = new SimulatedClock();
  const actor = createActor(circuitBreakerMachine, { clock, input });
  actor.start();
  let openedAt = -1;
  let prev: StateValue = valueOf(actor);
  let results: { failed: boolean; slow: boolean }[] = [];
  let started = 0;

  for (const [i, step] of path.steps.entries()) {
    const event = step.event;
    if (i === 0) {
      expect(event.type).toBe('xstate.init');
    } else if (event.type === AFTER_WAIT) {
      expect(prev).toBe('open');
      const due = openedAt + input.waitDurationInOpenMs;
      clock.set(due - 1);
      expect(valueOf(actor)).toBe('open');
      clock.set(due);
    } else {
      if (prev !== 'open') clock.increment(7); // some time passes between calls
      if (event.type === 'TRIAL_STARTED') started++;
      if (event.type === 'TRIAL_RESULT') {
        results.push({ failed: event.failed as boolean, slow: event.slow as boolean });
      }
      actor.send(event as BreakerEvent);
    }

    const snap = actor.getSnapshot();
    expect(snap.value).toEqual(step.state.value);
    expect(snap.context).toEqual(step.state.context);
    const now = snap.value;
    const ctx = snap.context;

    if (now === 'halfOpen') {
      if (prev !== 'halfOpen') {
        // Entered only from open, by the wait running out, with fresh counts.
        expect(prev).toBe('open');
        expect(event.type).toBe(AFTER_WAIT);
        expect(clock.now()).toBe(openedAt + input.waitDurationInOpenMs);
        expect(ctx).toMatchObject({ trialCalls: 0, trialFailures: 0, trialSlow: 0 });
        expect(ctx.trialsStarted).toBe(0);
        results = [];
        started = 0;
      }
      // Never more trial results than permitted (the verdict comes at the last one).
      expect(ctx.trialCalls).toBeLessThan(input.permittedCallsInHalfOpen);
      expect(ctx.trialCalls).toBe(results.length);
      expect(ctx.trialsStarted).toBe(started);
      expect(ctx.trialsStarted).toBeLessThanOrEqual(input.permittedCallsInHalfOpen);
    }
    if (prev === 'halfOpen' && now !== 'halfOpen') {
      // Left half-open only on the last permitted result, with the verdict of the rules.
      expect(event.type).toBe('TRIAL_RESULT');
      expect(results.length).toBe(input.permittedCallsInHalfOpen);
      const n = results.length;
      const failureRate = (results.filter((r) => r.failed).length / n) * 100;
      const slowRate = (results.filter((r) => r.slow).length / n) * 100;
      const passes =
        failureRate < input.failureRateThreshold && slowRate < input.slowCallRateThreshold;
      expect(now).toBe(passes ? 'closed' : 'open');
    }
    if (now === 'closed' && prev !== 'closed') expect(prev).toBe('halfOpen');
    if (now === 'open' && prev !== 'open') {
      if (prev === 'closed') expect(event.type).toBe('TRIP');
      else expect(prev).toBe('halfOpen');
      openedAt = clock.now();
    }
    prev = now;
  }
}

describe('circuit breaker paths (xstate/graph)', () => {
  const inputs: BreakerInput[] = [
    {
      failureRateThreshold: 50,
      slowCallRateThreshold: 100,
      waitDurationInOpenMs: 5_000,
      permittedCallsInHalfOpen: 2,
    },
    {
      failureRateThreshold: 100,
      slowCallRateThreshold: 50,
      waitDurationInOpenMs: 1_000,
      permittedCallsInHalfOpen: 2,
    },
    {
      failureRateThreshold: 60,
      slowCallRateThreshold: 60,
      waitDurationInOpenMs: 30_000,
      permittedCallsInHalfOpen: 3,
    },
  ];

  for (const input of inputs) {
    const name = `fail ${input.failureRateThreshold}%, slow ${input.slowCallRateThreshold}%, ${input.permittedCallsInHalfOpen} trials`;

    it(`shortest paths reach every state and replay (${name})`, () => {
      const paths = getShortestPaths(circuitBreakerMachine, {
        input,
        events: modelEvents as unknown as ModelEvents,
      }) as unknown as ModelPath[];
      const reached = new Set(paths.map((p) => p.state.value));
      expect(reached).toEqual(new Set(['closed', 'open', 'halfOpen']));
      for (const path of paths) replay(input, path);
    });

    it(`simple paths replay with the invariants holding (${name})`, () => {
      const paths = getSimplePaths(circuitBreakerMachine, {
        input,
        events: modelEvents as unknown as ModelEvents,
      }) as unknown as ModelPath[];
      // Both verdicts are reachable from half-open.
      const verdicts = new Set<string>();
      for (const path of paths) {
        replay(input, path);
        for (let i = 1; i < path.steps.length; i++) {
          if (path.steps[i - 1].state.value === 'halfOpen') {
            verdicts.add(String(path.steps[i].state.value));
          }
        }
      }
      expect(verdicts).toEqual(new Set(['halfOpen', 'closed', 'open']));
    });
  }
});
