import { describe, expect, it } from 'vitest';
import { chooseNode, fits, scoreNode, type NodeFit } from '../../../src/sim/chooseNode.ts';
import { createStream } from '../../../src/sim/randomStream.ts';

function node(
  id: number,
  allocCpu: number,
  allocMemMiB: number,
  cpu = 4,
  memoryMiB = 8192,
): NodeFit {
  return { id, cpu, memoryMiB, allocCpu, allocMemMiB };
}

// Two 4-core, 8 GiB nodes: `full` has 3 cores and 1 GiB allocated, `empty` 1 core and 1 GiB.
const full = node(10, 3, 1024);
const empty = node(20, 1, 1024);

describe('scoreNode', () => {
  it('computes LeastAllocated and MostAllocated by hand', () => {
    // A request of 0.5 core and 1 GiB:
    // full:  cpu (3 + 0.5)/4 = 0.875, memory 2048/8192 = 0.25.
    // empty: cpu (1 + 0.5)/4 = 0.375, memory 0.25.
    expect(scoreNode(full, 0.5, 1024, 'binpack')).toBeCloseTo(((0.875 + 0.25) * 100) / 2, 12); // 56.25
    expect(scoreNode(full, 0.5, 1024, 'spread')).toBeCloseTo(((0.125 + 0.75) * 100) / 2, 12); // 43.75
    expect(scoreNode(empty, 0.5, 1024, 'binpack')).toBeCloseTo(31.25, 12);
    expect(scoreNode(empty, 0.5, 1024, 'spread')).toBeCloseTo(68.75, 12);
  });

  it('gives 100 to a node the request fills exactly (binpack) and 0 (spread)', () => {
    const n = node(1, 2, 4096);
    expect(scoreNode(n, 2, 4096, 'binpack')).toBe(100);
    expect(scoreNode(n, 2, 4096, 'spread')).toBe(0);
  });
});

describe('fits', () => {
  it('needs room for both cpu and memory', () => {
    expect(fits(node(1, 3.5, 0), 0.5, 512)).toBe(true); // exactly full cpu
    expect(fits(node(1, 3.6, 0), 0.5, 512)).toBe(false); // cpu short
    expect(fits(node(1, 0, 8000), 0.5, 192)).toBe(true); // exactly full memory
    expect(fits(node(1, 0, 8000), 0.5, 193)).toBe(false); // memory short
  });

  it('tolerates floating-point dust', () => {
    // (0.1 + 0.2) + 0.3 is 0.6000000000000001 in floating point: it still fits in 0.6 cores.
    expect(0.1 + 0.2 + 0.3).toBeGreaterThan(0.6);
    expect(fits(node(1, 0.1 + 0.2, 0, 0.6, 1024), 0.3, 0)).toBe(true);
    expect(fits(node(1, 0.1 + 0.2, 0, 0.6, 1024), 0.31, 0)).toBe(false);
  });
});

describe('chooseNode', () => {
  it('spread (LeastAllocated) prefers the emptier node', () => {
    for (let seed = 0; seed < 20; seed++) {
      expect(chooseNode([full, empty], 0.5, 1024, 'spread', createStream(seed, 'sched'))).toBe(20);
      expect(chooseNode([empty, full], 0.5, 1024, 'spread', createStream(seed, 'sched'))).toBe(20);
    }
  });

  it('binpack (MostAllocated) prefers the fuller node', () => {
    for (let seed = 0; seed < 20; seed++) {
      expect(chooseNode([full, empty], 0.5, 1024, 'binpack', createStream(seed, 'sched'))).toBe(10);
      expect(chooseNode([empty, full], 0.5, 1024, 'binpack', createStream(seed, 'sched'))).toBe(10);
    }
  });

  it('binpack skips the fuller node when the request does not fit on it', () => {
    // 1.5 cores: 3 + 1.5 > 4 on `full`.
    expect(chooseNode([full, empty], 1.5, 1024, 'binpack', createStream(1, 'sched'))).toBe(20);
  });

  it('filters out nodes without memory, even if they would score best', () => {
    const noMemory = node(30, 0, 8000); // emptiest cpu, but only 192 MiB free
    expect(chooseNode([noMemory, full], 0.5, 256, 'spread', createStream(1, 'sched'))).toBe(10);
  });

  it('returns -1 when nothing fits, or there are no nodes', () => {
    expect(chooseNode([full, empty], 3.5, 256, 'spread', createStream(1, 'sched'))).toBe(-1);
    expect(chooseNode([full, empty], 0.1, 8000, 'binpack', createStream(1, 'sched'))).toBe(-1);
    expect(chooseNode([full, empty], 0.1, 8000, 'random', createStream(1, 'sched'))).toBe(-1);
    expect(chooseNode([], 0.1, 1, 'spread', createStream(1, 'sched'))).toBe(-1);
  });

  it('breaks ties with the random stream: over many seeds both tied nodes are chosen', () => {
    const a = node(3, 1, 2048);
    const b = node(7, 1, 2048);
    // For spread the fuller node loses to the tied pair; for binpack the emptier one does.
    const cases = [
      { strategy: 'spread', nodes: [a, full, b] },
      { strategy: 'binpack', nodes: [a, empty, b] },
    ] as const;
    for (const { strategy, nodes } of cases) {
      expect(scoreNode(a, 0.5, 512, strategy)).toBe(scoreNode(b, 0.5, 512, strategy));
      const chosen = new Map<number, number>();
      for (let seed = 0; seed < 200; seed++) {
        const id = chooseNode(nodes, 0.5, 512, strategy, createStream(seed, 'sched'));
        chosen.set(id, (chosen.get(id) ?? 0) + 1);
      }
      // Both tied nodes win, the third never does. Each tied node expects 100 of
      // 200 (sd 7); 50 or fewer would be a 7-sd event.
      expect([...chosen.keys()].sort()).toEqual([3, 7]);
      expect(chosen.get(3)).toBeGreaterThan(50);
      expect(chosen.get(7)).toBeGreaterThan(50);
    }
  });

  it('treats scores equal to within rounding as a tie', () => {
    // allocCpu 0.1 + 0.2 versus 0.3: with 0.3 more the raw scores are 60 and
    // 60.00000000000001, which only differ by floating-point dust.
    const a = node(1, 0.1 + 0.2, 100, 1, 1000);
    const b = node(2, 0.3, 100, 1, 1000);
    expect(scoreNode(a, 0.3, 100, 'spread')).not.toBe(scoreNode(b, 0.3, 100, 'spread'));
    const seen = new Set<number>();
    for (let seed = 0; seed < 100; seed++) {
      seen.add(chooseNode([a, b], 0.3, 100, 'spread', createStream(seed, 'sched')));
    }
    expect([...seen].sort()).toEqual([1, 2]);
  });

  it('is deterministic for a given stream state', () => {
    const a = node(3, 1, 2048);
    const b = node(7, 1, 2048);
    const picks = (seed: number): number[] => {
      const rng = createStream(seed, 'sched');
      return Array.from({ length: 10 }, () => chooseNode([a, b], 0.5, 512, 'spread', rng));
    };
    expect(picks(5)).toEqual(picks(5));
  });

  it('random picks any node that fits, never one that does not', () => {
    const tight = node(99, 3.9, 0); // 0.1 core free
    const counts = new Map<number, number>();
    for (let seed = 0; seed < 300; seed++) {
      const id = chooseNode([full, tight, empty], 0.5, 512, 'random', createStream(seed, 'sched'));
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([10, 20]);
    // Each expects 150 of 300 (sd 8.7); allow ±60.
    expect(Math.abs((counts.get(10) ?? 0) - 150)).toBeLessThan(60);
  });
});
