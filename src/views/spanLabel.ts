import type { TraceSpan } from '../sim/engineState.ts';

/** The words of a span's row, as a key of the message table and its parameters. */
export function spanLabel(span: TraceSpan): {
  key: string;
  params: Record<string, string | number>;
} {
  if (span.kind === 'request')
    return { key: 'waterfall.request', params: { from: span.service, to: span.to } };
  if (span.kind === 'client') return { key: 'waterfall.call', params: { to: span.to } };
  if (!span.instance || span.instance.startsWith(span.service))
    return { key: 'waterfall.workAt', params: { at: span.instance || span.service } };
  return { key: 'waterfall.work', params: { service: span.service, instance: span.instance } };
}

/** A retry's number (`#2`), or '' for a first attempt. */
export function attemptLabel(span: TraceSpan): string {
  return span.attempt > 1 ? `#${span.attempt}` : '';
}
