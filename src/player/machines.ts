/** The engine's state machine definitions, for the statechart view to draw. */
export { MACHINES, type MachineKind } from '../sim/machines.ts';
