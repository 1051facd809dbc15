import type { Engine } from './engine.ts';
import { Ev, type InstanceRt } from './engineState.ts';

const LIVENESS = 0;
const READINESS = 1;

/** Schedules the first liveness and readiness probes of a freshly started process. */
export function schedulePortProbes(e: Engine, inst: InstanceRt): void {
  const spec = e.spec.services[inst.service];
  inst.liveFails = 0;
  inst.readyOk = 0;
  inst.readyFails = 0;
  if (spec.liveness)
    e.schedule(
      e.st.t + spec.liveness.initialDelayMs,
      Ev.probe,
      inst.id,
      inst.incarnation * 2 + LIVENESS,
    );
  if (spec.readiness)
    e.schedule(
      e.st.t + spec.readiness.initialDelayMs,
      Ev.probe,
      inst.id,
      inst.incarnation * 2 + READINESS,
    );
}

/**
 * Event: the kubelet probes an instance. Liveness fails while the process is
 * stuck; after `failureThreshold` failures in a row the container is killed
 * and restarted. Readiness fails while the app is still warming up or stuck;
 * it decides whether the instance is in the load balancer, never kills it.
 */
export function onProbe(e: Engine, instanceId: number, b: number): boolean {
  const st = e.st;
  const inst = st.instances[instanceId];
  const type = b % 2;
  if (Math.floor(b / 2) !== inst.incarnation || !inst.alive || inst.endedAt >= 0) return false;
  const spec = e.spec.services[inst.service];
  const probe = type === LIVENESS ? spec.liveness : spec.readiness;
  if (!probe) return false;
  const t = st.t;
  const state = st.machines[inst.machine].state;
  if (!state.startsWith('running')) return false;
  if (type === LIVENESS) {
    if (inst.hung) inst.liveFails++;
    else inst.liveFails = 0;
    if (inst.liveFails >= probe.failureThreshold) {
      e.log('instanceKilled', inst.name, { failures: inst.liveFails });
      e.send(inst.machine, { type: 'LIVENESS_FAILED' });
      return true;
    }
  } else {
    const warmupMs = spec.versions[inst.version].warmupMs;
    const ok = !inst.hung && t >= inst.listeningAt + warmupMs && !inst.retiring;
    if (ok) {
      inst.readyOk++;
      inst.readyFails = 0;
      if (state === 'running.unready' && inst.readyOk >= probe.successThreshold) {
        e.send(inst.machine, { type: 'READY' });
      }
    } else {
      inst.readyFails++;
      inst.readyOk = 0;
      if (state === 'running.ready' && inst.readyFails >= probe.failureThreshold) {
        e.send(inst.machine, { type: 'UNREADY' });
      }
    }
  }
  if (inst.alive && Math.floor(b / 2) === inst.incarnation)
    e.schedule(t + probe.periodMs, Ev.probe, instanceId, b);
  return true;
}
