import { CAUSES } from '../sim/engineState.ts';
import { formatClock, formatLogEntry } from '../sim/formatLogEntry.ts';
import { formatDuration } from '../sim/formatDuration.ts';
import type { Run, Totals } from '../sim/simulate.ts';
import { NOTABLE } from '../sim/logEntry.ts';

/** The JSON summary of a run printed by `npm run sim -- --json`. */
export function formatRunJson(run: Run) {
  const latency = (t: Totals) => ({
    mean: round(t.latencyMs.mean),
    p50: round(t.latencyMs.p50),
    p95: round(t.latencyMs.p95),
    p99: round(t.latencyMs.p99),
  });
  const entry = (t: Totals) => ({
    requests: t.requests,
    completed: t.completed,
    degraded: t.degraded,
    failed: t.failed,
    failedBy: t.failedBy,
    latencyMs: latency(t),
  });
  return {
    seed: run.spec.seed,
    durationMs: run.t,
    /** Simulated milliseconds each value of the run's series covers. */
    sampleStepMs: run.out.stepMs,
    events: run.events,
    hash: run.hash,
    stopped: run.stopped,
    services: Object.fromEntries(Object.entries(run.services).map(([name, t]) => [name, entry(t)])),
    traffic: Object.fromEntries(Object.entries(run.traffic).map(([name, t]) => [name, entry(t)])),
    queues: run.queues,
    cost: round(run.out.cost[run.out.cost.length - 1] ?? 0, 4),
    goals: run.goals.map((g) => ({
      name: g.label,
      pass: g.pass,
      value: round(g.value, 4),
      target: g.target,
      unit: g.unit,
    })),
  };
}

function round(x: number, digits = 1): number | null {
  if (!Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function ms(x: number): string {
  return Number.isFinite(x) ? formatDuration(x) : '-';
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '),
    )
    .join('\n');
}

function failures(t: Totals): string {
  const parts = CAUSES.filter((c) => t.failedBy[c] > 0).map((c) => `${c} ${t.failedBy[c]}`);
  return parts.length ? parts.join(', ') : '-';
}

function totalsTable(title: string, all: Record<string, Totals>): string {
  const rows = [[title, 'requests', 'ok', 'degraded', 'failed', 'p50', 'p99', 'failed by cause']];
  for (const [name, t] of Object.entries(all)) {
    rows.push([
      name,
      String(t.requests),
      String(t.completed - t.degraded),
      String(t.degraded),
      String(t.failed),
      ms(t.latencyMs.p50),
      ms(t.latencyMs.p99),
      failures(t),
    ]);
  }
  return table(rows);
}

function queuesTable(queues: Run['queues']): string {
  const rows = [
    [
      'queue of messages',
      'published',
      'consumed',
      'redelivered',
      'dead-lettered',
      'refused',
      'dropped',
      'peak waiting',
      'oldest waited',
      'waiting at end',
    ],
  ];
  for (const [name, q] of Object.entries(queues)) {
    rows.push([
      name,
      String(q.published),
      String(q.consumed),
      String(q.redelivered),
      String(q.deadLettered),
      String(q.rejected),
      String(q.dropped),
      String(q.peakBacklog),
      ms(q.maxAgeMs),
      String(q.backlog),
    ]);
  }
  return table(rows);
}

function goalValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'nothing measured';
  switch (unit) {
    case 'ms':
      return formatDuration(value);
    case 'ratio':
      return `${round(value * 100, 2)}%`;
    case 'money':
      return `$${round(value, 2)}`;
    case 'minutes':
      return `${round(value, 1)} min`;
    case 'cpuSeconds':
      return `${round(value, 0)} CPU-seconds`;
    default:
      return String(value);
  }
}

/** The readable report printed by `npm run sim`. */
export function formatRunTable(run: Run): string {
  const lines: string[] = [];
  lines.push(
    `${run.spec.name}: ${formatDuration(run.t)} simulated, ${run.events.toLocaleString('en-US')} events, seed ${run.spec.seed}, hash ${run.hash}`,
  );
  if (run.out.stepMs > 1000)
    lines.push(`series sampled every ${formatDuration(run.out.stepMs)} (a long run)`);
  if (run.stopped) lines.push(`STOPPED EARLY: ${run.stopped}`);
  lines.push('');
  lines.push(totalsTable('service', run.services));
  if (Object.keys(run.traffic).length) {
    lines.push('');
    lines.push(totalsTable('traffic (as users see it)', run.traffic));
  }
  if (Object.keys(run.queues).length) {
    lines.push('');
    lines.push(queuesTable(run.queues));
  }
  const notable = run.out.log.filter((e) => NOTABLE.has(e.kind));
  if (notable.length) {
    lines.push('');
    lines.push('notable events:');
    for (const e of notable.slice(0, 25)) lines.push(`  ${formatClock(e.t)}  ${formatLogEntry(e)}`);
    if (notable.length > 25) lines.push(`  ... and ${notable.length - 25} more`);
  }
  lines.push('');
  lines.push(`cost: $${round(run.out.cost[run.out.cost.length - 1] ?? 0, 2)}`);
  if (run.goals.length) {
    lines.push('');
    lines.push('goals:');
    for (const g of run.goals)
      lines.push(
        `  ${g.pass ? 'PASS' : 'FAIL'}  ${g.label}  (measured ${goalValue(g.value, g.unit)})`,
      );
  }
  return `${lines.join('\n')}\n`;
}
