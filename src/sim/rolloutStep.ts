import type { Engine } from './engine.ts';
import {
  createInstance,
  liveInstances,
  placePending,
  retireInstance,
} from './instanceLifecycle.ts';
import type { MachineChange, MachineSlot } from './machineHost.ts';
import { formatDuration } from './formatDuration.ts';
import type { RolloutContext } from './rollout.machine.ts';

/** maxSurge rounds up, maxUnavailable rounds down (Kubernetes). */
export function resolveBound(
  bound: { value: number; percent: boolean },
  replicas: number,
  roundUp: boolean,
): number {
  if (!bound.percent) return bound.value;
  const exact = (bound.value * replicas) / 100;
  return roundUp ? Math.ceil(exact - 1e-9) : Math.floor(exact + 1e-9);
}

/** What one step of a rolling update does, from the counts it sees. */
export interface RolloutPlan {
  create: number;
  /** Old instances to remove: not-ready ones first, then ready ones. */
  removeUnready: number;
  removeReady: number;
  done: boolean;
}

/**
 * The Deployment controller's arithmetic: create new instances while the
 * total stays within desired + maxSurge; remove old ones while at least
 * desired - maxUnavailable stay available (old not-ready ones go first).
 */
export function planRollout(c: {
  desired: number;
  maxSurge: number;
  maxUnavailable: number;
  newCount: number;
  newReady: number;
  oldCount: number;
  oldReady: number;
}): RolloutPlan {
  const surge = c.maxSurge;
  const unavailable = c.maxSurge === 0 && c.maxUnavailable === 0 ? 1 : c.maxUnavailable;
  const create = Math.max(
    0,
    Math.min(c.desired - c.newCount, c.desired + surge - (c.newCount + c.oldCount)),
  );
  const newCount = c.newCount + create;
  const total = newCount + c.oldCount;
  const minAvailable = c.desired - unavailable;
  const newUnavailable = newCount - c.newReady;
  let budget = Math.max(0, total - minAvailable - newUnavailable);
  const oldUnready = c.oldCount - c.oldReady;
  const removeUnready = Math.min(oldUnready, budget);
  budget -= removeUnready;
  const removeReady = Math.min(c.oldReady, budget);
  const done = c.oldCount === 0 && c.newReady >= c.desired;
  return { create, removeUnready, removeReady, done };
}

/** One step of a service's rolling update (called whenever something changed). */
export function rolloutStep(e: Engine, service: number): void {
  const st = e.st;
  const svc = st.services[service];
  const spec = e.spec.services[service];
  const live = liveInstances(e, service);
  const fresh = live.filter((inst) => inst.version === svc.version);
  const old = live.filter((inst) => inst.version !== svc.version);
  const newReady = fresh.filter((inst) => inst.ready).length;
  const oldReady = old.filter((inst) => inst.ready).length;
  if (fresh.length > svc.desired) {
    const extra = [...fresh].sort((a, b) => Number(a.ready) - Number(b.ready) || b.id - a.id);
    for (const inst of extra.slice(0, fresh.length - svc.desired))
      retireInstance(e, inst, 'scaled down');
  }
  const plan = planRollout({
    desired: svc.desired,
    maxSurge: resolveBound(spec.rollout.maxSurge, svc.desired, true),
    maxUnavailable: resolveBound(spec.rollout.maxUnavailable, svc.desired, false),
    newCount: Math.min(fresh.length, svc.desired),
    newReady,
    oldCount: old.length,
    oldReady,
  });
  if (plan.done) {
    svc.rolling = false;
    e.send(svc.rollout, { type: 'DONE' });
    return;
  }
  const progressed =
    plan.create > 0 || plan.removeUnready + plan.removeReady > 0 || newReady > svc.rolloutReady;
  svc.rolloutReady = newReady;
  for (let i = 0; i < plan.create; i++) createInstance(e, service, svc.version);
  const unready = old.filter((inst) => !inst.ready).sort((a, b) => a.id - b.id);
  for (const inst of unready.slice(0, plan.removeUnready))
    retireInstance(e, inst, 'replaced by the new version');
  const ready = old.filter((inst) => inst.ready).sort((a, b) => a.id - b.id);
  for (const inst of ready.slice(0, plan.removeReady))
    retireInstance(e, inst, 'replaced by the new version');
  if (plan.create > 0) placePending(e);
  if (progressed) e.send(svc.rollout, { type: 'PROGRESS' });
}

/** Starts rolling a service to another version. */
export function startRollout(e: Engine, service: number, version: number): void {
  const svc = e.st.services[service];
  svc.version = version;
  svc.rolling = true;
  svc.rolloutReady = 0;
  e.log('rolloutStarted', svc.name, { version: e.spec.services[service].versions[version].label });
  e.send(svc.rollout, { type: 'START', version });
}

/** Logs a rollout that completes or stalls. */
export function onRolloutChange(e: Engine, slot: MachineSlot, change: MachineChange): void {
  const svc = e.st.services[slot.owner];
  const ctx = slot.context as RolloutContext;
  const label = e.spec.services[slot.owner].versions[ctx.version].label;
  if (change.to === 'complete') e.log('rolloutComplete', svc.name, { version: label });
  else if (change.to === 'stalled')
    e.log('rolloutStalled', svc.name, { deadline: formatDuration(ctx.progressDeadlineMs) });
}
