import { assign, setup } from 'xstate';

export interface VmContext {
  bootMs: number;
  pullMs: number;
  startMs: number;
  crashAfterMs: number | null;
  graceMs: number;
  /** Times the guest has been rebooted or its app restarted. */
  restarts: number;
  /** Part of the world at the start: its first boot, pull and start take no time. */
  warm: boolean;
}

export type VmEvent =
  | {
      type: 'PLACED';
      bootMs: number;
      pullMs: number;
      startMs: number;
      crashAfterMs: number | null;
      graceMs: number;
      warm: boolean;
    }
  | { type: 'READY' }
  | { type: 'UNREADY' }
  | { type: 'CRASH' }
  | { type: 'LIVENESS_FAILED' }
  | { type: 'PANIC' }
  | { type: 'STOP' }
  | { type: 'EXITED' }
  | { type: 'LOST' };

/** An app that crashes inside a VM is restarted by the guest's init after this pause. */
export const VM_APP_RESTART_MS = 1_000;

/**
 * A virtual machine (or microVM) that runs one instance of an app: it waits
 * for a host with room, boots its own guest kernel, fetches the app, starts it
 * and runs. A kernel panic inside the guest reboots this VM only: the
 * hypervisor keeps it apart from its neighbours.
 */
export const vmMachine = setup({
  types: { context: {} as VmContext, events: {} as VmEvent },
  delays: {
    boot: ({ context }) => (context.warm ? 0 : context.bootMs),
    pull: ({ context }) => (context.warm ? 0 : context.pullMs),
    start: ({ context }) => (context.warm ? 0 : context.startMs),
    crash: ({ context }) => context.crashAfterMs ?? 0,
    appRestart: VM_APP_RESTART_MS,
    grace: ({ context }) => context.graceMs,
  },
  actions: { countRestart: assign({ restarts: ({ context }) => context.restarts + 1 }) },
  guards: { crashes: ({ context }) => context.crashAfterMs !== null },
}).createMachine({
  id: 'vm',
  context: {
    bootMs: 0,
    pullMs: 0,
    startMs: 0,
    crashAfterMs: null,
    graceMs: 30_000,
    restarts: 0,
    warm: false,
  },
  initial: 'pending',
  states: {
    pending: {
      on: {
        PLACED: {
          target: 'booting',
          actions: assign(({ event }) => ({
            bootMs: event.bootMs,
            pullMs: event.pullMs,
            startMs: event.startMs,
            crashAfterMs: event.crashAfterMs,
            graceMs: event.graceMs,
            warm: event.warm,
          })),
        },
        STOP: 'stopped',
      },
    },
    booting: {
      after: { boot: 'pulling' },
      on: {
        STOP: 'stopped',
        LOST: 'stopped',
        // A kernel that panics while it boots boots again, from the start.
        PANIC: { target: 'booting', reenter: true, actions: 'countRestart' },
      },
    },
    pulling: {
      after: { pull: 'starting' },
      on: {
        STOP: 'stopped',
        LOST: 'stopped',
        PANIC: { target: 'booting', actions: 'countRestart' },
      },
    },
    starting: {
      after: { start: 'running' },
      on: {
        STOP: 'stopped',
        LOST: 'stopped',
        PANIC: { target: 'booting', actions: 'countRestart' },
      },
    },
    running: {
      entry: assign({ warm: false }),
      initial: 'unready',
      after: { crash: { guard: 'crashes', target: 'restarting' } },
      on: {
        CRASH: 'restarting',
        LIVENESS_FAILED: 'restarting',
        PANIC: { target: 'booting', actions: 'countRestart' },
        STOP: 'stopping',
        LOST: 'stopped',
      },
      states: {
        unready: { on: { READY: 'ready' } },
        ready: { on: { UNREADY: 'unready' } },
      },
    },
    restarting: {
      entry: 'countRestart',
      after: { appRestart: 'starting' },
      on: {
        STOP: 'stopped',
        LOST: 'stopped',
        PANIC: { target: 'booting', actions: 'countRestart' },
      },
    },
    stopping: {
      after: { grace: 'stopped' },
      on: { EXITED: 'stopped', LOST: 'stopped' },
    },
    stopped: { type: 'final' },
  },
});
