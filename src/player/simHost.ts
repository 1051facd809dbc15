import { Engine } from '../sim/engine.ts';
import { createOutput } from '../sim/metrics.ts';
import { resumeWith, runOf } from '../sim/simulate.ts';
import type { GoalSpec, TimedAction, WorldSpec } from '../sim/worldSpec.ts';
import { worldView } from '../sim/worldView.ts';
import { deltaOf, type FromSim, type ToSim } from './simProtocol.ts';

/** What the host needs from where it runs (a worker, or the page in tests). */
export interface HostEnv {
  post(message: FromSim): void;
  /** Runs `fn` soon, letting other messages in first. */
  later(fn: () => void): void;
  /** Wall-clock milliseconds, to slice the work. */
  now(): number;
}

/** Wall time one slice of simulation may take before the host yields. */
const SLICE_MS = 12;
/** Wall time between two progress messages while a run is computed. */
const POST_MS = 100;
/** A frame this far ahead of the cursor is simulated forward; farther, restored from a checkpoint. */
const CURSOR_REACH_MS = 15_000;

/**
 * The simulation side of the player: runs a world in slices, streams its
 * results, answers "what does the world look like at t?", and re-runs from a
 * checkpoint when the reader intervenes. Runs inside the simulation worker.
 */
export class SimHost {
  private runId = -1;
  private spec: WorldSpec | null = null;
  private goals: GoalSpec[] = [];
  private interventions: TimedAction[] = [];
  private engine: Engine | null = null;
  private cursor: Engine | null = null;
  private posted = { seconds: 0, log: 0, traces: 0 };
  private pumping = false;
  private lastPost = -Infinity;

  constructor(private readonly env: HostEnv) {}

  handle(message: ToSim): void {
    try {
      switch (message.type) {
        case 'load':
          this.runId = message.runId;
          this.spec = message.spec;
          this.goals = message.goals;
          this.interventions = message.interventions;
          this.engine = new Engine(message.spec, {
            interventions: message.interventions,
            goals: message.goals,
          });
          this.cursor = null;
          this.posted = { seconds: 0, log: 0, traces: 0 };
          this.lastPost = -Infinity;
          this.pump();
          return;
        case 'intervene': {
          if (message.runId !== this.runId || !this.engine) return;
          const { engine, from } = resumeWith(runOf(this.engine), message.interventions);
          this.interventions = message.interventions;
          this.engine = engine;
          this.cursor = null;
          this.posted = {
            seconds: Math.min(this.posted.seconds, from.out.seconds),
            log: Math.min(this.posted.log, from.out.log),
            traces: Math.min(this.posted.traces, from.out.traces),
          };
          this.lastPost = -Infinity;
          this.pump();
          return;
        }
        case 'frame':
          if (message.runId !== this.runId) return;
          this.env.post({
            type: 'frame',
            runId: this.runId,
            requestId: message.requestId,
            world: this.worldAt(message.t),
          });
          return;
        case 'stop':
          if (message.runId === this.runId) {
            this.engine = null;
            this.cursor = null;
          }
          return;
      }
    } catch (error) {
      this.env.post({
        type: 'error',
        runId: this.runId,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    this.env.later(() => this.slice());
  }

  private slice(): void {
    this.pumping = false;
    const engine = this.engine;
    if (!engine || !this.spec) return;
    const started = this.env.now();
    const end = this.spec.durationMs;
    while (!engine.done && this.env.now() - started < SLICE_MS) {
      engine.advance(Math.min(end, engine.t + 1000));
    }
    // Post results at most every POST_MS (and at the end): each message costs the page a render.
    if (!engine.done && this.env.now() - this.lastPost < POST_MS) {
      this.pump();
      return;
    }
    this.lastPost = this.env.now();
    const out = engine.out;
    const delta = deltaOf(out, this.posted.seconds, this.posted.log, this.posted.traces);
    this.posted = { seconds: out.seconds, log: out.log.length, traces: out.traces.length };
    const run = runOf(engine);
    this.env.post({
      type: 'progress',
      runId: this.runId,
      t: engine.t,
      durationMs: end,
      delta,
      goals: run.goals,
      events: run.events,
      done: engine.done,
      stopped: run.stopped,
    });
    if (!engine.done) this.pump();
  }

  private worldAt(requested: number) {
    const engine = this.engine;
    if (!engine || !this.spec) throw new Error('no run is loaded');
    const t = Math.max(0, Math.min(requested, engine.t));
    const target = t + 1;
    let cursor = this.cursor;
    if (!cursor || cursor.t > target || target - cursor.t > CURSOR_REACH_MS) {
      let cp = engine.checkpoints[0];
      for (const c of engine.checkpoints) if (c.t <= t && c.t >= cp.t) cp = c;
      if (!cursor || cursor.t > target || cp.t > cursor.t) {
        cursor = new Engine(
          this.spec,
          { interventions: this.interventions, goals: this.goals, checkpoints: false },
          {
            cp,
            out: createOutput(this.spec, this.spec.goals.length + this.goals.length),
            checkpoints: [],
          },
        );
      }
    }
    cursor.advance(target);
    this.cursor = cursor;
    const world = worldView(cursor);
    world.t = t;
    return world;
  }
}
