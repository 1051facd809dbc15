import { assign, setup } from 'xstate';

export interface RolloutContext {
  /** The version being rolled out. */
  version: number;
  progressDeadlineMs: number;
}

export type RolloutEvent =
  { type: 'START'; version: number } | { type: 'PROGRESS' } | { type: 'DONE' };

/**
 * A Deployment's rolling update. While progressing, new instances are added
 * (at most maxSurge above the desired count) and old ones removed (never more
 * than maxUnavailable below it). Each bit of progress restarts the progress
 * deadline; if it runs out the rollout is marked stalled (as Kubernetes'
 * ProgressDeadlineExceeded: nothing is rolled back on its own).
 */
export const rolloutMachine = setup({
  types: {
    context: {} as RolloutContext,
    events: {} as RolloutEvent,
    input: {} as { progressDeadlineMs: number },
  },
  delays: { deadline: ({ context }) => context.progressDeadlineMs },
}).createMachine({
  id: 'rollout',
  context: ({ input }) => ({ version: 0, progressDeadlineMs: input.progressDeadlineMs }),
  initial: 'idle',
  states: {
    idle: {
      on: {
        START: {
          target: 'progressing',
          actions: assign({ version: ({ event }) => event.version }),
        },
      },
    },
    progressing: {
      after: { deadline: 'stalled' },
      on: {
        PROGRESS: { target: 'progressing', reenter: true },
        DONE: 'complete',
        START: {
          target: 'progressing',
          reenter: true,
          actions: assign({ version: ({ event }) => event.version }),
        },
      },
    },
    stalled: {
      on: {
        PROGRESS: 'progressing',
        DONE: 'complete',
        START: {
          target: 'progressing',
          actions: assign({ version: ({ event }) => event.version }),
        },
      },
    },
    complete: {
      on: {
        START: {
          target: 'progressing',
          actions: assign({ version: ({ event }) => event.version }),
        },
      },
    },
  },
});
