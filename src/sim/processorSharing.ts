import type { Engine } from './engine.ts';
import { Ev, type InstanceRt, type Job } from './engineState.ts';
import { afterWork } from './requestFlow.ts';
import { tableGet } from './slotTable.ts';

/*
 * CPU inside an instance is shared fairly (processor sharing): with n
 * requests computing and c cores, each progresses at min(1, c / n) of a core.
 * Work is measured in "virtual" time: every computing job advances by the
 * same amount, so one min-heap of finish points gives the next completion.
 */

function heapPush(h: number[], key: number, id: number): void {
  let i = h.length >> 1;
  h.push(key, id);
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (h[2 * p] <= key) break;
    h[2 * i] = h[2 * p];
    h[2 * i + 1] = h[2 * p + 1];
    i = p;
  }
  h[2 * i] = key;
  h[2 * i + 1] = id;
}

function heapPop(h: number[]): void {
  const n = (h.length >> 1) - 1;
  const id = h.pop() as number;
  const key = h.pop() as number;
  if (n === 0) return;
  let i = 0;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && h[2 * (c + 1)] < h[2 * c]) c++;
    if (key <= h[2 * c]) break;
    h[2 * i] = h[2 * c];
    h[2 * i + 1] = h[2 * c + 1];
    i = c;
  }
  h[2 * i] = key;
  h[2 * i + 1] = id;
}

/** Cores this instance may use now (its request, less what a CPU hog on its node takes). */
export function effectiveCores(e: Engine, inst: InstanceRt): number {
  const cpu = e.spec.services[inst.service].cpu;
  if (inst.node < 0) return cpu;
  return cpu * Math.max(0.01, 1 - e.st.nodes[inst.node].hog);
}

/** Brings the instance's CPU accounting up to now. */
export function syncWork(e: Engine, inst: InstanceRt): void {
  const t = e.st.t;
  if (inst.working > 0) {
    const dt = t - inst.lastT;
    inst.virtual += inst.rate * dt;
    const used = inst.working * inst.rate * dt;
    inst.cpuArea += used;
    if (inst.node >= 0) e.st.nodes[inst.node].cpuArea += used;
  }
  inst.lastT = t;
}

function reschedule(e: Engine, inst: InstanceRt): void {
  inst.rate = inst.working > 0 ? Math.min(1, effectiveCores(e, inst) / inst.working) : 0;
  if (inst.working === 0) {
    inst.doneAt = Infinity;
    return;
  }
  const dt = (inst.finish[0] - inst.virtual) / inst.rate;
  const at = e.st.t + Math.max(0, Math.ceil(dt - 1e-9));
  if (at !== inst.doneAt) {
    inst.doneAt = at;
    inst.doneGen++;
    e.schedule(at, Ev.workDone, inst.id, inst.doneGen);
  }
}

/** A job starts computing `workMs` of CPU time on the instance. */
export function addWork(e: Engine, inst: InstanceRt, job: Job, workMs: number): void {
  syncWork(e, inst);
  heapPush(inst.finish, inst.virtual + workMs, job.id);
  inst.working++;
  reschedule(e, inst);
}

/** The CPU available to the instance changed (a CPU hog came or went). */
export function cpuChanged(e: Engine, inst: InstanceRt): void {
  syncWork(e, inst);
  inst.doneAt = -1;
  reschedule(e, inst);
}

/** Forgets all computing work (the process died). */
export function resetWork(e: Engine, inst: InstanceRt): void {
  syncWork(e, inst);
  inst.working = 0;
  inst.finish = [];
  inst.virtual = 0;
  inst.rate = 0;
  inst.doneAt = Infinity;
  inst.doneGen++;
}

/** Jobs finished by one completion event (reused: only onWorkDone fills it, never nested). */
const finished: number[] = [];

/** Event: the earliest computing job of an instance may be done. */
export function onWorkDone(e: Engine, instanceId: number, gen: number): boolean {
  const inst = e.st.instances[instanceId];
  if (gen !== inst.doneGen) return false;
  syncWork(e, inst);
  let n = 0;
  const h = inst.finish;
  while (h.length > 0 && h[0] <= inst.virtual + 1e-6) {
    finished[n++] = h[1];
    heapPop(h);
    inst.working--;
  }
  inst.doneAt = -1;
  reschedule(e, inst);
  if (n === 1) {
    const job = tableGet(e.st.jobs, finished[0]);
    if (job && job.phase === 1) afterWork(e, job);
    return true;
  }
  const ids = finished.slice(0, n);
  for (let i = 0; i < n; i++) {
    const job = tableGet(e.st.jobs, ids[i]);
    if (job && job.phase === 1) afterWork(e, job);
  }
  return true;
}
