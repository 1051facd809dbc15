import { chooseNode, type NodeFit } from './chooseNode.ts';
import type { Engine } from './engine.ts';
import { Ev, type InstanceRt } from './engineState.ts';
import type { MachineChange, MachineSlot } from './machineHost.ts';
import { resetWork } from './processorSharing.ts';
import { abortJobs } from './requestFlow.ts';
import { consumeMessages } from './messageQueue.ts';
import { pullImage, imageSizeMiB } from './pullImage.ts';
import { schedulePortProbes } from './probes.ts';
import { rolloutStep } from './rolloutStep.ts';
import { formatDuration } from './formatDuration.ts';
import { goalsOnCreated, goalsOnReady } from './goals.ts';
import type { ServiceSpec } from './worldSpec.ts';

/** Memory one instance takes on the machine it runs on. */
export function footprintMiB(service: ServiceSpec): number {
  const runtime = service.runtime;
  if (runtime.kind === 'vm') return service.memoryMiB + runtime.guestOsMiB;
  if (runtime.kind === 'microvm') return service.memoryMiB + runtime.overheadMiB;
  return service.memoryMiB;
}

function runtimeWord(service: ServiceSpec): string {
  return service.runtime.kind === 'container'
    ? 'container'
    : service.runtime.kind === 'serverless'
      ? 'task'
      : service.runtime.kind;
}

/** Creates an instance of a service (Pending until it gets a place). */
export function createInstance(
  e: Engine,
  service: number,
  version: number,
  warm = false,
): InstanceRt {
  const st = e.st;
  const svc = st.services[service];
  const spec = e.spec.services[service];
  if (st.instances.length >= e.limits.maxInstances) {
    e.stop(`more than ${e.limits.maxInstances} instances created`);
  }
  const inst: InstanceRt = {
    id: st.instances.length,
    name: `${svc.name}-${++svc.nextInstanceNo}`,
    service,
    version,
    node: -1,
    machine: -1,
    alive: false,
    ready: false,
    hung: false,
    retiring: false,
    stopReason: '',
    lost: false,
    warm,
    pulledMiB: 0,
    listeningAt: -1,
    busy: 0,
    queue: [],
    queueHead: 0,
    working: 0,
    virtual: 0,
    lastT: st.t,
    rate: 0,
    finish: [],
    doneAt: Infinity,
    doneGen: 0,
    cpuArea: 0,
    cpuMark: 0,
    cpuAreaAtSync: 0,
    outbound: {},
    incarnation: 0,
    liveFails: 0,
    readyOk: 0,
    readyFails: 0,
    pendingLogged: false,
    createdAt: st.t,
    placedAt: -1,
    endedAt: -1,
  };
  st.instances.push(inst);
  svc.members.push(inst.id);
  inst.machine = e.host.start(
    spec.runtime.kind === 'container' ? 'container' : 'vm',
    inst.id,
    undefined,
    st.t,
  ).id;
  st.pending.push(inst.id);
  if (!warm) goalsOnCreated(e, inst);
  e.log('instanceCreated', inst.name, {
    runtime: runtimeWord(spec),
    version: spec.versions[version].label,
  });
  return inst;
}

function hostsOnly(e: Engine): boolean {
  return e.spec.nodes.some((node) => node.kind === 'host');
}

function candidates(e: Engine, service: ServiceSpec): NodeFit[] {
  const wantsHost = service.runtime.kind === 'vm' || service.runtime.kind === 'microvm';
  const result: NodeFit[] = [];
  for (const node of e.st.nodes) {
    if (e.st.machines[node.machine].state !== 'ready') continue;
    if (wantsHost && node.kind !== 'host') continue;
    result.push(node);
  }
  return result;
}

/** Tries to give one pending instance a place; returns whether it got one. */
function placeInstance(e: Engine, inst: InstanceRt): boolean {
  const st = e.st;
  const spec = e.spec.services[inst.service];
  const version = spec.versions[inst.version];
  const runtime = spec.runtime;
  const t = st.t;
  const graceMs = spec.terminationGraceMs;
  const crashAfterMs = version.crashAfterMs;
  const onProvider =
    runtime.kind === 'serverless' || (runtime.kind !== 'container' && !hostsOnly(e));
  if (runtime.kind === 'serverless') {
    const c = e.spec.cluster;
    st.serverlessTokens = Math.min(
      c.serverlessBurst,
      st.serverlessTokens + ((t - st.serverlessTokensAt) * c.serverlessRefillPerSec) / 1000,
    );
    st.serverlessTokensAt = t;
    if (st.serverlessTokens < 1) {
      const wait = Math.ceil(((1 - st.serverlessTokens) * 1000) / c.serverlessRefillPerSec);
      if (st.placeAt <= t || st.placeAt > t + wait) {
        st.placeAt = t + wait;
        e.schedule(t + wait, Ev.place);
      }
      if (!inst.pendingLogged)
        e.log('instancePending', inst.name, { reason: 'waiting for the launch rate limit' });
      inst.pendingLogged = true;
      return false;
    }
    st.serverlessTokens -= 1;
  }
  if (onProvider) {
    inst.placedAt = t;
    // No layer cache on the provider's side: a serverless task pulls its whole image.
    const pullMs =
      runtime.kind === 'serverless'
        ? Math.ceil((imageSizeMiB(version.image) / e.spec.cluster.serverlessPullMiBps) * 1000)
        : 0;
    const bootMs = runtime.kind === 'serverless' ? runtime.provisionMs : runtime.bootMs;
    e.log('instanceScheduled', inst.name, {});
    e.send(inst.machine, {
      type: 'PLACED',
      bootMs,
      pullMs,
      startMs: version.startMs,
      crashAfterMs,
      graceMs,
      warm: inst.warm,
    });
    return true;
  }
  const mem = footprintMiB(spec);
  const chosen = chooseNode(
    candidates(e, spec),
    spec.cpu,
    mem,
    e.spec.cluster.scheduler,
    e.rng('scheduler'),
  );
  if (chosen < 0) {
    if (!inst.pendingLogged) {
      e.log('instancePending', inst.name, {
        reason: `no ${runtime.kind === 'container' ? 'node' : 'host'} has ${spec.cpu} CPU and ${mem} MiB free`,
      });
    }
    inst.pendingLogged = true;
    return false;
  }
  const node = st.nodes[chosen];
  node.allocCpu += spec.cpu;
  node.allocMemMiB += mem;
  node.instances.push(inst.id);
  inst.node = node.id;
  inst.placedAt = t;
  e.log('instanceScheduled', inst.name, { node: node.name });
  if (runtime.kind === 'container') {
    if (inst.warm) for (const layer of version.image.layers) node.layers[layer.id] ??= t;
    const plan = pullImage(node, version.image, t);
    inst.pulledMiB = plan.downloadedMiB;
    e.send(inst.machine, {
      type: 'SCHEDULED',
      pullMs: plan.readyAt - t,
      startMs: runtime.startMs + version.startMs,
      crashAfterMs,
      graceMs,
      warm: inst.warm,
    });
  } else {
    if (inst.warm) for (const layer of version.image.layers) node.layers[layer.id] ??= t;
    // A microVM fetches the container image onto its host; a VM boots from its own disk image.
    const plan =
      runtime.kind === 'microvm'
        ? pullImage(node, version.image, t)
        : { readyAt: t, downloadedMiB: 0 };
    inst.pulledMiB = plan.downloadedMiB;
    e.send(inst.machine, {
      type: 'PLACED',
      bootMs: runtime.bootMs,
      pullMs: plan.readyAt - t,
      startMs: version.startMs,
      crashAfterMs,
      graceMs,
      warm: inst.warm,
    });
  }
  return true;
}

/** Gives every pending instance that can get one a place, oldest first. */
export function placePending(e: Engine): void {
  const st = e.st;
  if (st.pending.length === 0) return;
  const still: number[] = [];
  for (const id of st.pending) {
    const inst = st.instances[id];
    if (inst.endedAt >= 0 || inst.placedAt >= 0) continue;
    if (!placeInstance(e, inst)) still.push(id);
  }
  st.pending = still;
}

export function addEndpoint(e: Engine, inst: InstanceRt): void {
  if (inst.ready || inst.retiring) return;
  inst.ready = true;
  e.st.services[inst.service].endpoints.push(inst.id);
}

export function removeEndpoint(e: Engine, inst: InstanceRt): void {
  if (!inst.ready) return;
  inst.ready = false;
  const endpoints = e.st.services[inst.service].endpoints;
  const i = endpoints.indexOf(inst.id);
  if (i >= 0) endpoints.splice(i, 1);
}

function releasePlace(e: Engine, inst: InstanceRt): void {
  if (inst.node < 0) return;
  const node = e.st.nodes[inst.node];
  const spec = e.spec.services[inst.service];
  node.allocCpu -= spec.cpu;
  node.allocMemMiB -= footprintMiB(spec);
  const i = node.instances.indexOf(inst.id);
  if (i >= 0) node.instances.splice(i, 1);
}

/** The process died: its work is lost (with an error to callers, or silently). */
function processDied(e: Engine, inst: InstanceRt, answer: boolean): void {
  inst.alive = false;
  removeEndpoint(e, inst);
  abortJobs(e, inst, answer);
  resetWork(e, inst);
}

/** Reacts to a change of an instance's machine (container or VM). */
export function onInstanceChange(e: Engine, slot: MachineSlot, change: MachineChange): void {
  const st = e.st;
  const inst = st.instances[slot.owner];
  const spec = e.spec.services[inst.service];
  const node = inst.node >= 0 ? st.nodes[inst.node] : null;
  const { from, to } = change;
  const word = runtimeWord(spec);
  if (to === 'starting' && from === 'pulling' && spec.runtime.kind !== 'vm' && inst.pulledMiB > 0) {
    e.log('imagePulled', inst.name, { node: node?.name ?? 'provider', pulledMiB: inst.pulledMiB });
  }
  if (to === 'running.unready' && from !== 'running.ready') {
    inst.alive = true;
    inst.hung = false;
    inst.listeningAt = inst.warm
      ? st.t - e.spec.services[inst.service].versions[inst.version].warmupMs
      : st.t;
    inst.warm = false;
    inst.incarnation++;
    resetWork(e, inst);
    e.log('instanceStarted', inst.name, { runtime: word, ...(node ? { node: node.name } : {}) });
    if (spec.readiness || spec.liveness) schedulePortProbes(e, inst);
    if (!spec.readiness) e.send(inst.machine, { type: 'READY' });
    return;
  }
  if (to === 'running.ready') {
    addEndpoint(e, inst);
    consumeMessages(e, inst.service);
    goalsOnReady(e, inst);
    e.log('instanceReady', inst.name);
    reconcile(e, inst.service);
    return;
  }
  if (to === 'running.unready') {
    removeEndpoint(e, inst);
    e.log('instanceUnready', inst.name);
    reconcile(e, inst.service);
    return;
  }
  if (to === 'backOff' || to === 'restarting') {
    processDied(e, inst, true);
    const ctx = st.machines[inst.machine].context as { restarts: number; backoffMs?: number };
    e.log('instanceCrashed', inst.name, {
      restarts: ctx.restarts,
      backoff: to === 'backOff' ? formatDuration(ctx.backoffMs ?? 0) : '1s',
    });
    reconcile(e, inst.service);
    return;
  }
  if (to === 'booting' && from !== 'pending') {
    processDied(e, inst, false);
    e.log('instanceRestarting', inst.name);
    return;
  }
  if (to === 'terminating' || to === 'stopping') {
    removeEndpoint(e, inst);
    e.log('instanceStopping', inst.name, { reason: inst.stopReason || 'stopped' });
    if (inst.busy === 0 && inst.queue.length === inst.queueHead)
      e.send(inst.machine, { type: 'EXITED' });
    return;
  }
  if (to === 'terminated' || to === 'stopped') {
    processDied(e, inst, !inst.lost);
    releasePlace(e, inst);
    inst.endedAt = st.t;
    const svc = st.services[inst.service];
    const i = svc.members.indexOf(inst.id);
    if (i >= 0) svc.members.splice(i, 1);
    if (inst.lost) e.log('instanceLost', inst.name, { node: node?.name ?? '?' });
    else e.log('instanceStopped', inst.name);
    reconcile(e, inst.service);
    placePending(e);
  }
}

/** Stops an instance gracefully (scale-down, rollout) or at once if it never started. */
export function retireInstance(e: Engine, inst: InstanceRt, reason: string): void {
  if (inst.retiring || inst.endedAt >= 0) return;
  inst.retiring = true;
  inst.stopReason = reason;
  removeEndpoint(e, inst);
  e.send(inst.machine, { type: 'STOP' });
}

/** Instances of a service that count towards its replicas (not ended, not retiring). */
export function liveInstances(e: Engine, service: number): InstanceRt[] {
  const st = e.st;
  return st.services[service].members
    .map((id) => st.instances[id])
    .filter((inst) => !inst.retiring);
}

/** Brings a service's instance count to its desired replicas (a rollout has its own rules). */
export function reconcile(e: Engine, service: number): void {
  const svc = e.st.services[service];
  if (svc.reconciling) {
    svc.reconcileAgain = true;
    return;
  }
  svc.reconciling = true;
  try {
    do {
      svc.reconcileAgain = false;
      if (svc.rolling) rolloutStep(e, service);
      else reconcileOnce(e, service);
    } while (svc.reconcileAgain && e.st.stopped === null);
  } finally {
    svc.reconciling = false;
  }
}

function reconcileOnce(e: Engine, service: number): void {
  const svc = e.st.services[service];
  const live = liveInstances(e, service);
  if (live.length < svc.desired) {
    for (let i = live.length; i < svc.desired; i++) createInstance(e, service, svc.version);
    placePending(e);
  } else if (live.length > svc.desired) {
    const order = [...live].sort(
      (a, b) =>
        Number(a.placedAt >= 0) - Number(b.placedAt >= 0) ||
        Number(a.ready) - Number(b.ready) ||
        b.id - a.id,
    );
    for (const inst of order.slice(0, live.length - svc.desired))
      retireInstance(e, inst, 'scaled down');
  }
}
