import type { Engine } from './engine.ts';
import type { InstanceRt, ServiceRt } from './engineState.ts';
import { nextRandom } from './randomStream.ts';
import type { ServiceSpec } from './worldSpec.ts';

/**
 * The load balancer: picks one of a service's ready instances (its
 * endpoints) by round robin, at random (as kube-proxy's iptables mode does),
 * or the one with the fewest requests in hand (least connections, ties to the
 * first). Returns null when the service has no endpoint.
 */
export function pickInstance(
  e: Engine,
  service: ServiceRt,
  lb: ServiceSpec['lb'],
): InstanceRt | null {
  const endpoints = service.endpoints;
  const n = endpoints.length;
  if (n === 0) return null;
  const instances = e.st.instances;
  if (n === 1) return instances[endpoints[0]];
  if (lb === 'roundRobin') {
    service.rr = (service.rr + 1) % n;
    return instances[endpoints[service.rr]];
  }
  if (lb === 'random')
    return instances[
      endpoints[Math.floor(nextRandom(e.rngOf('lb', service.id, service.name)) * n)]
    ];
  let best = instances[endpoints[0]];
  let bestLoad = best.busy + best.queue.length - best.queueHead;
  for (let i = 1; i < n; i++) {
    const inst = instances[endpoints[i]];
    const load = inst.busy + inst.queue.length - inst.queueHead;
    if (load < bestLoad) {
      best = inst;
      bestLoad = load;
    }
  }
  return best;
}
