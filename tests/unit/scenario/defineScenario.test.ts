import { describe, expect, it } from 'vitest';
import { defineScenario } from '../../../src/scenario/defineScenario.ts';
import { constant } from '../../../src/scenario/rates.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';

describe('defineScenario', () => {
  it('returns its argument unchanged', () => {
    const scenario: Scenario = {
      duration: '5m',
      services: {
        gateway: { replicas: 2, calls: ['orders'] },
        orders: { replicas: 3, work: { p50: '20ms', p99: '120ms' } },
      },
      traffic: { users: { to: 'gateway', rate: constant(200) } },
      faults: [{ at: '2m', kill: 'node-1' }],
      goals: [{ latency: 'users', below: '500ms' }],
    };
    const snapshot = structuredClone(scenario);
    const result = defineScenario(scenario);
    expect(result).toBe(scenario);
    expect(result).toStrictEqual(snapshot);
  });

  it('adds no defaults', () => {
    expect(defineScenario({ services: {} })).toStrictEqual({ services: {} });
  });
});
