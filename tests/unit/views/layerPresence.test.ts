import { describe, expect, it } from 'vitest';
import type { NodeView } from '../../../src/sim/worldView.ts';
import { layerPresence } from '../../../src/views/layerPresence.ts';

const node = (name: string, layers: Record<string, number>): NodeView => ({
  name,
  kind: 'vm',
  host: null,
  zone: 'zone-a',
  state: 'ready',
  up: true,
  cpu: 4,
  memoryMiB: 16384,
  allocCpu: 0,
  allocMemMiB: 0,
  usedCpu: 0,
  hog: 0,
  instances: [],
  guests: [],
  layers,
});

const image = {
  name: 'shop',
  layers: [
    { id: 'base', sizeMiB: 70 },
    { id: 'deps', sizeMiB: 120 },
    { id: 'code', sizeMiB: 2 },
  ],
};

describe('layerPresence', () => {
  it('says per node and layer whether it was there, was pulled, is on its way or is missing', () => {
    const nodes = [
      node('node-1', { base: 0, deps: 0, code: 12_000 }),
      node('node-2', { base: 0, deps: 15_000 }),
      node('node-3', {}),
    ];
    expect(layerPresence(nodes, image, 13_000)).toEqual([
      { node: 'node-1', states: ['present', 'present', 'pulled'], toPullMiB: 0 },
      { node: 'node-2', states: ['present', 'pulling', 'missing'], toPullMiB: 122 },
      { node: 'node-3', states: ['missing', 'missing', 'missing'], toPullMiB: 192 },
    ]);
    expect(layerPresence(nodes, image, 15_000)[1].states[1]).toBe('pulled');
  });
});
