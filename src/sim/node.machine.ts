import { assign, setup } from 'xstate';

export interface NodeContext {
  bootMs: number;
  /** Already booted when the run starts (its first boot takes no time). */
  preBooted: boolean;
  /** node-monitor-grace-period: silence before the node is marked NotReady. */
  graceMs: number;
  /** How long pods tolerate a NotReady node before they are evicted. */
  evictionMs: number;
}

export type NodeEvent =
  { type: 'FAIL' } | { type: 'PANIC' } | { type: 'RESTORE' } | { type: 'REMOVE' };

/**
 * A machine that runs containers, as the control plane sees it. When it dies
 * nobody knows at first (unreachable); after the grace period it is marked
 * NotReady and its pods leave the load balancers; after the pods' toleration
 * they are evicted and recreated elsewhere. A kernel panic reboots it.
 */
export const nodeMachine = setup({
  types: { context: {} as NodeContext, events: {} as NodeEvent, input: {} as NodeContext },
  guards: { preBooted: ({ context }) => context.preBooted },
  delays: {
    boot: ({ context }) => context.bootMs,
    grace: ({ context }) => context.graceMs,
    eviction: ({ context }) => context.evictionMs,
  },
}).createMachine({
  id: 'node',
  context: ({ input }) => input,
  initial: 'booting',
  states: {
    booting: {
      exit: assign({ preBooted: false }),
      always: { guard: 'preBooted', target: 'ready' },
      after: { boot: 'ready' },
      on: { FAIL: 'unreachable', REMOVE: 'removed' },
    },
    ready: {
      on: { FAIL: 'unreachable', PANIC: 'rebooting', REMOVE: 'removed' },
    },
    rebooting: {
      after: { boot: 'ready' },
      on: { FAIL: 'unreachable', REMOVE: 'removed' },
    },
    unreachable: {
      after: { grace: 'notReady' },
      on: { RESTORE: 'booting', REMOVE: 'removed' },
    },
    notReady: {
      after: { eviction: 'evicted' },
      on: { RESTORE: 'booting', REMOVE: 'removed' },
    },
    evicted: {
      on: { RESTORE: 'booting', REMOVE: 'removed' },
    },
    removed: { type: 'final' },
  },
});
