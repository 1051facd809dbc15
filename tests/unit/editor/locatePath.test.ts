import { describe, expect, it } from 'vitest';
import { locatePath, pathKeys } from '../../../src/editor/sandbox/locatePath.ts';

const source = `import { defineScenario } from 'cloudscope';

export default defineScenario({
  services: {
    gateway: { calls: ['orders'] },
    orders: {
      replicas: 2,
      calls: [{ to: 'payment', timeout: '1s' }],
    },
    'my-db': { replica: 3 },
  },
});
`;

describe('locatePath', () => {
  it('splits paths into keys', () => {
    expect(pathKeys('services.orders.calls[0].to')).toEqual([
      'services',
      'orders',
      'calls',
      0,
      'to',
    ]);
    expect(pathKeys('services["my-db"].replica')).toEqual(['services', 'my-db', 'replica']);
  });

  it('finds where a path points, key after key', () => {
    expect(locatePath(source, 'services.orders.calls[0].to')).toEqual({ line: 8, column: 17 });
    expect(locatePath(source, 'services["my-db"].replica')).toEqual({ line: 10, column: 16 });
  });

  it('falls back to the deepest key it found, or null', () => {
    expect(locatePath(source, 'services.orders.nothing')).toEqual({ line: 6, column: 5 });
    expect(locatePath(source, 'faults[0].at')).toBeNull();
  });
});
