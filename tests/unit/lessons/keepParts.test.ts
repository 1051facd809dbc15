// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { KEEPABLE, keepParts } from '../../../src/lessons/keepParts.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';

const start: Scenario = {
  duration: '5m',
  services: { web: { replicas: 2 }, payments: { replicas: 1, work: '1s' } },
  traffic: { users: { to: 'web', rate: 100 } },
  faults: [{ at: '1m', kill: 'node-1' }],
};

describe('keepParts', () => {
  it('takes the kept parts from the start and leaves the reader’s others alone', () => {
    const reader: Scenario = {
      duration: '5m',
      services: { web: { replicas: 9 }, payments: { replicas: 1, work: '1ms' } },
      traffic: { users: { to: 'web', rate: 1 } },
    };
    const kept = keepParts(reader, start, ['traffic', 'faults', 'services.payments']);
    expect(kept.traffic).toEqual(start.traffic);
    expect(kept.faults).toEqual(start.faults);
    expect(kept.services).toEqual({ web: { replicas: 9 }, payments: start.services.payments });
    // The reader's own object is not changed.
    expect(reader.faults).toBeUndefined();
    expect(reader.services.payments.work).toBe('1ms');
  });

  it('removes what the start does not have, and keeps everything when nothing is kept', () => {
    const reader: Scenario = { ...start, seed: 7, services: { ...start.services, extra: {} } };
    expect(keepParts(reader, start, ['seed', 'services.extra'])).toEqual(start);
    expect(keepParts(reader, start, [])).toBe(reader);
  });

  it('names the parts a challenge may keep', () => {
    for (const ok of [
      'traffic',
      'faults',
      'duration',
      'seed',
      'cluster',
      'hosts',
      'services.a-b_1',
    ])
      expect(KEEPABLE.test(ok), ok).toBe(true);
    for (const bad of ['goals', 'services', 'services.', 'traffic.users', 'name'])
      expect(KEEPABLE.test(bad), bad).toBe(false);
  });
});
