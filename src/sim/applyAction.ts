import { addEdge, nodeFromSpec } from './createEngineState.ts';
import type { Engine } from './engine.ts';
import { Ev } from './engineState.ts';
import { nodeSeries } from './metrics.ts';
import { cpuChanged } from './processorSharing.ts';
import { reconcile } from './instanceLifecycle.ts';
import { startRollout } from './rolloutStep.ts';
import { restartArrivals } from './traffic.ts';
import { describeAction } from './describeAction.ts';
import type { Action } from './worldSpec.ts';

/** Applies (sign 1) or undoes (sign -1) the lasting effect of a fault. */
function effect(e: Engine, action: Action, sign: 1 | -1): boolean {
  const st = e.st;
  switch (action.type) {
    case 'addLatency': {
      const svc = st.services.find((s) => s.name === action.service);
      if (!svc) return false;
      svc.extraMs = Math.max(0, svc.extraMs + sign * action.ms);
      return true;
    }
    case 'errorRate': {
      const svc = st.services.find((s) => s.name === action.service);
      if (!svc) return false;
      svc.extraErrorRate = Math.max(0, svc.extraErrorRate + sign * action.rate);
      return true;
    }
    case 'partition': {
      const from = e.spec.services.findIndex((s) => s.name === action.from);
      const to = e.spec.services.findIndex((s) => s.name === action.to);
      if (from < 0 || to < 0) return false;
      // A cut stops traffic both ways between the two services.
      for (const [a, b] of [
        [from, to],
        [to, from],
      ]) {
        const key = `${a}>${b}`;
        const edge =
          st.edgeIndex[key] !== undefined ? st.edges[st.edgeIndex[key]] : addEdge(st, e.spec, a, b);
        edge.partitioned = Math.max(0, edge.partitioned + sign);
      }
      return true;
    }
    case 'cpuHog': {
      const node = st.nodes.find((n) => n.name === action.node);
      if (!node) return false;
      node.hog = Math.max(0, node.hog + sign * action.share);
      for (const id of node.instances) cpuChanged(e, st.instances[id]);
      return true;
    }
    case 'trafficSpike': {
      const i = e.spec.traffic.findIndex((t) => t.name === action.traffic);
      if (i < 0) return false;
      const source = st.sources[i];
      source.factor = sign === 1 ? source.factor * action.factor : source.factor / action.factor;
      if (e.spec.traffic[i].kind === 'open') restartArrivals(e, i);
      return true;
    }
    default:
      return false;
  }
}

/** Applies one timeline action: a fault from the scenario or a reader's intervention. */
export function applyAction(e: Engine, action: Action): void {
  const st = e.st;
  const what = describeAction(action, e.spec);
  const missing = (kind: string, name: string) =>
    e.log('fault', 'world', { what: `${what} (no ${kind} named ${name})` });
  switch (action.type) {
    case 'killNode':
    case 'restoreNode': {
      const node = st.nodes.find((n) => n.name === action.node);
      if (!node) return missing('node', action.node);
      e.log('fault', node.name, { what });
      node.failReason = 'killed';
      e.send(node.machine, { type: action.type === 'killNode' ? 'FAIL' : 'RESTORE' });
      return;
    }
    case 'kernelPanic': {
      let node = st.nodes.find((n) => n.name === action.target);
      if (!node) {
        const inst = st.instances.find((i) => i.name === action.target && i.endedAt < 0);
        if (!inst) return missing('node or running instance', action.target);
        if (st.machines[inst.machine].kind === 'vm') {
          // A VM has its own kernel: only this VM goes down.
          e.log('fault', inst.name, { what });
          e.send(inst.machine, { type: 'PANIC' });
          return;
        }
        if (inst.node < 0) return missing('node under', action.target);
        // A container has no kernel of its own: the panic is its node's.
        node = st.nodes[inst.node];
      }
      e.log('fault', node.name, { what });
      e.send(node.machine, { type: 'PANIC' });
      return;
    }
    case 'killInstance':
    case 'hangInstance': {
      const inst = st.instances.find((i) => i.name === action.instance);
      if (!inst || inst.endedAt >= 0) return missing('running instance', action.instance);
      e.log('fault', inst.name, { what });
      if (action.type === 'hangInstance') inst.hung = true;
      else e.send(inst.machine, { type: 'CRASH' });
      return;
    }
    case 'deploy': {
      const i = e.spec.services.findIndex((s) => s.name === action.service);
      if (i < 0) return missing('service', action.service);
      e.log('fault', action.service, { what });
      startRollout(e, i, action.version);
      reconcile(e, i);
      return;
    }
    case 'scale': {
      const i = e.spec.services.findIndex((s) => s.name === action.service);
      if (i < 0) return missing('service', action.service);
      e.log('fault', action.service, { what });
      st.services[i].desired = action.replicas;
      reconcile(e, i);
      return;
    }
    case 'addNode': {
      if (st.nodes.length >= e.limits.maxNodes)
        return e.stop(`more than ${e.limits.maxNodes} nodes`);
      const node = nodeFromSpec(action.node, st.nodes.length, st.t);
      st.nodes.push(node);
      if (node.host >= 0) {
        const host = st.nodes[node.host];
        host.guests.push(node.id);
        host.allocCpu += node.cpu;
        host.allocMemMiB += node.memoryMiB + node.guestOsMiB;
      }
      e.out.nodes[node.name] = nodeSeries(e.out.seconds);
      node.machine = e.host.start('node', node.id, nodeInput(e, node.bootMs, false), st.t).id;
      e.log('nodeAdded', node.name);
      return;
    }
    default: {
      const target = faultTarget(action);
      if (!effect(e, action, 1)) return missing('such target', target);
      // Logged against what it hits (a service, a node, a traffic source, a link), so that a
      // goal can ask for "payments still slows" as `{ event: 'fault', subject: 'payments' }`.
      e.log('fault', target, { what });
      if (action.durationMs !== null) {
        st.faults.push({ action: { atMs: st.t, action }, undone: false });
        e.schedule(st.t + action.durationMs, Ev.faultEnd, st.faults.length - 1);
      }
    }
  }
}

/** Event: a lasting fault is over. */
export function endFault(e: Engine, index: number): boolean {
  const fault = e.st.faults[index];
  if (!fault || fault.undone) return false;
  fault.undone = true;
  effect(e, fault.action.action, -1);
  e.log('faultEnded', faultTarget(fault.action.action), {
    what: describeAction(fault.action.action),
  });
  return true;
}

/** What a node machine is created with. */
export function nodeInput(e: Engine, bootMs: number, preBooted: boolean) {
  return {
    bootMs,
    preBooted,
    graceMs: e.spec.cluster.nodeMonitorGracePeriodMs,
    evictionMs: e.spec.cluster.podEvictionTimeoutMs,
  };
}

/** What a lasting fault hits, as log subjects name it: a service, a node, a traffic source or a link. */
function faultTarget(action: Action): string {
  if ('service' in action) return action.service;
  if ('node' in action && typeof action.node === 'string') return action.node;
  if ('traffic' in action) return action.traffic;
  if ('from' in action && 'to' in action) return `${action.from}→${action.to}`;
  return 'world';
}
