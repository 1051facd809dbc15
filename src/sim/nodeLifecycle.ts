import type { Engine } from './engine.ts';
import type { NodeRt } from './engineState.ts';
import { placePending, removeEndpoint } from './instanceLifecycle.ts';
import type { MachineChange, MachineSlot } from './machineHost.ts';
import { abortJobs } from './requestFlow.ts';
import { resetWork } from './processorSharing.ts';

/** Everything on a dead machine stops at once: nothing answers, nothing is noticed yet. */
function machineDied(e: Engine, node: NodeRt): void {
  node.up = false;
  for (const id of node.instances) {
    const inst = e.st.instances[id];
    inst.alive = false;
    abortJobs(e, inst, false);
    resetWork(e, inst);
  }
  for (const guest of node.guests) {
    const slot = e.st.machines[e.st.nodes[guest].machine];
    if (slot.state !== 'removed') e.send(slot.id, { type: 'FAIL' });
  }
}

/** The instances on a node are gone for good: their controllers will replace them. */
function loseInstances(e: Engine, node: NodeRt): number {
  const ids = [...node.instances];
  for (const id of ids) {
    const inst = e.st.instances[id];
    inst.lost = true;
    e.send(inst.machine, { type: 'LOST' });
  }
  return ids.length;
}

/** Reacts to a node's machine changing state. */
export function onNodeChange(e: Engine, slot: MachineSlot, change: MachineChange): void {
  const node = e.st.nodes[slot.owner];
  const { from, to } = change;
  switch (to) {
    case 'ready':
      node.up = true;
      e.log('nodeReady', node.name);
      for (const guest of node.guests) {
        const g = e.st.machines[e.st.nodes[guest].machine];
        if (g.state === 'unreachable' || g.state === 'notReady' || g.state === 'evicted')
          e.send(g.id, { type: 'RESTORE' });
      }
      placePending(e);
      return;
    case 'unreachable':
      machineDied(e, node);
      e.log('nodeDown', node.name, { reason: node.failReason || 'failure' });
      return;
    case 'notReady': {
      for (const id of node.instances) {
        const inst = e.st.instances[id];
        removeEndpoint(e, inst);
        const m = e.st.machines[inst.machine];
        if (m.state === 'running.ready') e.send(m.id, { type: 'UNREADY' });
      }
      e.log('nodeNotReady', node.name, { instances: node.instances.length });
      return;
    }
    case 'evicted': {
      const n = node.instances.length;
      e.log('nodeEvicted', node.name, { instances: n });
      loseInstances(e, node);
      return;
    }
    case 'rebooting': {
      machineDied(e, node);
      const n = loseInstances(e, node);
      e.log('nodeRebooting', node.name, { instances: n });
      return;
    }
    case 'booting':
      if (from !== 'booting') {
        // Back from the dead: whatever ran on it did not survive.
        loseInstances(e, node);
        e.log('nodeRestored', node.name);
      }
      return;
    case 'removed':
      machineDied(e, node);
      loseInstances(e, node);
      node.removedAt = e.st.t;
      return;
  }
}
