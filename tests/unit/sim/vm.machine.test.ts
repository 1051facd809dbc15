import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, type ActorRefFrom, type StateValue } from 'xstate';
import { vmMachine, type VmEvent } from '../../../src/sim/vm.machine.ts';

type VmActor = ActorRefFrom<typeof vmMachine>;

const BOOT_MS = 20_000;
const PULL_MS = 5_000;
const START_MS = 3_000;
const GRACE_MS = 10_000;
/** The guest's init restarts a crashed app after one second. */
const APP_RESTART_MS = 1_000;

function placed(crashAfterMs: number | null = null, warm = false): VmEvent {
  return {
    type: 'PLACED',
    bootMs: BOOT_MS,
    pullMs: PULL_MS,
    startMs: START_MS,
    crashAfterMs,
    graceMs: GRACE_MS,
    warm,
  };
}

function boot(clock = new SimulatedClock()): { clock: SimulatedClock; actor: VmActor } {
  const actor = createActor(vmMachine, { clock });
  actor.start();
  return { clock, actor };
}

const valueOf = (actor: VmActor): StateValue => actor.getSnapshot().value;
const restartsOf = (actor: VmActor) => actor.getSnapshot().context.restarts;

function expectLeavesAfter(
  clock: SimulatedClock,
  actor: VmActor,
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

/** Boots, pulls and starts with exact timings, from `booting`. */
function expectFullBoot(clock: SimulatedClock, actor: VmActor): void {
  expectLeavesAfter(clock, actor, BOOT_MS, 'booting', 'pulling');
  expectLeavesAfter(clock, actor, PULL_MS, 'pulling', 'starting');
  expectLeavesAfter(clock, actor, START_MS, 'starting', { running: 'unready' });
}

function running(crashAfterMs: number | null = null) {
  const c = boot();
  c.actor.send(placed(crashAfterMs));
  c.clock.increment(BOOT_MS);
  c.clock.increment(PULL_MS);
  c.clock.increment(START_MS);
  expect(valueOf(c.actor)).toEqual({ running: 'unready' });
  return c;
}

describe('vm machine', () => {
  it('waits for a host, then boots its guest, pulls, starts and runs', () => {
    const { clock, actor } = boot();
    expect(valueOf(actor)).toBe('pending');
    clock.increment(60_000);
    expect(valueOf(actor)).toBe('pending');
    actor.send(placed());
    expect(actor.getSnapshot().context).toMatchObject({
      bootMs: BOOT_MS,
      pullMs: PULL_MS,
      startMs: START_MS,
      crashAfterMs: null,
      graceMs: GRACE_MS,
      restarts: 0,
    });
    expectFullBoot(clock, actor);
    actor.send({ type: 'READY' });
    expect(valueOf(actor)).toEqual({ running: 'ready' });
    actor.send({ type: 'UNREADY' });
    expect(valueOf(actor)).toEqual({ running: 'unready' });
  });

  it('a warm VM (there when the run starts) boots, pulls and starts in no time, once', () => {
    const { clock, actor } = boot();
    actor.send(placed(null, true));
    for (let i = 0; i < 3; i++) clock.increment(0);
    expect(valueOf(actor)).toEqual({ running: 'unready' });
    expect(actor.getSnapshot().context.warm).toBe(false);
    // A reboot takes the real times.
    actor.send({ type: 'PANIC' });
    expectFullBoot(clock, actor);
    // So does an app restart.
    actor.send({ type: 'CRASH' });
    expectLeavesAfter(clock, actor, APP_RESTART_MS, 'restarting', 'starting');
    expectLeavesAfter(clock, actor, START_MS, 'starting', { running: 'unready' });
  });

  it('restarts a crashed app after 1 s every time, without growing back-off', () => {
    const { clock, actor } = running();
    for (let i = 1; i <= 5; i++) {
      clock.increment(500);
      actor.send({ type: i % 2 ? 'CRASH' : 'LIVENESS_FAILED' });
      expect(restartsOf(actor)).toBe(i);
      expectLeavesAfter(clock, actor, APP_RESTART_MS, 'restarting', 'starting');
      expectLeavesAfter(clock, actor, START_MS, 'starting', { running: 'unready' });
    }
  });

  it('crashes on its own crashAfterMs after each start', () => {
    const { clock, actor } = running(8_000);
    for (let i = 1; i <= 3; i++) {
      expectLeavesAfter(clock, actor, 8_000, { running: 'unready' }, 'restarting');
      expect(restartsOf(actor)).toBe(i);
      expectLeavesAfter(clock, actor, APP_RESTART_MS, 'restarting', 'starting');
      expectLeavesAfter(clock, actor, START_MS, 'starting', { running: 'unready' });
    }
  });

  it('never crashes on its own without crashAfterMs', () => {
    const { clock, actor } = running();
    clock.increment(3_600_000);
    expect(valueOf(actor)).toEqual({ running: 'unready' });
    expect(restartsOf(actor)).toBe(0);
  });

  it('a kernel panic reboots the guest: boot, pull and start again, counted as a restart', () => {
    const { clock, actor } = running();
    actor.send({ type: 'READY' });
    clock.increment(5_000);
    actor.send({ type: 'PANIC' });
    expect(restartsOf(actor)).toBe(1);
    expectFullBoot(clock, actor);
  });

  it('a kernel panic while the app restarts reboots the guest and counts too', () => {
    const { clock, actor } = running();
    actor.send({ type: 'CRASH' });
    expect(valueOf(actor)).toBe('restarting');
    expect(restartsOf(actor)).toBe(1);
    clock.increment(500);
    actor.send({ type: 'PANIC' });
    expect(valueOf(actor)).toBe('booting');
    expect(restartsOf(actor)).toBe(2);
  });

  it('a kernel panic while pulling or starting reboots it too', () => {
    const { clock, actor } = boot();
    actor.send(placed());
    // SimulatedClock starts a new timer at the end of an increment: step exactly.
    clock.increment(BOOT_MS);
    clock.increment(1_000);
    expect(valueOf(actor)).toBe('pulling');
    actor.send({ type: 'PANIC' });
    expect(restartsOf(actor)).toBe(1);
    clock.increment(BOOT_MS);
    clock.increment(PULL_MS);
    clock.increment(1_000);
    expect(valueOf(actor)).toBe('starting');
    actor.send({ type: 'PANIC' });
    expect(restartsOf(actor)).toBe(2);
    expectFullBoot(clock, actor);
  });

  it('a kernel panic while it boots makes it boot again from the start', () => {
    const { clock, actor } = boot();
    actor.send(placed());
    clock.increment(BOOT_MS - 1_000);
    expect(valueOf(actor)).toBe('booting');
    actor.send({ type: 'PANIC' });
    expect(restartsOf(actor)).toBe(1);
    // The boot timer started again: 1 s later (past the first boot's end) it still boots,
    // and it is done a whole boot after the panic.
    clock.increment(1_000);
    expect(valueOf(actor)).toBe('booting');
    expectLeavesAfter(clock, actor, BOOT_MS - 1_000, 'booting', 'pulling');
    expectLeavesAfter(clock, actor, PULL_MS, 'pulling', 'starting');
  });

  it('a kernel panic in one VM leaves its neighbour running', () => {
    const clock = new SimulatedClock();
    const a = boot(clock).actor;
    const b = boot(clock).actor;
    a.send(placed());
    b.send(placed());
    clock.increment(BOOT_MS);
    clock.increment(PULL_MS);
    clock.increment(START_MS);
    a.send({ type: 'READY' });
    b.send({ type: 'READY' });
    a.send({ type: 'PANIC' });
    expect(valueOf(a)).toBe('booting');
    expect(valueOf(b)).toEqual({ running: 'ready' });
    for (const step of [BOOT_MS, PULL_MS, START_MS]) {
      clock.increment(step);
      expect(valueOf(b)).toEqual({ running: 'ready' });
    }
    expect(valueOf(a)).toEqual({ running: 'unready' });
    expect(restartsOf(a)).toBe(1);
    expect(restartsOf(b)).toBe(0);
  });

  it('on STOP stops after graceMs, or as soon as the app EXITs', () => {
    const slow = running();
    slow.actor.send({ type: 'STOP' });
    expectLeavesAfter(slow.clock, slow.actor, GRACE_MS, 'stopping', 'stopped');
    expect(slow.actor.getSnapshot().status).toBe('done');

    const quick = running();
    quick.actor.send({ type: 'STOP' });
    quick.clock.increment(GRACE_MS - 1);
    quick.actor.send({ type: 'EXITED' });
    expect(valueOf(quick.actor)).toBe('stopped');
    expect(quick.actor.getSnapshot().status).toBe('done');
  });

  it('is stopped at once when its host is LOST', () => {
    const cases: [number[], StateValue][] = [
      [[1_000], 'booting'],
      [[BOOT_MS, 1_000], 'pulling'],
      [[BOOT_MS, PULL_MS, 1_000], 'starting'],
      [[BOOT_MS, PULL_MS, START_MS], { running: 'unready' }],
    ];
    for (const [steps, state] of cases) {
      const { clock, actor } = boot();
      actor.send(placed());
      for (const ms of steps) clock.increment(ms);
      expect(valueOf(actor)).toEqual(state);
      actor.send({ type: 'LOST' });
      expect(valueOf(actor)).toBe('stopped');
      expect(actor.getSnapshot().status).toBe('done');
    }
    const { actor } = running();
    actor.send({ type: 'STOP' });
    actor.send({ type: 'LOST' });
    expect(valueOf(actor)).toBe('stopped');
  });

  it('a STOP while it waits, boots or restarts ends it for good', () => {
    const pending = boot();
    pending.actor.send({ type: 'STOP' });
    expect(valueOf(pending.actor)).toBe('stopped');

    const restarting = running();
    restarting.actor.send({ type: 'CRASH' });
    restarting.actor.send({ type: 'STOP' });
    restarting.clock.increment(3_600_000);
    expect(valueOf(restarting.actor)).toBe('stopped');
  });
});
