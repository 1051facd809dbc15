import type { BreakerContext } from './circuitBreaker.machine.ts';
import type { Engine } from './engine.ts';
import type { EdgeRt } from './engineState.ts';
import type { MachineChange, MachineSlot } from './machineHost.ts';
import { recordOutcome, resetWindow, windowAt } from './slidingWindow.ts';

function breakerSpec(e: Engine, edge: EdgeRt) {
  for (const step of e.spec.services[edge.from].calls) {
    for (const call of step) if (call.to === edge.to && call.breaker) return call.breaker;
  }
  throw new Error(`edge ${edge.name} has no breaker`);
}

/**
 * Asks the edge's circuit breaker whether an attempt may go: closed lets it
 * through, open rejects it, half-open lets the permitted trial calls through
 * and rejects the rest.
 */
export function admitToBreaker(e: Engine, edge: EdgeRt): 'pass' | 'trial' | 'reject' {
  const slot = e.st.machines[edge.breaker];
  if (slot.state === 'closed') return 'pass';
  if (slot.state === 'open') return 'reject';
  const ctx = slot.context as BreakerContext;
  if (ctx.trialsStarted >= ctx.permittedCallsInHalfOpen) return 'reject';
  e.send(edge.breaker, { type: 'TRIAL_STARTED' });
  return 'trial';
}

/** Records an attempt's outcome in the breaker's window, or as a half-open trial. */
export function recordBreakerOutcome(
  e: Engine,
  edge: EdgeRt,
  trial: boolean,
  failed: boolean,
  durationMs: number,
): void {
  const spec = breakerSpec(e, edge);
  const slow = durationMs >= spec.slowCallDurationMs;
  const slot = e.st.machines[edge.breaker];
  if (trial) {
    if (slot.state === 'halfOpen') e.send(edge.breaker, { type: 'TRIAL_RESULT', failed, slow });
    return;
  }
  if (slot.state !== 'closed' || !edge.window) return;
  const w = edge.window;
  recordOutcome(w, e.st.t, failed, slow);
  windowAt(w, e.st.t);
  if (w.calls < spec.minimumCalls) return;
  const failureRate = (w.failed * 100) / w.calls;
  const slowRate = (w.slow * 100) / w.calls;
  if (failureRate >= spec.failureRateThreshold || slowRate >= spec.slowCallRateThreshold) {
    edge.tripReason =
      failureRate >= spec.failureRateThreshold
        ? `${Math.round(failureRate)}% of the last ${w.calls} calls failed`
        : `${Math.round(slowRate)}% of the last ${w.calls} calls were slow`;
    e.send(edge.breaker, { type: 'TRIP' });
  }
}

/** Reacts to a breaker changing state: log it; a closed breaker starts a fresh window. */
export function onBreakerChange(e: Engine, slot: MachineSlot, change: MachineChange): void {
  const edge = e.st.edges[slot.owner];
  const ctx = slot.context as BreakerContext;
  if (change.to === 'open')
    e.log('breakerOpened', edge.name, {
      reason: change.from === 'halfOpen' ? 'trial calls failed' : edge.tripReason,
    });
  else if (change.to === 'halfOpen')
    e.log('breakerHalfOpen', edge.name, { trials: ctx.permittedCallsInHalfOpen });
  else if (change.to === 'closed') {
    if (edge.window) resetWindow(edge.window);
    e.log('breakerClosed', edge.name);
  }
}
