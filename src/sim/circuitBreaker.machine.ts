import { and, assign, setup } from 'xstate';

export interface BreakerContext {
  failureRateThreshold: number;
  slowCallRateThreshold: number;
  waitDurationInOpenMs: number;
  permittedCallsInHalfOpen: number;
  /** Trial calls finished in the current half-open spell. */
  trialCalls: number;
  trialFailures: number;
  trialSlow: number;
  /** Trial calls let through in the current half-open spell. */
  trialsStarted: number;
}

export type BreakerEvent =
  | { type: 'TRIP' }
  | { type: 'TRIAL_STARTED' }
  | { type: 'TRIAL_RESULT'; failed: boolean; slow: boolean };

export type BreakerInput = Pick<
  BreakerContext,
  | 'failureRateThreshold'
  | 'slowCallRateThreshold'
  | 'waitDurationInOpenMs'
  | 'permittedCallsInHalfOpen'
>;

/**
 * A circuit breaker with resilience4j's rules. CLOSED lets calls through and
 * counts them in a sliding window (kept by the engine); when the window's
 * failure or slow-call rate reaches its threshold the breaker TRIPs to OPEN,
 * which rejects calls at once. After the wait it goes HALF_OPEN and lets a few
 * trial calls through: if their failure rate is under the threshold it closes,
 * otherwise it opens again.
 */
export const circuitBreakerMachine = setup({
  types: { context: {} as BreakerContext, events: {} as BreakerEvent, input: {} as BreakerInput },
  delays: { wait: ({ context }) => context.waitDurationInOpenMs },
  guards: {
    trialsDone: ({ context }) => context.trialCalls >= context.permittedCallsInHalfOpen,
    trialsFailed: ({ context }) =>
      context.trialFailures * 100 >= context.failureRateThreshold * context.trialCalls ||
      context.trialSlow * 100 >= context.slowCallRateThreshold * context.trialCalls,
  },
}).createMachine({
  id: 'circuitBreaker',
  context: ({ input }) => ({
    ...input,
    trialCalls: 0,
    trialFailures: 0,
    trialSlow: 0,
    trialsStarted: 0,
  }),
  initial: 'closed',
  states: {
    closed: { on: { TRIP: 'open' } },
    open: { after: { wait: 'halfOpen' } },
    halfOpen: {
      entry: assign({ trialCalls: 0, trialFailures: 0, trialSlow: 0, trialsStarted: 0 }),
      always: [
        { guard: and(['trialsDone', 'trialsFailed']), target: 'open' },
        { guard: 'trialsDone', target: 'closed' },
      ],
      on: {
        TRIAL_STARTED: {
          actions: assign({ trialsStarted: ({ context }) => context.trialsStarted + 1 }),
        },
        TRIAL_RESULT: {
          actions: assign(({ context, event }) => ({
            trialCalls: context.trialCalls + 1,
            trialFailures: context.trialFailures + (event.failed ? 1 : 0),
            trialSlow: context.trialSlow + (event.slow ? 1 : 0),
          })),
        },
      },
    },
  },
});
