import { nodeInput } from './applyAction.ts';
import type { Engine } from './engine.ts';
import { Ev } from './engineState.ts';
import { createInstance, placePending } from './instanceLifecycle.ts';
import { createWindow } from './slidingWindow.ts';
import { startSource } from './traffic.ts';
import { logImageBuilds } from './logImageBuilds.ts';

/**
 * Brings the world of a spec to life at time 0: node machines (already
 * booted), breakers, autoscalers and rollout controllers, the initial
 * instances (already pulled, started and warm), and the traffic.
 */
export function createWorld(e: Engine): void {
  const st = e.st;
  const spec = e.spec;
  logImageBuilds(e);
  for (const node of st.nodes) {
    node.machine = e.host.start('node', node.id, nodeInput(e, node.bootMs, true), 0).id;
    if (node.host >= 0) {
      const host = st.nodes[node.host];
      host.allocCpu += node.cpu;
      host.allocMemMiB += node.memoryMiB + node.guestOsMiB;
    }
  }
  for (const edge of st.edges) {
    if (edge.from < 0) continue;
    const call = spec.services[edge.from].calls.flat().find((c) => c.to === edge.to && c.breaker);
    if (!call?.breaker) continue;
    const b = call.breaker;
    edge.window = createWindow(b.windowType, b.windowSize);
    edge.breaker = e.host.start(
      'breaker',
      edge.id,
      {
        failureRateThreshold: b.failureRateThreshold,
        slowCallRateThreshold: b.slowCallRateThreshold,
        waitDurationInOpenMs: b.waitDurationInOpenMs,
        permittedCallsInHalfOpen: b.permittedCallsInHalfOpen,
      },
      0,
    ).id;
  }
  spec.services.forEach((service, i) => {
    const svc = st.services[i];
    svc.rollout = e.host.start(
      'rollout',
      i,
      { progressDeadlineMs: service.rollout.progressDeadlineMs },
      0,
    ).id;
    if (service.autoscale) {
      svc.desired = Math.max(
        service.autoscale.min,
        Math.min(service.autoscale.max, service.replicas),
      );
      svc.hpa = e.host.start('autoscaler', i, { replicas: svc.desired }, 0).id;
      e.schedule(service.autoscale.syncPeriodMs, Ev.hpaSync, i);
    }
    for (let n = 0; n < svc.desired; n++) createInstance(e, i, 0, true);
  });
  placePending(e);
  spec.traffic.forEach((_, i) => startSource(e, i));
}
