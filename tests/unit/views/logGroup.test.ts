import { describe, expect, it } from 'vitest';
import { LOG_GROUPS, logGroup } from '../../../src/views/logGroup.ts';

describe('logGroup', () => {
  it('sorts kinds of entry into the groups a reader filters by', () => {
    expect(logGroup('nodeDown')).toBe('nodes');
    expect(logGroup('nodeAdded')).toBe('nodes');
    expect(logGroup('instanceReady')).toBe('instances');
    expect(logGroup('imagePulled')).toBe('instances');
    expect(logGroup('imageBuilt')).toBe('instances');
    expect(logGroup('breakerHalfOpen')).toBe('breakers');
    expect(logGroup('scaledDown')).toBe('scaling');
    expect(logGroup('rolloutStalled')).toBe('rollouts');
    expect(logGroup('fault')).toBe('faults');
    expect(logGroup('faultEnded')).toBe('faults');
    expect(logGroup('limit')).toBe('faults');
    expect(LOG_GROUPS).toHaveLength(6);
  });
});
