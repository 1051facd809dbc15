import type { GoalResult } from '../sim/goals.ts';
import type { RunOutput } from '../sim/runOutput.ts';
import type { Action, TimedAction, WorldSpec } from '../sim/worldSpec.ts';
import type { WorldView } from '../sim/worldView.ts';
import type { Marker } from './Player.svelte.ts';

/**
 * What a view may read of a player, and the one thing it may ask of it
 * (an intervention). The Player class has all of it; a test can pass a plain
 * object. Views never change the world themselves.
 */
export interface PlayerLike {
  readonly t: number;
  readonly duration: number;
  readonly computed: number;
  readonly playing: boolean;
  readonly speed: number;
  readonly spec: WorldSpec | null;
  readonly out: RunOutput | null;
  readonly world: WorldView | null;
  readonly goals: GoalResult[];
  readonly interventions: TimedAction[];
  readonly markers: Marker[];
  intervene(action: Action): void;
  seek(t: number): void;
}

export type { Action, GoalResult, RunOutput, TimedAction, WorldSpec, WorldView, Marker };
