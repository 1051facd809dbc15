import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, type ActorRefFrom, type StateValue } from 'xstate';
import { rolloutMachine } from '../../../src/sim/rollout.machine.ts';

type RolloutActor = ActorRefFrom<typeof rolloutMachine>;

const DEADLINE_MS = 600_000;

function boot(progressDeadlineMs = DEADLINE_MS) {
  const clock = new SimulatedClock();
  const actor = createActor(rolloutMachine, { clock, input: { progressDeadlineMs } });
  actor.start();
  return { clock, actor };
}

const valueOf = (actor: RolloutActor): StateValue => actor.getSnapshot().value;

function expectLeavesAfter(
  clock: SimulatedClock,
  actor: RolloutActor,
  ms: number,
  from: StateValue,
  to: StateValue,
): void {
  expect(valueOf(actor)).toEqual(from);
  clock.increment(ms - 1);
  expect(valueOf(actor)).toEqual(from);
  clock.increment(1);
  expect(valueOf(actor)).toEqual(to);
}

describe('rollout machine', () => {
  it('is idle, at version 0, until a rollout starts', () => {
    const { clock, actor } = boot();
    expect(valueOf(actor)).toBe('idle');
    expect(actor.getSnapshot().context).toEqual({ version: 0, progressDeadlineMs: DEADLINE_MS });
    clock.increment(10 * DEADLINE_MS);
    expect(valueOf(actor)).toBe('idle');
  });

  it('stalls when the progress deadline runs out', () => {
    const { clock, actor } = boot();
    clock.increment(42_000);
    actor.send({ type: 'START', version: 3 });
    expect(actor.getSnapshot().context.version).toBe(3);
    expectLeavesAfter(clock, actor, DEADLINE_MS, 'progressing', 'stalled');
  });

  it('restarts the deadline on each PROGRESS', () => {
    const { clock, actor } = boot();
    actor.send({ type: 'START', version: 1 });
    clock.increment(400_000);
    actor.send({ type: 'PROGRESS' });
    clock.increment(599_999);
    actor.send({ type: 'PROGRESS' });
    clock.increment(10_000);
    actor.send({ type: 'PROGRESS' });
    expectLeavesAfter(clock, actor, DEADLINE_MS, 'progressing', 'stalled');
    expect(actor.getSnapshot().context.version).toBe(1);
  });

  it('uses the configured deadline', () => {
    const { clock, actor } = boot(90_000);
    actor.send({ type: 'START', version: 1 });
    clock.increment(30_000);
    actor.send({ type: 'PROGRESS' });
    expectLeavesAfter(clock, actor, 90_000, 'progressing', 'stalled');
  });

  it('completes on DONE and never stalls afterwards', () => {
    const { clock, actor } = boot();
    actor.send({ type: 'START', version: 2 });
    clock.increment(DEADLINE_MS - 1);
    actor.send({ type: 'DONE' });
    expect(valueOf(actor)).toBe('complete');
    clock.increment(10 * DEADLINE_MS);
    expect(valueOf(actor)).toBe('complete');
    expect(actor.getSnapshot().context.version).toBe(2);
  });

  it('a stalled rollout resumes on PROGRESS with a fresh deadline', () => {
    const { clock, actor } = boot();
    actor.send({ type: 'START', version: 2 });
    clock.increment(DEADLINE_MS);
    expect(valueOf(actor)).toBe('stalled');
    clock.increment(123_000); // stalled for a while: nothing rolls back on its own
    expect(valueOf(actor)).toBe('stalled');
    expect(actor.getSnapshot().context.version).toBe(2);
    actor.send({ type: 'PROGRESS' });
    expectLeavesAfter(clock, actor, DEADLINE_MS, 'progressing', 'stalled');
  });

  it('a stalled rollout can still complete', () => {
    const { clock, actor } = boot();
    actor.send({ type: 'START', version: 2 });
    clock.increment(DEADLINE_MS);
    actor.send({ type: 'DONE' });
    expect(valueOf(actor)).toBe('complete');
  });

  it('a new START while progressing switches version and restarts the deadline', () => {
    const { clock, actor } = boot();
    actor.send({ type: 'START', version: 2 });
    clock.increment(500_000);
    actor.send({ type: 'START', version: 3 });
    expect(actor.getSnapshot().context.version).toBe(3);
    expectLeavesAfter(clock, actor, DEADLINE_MS, 'progressing', 'stalled');
  });

  it('a START after completion or a stall begins a new rollout with its own deadline', () => {
    const { clock, actor } = boot();
    actor.send({ type: 'START', version: 1 });
    actor.send({ type: 'DONE' });
    clock.increment(1_000_000);
    actor.send({ type: 'START', version: 2 });
    expect(actor.getSnapshot().context.version).toBe(2);
    expectLeavesAfter(clock, actor, DEADLINE_MS, 'progressing', 'stalled');
    actor.send({ type: 'START', version: 3 });
    expect(actor.getSnapshot().context.version).toBe(3);
    expectLeavesAfter(clock, actor, DEADLINE_MS, 'progressing', 'stalled');
  });
});
