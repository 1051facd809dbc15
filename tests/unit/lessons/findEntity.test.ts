// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/scenario/compileScenario.ts';
import { entityNames, findEntity } from '../../../src/lessons/findEntity.ts';

const compiled = compileScenario({
  cluster: { nodes: 2 },
  services: { gateway: { calls: ['web'] }, web: { replicas: 2 } },
  traffic: { users: { to: 'gateway', rate: 1 } },
  faults: [{ at: '10s', addNode: { name: 'spare' } }],
});
if (!compiled.ok) throw new Error('fixture does not compile');
const spec = compiled.spec;

describe('findEntity', () => {
  it.each([
    ['node-1', 'node'],
    ['spare', 'node'],
    ['web', 'service'],
    ['users', 'traffic'],
    ['web-2', 'instance'],
    ['web-7', 'instance'],
    ['gateway→web', 'edge'],
    ['users→gateway', 'edge'],
    ['web→gateway', null],
    ['node-3', null],
    ['web-0', null],
    ['nobody→web', null],
    ['db', null],
  ])('%s is %s', (name, kind) => {
    expect(findEntity(spec, name)).toBe(kind);
  });
});

describe('entityNames', () => {
  it('lists what may be suggested', () => {
    expect(entityNames(spec)).toEqual([
      'node-1',
      'node-2',
      'spare',
      'gateway',
      'web',
      'users',
      'gateway-1',
      'web-1',
      'users→gateway',
      'gateway→web',
    ]);
  });
});
