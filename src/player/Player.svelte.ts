import type { GoalResult } from '../sim/goals.ts';
import { NOTABLE, type LogEntry } from '../sim/logEntry.ts';
import type { RunOutput } from '../sim/runOutput.ts';
import type { Action, GoalSpec, TimedAction, WorldSpec } from '../sim/worldSpec.ts';
import type { WorldView } from '../sim/worldView.ts';
import type { SimClient } from './simClient.ts';
import { applyDelta, type FromSim } from './simProtocol.ts';

/** Playback speeds offered, in simulated seconds per wall second. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64] as const;

/** Something that happened, for the timeline. */
export interface Marker {
  t: number;
  kind: 'event' | 'intervention';
  entry: LogEntry | null;
  action: TimedAction | null;
}

/** Calls back on every animation frame (injected so that tests can drive time). */
export interface FrameClock {
  request(callback: (now: number) => void): number;
  cancel(id: number): void;
}

const browserClock: FrameClock = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (id) => cancelAnimationFrame(id),
};

/**
 * The bridge from a simulation run to what the page shows: current time,
 * playback, speed, stepping between events, scrubbing, and interventions.
 * The run is computed by a SimClient (a worker); this class keeps the results
 * it streams and asks it for the world at the current time.
 */
export class Player {
  /** The moment shown (simulated ms). */
  t = $state(0);
  playing = $state(false);
  speed = $state(1);
  /** Length of the run (ms), and how far it has been computed. */
  duration = $state(0);
  computed = $state(0);
  status = $state<'idle' | 'running' | 'done' | 'error'>('idle');
  error = $state<string | null>(null);
  /** Why the run stopped early (a limit), or null. */
  stopped = $state<string | null>(null);
  /** Per-second series, log and traces received so far. */
  out = $state.raw<RunOutput | null>(null);
  /** The world at `t` (or the closest moment received). */
  world = $state.raw<WorldView | null>(null);
  goals = $state.raw<GoalResult[]>([]);
  interventions = $state.raw<TimedAction[]>([]);
  /** Notable events passed while playing, newest last (for the live region). */
  passed = $state.raw<LogEntry[]>([]);
  spec = $state.raw<WorldSpec | null>(null);

  /** Notable events and interventions, in time order. */
  markers = $derived.by((): Marker[] => {
    const events: Marker[] = (this.out?.log ?? [])
      .filter((entry) => NOTABLE.has(entry.kind) && entry.kind !== 'fault')
      .map((entry) => ({ t: entry.t, kind: 'event', entry, action: null }));
    const faults: Marker[] = (this.out?.log ?? [])
      .filter((entry) => entry.kind === 'fault')
      .map((entry) => ({ t: entry.t, kind: 'event', entry, action: null }));
    const actions: Marker[] = this.interventions.map((action) => ({
      t: action.atMs,
      kind: 'intervention',
      entry: null,
      action,
    }));
    return [...faults, ...events, ...actions].sort((a, b) => a.t - b.t);
  });

  private runId = 0;
  private requestId = 0;
  private pendingFrame = -1;
  private frameWanted = false;
  private tick = -1;
  private lastNow = -1;
  private goalSpecs: GoalSpec[] = [];
  /** A world received while playing, shown at the next animation frame. */
  private nextWorld: WorldView | null = null;

  constructor(
    private readonly client: SimClient,
    private readonly clock: FrameClock = browserClock,
  ) {
    client.listen((message) => this.receive(message));
  }

  /** Runs a world from the start (keeps the speed, drops interventions). */
  load(
    spec: WorldSpec,
    options: { goals?: GoalSpec[]; interventions?: TimedAction[]; at?: number } = {},
  ): void {
    this.pause();
    this.runId++;
    this.spec = spec;
    this.goalSpecs = options.goals ?? [];
    this.interventions = options.interventions ?? [];
    this.t = Math.max(0, Math.min(options.at ?? 0, spec.durationMs));
    this.duration = spec.durationMs;
    this.computed = 0;
    this.out = null;
    this.world = null;
    this.nextWorld = null;
    this.goals = [];
    this.passed = [];
    this.error = null;
    this.stopped = null;
    this.status = 'running';
    this.pendingFrame = -1;
    this.client.send({
      type: 'load',
      runId: this.runId,
      spec: $state.snapshot(spec) as WorldSpec,
      interventions: this.interventions,
      goals: this.goalSpecs,
    });
    this.requestFrame();
  }

  play(): void {
    if (this.playing || !this.spec) return;
    if (this.t >= this.duration) this.t = 0;
    this.playing = true;
    this.lastNow = -1;
    this.tick = this.clock.request((now) => this.advance(now));
  }

  pause(): void {
    this.playing = false;
    this.showNextWorld();
    if (this.tick >= 0) this.clock.cancel(this.tick);
    this.tick = -1;
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: number): void {
    this.speed = Math.max(SPEEDS[0], Math.min(SPEEDS[SPEEDS.length - 1], speed));
  }

  faster(): void {
    const next = SPEEDS.find((s) => s > this.speed);
    if (next !== undefined) this.speed = next;
  }

  slower(): void {
    const next = [...SPEEDS].reverse().find((s) => s < this.speed);
    if (next !== undefined) this.speed = next;
  }

  /** Moves to a moment (clamped to what has been computed). */
  seek(t: number): void {
    this.t = Math.round(Math.max(0, Math.min(t, this.computed, this.duration)));
    this.requestFrame();
  }

  /** Jumps to the next logged event after now (or the end). */
  stepForward(): void {
    const next = this.out?.log.find((entry) => entry.t > this.t);
    this.pause();
    this.seek(next ? next.t : this.computed);
  }

  /** Jumps to the previous logged event before now (or the start). */
  stepBack(): void {
    const log = this.out?.log ?? [];
    let previous = 0;
    for (const entry of log) {
      if (entry.t >= this.t) break;
      previous = entry.t;
    }
    this.pause();
    this.seek(previous);
  }

  /** Acts on the world now: the run is recomputed from this moment. */
  intervene(action: Action): void {
    if (!this.spec) return;
    this.interventions = [...this.interventions, { atMs: Math.round(this.t), action }];
    this.rerun();
  }

  /** Takes back the last intervention. */
  undo(): void {
    if (this.interventions.length === 0) return;
    this.interventions = this.interventions.slice(0, -1);
    this.rerun();
  }

  destroy(): void {
    this.pause();
    this.client.close();
  }

  private showNextWorld(): void {
    if (!this.nextWorld) return;
    this.world = this.nextWorld;
    this.nextWorld = null;
  }

  private rerun(): void {
    this.status = 'running';
    this.client.send({ type: 'intervene', runId: this.runId, interventions: this.interventions });
    this.requestFrame();
  }

  private advance(now: number): void {
    if (!this.playing) return;
    this.showNextWorld();
    if (this.lastNow >= 0) {
      const before = this.t;
      const next = Math.min(
        this.t + (now - this.lastNow) * this.speed,
        this.computed,
        this.duration,
      );
      this.t = next;
      this.notePassed(before, next);
      if (next >= this.duration) {
        this.pause();
        this.requestFrame();
        return;
      }
      this.requestFrame();
    }
    this.lastNow = now;
    this.tick = this.clock.request((n) => this.advance(n));
  }

  private notePassed(from: number, to: number): void {
    // The log is in time order: find the first entry after `from` by bisection
    // rather than scanning a log of thousands of entries at every frame.
    const log = this.out?.log ?? [];
    let lo = 0;
    let hi = log.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (log[mid].t > from) hi = mid;
      else lo = mid + 1;
    }
    const crossed: LogEntry[] = [];
    for (let i = lo; i < log.length && log[i].t <= to; i++)
      if (NOTABLE.has(log[i].kind)) crossed.push(log[i]);
    if (crossed.length) this.passed = [...this.passed, ...crossed].slice(-20);
  }

  /** Asks for the world at `t`; at most one request is in flight, the latest `t` wins. */
  private requestFrame(): void {
    if (!this.spec) return;
    if (this.pendingFrame >= 0) {
      this.frameWanted = true;
      return;
    }
    this.frameWanted = false;
    this.pendingFrame = ++this.requestId;
    this.client.send({
      type: 'frame',
      runId: this.runId,
      requestId: this.pendingFrame,
      t: Math.round(this.t),
    });
  }

  private receive(message: FromSim): void {
    if (message.runId !== this.runId) return;
    switch (message.type) {
      case 'progress': {
        this.out = applyDelta(this.out, message.delta);
        this.computed = message.t;
        this.duration = message.durationMs;
        this.goals = message.goals;
        this.stopped = message.stopped;
        this.status = message.done ? 'done' : 'running';
        if (!this.world || this.world.t < this.t) this.requestFrame();
        return;
      }
      case 'frame':
        if (message.requestId !== this.pendingFrame) return;
        this.pendingFrame = -1;
        // The first picture of a new run: what `npm run bench` times a reader's edit to.
        if (this.world === null) performance.mark('cloudscope:firstFrame');
        // While playing, the picture is drawn at the next animation frame, with
        // the clock's step: drawn from a message task, it would land anywhere in
        // the frame and push the browser's own rendering past the vsync.
        if (this.playing) this.nextWorld = message.world;
        else this.world = message.world;
        if (this.frameWanted) this.requestFrame();
        return;
      case 'error':
        this.status = 'error';
        this.error = message.message;
        this.pendingFrame = -1;
        return;
    }
  }
}
