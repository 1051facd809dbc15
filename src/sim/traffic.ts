import type { Engine } from './engine.ts';
import { DEGRADED, OK, Ev, type Call } from './engineState.ts';
import { recordValue } from './histogram.ts';
import { maxRate, rateAt } from './rateAt.ts';
import { nextExponential, nextRandom } from './randomStream.ts';
import { sampleDuration } from './sampleDuration.ts';
import { newCall, startCall } from './requestFlow.ts';
import { startTrace, closeSpan } from './traces.ts';

/** Thinning looks for the next arrival in windows of this length. */
const WINDOW_MS = 1000;

/**
 * Schedules the next arrival of an open traffic source: a Poisson process
 * whose rate varies in time, drawn by thinning (candidates at the window's
 * highest rate, each kept with probability rate(t) / highest).
 */
export function scheduleNextArrival(e: Engine, sourceIndex: number): void {
  const spec = e.spec.traffic[sourceIndex];
  if (spec.kind !== 'open') return;
  const source = e.st.sources[sourceIndex];
  const rng = e.rngOf('arrivals', sourceIndex, spec.name);
  const end = e.spec.durationMs;
  let t = source.cursor;
  while (t < end) {
    const windowEnd = Math.floor(t / WINDOW_MS) * WINDOW_MS + WINDOW_MS;
    const bound = maxRate(spec.rate, t, windowEnd) * source.factor;
    if (bound <= 0) {
      t = windowEnd;
      continue;
    }
    const next = t + nextExponential(rng, 1000 / bound);
    if (next >= windowEnd) {
      t = windowEnd;
      continue;
    }
    t = next;
    const rate = rateAt(spec.rate, t) * source.factor;
    // Keep the candidate with probability rate / bound (always, when the rate is at its bound).
    if (rate >= bound || nextRandom(rng) * bound <= rate) {
      source.cursor = t;
      e.schedule(Math.max(e.st.t, Math.floor(t)), Ev.arrival, sourceIndex, source.gen);
      return;
    }
  }
  source.cursor = end;
}

/** Starts one client request from a traffic source. */
function sendRequest(e: Engine, sourceIndex: number, client: number): void {
  const st = e.st;
  const spec = e.spec.traffic[sourceIndex];
  const source = st.sources[sourceIndex];
  source.counts.requests++;
  source.total.requests++;
  source.inFlight++;
  const call = newCall(e);
  call.source = sourceIndex;
  call.client = client;
  call.edge = e.sourceEdge(sourceIndex);
  call.to = spec.to;
  call.attemptAt = st.t;
  call.startedAt = st.t;
  // A client's timeout is per attempt (like a call's), so its retries can follow a timed-out try.
  call.deadline = Infinity;
  call.prevSleepMs = spec.retry ? spec.retry.baseMs : 0;
  if (e.spec.traceSampleRate > 0 && nextRandom(e.rng('trace')) < e.spec.traceSampleRate) {
    startTrace(e, sourceIndex, call);
  }
  startCall(e, call);
}

/** Event: an open source's request arrives. */
export function onArrival(e: Engine, sourceIndex: number, gen: number): boolean {
  const source = e.st.sources[sourceIndex];
  if (gen !== source.gen) return false;
  sendRequest(e, sourceIndex, -1);
  scheduleNextArrival(e, sourceIndex);
  return true;
}

/** Event: a closed-loop client sends its next request. */
export function onClientSend(e: Engine, sourceIndex: number, client: number): boolean {
  sendRequest(e, sourceIndex, client);
  return true;
}

/** Starts a traffic source: first arrival, or every client's first request. */
export function startSource(e: Engine, sourceIndex: number): void {
  const spec = e.spec.traffic[sourceIndex];
  if (spec.kind === 'open') {
    scheduleNextArrival(e, sourceIndex);
    return;
  }
  const rng = e.rng(`think:${spec.name}`);
  for (let client = 0; client < spec.clients; client++) {
    // Stagger the clients over one think time so they do not all start at once.
    const offset = Math.floor(sampleDuration(spec.think, rng) * nextRandom(rng));
    e.schedule(offset, Ev.clientSend, sourceIndex, client);
  }
}

/** Restarts an open source's arrivals from now (its rate factor changed). */
export function restartArrivals(e: Engine, sourceIndex: number): void {
  const source = e.st.sources[sourceIndex];
  source.gen++;
  source.cursor = e.st.t;
  scheduleNextArrival(e, sourceIndex);
}

/** A client request is over: count it; a closed-loop client thinks, then sends again. */
export function clientDone(e: Engine, call: Call, code: number, latency: number): void {
  const st = e.st;
  const source = st.sources[call.source];
  source.inFlight--;
  if (code === OK || code === DEGRADED) {
    if (code === OK) {
      source.counts.ok++;
      source.total.ok++;
    } else {
      source.counts.degraded++;
      source.total.degraded++;
    }
    recordValue(source.secondHist, latency);
    recordValue(source.histogram, latency);
  } else {
    source.counts.failed[code - 2]++;
    source.total.failed[code - 2]++;
  }
  if (call.trace >= 0) closeSpan(e, call.trace, 0, code);
  const spec = e.spec.traffic[call.source];
  if (spec.kind === 'closed') {
    const think = Math.max(0, Math.round(sampleDuration(spec.think, e.rng(`think:${spec.name}`))));
    e.schedule(st.t + think, Ev.clientSend, call.source, call.client);
  }
}
