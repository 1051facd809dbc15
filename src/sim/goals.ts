import type { Engine } from './engine.ts';
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
  unit: 'ms' | 'ratio' | 'money' | 'minutes' | 'count';
}

interface GoalAcc {
  hist: Histogram | null;
  total: number;
  failed: number;
  count: number;
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
  }));
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

/** A log entry was written (for "this event happened / did not happen" goals). */
export function goalsOnLog(e: Engine, entry: LogEntry): void {
  if (!e.goals.length || e.st.goalState.length === 0) return;
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
    case 'event':
      return acc.count;
  }
}

/** Every goal's verdict at the current moment of the run. */
export function goalResults(e: Engine): GoalResult[] {
  return e.goals.map((goal, i) => {
    const value = goalValue(e, i);
    switch (goal.kind) {
      case 'latency':
        return {
          label: goal.label,
          kind: goal.kind,
          value,
          target: goal.belowMs,
          unit: 'ms',
          pass: value < goal.belowMs,
        };
      case 'errorRate':
        return {
          label: goal.label,
          kind: goal.kind,
          value,
          target: goal.below,
          unit: 'ratio',
          pass: value < goal.below,
        };
      case 'cost':
        return {
          label: goal.label,
          kind: goal.kind,
          value,
          target: goal.below,
          unit: 'money',
          pass: value < goal.below,
        };
      case 'instanceMinutes':
        return {
          label: goal.label,
          kind: goal.kind,
          value,
          target: goal.below,
          unit: 'minutes',
          pass: value < goal.below,
        };
      case 'noLoss':
        return {
          label: goal.label,
          kind: goal.kind,
          value,
          target: 0,
          unit: 'count',
          pass: value === 0,
        };
      case 'event':
        return {
          label: goal.label,
          kind: goal.kind,
          value,
          target: goal.happened ? 1 : 0,
          unit: 'count',
          pass: goal.happened ? value > 0 : value === 0,
        };
    }
  });
}
