import type { Engine } from './engine.ts';
import { codeCause, type Call, type Job, type TraceSpan } from './engineState.ts';

function outcomeOf(code: number): TraceSpan['outcome'] {
  if (code === 0) return 'ok';
  if (code === 1) return 'degraded';
  if (code < 0) return 'lost';
  return codeCause(code);
}

/** Starts a trace for a sampled client request; returns its id and root span. */
export function startTrace(e: Engine, source: number, call: Call): void {
  const st = e.st;
  const id = st.nextId++;
  const traffic = e.spec.traffic[source];
  st.openTraces.set(id, {
    id,
    traffic: traffic.name,
    start: st.t,
    open: 1,
    spans: [
      {
        id: 0,
        parent: -1,
        kind: 'request',
        service: traffic.name,
        to: e.spec.services[traffic.to].name,
        instance: '',
        attempt: 0,
        start: st.t,
        end: -1,
        outcome: 'open',
      },
    ],
  });
  call.trace = id;
  call.parentSpan = 0;
}

/** Opens a span for an attempt (client) or for work at a service (server). */
export function openSpan(
  e: Engine,
  traceId: number,
  parent: number,
  kind: 'client' | 'server',
  of: Call | Job,
): number {
  const trace = e.st.openTraces.get(traceId);
  if (!trace) return -1;
  const st = e.st;
  let span: TraceSpan;
  if (kind === 'client') {
    const call = of as Call;
    const from =
      call.source >= 0
        ? e.spec.traffic[call.source].name
        : e.spec.services[st.instances[call.callerInstance].service].name;
    span = {
      id: trace.spans.length,
      parent,
      kind,
      service: from,
      to: e.spec.services[call.to].name,
      instance: call.callerInstance >= 0 ? st.instances[call.callerInstance].name : '',
      attempt: call.attempt,
      start: st.t,
      end: -1,
      outcome: 'open',
    };
  } else {
    const job = of as Job;
    span = {
      id: trace.spans.length,
      parent,
      kind,
      service: e.spec.services[job.service].name,
      to: '',
      instance: '',
      attempt: job.attempt,
      start: st.t,
      end: -1,
      outcome: 'open',
    };
  }
  trace.spans.push(span);
  trace.open++;
  return span.id;
}

function finalize(e: Engine, traceId: number): void {
  const trace = e.st.openTraces.get(traceId);
  if (!trace) return;
  e.st.openTraces.delete(traceId);
  if (e.out.traces.length >= e.limits.maxTraces) return;
  const root = trace.spans[0];
  e.out.traces.push({
    id: trace.id,
    traffic: trace.traffic,
    start: trace.start,
    end: root.end,
    spans: trace.spans,
  });
}

/** Closes a span with an outcome code (-1: lost without answer). */
export function closeSpan(e: Engine, traceId: number, spanId: number, code: number): void {
  const trace = e.st.openTraces.get(traceId);
  if (!trace) return;
  const span = trace.spans[spanId];
  if (span.end >= 0) return;
  span.end = e.st.t;
  span.outcome = outcomeOf(code);
  if (--trace.open === 0) finalize(e, traceId);
}

/** Names the instance that served a server span. */
export function spanInstance(e: Engine, traceId: number, spanId: number, instance: string): void {
  const trace = e.st.openTraces.get(traceId);
  if (trace && spanId >= 0) trace.spans[spanId].instance = instance;
}

/** At the end of a run, traces with spans still open are kept as they are. */
export function flushOpenTraces(e: Engine): void {
  for (const id of [...e.st.openTraces.keys()]) finalize(e, id);
}
