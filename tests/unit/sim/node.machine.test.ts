import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, type ActorRefFrom, type StateValue } from 'xstate';
import { nodeMachine, type NodeContext } from '../../../src/sim/node.machine.ts';

type NodeActor = ActorRefFrom<typeof nodeMachine>;

const BOOT_MS = 60_000;
/** node-monitor-grace-period. */
const GRACE_MS = 50_000;
/** Pods' toleration of a NotReady node. */
const EVICTION_MS = 300_000;

function boot(preBooted: boolean, over: Partial<NodeContext> = {}) {
  const clock = new SimulatedClock();
  const input: NodeContext = {
    bootMs: BOOT_MS,
    preBooted,
    graceMs: GRACE_MS,
    evictionMs: EVICTION_MS,
    ...over,
  };
  const actor = createActor(nodeMachine, { clock, input });
  actor.start();
  return { clock, actor };
}

const valueOf = (actor: NodeActor): StateValue => actor.getSnapshot().value;

function expectLeavesAfter(
  clock: SimulatedClock,
  actor: NodeActor,
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

describe('node machine', () => {
  it('a new node boots for bootMs, then is ready', () => {
    const { clock, actor } = boot(false);
    expectLeavesAfter(clock, actor, BOOT_MS, 'booting', 'ready');
  });

  it('a pre-booted node is ready at once', () => {
    const { actor } = boot(true);
    expect(valueOf(actor)).toBe('ready');
    expect(actor.getSnapshot().context.preBooted).toBe(false);
  });

  it('a pre-booted node that fails and is restored takes the full boot time', () => {
    const { clock, actor } = boot(true);
    actor.send({ type: 'FAIL' });
    clock.increment(10_000);
    actor.send({ type: 'RESTORE' });
    expectLeavesAfter(clock, actor, BOOT_MS, 'booting', 'ready');
  });

  it('a failed node is unreachable, NotReady after the grace period, evicted after the toleration', () => {
    const { clock, actor } = boot(true);
    clock.increment(123_000);
    actor.send({ type: 'FAIL' });
    expectLeavesAfter(clock, actor, GRACE_MS, 'unreachable', 'notReady');
    expectLeavesAfter(clock, actor, EVICTION_MS, 'notReady', 'evicted');
    clock.increment(3_600_000);
    expect(valueOf(actor)).toBe('evicted');
  });

  it('uses the configured grace and eviction times', () => {
    const { clock, actor } = boot(true, { graceMs: 40_000, evictionMs: 5_000 });
    actor.send({ type: 'FAIL' });
    expectLeavesAfter(clock, actor, 40_000, 'unreachable', 'notReady');
    expectLeavesAfter(clock, actor, 5_000, 'notReady', 'evicted');
  });

  it('a node that fails while booting is unreachable too', () => {
    const { clock, actor } = boot(false);
    clock.increment(BOOT_MS - 1);
    actor.send({ type: 'FAIL' });
    expectLeavesAfter(clock, actor, GRACE_MS, 'unreachable', 'notReady');
  });

  it('a node restored before the grace period boots again and is never marked NotReady', () => {
    const { clock, actor } = boot(true);
    actor.send({ type: 'FAIL' });
    clock.increment(GRACE_MS - 1);
    actor.send({ type: 'RESTORE' });
    expectLeavesAfter(clock, actor, BOOT_MS, 'booting', 'ready');
    clock.increment(EVICTION_MS + GRACE_MS);
    expect(valueOf(actor)).toBe('ready');
  });

  it('a node restored while NotReady is not evicted', () => {
    const { clock, actor } = boot(true);
    actor.send({ type: 'FAIL' });
    clock.increment(GRACE_MS);
    clock.increment(EVICTION_MS - 1);
    expect(valueOf(actor)).toBe('notReady');
    actor.send({ type: 'RESTORE' });
    expectLeavesAfter(clock, actor, BOOT_MS, 'booting', 'ready');
    clock.increment(EVICTION_MS);
    expect(valueOf(actor)).toBe('ready');
  });

  it('an evicted node can be restored', () => {
    const { clock, actor } = boot(true);
    actor.send({ type: 'FAIL' });
    clock.increment(GRACE_MS);
    clock.increment(EVICTION_MS);
    actor.send({ type: 'RESTORE' });
    expectLeavesAfter(clock, actor, BOOT_MS, 'booting', 'ready');
  });

  it('a kernel panic reboots a ready node, which is ready again after bootMs', () => {
    const { clock, actor } = boot(true);
    clock.increment(1_000);
    actor.send({ type: 'PANIC' });
    expectLeavesAfter(clock, actor, BOOT_MS, 'rebooting', 'ready');
    actor.send({ type: 'PANIC' });
    expectLeavesAfter(clock, actor, BOOT_MS, 'rebooting', 'ready');
  });

  it('a node that fails while rebooting is unreachable, then NotReady, then evicted', () => {
    const { clock, actor } = boot(true);
    actor.send({ type: 'PANIC' });
    clock.increment(BOOT_MS - 1);
    actor.send({ type: 'FAIL' });
    expectLeavesAfter(clock, actor, GRACE_MS, 'unreachable', 'notReady');
    expectLeavesAfter(clock, actor, EVICTION_MS, 'notReady', 'evicted');
  });

  it('a removed node is gone for good, from any state', () => {
    const prepare: [string, (clock: SimulatedClock, actor: NodeActor) => void][] = [
      ['booting', () => {}],
      ['ready', (clock) => clock.increment(BOOT_MS)],
      [
        'rebooting',
        (clock, actor) => {
          clock.increment(BOOT_MS);
          actor.send({ type: 'PANIC' });
        },
      ],
      ['unreachable', (_, actor) => actor.send({ type: 'FAIL' })],
      [
        'notReady',
        (clock, actor) => {
          actor.send({ type: 'FAIL' });
          clock.increment(GRACE_MS);
        },
      ],
      [
        'evicted',
        (clock, actor) => {
          actor.send({ type: 'FAIL' });
          clock.increment(GRACE_MS);
          clock.increment(EVICTION_MS);
        },
      ],
    ];
    for (const [state, steps] of prepare) {
      const { clock, actor } = boot(false);
      steps(clock, actor);
      expect(valueOf(actor)).toBe(state);
      actor.send({ type: 'REMOVE' });
      expect(valueOf(actor)).toBe('removed');
      expect(actor.getSnapshot().status).toBe('done');
      actor.send({ type: 'RESTORE' });
      clock.increment(3_600_000);
      expect(valueOf(actor)).toBe('removed');
    }
  });
});
