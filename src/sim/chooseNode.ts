import { nextRandom, type RandomStream } from './randomStream.ts';

/** What the scheduler needs to know of a candidate node. */
export interface NodeFit {
  id: number;
  cpu: number;
  memoryMiB: number;
  allocCpu: number;
  allocMemMiB: number;
}

export type Strategy = 'spread' | 'binpack' | 'random';

/** The score of placing a request on a node (higher wins), as Kubernetes computes it. */
export function scoreNode(node: NodeFit, cpu: number, memMiB: number, strategy: Strategy): number {
  const cpuUsed = (node.allocCpu + cpu) / node.cpu;
  const memUsed = (node.allocMemMiB + memMiB) / node.memoryMiB;
  if (strategy === 'binpack') {
    // MostAllocated: requested * 100 / capacity, averaged over cpu and memory.
    return ((cpuUsed + memUsed) * 100) / 2;
  }
  // LeastAllocated: (capacity - requested) * 100 / capacity, averaged.
  return ((1 - cpuUsed + (1 - memUsed)) * 100) / 2;
}

/** Does the request fit the node's free allocatable resources? */
export function fits(node: NodeFit, cpu: number, memMiB: number): boolean {
  const eps = 1e-9;
  return node.allocCpu + cpu <= node.cpu + eps && node.allocMemMiB + memMiB <= node.memoryMiB + eps;
}

/**
 * The scheduler: filter the nodes the request fits on, then score them
 * (spread = LeastAllocated, binpack = MostAllocated, random = any that fits);
 * ties are broken at random with the scheduler's own stream. Returns the
 * chosen node's id, or -1 when nothing fits (the instance stays Pending).
 */
export function chooseNode(
  nodes: readonly NodeFit[],
  cpu: number,
  memMiB: number,
  strategy: Strategy,
  rng: RandomStream,
): number {
  const feasible = nodes.filter((node) => fits(node, cpu, memMiB));
  if (feasible.length === 0) return -1;
  if (strategy === 'random') return feasible[Math.floor(nextRandom(rng) * feasible.length)].id;
  let best = -Infinity;
  let winners: NodeFit[] = [];
  for (const node of feasible) {
    const score = Math.round(scoreNode(node, cpu, memMiB, strategy) * 1e6) / 1e6;
    if (score > best) {
      best = score;
      winners = [node];
    } else if (score === best) {
      winners.push(node);
    }
  }
  return winners[Math.floor(nextRandom(rng) * winners.length)].id;
}
