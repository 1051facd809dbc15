/** The engine's state machine definitions, for the statechart view to draw. */
export { MACHINES } from '../sim/engine.ts';
