import { Engine, type Checkpoint, type EngineOptions } from './engine.ts';
import { CAUSES, type Cause, type MessageCounts, type ServiceCounts } from './engineState.ts';
import { goalResults, type GoalResult } from './goals.ts';
import { mean, percentile, type Histogram } from './histogram.ts';
import { createOutput } from './metrics.ts';
import type { RunOutput } from './runOutput.ts';
import type { GoalSpec, TimedAction, WorldSpec } from './worldSpec.ts';
import { worldView, type WorldView } from './worldView.ts';

/** Totals of one service or traffic source over a whole run. */
export interface Totals {
  requests: number;
  completed: number;
  degraded: number;
  failed: number;
  failedBy: Record<Cause, number>;
  /** Requests that vanished without an answer. */
  lost: number;
  latencyMs: { mean: number; p50: number; p95: number; p99: number };
}

/** Totals of one service's queue of messages over a whole run (services called with `async`). */
export interface QueueTotals extends MessageCounts {
  /** Messages still waiting at the end. */
  backlog: number;
  /** The most messages waiting at the end of any second, and the oldest message's greatest age (ms). */
  peakBacklog: number;
  maxAgeMs: number;
}

/**
 * A finished (or stopped) run: pure data. Its checkpoints let `seek` rebuild
 * the world at any moment and `rerun` recompute it from the moment a reader
 * intervened, with the same result as a run from the start.
 */
export interface Run {
  spec: WorldSpec;
  interventions: TimedAction[];
  /** Goals checked besides the scenario's own. */
  extraGoals: GoalSpec[];
  /** Simulated time reached (ms). */
  t: number;
  /** Why the run stopped early, or null. */
  stopped: string | null;
  events: number;
  /** Digest of every processed event: same input, same hash. */
  hash: string;
  out: RunOutput;
  checkpoints: Checkpoint[];
  goals: GoalResult[];
  services: Record<string, Totals>;
  traffic: Record<string, Totals>;
  /** Queues of messages, by the name of the service that consumes them. */
  queues: Record<string, QueueTotals>;
}

function totals(counts: ServiceCounts, h: Histogram): Totals {
  const failedBy = Object.fromEntries(CAUSES.map((c, i) => [c, counts.failed[i]])) as Record<
    Cause,
    number
  >;
  return {
    requests: counts.requests,
    completed: counts.ok + counts.degraded,
    degraded: counts.degraded,
    failed: counts.failed.reduce((a, b) => a + b, 0),
    failedBy,
    lost: counts.lost,
    latencyMs: {
      mean: mean(h),
      p50: percentile(h, 50),
      p95: percentile(h, 95),
      p99: percentile(h, 99),
    },
  };
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

/** The Run an engine has produced so far. */
export function runOf(e: Engine): Run {
  const st = e.st;
  return {
    spec: e.spec,
    interventions: e.interventions,
    extraGoals: e.goals.slice(e.spec.goals.length),
    t: st.t,
    stopped: st.stopped?.reason ?? null,
    events: st.events,
    hash: hex(st.hash[0]) + hex(st.hash[1]),
    out: e.out,
    checkpoints: e.checkpoints,
    goals: goalResults(e),
    services: Object.fromEntries(st.services.map((s) => [s.name, totals(s.total, s.histogram)])),
    traffic: Object.fromEntries(
      e.spec.traffic.map((t, i) => [t.name, totals(st.sources[i].total, st.sources[i].histogram)]),
    ),
    queues: queueTotals(e),
  };
}

function queueTotals(e: Engine): Record<string, QueueTotals> {
  const queued = new Set(
    e.spec.services.flatMap((s) =>
      s.calls
        .flat()
        .filter((c) => c.async)
        .map((c) => c.to),
    ),
  );
  const result: Record<string, QueueTotals> = {};
  for (const svc of e.st.services) {
    if (!queued.has(svc.id)) continue;
    const series = e.out.services[svc.name];
    result[svc.name] = {
      ...svc.mqTotal,
      backlog: svc.mqAt.length - svc.mqHead,
      peakBacklog: series.backlog.reduce((a, b) => Math.max(a, b), 0),
      maxAgeMs: series.oldestMessage.reduce((a, b) => Math.max(a, b), 0),
    };
  }
  return result;
}

/** Runs a world from start to end. */
export function simulate(spec: WorldSpec, options: EngineOptions = {}): Run {
  const engine = new Engine(spec, options);
  engine.advance(spec.durationMs);
  return runOf(engine);
}

/** Output arrays cut back to what existed at a checkpoint (entries are never mutated, so they are shared). */
function truncateOutput(out: RunOutput, cp: Checkpoint): RunOutput {
  const n = cp.out.seconds;
  const cut = <T extends object>(series: T): T => {
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(series)) {
      copy[key] = Array.isArray(value) ? value.slice(0, n) : cut(value as object);
    }
    return copy as T;
  };
  const edges: RunOutput['edges'] = {};
  for (const [name, s] of Object.entries(out.edges)) edges[name] = cut(s);
  const nodes: RunOutput['nodes'] = {};
  const known = new Set(cp.state.nodes.map((node) => node.name));
  for (const [name, s] of Object.entries(out.nodes)) if (known.has(name)) nodes[name] = cut(s);
  return {
    seconds: n,
    stepMs: out.stepMs,
    services: Object.fromEntries(Object.entries(out.services).map(([k, s]) => [k, cut(s)])),
    nodes,
    edges,
    traffic: Object.fromEntries(Object.entries(out.traffic).map(([k, s]) => [k, cut(s)])),
    cost: out.cost.slice(0, n),
    log: out.log.slice(0, cp.out.log),
    traces: out.traces.slice(0, cp.out.traces),
    goals: out.goals.map((g) => g.slice(0, n)),
  };
}

function key(action: TimedAction): string {
  return JSON.stringify(action);
}

/** The earliest time at which two intervention lists differ (Infinity if they are the same). */
export function divergence(a: TimedAction[], b: TimedAction[]): number {
  const count = new Map<string, number>();
  for (const x of a) count.set(key(x), (count.get(key(x)) ?? 0) + 1);
  let first = Infinity;
  for (const x of b) {
    const k = key(x);
    const c = count.get(k) ?? 0;
    if (c > 0) count.set(k, c - 1);
    else first = Math.min(first, x.atMs);
  }
  for (const [k, c] of count)
    if (c > 0) first = Math.min(first, (JSON.parse(k) as TimedAction).atMs);
  return first;
}

function latestCheckpoint(run: Run, t: number): Checkpoint {
  let best = run.checkpoints[0];
  for (const cp of run.checkpoints) if (cp.t <= t && cp.t >= best.t) best = cp;
  return best;
}

/**
 * An engine that continues a run with another list of interventions, from the
 * last checkpoint before the first difference (not advanced yet), and that
 * checkpoint.
 */
export function resumeWith(
  run: Run,
  interventions: TimedAction[],
): { engine: Engine; from: Checkpoint } {
  if (run.checkpoints.length === 0) throw new Error('this run kept no checkpoints');
  const from = divergence(run.interventions, interventions);
  const cp = latestCheckpoint(run, Math.min(from, run.t));
  const kept = run.checkpoints.filter((c) => c.t <= cp.t);
  const engine = new Engine(
    run.spec,
    { interventions, goals: run.extraGoals },
    { cp, out: truncateOutput(run.out, cp), checkpoints: kept },
  );
  return { engine, from: cp };
}

/**
 * Re-runs with a new list of interventions, from the last checkpoint before
 * the first difference; the result equals `simulate` with that list.
 */
export function rerun(run: Run, interventions: TimedAction[]): Run {
  const { engine } = resumeWith(run, interventions);
  engine.advance(run.spec.durationMs);
  return runOf(engine);
}

/**
 * The world at time `t`: restored from the last checkpoint at or before `t`,
 * then simulated forward to `t` (events at `t` included).
 */
export function seek(run: Run, t: number): WorldView {
  if (run.checkpoints.length === 0) throw new Error('this run kept no checkpoints');
  const target = Math.max(0, Math.min(t, run.spec.durationMs));
  const cp = latestCheckpoint(run, target);
  const engine = new Engine(
    run.spec,
    { interventions: run.interventions, goals: run.extraGoals, checkpoints: false },
    {
      cp,
      out: createOutput(run.spec, run.spec.goals.length + run.extraGoals.length),
      checkpoints: [],
    },
  );
  engine.advance(target + 1);
  const view = worldView(engine);
  view.t = target;
  return view;
}
