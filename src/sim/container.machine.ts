import { assign, setup } from 'xstate';

/** Kubernetes restart back-off: first restart at once, then 10 s doubling to 300 s. */
export const BACKOFF_FIRST_MS = 10_000;
export const BACKOFF_CAP_MS = 300_000;
/** Running this long without a crash resets the back-off. */
export const BACKOFF_RESET_MS = 600_000;

export interface ContainerContext {
  /** Times the container has been restarted. */
  restarts: number;
  /** The wait before the next restart (0 = restart at once). */
  backoffMs: number;
  pullMs: number;
  startMs: number;
  crashAfterMs: number | null;
  graceMs: number;
  /** Part of the world at the start: its first pull and start take no time. */
  warm: boolean;
}

export type ContainerEvent =
  | {
      type: 'SCHEDULED';
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
  | { type: 'STOP' }
  | { type: 'EXITED' }
  | { type: 'LOST' };

/**
 * A container's life, in the words Kubernetes uses: it waits (Pending until a
 * node is found, then pulling its image), starts, runs (not ready, then ready),
 * and when it crashes it waits in back-off before it is restarted. A pod that
 * keeps crashing is what `kubectl` shows as CrashLoopBackOff.
 */
export const containerMachine = setup({
  types: {
    context: {} as ContainerContext,
    events: {} as ContainerEvent,
  },
  delays: {
    pull: ({ context }) => (context.warm ? 0 : context.pullMs),
    start: ({ context }) => (context.warm ? 0 : context.startMs),
    crash: ({ context }) => context.crashAfterMs ?? 0,
    backoff: ({ context }) => context.backoffMs,
    grace: ({ context }) => context.graceMs,
    cleanRun: BACKOFF_RESET_MS,
  },
  actions: {
    countRestart: assign({ restarts: ({ context }) => context.restarts + 1 }),
    growBackoff: assign({
      backoffMs: ({ context }) =>
        context.backoffMs === 0
          ? BACKOFF_FIRST_MS
          : Math.min(context.backoffMs * 2, BACKOFF_CAP_MS),
    }),
  },
  guards: {
    crashes: ({ context }) => context.crashAfterMs !== null,
  },
}).createMachine({
  id: 'container',
  context: {
    restarts: 0,
    backoffMs: 0,
    pullMs: 0,
    startMs: 0,
    crashAfterMs: null,
    graceMs: 30_000,
    warm: false,
  },
  initial: 'pending',
  states: {
    pending: {
      on: {
        SCHEDULED: {
          target: 'pulling',
          actions: assign(({ event }) => ({
            pullMs: event.pullMs,
            startMs: event.startMs,
            crashAfterMs: event.crashAfterMs,
            graceMs: event.graceMs,
            warm: event.warm,
          })),
        },
        STOP: 'terminated',
      },
    },
    pulling: {
      after: { pull: 'starting' },
      on: { STOP: 'terminated', LOST: 'terminated' },
    },
    starting: {
      after: { start: 'running' },
      on: { STOP: 'terminated', LOST: 'terminated' },
    },
    running: {
      entry: assign({ warm: false }),
      initial: 'unready',
      after: {
        crash: { guard: 'crashes', target: 'backOff' },
        cleanRun: { actions: assign({ backoffMs: 0 }) },
      },
      on: {
        CRASH: 'backOff',
        LIVENESS_FAILED: 'backOff',
        STOP: 'terminating',
        LOST: 'terminated',
      },
      states: {
        unready: { on: { READY: 'ready' } },
        ready: { on: { UNREADY: 'unready' } },
      },
    },
    backOff: {
      entry: 'countRestart',
      exit: 'growBackoff',
      after: { backoff: 'starting' },
      on: { STOP: 'terminated', LOST: 'terminated' },
    },
    terminating: {
      after: { grace: 'terminated' },
      on: { EXITED: 'terminated', LOST: 'terminated' },
    },
    terminated: { type: 'final' },
  },
});
