import type { AutoscalerContext } from './autoscaler.machine.ts';
import type { Engine } from './engine.ts';
import { Ev } from './engineState.ts';
import { liveInstances, reconcile } from './instanceLifecycle.ts';
import { backlogOf } from './messageQueue.ts';
import { syncWork } from './processorSharing.ts';

/**
 * Event: the autoscaler's sync. Measures the metric over the ready instances
 * since the last sync (CPU used over CPU requested, requests in hand,
 * requests per second, or messages waiting in the service's queue per ready
 * instance), lets the autoscaler machine decide, and applies it. A service
 * scaled on its backlog that has no replica at all is activated to one as soon
 * as a message waits (KEDA's activation step; the ratio rule then takes over).
 */
export function onHpaSync(e: Engine, service: number): boolean {
  const st = e.st;
  const svc = st.services[service];
  const spec = e.spec.services[service];
  const auto = spec.autoscale;
  if (!auto || svc.hpa < 0) return false;
  const t = st.t;
  const period = Math.max(1, t - svc.lastSyncT);
  const live = liveInstances(e, service);
  const ready = live.filter((inst) => inst.ready);
  let metric = 0;
  if (ready.length > 0) {
    if (auto.metric === 'cpu') {
      let sum = 0;
      for (const inst of ready) {
        syncWork(e, inst);
        const since = Math.max(svc.lastSyncT, inst.listeningAt);
        sum += (inst.cpuArea - inst.cpuAreaAtSync) / (spec.cpu * Math.max(1, t - since));
      }
      metric = sum / ready.length;
    } else if (auto.metric === 'concurrency') {
      metric =
        ready.reduce((sum, inst) => sum + inst.busy + inst.queue.length - inst.queueHead, 0) /
        ready.length;
    } else if (auto.metric === 'backlog') {
      metric = backlogOf(svc) / ready.length;
    } else {
      metric = svc.arrivalsSinceSync / (period / 1000) / ready.length;
    }
  }
  for (const inst of live) {
    syncWork(e, inst);
    inst.cpuAreaAtSync = inst.cpuArea;
  }
  svc.arrivalsSinceSync = 0;
  svc.lastSyncT = t;
  const current = svc.desired;
  if (auto.metric === 'backlog' && current === 0 && backlogOf(svc) > 0 && auto.max > 0) {
    // Activation from zero, as KEDA does it: the ratio rule needs a replica to divide by.
    e.log('scaledUp', svc.name, {
      from: 0,
      to: 1,
      why: `${backlogOf(svc)} messages waiting, no instance to take them`,
    });
    svc.desired = 1;
    reconcile(e, service);
    e.schedule(t + auto.syncPeriodMs, Ev.hpaSync, service);
    return true;
  }
  e.send(svc.hpa, {
    type: 'SYNC',
    t,
    current,
    ready: ready.length,
    unready: live.length - ready.length,
    metric,
    target: auto.target,
    tolerance: auto.tolerance,
    min: auto.min,
    max: auto.max,
    scaleDownWindowMs: auto.scaleDownWindowMs,
  });
  const ctx = st.machines[svc.hpa].context as AutoscalerContext;
  if (ctx.desired !== current) {
    const unit =
      auto.metric === 'cpu'
        ? '% CPU'
        : auto.metric === 'concurrency'
          ? ' in flight'
          : auto.metric === 'backlog'
            ? ' messages waiting'
            : ' req/s';
    const shown = auto.metric === 'cpu' ? Math.round(metric * 100) : Math.round(metric * 10) / 10;
    const target = auto.metric === 'cpu' ? Math.round(auto.target * 100) : auto.target;
    e.log(ctx.desired > current ? 'scaledUp' : 'scaledDown', svc.name, {
      from: current,
      to: ctx.desired,
      why: `${shown}${unit} per instance, target ${target}${unit}`,
    });
    svc.desired = ctx.desired;
    reconcile(e, service);
  }
  e.schedule(t + auto.syncPeriodMs, Ev.hpaSync, service);
  return true;
}
