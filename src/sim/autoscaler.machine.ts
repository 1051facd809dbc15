import { assign, setup } from 'xstate';
import { hpaDesiredReplicas, type HpaInput } from './hpaDesiredReplicas.ts';

export interface AutoscalerContext {
  /** Replicas the autoscaler last asked for. */
  desired: number;
  /** Raw recommendations of recent syncs, for the scale-down window. */
  history: { t: number; replicas: number }[];
  /** Metric and metric/target ratio seen at the last sync. */
  lastMetric: number;
  lastRatio: number;
}

export type AutoscalerEvent = { type: 'SYNC' } & HpaInput;

/**
 * The HorizontalPodAutoscaler's control loop. Every sync period the engine
 * sends the measured metric; the machine computes the desired replicas with
 * the documented rule (`hpaDesiredReplicas`) and lands in the state that
 * names its decision.
 */
export const autoscalerMachine = setup({
  types: {
    context: {} as AutoscalerContext,
    events: {} as AutoscalerEvent,
    input: {} as { replicas: number },
  },
  actions: {
    decide: assign(({ context, event }) => {
      const decision = hpaDesiredReplicas(event, context.history);
      return {
        desired: decision.desired,
        history: decision.history,
        lastMetric: event.metric,
        lastRatio: decision.ratio,
      };
    }),
  },
  guards: {
    scalesUp: ({ context, event }) =>
      hpaDesiredReplicas(event, context.history).desired > event.current,
    scalesDown: ({ context, event }) =>
      hpaDesiredReplicas(event, context.history).desired < event.current,
  },
}).createMachine({
  id: 'autoscaler',
  context: ({ input }) => ({ desired: input.replicas, history: [], lastMetric: 0, lastRatio: 1 }),
  initial: 'stable',
  on: {
    SYNC: [
      { guard: 'scalesUp', target: '.scalingUp', actions: 'decide' },
      { guard: 'scalesDown', target: '.scalingDown', actions: 'decide' },
      { target: '.stable', actions: 'decide' },
    ],
  },
  states: { stable: {}, scalingUp: {}, scalingDown: {} },
});
