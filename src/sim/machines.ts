import { autoscalerMachine } from './autoscaler.machine.ts';
import { circuitBreakerMachine } from './circuitBreaker.machine.ts';
import { containerMachine } from './container.machine.ts';
import { nodeMachine } from './node.machine.ts';
import { rolloutMachine } from './rollout.machine.ts';
import { vmMachine } from './vm.machine.ts';

/** The machine definitions the engine runs, by the kind names its slots carry. */
export const MACHINES = {
  node: nodeMachine,
  container: containerMachine,
  vm: vmMachine,
  breaker: circuitBreakerMachine,
  autoscaler: autoscalerMachine,
  rollout: rolloutMachine,
};

export type MachineKind = keyof typeof MACHINES;
