import { cloneData } from './cloneData.ts';
import { MACHINES } from './machines.ts';
import { cloneTable } from './slotTable.ts';
import { createEngineState } from './createEngineState.ts';
import { createWorld } from './createWorld.ts';
import { Ev, type EngineState } from './engineState.ts';
import { peekTime, popInto, pushDelayed, pushEvent, type SimEvent } from './eventQueue.ts';
import { applyAction, endFault } from './applyAction.ts';
import { onHpaSync } from './autoscaling.ts';
import { closeSecond, createOutput, nodeSeries } from './metrics.ts';
import { MachineHost, type MachineChange, type MachineSlot } from './machineHost.ts';
import { DEFAULT_LIMITS, type Limits } from './limits.ts';
import type { LogEntry, LogKind } from './logEntry.ts';
import { onBreakerChange } from './breakerGate.ts';
import { onInstanceChange, placePending } from './instanceLifecycle.ts';
import { onNodeChange } from './nodeLifecycle.ts';
import { onProbe } from './probes.ts';
import { createStream, type RandomStream } from './randomStream.ts';
import { onRolloutChange } from './rolloutStep.ts';
import type { RunOutput } from './runOutput.ts';
import { onWorkDone } from './processorSharing.ts';
import { onConsume } from './messageQueue.ts';
import {
  onCallArrive,
  onJobWaitDone,
  onResponse,
  onRetry,
  onTimeout,
  type Policy,
} from './requestFlow.ts';
import { onArrival, onClientSend } from './traffic.ts';
import { goalsOnLog, initGoals } from './goals.ts';
import type { GoalSpec, TimedAction, WorldSpec } from './worldSpec.ts';
import { flushOpenTraces } from './traces.ts';

export { MACHINES };

/** A full copy of the engine's state at a second boundary. */
export interface Checkpoint {
  t: number;
  state: EngineState;
  /** Lengths of the append-only outputs at that moment. */
  out: { seconds: number; log: number; traces: number };
}

export interface EngineOptions {
  /** A reader's actions, added to the scenario's own timeline. */
  interventions?: TimedAction[];
  /** Goals checked besides the scenario's own (a lesson's challenge). */
  goals?: GoalSpec[];
  limits?: Partial<Limits>;
  /** Keep checkpoints (for seeking and re-runs). Default true. */
  checkpoints?: boolean;
}

/** Merges the scenario's timeline and the interventions, stably by time. */
export function mergeTimeline(spec: WorldSpec, interventions: TimedAction[]): TimedAction[] {
  const all = [...spec.timeline, ...interventions];
  return all
    .map((action, index) => ({ action, index }))
    .sort((a, b) => a.action.atMs - b.action.atMs || a.index - b.index)
    .map((entry) => entry.action);
}

/** A deep copy of the engine's state (finished jobs and calls are not copied). */
export function copyState(st: EngineState): EngineState {
  const { jobs, calls, ...rest } = st;
  return {
    ...cloneData(rest),
    jobs: cloneTable(jobs, (job) => ({ ...job })),
    calls: cloneTable(calls, (call) => ({ ...call })),
  };
}

function mix(h: number, x: number): number {
  h = Math.imul(h ^ (x | 0), 0x01000193);
  return Math.imul(h ^ ((x / 4294967296) | 0), 0x01000193);
}

/**
 * The discrete-event engine: one run of one world. Time is whole simulated
 * milliseconds; events at the same millisecond run in the order they were
 * scheduled; timeline actions at a millisecond run before its events. Nothing
 * here reads the wall clock or unseeded randomness, so the same spec and
 * interventions always give the same run.
 */
export class Engine {
  readonly spec: WorldSpec;
  readonly timeline: TimedAction[];
  readonly interventions: TimedAction[];
  readonly goals: GoalSpec[];
  readonly limits: Limits;
  readonly keepCheckpoints: boolean;
  st: EngineState;
  out: RunOutput;
  host: MachineHost;
  checkpoints: Checkpoint[] = [];
  /** Events popped that had become stale (cancelled timers, old generations). */
  stale = 0;

  constructor(
    spec: WorldSpec,
    options: EngineOptions = {},
    resume?: { cp: Checkpoint; out: RunOutput; checkpoints: Checkpoint[] },
  ) {
    this.spec = spec;
    this.interventions = options.interventions ?? [];
    this.timeline = mergeTimeline(spec, this.interventions);
    this.goals = [...spec.goals, ...(options.goals ?? [])];
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.keepCheckpoints = options.checkpoints ?? true;
    if (resume) {
      this.st = copyState(resume.cp.state);
      this.out = resume.out;
      // A node a fault added before the checkpoint has no series yet in a fresh output.
      for (const node of this.st.nodes) this.out.nodes[node.name] ??= nodeSeries(this.out.seconds);
      this.checkpoints = resume.checkpoints;
      this.host = this.makeHost();
    } else {
      this.st = createEngineState(spec);
      this.out = createOutput(spec, this.goals.length);
      this.host = this.makeHost();
      this.st.goalState = initGoals(this);
      createWorld(this);
      if (this.keepCheckpoints) this.checkpoint();
    }
  }

  private makeHost(): MachineHost {
    return new MachineHost(MACHINES, this.st.queue, Ev.timer, this.st.machines, this.st.tokens);
  }

  get t(): number {
    return this.st.t;
  }

  get done(): boolean {
    return this.st.t >= this.spec.durationMs || this.st.stopped !== null;
  }

  schedule(t: number, kind: number, a = 0, b = 0): void {
    pushEvent(this.st.queue, t, kind, a, b);
  }

  /** Schedules an event a fixed delay from now (cheaper: fixed delays share a FIFO lane). */
  scheduleIn(delay: number, kind: number, a = 0, b = 0): void {
    pushDelayed(this.st.queue, this.st.t, delay, kind, a, b);
  }

  /** The random stream for one purpose, created on first use. */
  rng(name: string): RandomStream {
    return (this.st.rng[name] ??= createStream(this.spec.seed, name));
  }

  private streams = new Map<string, RandomStream[]>();
  private edgesOfCalls: number[][][] | null = null;
  private sourcePolicies: Policy[] = [];

  private sourceEdges: number[] = [];

  /** The edge a traffic source's requests travel on. */
  sourceEdge(source: number): number {
    return (this.sourceEdges[source] ??=
      this.st.edgeIndex[`${-1 - source}>${this.spec.traffic[source].to}`]);
  }

  /** A traffic source's clients' call policy (timeout and retries; no breaker, no bulkhead). */
  sourcePolicy(source: number): Policy {
    const spec = this.spec.traffic[source];
    return (this.sourcePolicies[source] ??= {
      timeoutMs: spec.timeoutMs,
      retry: spec.retry,
      bulkhead: null,
      fallback: false,
    });
  }

  /** The edge a service's call (by step and index) travels on. */
  callEdge(service: number, step: number, index: number): number {
    if (!this.edgesOfCalls) {
      this.edgesOfCalls = this.spec.services.map((s, from) =>
        s.calls.map((calls) => calls.map((call) => this.st.edgeIndex[`${from}>${call.to}`])),
      );
    }
    return this.edgesOfCalls[service][step][index];
  }

  /** The random stream for one purpose of one entity (cached: this is on the hot path). */
  rngOf(purpose: string, index: number, name: string): RandomStream {
    let list = this.streams.get(purpose);
    if (!list) this.streams.set(purpose, (list = []));
    return (list[index] ??= this.rng(`${purpose}:${name}`));
  }

  log(kind: LogKind, subject: string, detail: LogEntry['detail'] = {}): void {
    const entry: LogEntry = { t: this.st.t, kind, subject, detail };
    goalsOnLog(this, entry);
    if (this.out.log.length < this.limits.maxLogEntries) this.out.log.push(entry);
  }

  machine(id: number): MachineSlot {
    return this.st.machines[id];
  }

  /** Sends an event to a machine and lets the engine react to its change. */
  send(slotId: number, event: { type: string } & Record<string, unknown>): MachineChange | null {
    const slot = this.st.machines[slotId];
    const change = this.host.send(slot, event, this.st.t);
    if (change) this.onChange(slot, change);
    return change;
  }

  private onChange(slot: MachineSlot, change: MachineChange): void {
    switch (slot.kind) {
      case 'node':
        return onNodeChange(this, slot, change);
      case 'container':
      case 'vm':
        return onInstanceChange(this, slot, change);
      case 'breaker':
        return onBreakerChange(this, slot, change);
      case 'rollout':
        return onRolloutChange(this, slot, change);
    }
  }

  /** Stops the run with a reason (a limit was hit). */
  stop(what: string): void {
    if (this.st.stopped) return;
    this.log('limit', 'simulation', { what });
    this.st.stopped = { reason: what };
  }

  /** Runs every event before `until` (ms), closing samples and taking checkpoints on the way. */
  advance(until: number): void {
    const st = this.st;
    const end = Math.min(until, this.spec.durationMs);
    const queue = st.queue;
    const timeline = this.timeline;
    const maxEvents = this.limits.maxEvents;
    const ev: SimEvent = { t: 0, seq: 0, kind: 0, a: 0, b: 0 };
    const step = this.out.stepMs;
    const every = this.spec.checkpointEveryMs;
    while (st.stopped === null) {
      const evT = peekTime(queue);
      const action = timeline[st.cursor];
      const actT = action === undefined ? Infinity : action.atMs;
      const next = evT < actT ? evT : actT;
      const sampleEnd = (st.second + 1) * step;
      if (sampleEnd <= next && sampleEnd <= end) {
        st.t = sampleEnd;
        closeSecond(this);
        // At the first sample boundary at or after each multiple of the spacing.
        if (
          this.keepCheckpoints &&
          Math.floor(sampleEnd / every) > Math.floor((sampleEnd - step) / every)
        )
          this.checkpoint();
        continue;
      }
      if (next >= end) break;
      st.t = next;
      if (actT <= evT) {
        st.cursor++;
        st.hash[0] = mix(st.hash[0], actT);
        st.hash[1] = mix(st.hash[1], st.cursor);
        applyAction(this, action.action);
        continue;
      }
      popInto(queue, ev);
      if (this.dispatch(ev.kind, ev.a, ev.b)) {
        st.hash[0] = mix(st.hash[0], ev.t * 16 + ev.kind);
        st.hash[1] = mix(st.hash[1], ev.a * 31 + ev.b);
        if (++st.events > maxEvents)
          this.stop(`more than ${maxEvents.toLocaleString('en-US')} events`);
      } else {
        this.stale++;
      }
    }
    if (st.stopped === null) st.t = Math.max(st.t, end);
    if (this.done) this.finish();
  }

  private finished = false;

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    const st = this.st;
    const endT = Math.min(st.t, this.spec.durationMs);
    if (st.second * this.out.stepMs < endT) {
      st.t = endT;
      closeSecond(this);
    }
    flushOpenTraces(this);
  }

  /** Handles one event; returns false if it had become stale. */
  private dispatch(kind: number, a: number, b: number): boolean {
    switch (kind) {
      case Ev.arrival:
        return onArrival(this, a, b);
      case Ev.clientSend:
        return onClientSend(this, a, b);
      case Ev.callArrive:
        return onCallArrive(this, a);
      case Ev.workDone:
        return onWorkDone(this, a, b);
      case Ev.response:
        return onResponse(this, a, b);
      case Ev.timeout:
        return onTimeout(this, a, b);
      case Ev.retry:
        return onRetry(this, a);
      case Ev.jobWaitDone:
        return onJobWaitDone(this, a);
      case Ev.timer: {
        const change = this.host.fire(a, b, this.st.t);
        if (change === 'stale') return false;
        if (change) this.onChange(this.st.machines[a], change);
        return true;
      }
      case Ev.probe:
        return onProbe(this, a, b);
      case Ev.hpaSync:
        return onHpaSync(this, a);
      case Ev.faultEnd:
        return endFault(this, a);
      case Ev.place:
        placePending(this);
        return true;
      case Ev.consume:
        return onConsume(this, a);
      default:
        throw new Error(`unknown event kind ${kind}`);
    }
  }

  checkpoint(): void {
    this.checkpoints.push({
      t: this.st.t,
      state: copyState(this.st),
      out: { seconds: this.out.seconds, log: this.out.log.length, traces: this.out.traces.length },
    });
  }
}
