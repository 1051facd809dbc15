import type { GoalResult } from '../sim/goals.ts';
import type { LogEntry } from '../sim/logEntry.ts';
import type { RunOutput, Trace } from '../sim/runOutput.ts';
import type { GoalSpec, TimedAction, WorldSpec } from '../sim/worldSpec.ts';
import type { WorldView } from '../sim/worldView.ts';

/*
 * The messages between the page and the simulation worker. Plain data only.
 * A run has an id; messages about an older run are ignored.
 */

export type ToSim =
  | {
      type: 'load';
      runId: number;
      spec: WorldSpec;
      interventions: TimedAction[];
      goals: GoalSpec[];
    }
  /** Re-run the current run with another list of interventions (from the checkpoint before the first change). */
  | { type: 'intervene'; runId: number; interventions: TimedAction[] }
  /** The world at time t (events at t included). */
  | { type: 'frame'; runId: number; requestId: number; t: number }
  | { type: 'stop'; runId: number };

/**
 * New results of a run: every series from sample `fromSecond` on (the page drops what
 * it had from there, since a re-run rewrites the future), and the log entries
 * and traces from the given indexes on.
 */
export interface RunDelta {
  /** First sample (series index) the delta holds. */
  fromSecond: number;
  /** Samples computed in all. */
  seconds: number;
  /** Simulated milliseconds one sample covers (`RunOutput.stepMs`). */
  stepMs: number;
  services: Record<string, Record<string, unknown>>;
  nodes: Record<string, Record<string, unknown>>;
  edges: Record<string, Record<string, unknown>>;
  traffic: Record<string, Record<string, unknown>>;
  cost: number[];
  goals: number[][];
  logFrom: number;
  log: LogEntry[];
  tracesFrom: number;
  traces: Trace[];
}

export type FromSim =
  | {
      type: 'progress';
      runId: number;
      /** Simulated time computed so far. */
      t: number;
      durationMs: number;
      delta: RunDelta;
      goals: GoalResult[];
      events: number;
      done: boolean;
      stopped: string | null;
    }
  | { type: 'frame'; runId: number; requestId: number; world: WorldView }
  | { type: 'error'; runId: number; message: string };

/**
 * Applies a delta to the page's copy of a run's output. Arrays are cut back
 * and extended in place (copying them at every message would cost the page
 * more and more as a run grows); the result is a new top-level object, so that
 * a `$state.raw` holding it notices the change.
 */
export function applyDelta(out: RunOutput | null, delta: RunDelta): RunOutput {
  const merge = (
    target: Record<string, unknown>,
    fresh: Record<string, unknown>,
  ): Record<string, unknown> => {
    for (const [key, value] of Object.entries(fresh)) {
      const before = target[key];
      if (Array.isArray(value)) {
        const array = Array.isArray(before) ? before : [];
        array.length = Math.min(array.length, delta.fromSecond);
        for (const x of value) array.push(x);
        target[key] = array;
      } else {
        target[key] = merge(
          (before as Record<string, unknown> | undefined) ?? {},
          value as Record<string, unknown>,
        );
      }
    }
    return target;
  };
  const group = <T>(
    old: Record<string, T> | undefined,
    fresh: Record<string, Record<string, unknown>>,
  ) => {
    const result: Record<string, T> = {};
    for (const [name, series] of Object.entries(fresh)) {
      result[name] = merge((old?.[name] as Record<string, unknown> | undefined) ?? {}, series) as T;
    }
    return result;
  };
  const extend = <T>(array: T[] | undefined, from: number, items: T[]): T[] => {
    const target = array ?? [];
    target.length = Math.min(target.length, from);
    for (const item of items) target.push(item);
    return target;
  };
  return {
    seconds: delta.seconds,
    stepMs: delta.stepMs,
    services: group(out?.services, delta.services),
    nodes: group(out?.nodes, delta.nodes),
    edges: group(out?.edges, delta.edges),
    traffic: group(out?.traffic, delta.traffic),
    cost: extend(out?.cost, delta.fromSecond, delta.cost),
    goals: delta.goals.map((g, i) => extend(out?.goals[i], delta.fromSecond, g)),
    log: extend(out?.log, delta.logFrom, delta.log),
    traces: extend(out?.traces, delta.tracesFrom, delta.traces),
  };
}

/** The part of a run's output from a sample (and log/trace indexes) on. */
export function deltaOf(
  out: RunOutput,
  fromSecond: number,
  logFrom: number,
  tracesFrom: number,
): RunDelta {
  const slice = (series: object): Record<string, unknown> => {
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(series)) {
      copy[key] = Array.isArray(value) ? value.slice(fromSecond) : slice(value as object);
    }
    return copy;
  };
  const group = (all: Record<string, object>) =>
    Object.fromEntries(Object.entries(all).map(([k, v]) => [k, slice(v)]));
  return {
    fromSecond,
    seconds: out.seconds,
    stepMs: out.stepMs,
    services: group(out.services),
    nodes: group(out.nodes),
    edges: group(out.edges),
    traffic: group(out.traffic),
    cost: out.cost.slice(fromSecond),
    goals: out.goals.map((g) => g.slice(fromSecond)),
    logFrom,
    log: out.log.slice(logFrom),
    tracesFrom,
    traces: out.traces.slice(tracesFrom),
  };
}
