import { describe, expect, it } from 'vitest';
import type { Marker } from '../../../src/player/PlayerLike.ts';
import type { LogKind } from '../../../src/sim/logEntry.ts';
import { markerGroup, markerStyle } from '../../../src/views/markerStyle.ts';

const event = (kind: LogKind): Marker => ({
  t: 1000,
  kind: 'event',
  entry: { t: 1000, kind, subject: 'x', detail: {} },
  action: null,
});
const intervention: Marker = {
  t: 2000,
  kind: 'intervention',
  entry: null,
  action: { atMs: 2000, action: { type: 'killNode', node: 'node-1' } },
};

describe('markerStyle', () => {
  it('groups markers by what happened', () => {
    expect(markerGroup(event('fault'))).toBe('fault');
    expect(markerGroup(event('limit'))).toBe('fault');
    expect(markerGroup(event('nodeDown'))).toBe('node');
    expect(markerGroup(event('instanceCrashed'))).toBe('instance');
    expect(markerGroup(event('breakerOpened'))).toBe('breaker');
    expect(markerGroup(event('scaledUp'))).toBe('scaling');
    expect(markerGroup(event('rolloutStarted'))).toBe('rollout');
    expect(markerGroup(intervention)).toBe('intervention');
  });
  it('gives each group its own shape and a theme colour', () => {
    const kinds: Marker[] = [
      event('fault'),
      event('nodeDown'),
      event('instanceCrashed'),
      event('breakerOpened'),
      event('scaledUp'),
      event('rolloutStarted'),
      intervention,
    ];
    const paths = kinds.map((m) => markerStyle(m).path);
    expect(new Set(paths).size).toBe(kinds.length);
    for (const m of kinds) expect(markerStyle(m).colour).toMatch(/^var\(--/);
    expect(markerStyle(event('fault')).path).toMatch(/^M/);
  });
});
