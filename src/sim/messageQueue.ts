import type { Engine } from './engine.ts';
import { Ev, OK, causeCode, type InstanceRt, type ServiceRt } from './engineState.ts';
import { goalsOnBacklog } from './goals.ts';
import { startDelivery } from './requestFlow.ts';

/*
 * Asynchronous calls through a broker. A caller publishes a message: its
 * attempt crosses the network to the broker, which stores the message in the
 * called service's queue and answers at once (the publish is acknowledged).
 * The queue is plain data on the service: when each message was published and
 * how many deliveries it has had, oldest first. The service's instances are its
 * consumers: an instance that is ready, alive and has a free worker takes the
 * oldest message (round robin over the instances), and works on it exactly as
 * on a request, with no deadline. Success acknowledges the message; a failure,
 * or the instance dying while it works, puts the message back at the front of
 * the queue, until its deliveries run out and it is dead-lettered. Delivery is
 * therefore at least once: a message whose consumer died after doing part of
 * the work is worked on again.
 */

const SHED = causeCode('shed');

/** Messages waiting in a service's queue. */
export function backlogOf(svc: ServiceRt): number {
  return svc.mqAt.length - svc.mqHead;
}

function compact(svc: ServiceRt): void {
  if (svc.mqHead > 64 && svc.mqHead * 2 > svc.mqAt.length) {
    svc.mqAt = svc.mqAt.slice(svc.mqHead);
    svc.mqTries = svc.mqTries.slice(svc.mqHead);
    svc.mqHead = 0;
  }
}

function totalBacklog(e: Engine): number {
  let n = 0;
  for (const svc of e.st.services) n += svc.mqAt.length - svc.mqHead;
  return n;
}

/**
 * A published message reaches the broker. Returns the broker's answer to the
 * publisher: ok, or `shed` when a full queue refuses it.
 */
export function acceptMessage(e: Engine, service: number): number {
  const st = e.st;
  const svc = st.services[service];
  const queue = e.spec.services[service].messageQueue;
  if (backlogOf(svc) >= queue.maxBacklog) {
    if (queue.whenFull === 'reject') {
      svc.mqCounts.rejected++;
      svc.mqTotal.rejected++;
      return SHED;
    }
    svc.mqHead++;
    svc.mqCounts.dropped++;
    svc.mqTotal.dropped++;
  }
  svc.mqAt.push(st.t);
  svc.mqTries.push(0);
  svc.mqCounts.published++;
  svc.mqTotal.published++;
  compact(svc);
  const backlog = backlogOf(svc);
  goalsOnBacklog(e, service, backlog);
  if (totalBacklog(e) > e.limits.maxBacklog)
    e.stop(`more than ${e.limits.maxBacklog.toLocaleString('en-US')} messages waiting in queues`);
  consumeMessages(e, service);
  return OK;
}

/** Can this instance take a message now? */
function canConsume(e: Engine, inst: InstanceRt): boolean {
  return (
    inst.alive &&
    inst.ready &&
    !inst.hung &&
    !inst.retiring &&
    inst.busy < e.spec.services[inst.service].concurrency &&
    inst.queue.length === inst.queueHead &&
    (inst.node < 0 || e.st.nodes[inst.node].up)
  );
}

function deliverOne(e: Engine, svc: ServiceRt, inst: InstanceRt): void {
  const sentAt = svc.mqAt[svc.mqHead];
  const deliveries = svc.mqTries[svc.mqHead] + 1;
  svc.mqHead++;
  startDelivery(e, inst, sentAt, deliveries);
}

/** Fills the free workers of one instance with waiting messages (after it finished something). */
export function consumeOn(e: Engine, inst: InstanceRt): void {
  const svc = e.st.services[inst.service];
  while (svc.mqHead < svc.mqAt.length && canConsume(e, inst)) deliverOne(e, svc, inst);
  compact(svc);
}

/** Hands waiting messages to the service's consumers with free workers, round robin. */
export function consumeMessages(e: Engine, service: number): void {
  const st = e.st;
  const svc = st.services[service];
  const endpoints = svc.endpoints;
  const n = endpoints.length;
  while (svc.mqHead < svc.mqAt.length) {
    let found = -1;
    for (let k = 0; k < n; k++) {
      const i = (svc.mqRr + k) % n;
      if (canConsume(e, st.instances[endpoints[i]])) {
        found = i;
        break;
      }
    }
    if (found < 0) break;
    svc.mqRr = (found + 1) % n;
    deliverOne(e, svc, st.instances[endpoints[found]]);
  }
  compact(svc);
}

/** Event: consumers take waiting messages (scheduled after a message was put back). */
export function onConsume(e: Engine, service: number): boolean {
  consumeMessages(e, service);
  return true;
}

/**
 * A delivery is over: `code` ok or degraded acknowledges the message; anything
 * else (a failure, or -1 when the consumer vanished) puts it back at the front
 * of the queue, or dead-letters it after its last allowed delivery.
 */
export function deliveryDone(
  e: Engine,
  service: number,
  sentAt: number,
  deliveries: number,
  code: number,
): void {
  const svc = e.st.services[service];
  if (code >= 0 && code < 2) {
    svc.mqCounts.consumed++;
    svc.mqTotal.consumed++;
    return;
  }
  if (deliveries >= e.spec.services[service].messageQueue.maxDeliveries) {
    svc.mqCounts.deadLettered++;
    svc.mqTotal.deadLettered++;
    return;
  }
  if (svc.mqHead > 0) {
    svc.mqHead--;
    svc.mqAt[svc.mqHead] = sentAt;
    svc.mqTries[svc.mqHead] = deliveries;
  } else {
    svc.mqAt.unshift(sentAt);
    svc.mqTries.unshift(deliveries);
  }
  svc.mqCounts.redelivered++;
  svc.mqTotal.redelivered++;
  // Taken again once whatever failed has settled (a dying node's other instances included).
  e.schedule(e.st.t, Ev.consume, service);
}
