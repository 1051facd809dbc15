function shortDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  if (ms < 60_000) return `${+(ms / 1000).toFixed(1)}s`;
  if (ms < 3_600_000) return `${+(ms / 60_000).toFixed(1)}m`;
  return `${+(ms / 3_600_000).toFixed(1)}h`;
}

/** A guard's name: a named guard, `a & b` for `and(...)`, `a | b` for `or(...)`, `!a` for `not(...)`. */
export function guardLabel(guard: unknown): string {
  if (guard === undefined || guard === null) return '';
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && 'type' in guard && typeof guard.type === 'string')
    return guard.type;
  const inner = (guard as { guards?: unknown[] }).guards;
  const check = (guard as { check?: { name?: string } }).check?.name ?? '';
  if (Array.isArray(inner)) {
    const parts = inner.map(guardLabel);
    if (check.includes('Not')) return parts.map((p) => `!${p}`).join(' & ');
    return parts.join(check.includes('Or') ? ' | ' : ' & ');
  }
  return 'guard';
}

/**
 * The name of an event as a statechart shows it: XState's delayed events
 * (`xstate.after.backoff.container.backOff`) become `after backoff` (or
 * `after 10s` for a delay given in milliseconds), eventless transitions
 * `always`, the wildcard `any event`.
 */
export function eventLabel(eventType: string): string {
  if (eventType === '') return 'always';
  if (eventType === '*') return 'any event';
  const after = /^xstate\.after\.([^.]+)\./.exec(eventType);
  if (after) {
    const delay = after[1];
    return /^\d+$/.test(delay) ? `after ${shortDuration(Number(delay))}` : `after ${delay}`;
  }
  if (eventType.startsWith('xstate.done.')) return 'done';
  if (eventType.startsWith('xstate.error.')) return 'error';
  return eventType;
}
