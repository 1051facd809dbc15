import type { Engine } from './engine.ts';
import type { InstanceRt } from './engineState.ts';
import { createHistogram, percentile, recordValue, type Histogram } from './histogram.ts';
import type { LogEntry } from './logEntry.ts';
import type { GoalSpec } from './worldSpec.ts';

/** A goal's verdict: pass or fail, with the value measured. */
export interface GoalResult {
  label: string;
  kind: GoalSpec['kind'];
  pass: boolean;
  /** The measured value (NaN when there was nothing to measure). */
  value: number;
  /** The threshold it was held to. */
  target: number;
  /** `cpuSeconds`: seconds of one core's time. */
  unit: 'ms' | 'ratio' | 'money' | 'minutes' | 'count' | 'cpuSeconds';
}

interface GoalAcc {
  hist: Histogram | null;
  total: number;
  failed: number;
  count: number;
  /** startTime: creation time of each instance not yet ready, by id. */
  created: Record<number, number> | null;
  /** startTime: creation-to-ready times (ms) of the instances that got there. */
  starts: number[] | null;
  /** allRunning: when the current all-running stretch began (NaN if not all running). */
  since: number;
  /** allRunning: the moment `by` has passed and the value is kept. */
  frozen: boolean;
  /** machinesUsed: the most machines in use at once so far. */
  peak: number;
}

function accs(e: Engine): GoalAcc[] {
  return e.st.goalState as GoalAcc[];
}

export function initGoals(e: Engine): GoalAcc[] {
  return e.goals.map((goal) => ({
    hist: goal.kind === 'latency' ? createHistogram() : null,
    total: 0,
    failed: 0,
    count: 0,
    created: goal.kind === 'startTime' ? {} : null,
    starts: goal.kind === 'startTime' ? [] : null,
    since: NaN,
    frozen: false,
    peak: 0,
  }));
}

/** Machines of a kind that carry at least one instance (or, for a host, a VM node). */
export function machinesInUse(e: Engine, machines: 'hosts' | 'nodes'): number {
  const nodes = e.st.nodes;
  const kind = machines === 'hosts' ? 'host' : 'vm';
  let n = 0;
  for (const node of nodes) {
    if (node.kind !== kind || node.removedAt >= 0) continue;
    if (node.instances.length > 0 || node.guests.some((g) => nodes[g].removedAt < 0)) n++;
  }
  return n;
}

function watchesState(goal: GoalSpec): boolean {
  return goal.kind === 'allRunning' || goal.kind === 'machinesUsed';
}

/**
 * Brings the state-watching goals (all running, machines used) up to date
 * with the world as it is now: called at every log entry (every change of an
 * instance or node writes one) and when a sample closes.
 */
export function goalsTick(e: Engine): void {
  const t = e.st.t;
  const all = accs(e);
  for (let i = 0; i < e.goals.length; i++) {
    const goal = e.goals[i];
    const acc = all[i];
    if (goal.kind === 'machinesUsed') {
      acc.peak = Math.max(acc.peak, machinesInUse(e, goal.machines));
    } else if (goal.kind === 'allRunning' && !acc.frozen) {
      if (t > goal.byMs) {
        acc.frozen = true;
        continue;
      }
      const k = e.spec.services.findIndex((s) => s.name === goal.service);
      const svc = e.st.services[k];
      const up = svc.desired > 0 && svc.endpoints.length >= svc.desired;
      if (!up) acc.since = NaN;
      else if (Number.isNaN(acc.since)) acc.since = t;
    }
  }
}

function startGoal(goal: GoalSpec, e: Engine, inst: InstanceRt): boolean {
  return (
    goal.kind === 'startTime' &&
    (goal.service === null || goal.service === e.spec.services[inst.service].name)
  );
}

/** An instance was created during the run (not one of those already running at the start). */
export function goalsOnCreated(e: Engine, inst: InstanceRt): void {
  if (!e.goals.length) return;
  const all = accs(e);
  e.goals.forEach((goal, i) => {
    if (startGoal(goal, e, inst))
      (all[i].created as Record<number, number>)[inst.id] = inst.createdAt;
  });
}

/** An instance became ready: the first time, its start time is measured. */
export function goalsOnReady(e: Engine, inst: InstanceRt): void {
  if (!e.goals.length) return;
  const all = accs(e);
  e.goals.forEach((goal, i) => {
    if (!startGoal(goal, e, inst)) return;
    const created = all[i].created as Record<number, number>;
    const at = created[inst.id];
    if (at === undefined) return;
    delete created[inst.id];
    (all[i].starts as number[]).push(e.st.t - at);
  });
}

/**
 * CPU-seconds of request work done so far by the instances of a service (null:
 * every service), ended instances included. The work since an instance's last
 * accounting is added here without touching the instance, so reading a goal
 * never changes the run.
 */
function cpuSecondsUsed(e: Engine, service: string | null): number {
  const k = service === null ? -1 : e.spec.services.findIndex((s) => s.name === service);
  const t = e.st.t;
  let area = 0;
  for (const inst of e.st.instances) {
    if (k >= 0 && inst.service !== k) continue;
    area += inst.cpuArea;
    if (inst.working > 0) area += inst.working * inst.rate * (t - inst.lastT);
  }
  return area / 1000;
}

/** The `p`-th percentile (nearest rank) of some values; NaN if there are none. */
export function exactPercentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

function inWindow(goal: { fromMs: number; toMs: number }, t: number): boolean {
  return t >= goal.fromMs && t < goal.toMs;
}

function observe(
  e: Engine,
  scope: 'service' | 'traffic',
  name: string,
  latency: number,
  code: number,
): void {
  const t = e.st.t;
  const all = accs(e);
  e.goals.forEach((goal, i) => {
    if (goal.kind === 'latency' || goal.kind === 'errorRate') {
      if (goal.scope !== scope || goal.target !== name || !inWindow(goal, t)) return;
      const acc = all[i];
      acc.total++;
      if (code >= 2) acc.failed++;
      else if (acc.hist) recordValue(acc.hist, latency);
    } else if (
      goal.kind === 'noLoss' &&
      scope === 'traffic' &&
      (goal.traffic === null || goal.traffic === name)
    ) {
      if (code >= 2) all[i].failed++;
    }
  });
}

/** A service answered a request (or rejected it). */
export function goalsOnService(e: Engine, service: number, latency: number, code: number): void {
  if (e.goals.length) observe(e, 'service', e.spec.services[service].name, latency, code);
}

/** A client request of a traffic source is over. */
export function goalsOnClient(e: Engine, source: number, latency: number, code: number): void {
  if (e.goals.length) observe(e, 'traffic', e.spec.traffic[source].name, latency, code);
}

/** A service's queue of messages grew to `backlog` (backlog goals keep its peak in `count`). */
export function goalsOnBacklog(e: Engine, service: number, backlog: number): void {
  if (!e.goals.length) return;
  const t = e.st.t;
  const name = e.spec.services[service].name;
  const all = accs(e);
  e.goals.forEach((goal, i) => {
    if (goal.kind === 'backlog' && goal.service === name && inWindow(goal, t))
      all[i].count = Math.max(all[i].count, backlog);
  });
}

/** A log entry was written (for "this event happened / did not happen" goals). */
export function goalsOnLog(e: Engine, entry: LogEntry): void {
  if (!e.goals.length || e.st.goalState.length === 0) return;
  if (e.goals.some(watchesState)) goalsTick(e);
  const all = accs(e);
  e.goals.forEach((goal, i) => {
    if (goal.kind !== 'event' || goal.event !== entry.kind || !inWindow(goal, entry.t)) return;
    if (goal.subject !== null && goal.subject !== entry.subject) return;
    all[i].count++;
  });
}

/** The value each goal measures so far. */
export function goalValue(e: Engine, i: number): number {
  const goal = e.goals[i];
  const acc = accs(e)[i];
  switch (goal.kind) {
    case 'latency':
      return percentile(acc.hist as Histogram, goal.percentile);
    case 'errorRate':
      return acc.total === 0 ? 0 : acc.failed / acc.total;
    case 'cost':
      return e.st.cost;
    case 'instanceMinutes': {
      const st = e.st;
      const ms =
        goal.service === null
          ? st.instanceMs.reduce((a, b) => a + b, 0)
          : st.instanceMs[e.spec.services.findIndex((s) => s.name === goal.service)];
      return ms / 60_000;
    }
    case 'noLoss':
      return acc.failed;
    case 'rebuiltLayers': {
      // A build happens before the run: its count is known from the start.
      const service = e.spec.services.find((s) => s.name === goal.service);
      const build = service?.versions.find((v) => v.label === goal.version)?.image.build;
      return build ? build.rebuilt : NaN;
    }
    case 'imageStep': {
      // Known from the start, like the build: 1 if the image has the step, else 0.
      const service = e.spec.services.find((s) => s.name === goal.service);
      const build = service?.versions.find((v) => v.label === goal.version)?.image.build;
      const has = (build?.layers ?? []).some((layer) => {
        const line = layer.instruction.trim().replace(/\s+/g, ' ');
        return line === goal.step || line.startsWith(`${goal.step} `);
      });
      return has ? 1 : 0;
    }
    case 'event':
      return acc.count;
    case 'startTime': {
      // An instance still on its way counts with the time it has waited so far.
      const waiting = Object.entries(acc.created as Record<number, number>)
        .filter(([id]) => e.st.instances[Number(id)].endedAt < 0)
        .map(([, at]) => e.st.t - at);
      return exactPercentile([...(acc.starts as number[]), ...waiting], goal.percentile);
    }
    case 'allRunning':
      return acc.since;
    case 'machinesUsed':
      return acc.peak;
    case 'backlog':
      return acc.count;
    case 'cpuSeconds':
      return cpuSecondsUsed(e, goal.service);
  }
}

/** How a goal is judged: the threshold, the unit of the value measured, and the verdict. */
function verdict(
  e: Engine,
  i: number,
  goal: GoalSpec,
  value: number,
): Pick<GoalResult, 'target' | 'unit' | 'pass'> {
  const below = (target: number, unit: GoalResult['unit']) => ({
    target,
    unit,
    pass: value < target,
  });
  switch (goal.kind) {
    case 'latency':
    case 'startTime':
      return below(goal.belowMs, 'ms');
    case 'errorRate':
      return below(goal.below, 'ratio');
    case 'cost':
      return below(goal.below, 'money');
    case 'instanceMinutes':
      return below(goal.below, 'minutes');
    case 'rebuiltLayers':
    case 'machinesUsed':
    case 'backlog':
      return below(goal.below, 'count');
    case 'noLoss':
      return { target: 0, unit: 'count', pass: value === 0 };
    case 'imageStep':
      return { target: 1, unit: 'count', pass: value === 1 };
    case 'event':
      return {
        target: goal.happened ? 1 : 0,
        unit: 'count',
        pass: goal.happened ? value > 0 : value === 0,
      };
    case 'allRunning':
      return {
        target: goal.byMs,
        unit: 'ms',
        // The verdict needs the moment `by` itself: a run that stopped earlier fails.
        pass: Number.isFinite(value) && (accs(e)[i].frozen || e.st.t >= goal.byMs),
      };
    case 'cpuSeconds':
      return { target: goal.atLeast, unit: 'cpuSeconds', pass: value >= goal.atLeast };
  }
}

/** Every goal's verdict at the current moment of the run. */
export function goalResults(e: Engine): GoalResult[] {
  return e.goals.map((goal, i) => {
    const value = goalValue(e, i);
    return { label: goal.label, kind: goal.kind, value, ...verdict(e, i, goal, value) };
  });
}
