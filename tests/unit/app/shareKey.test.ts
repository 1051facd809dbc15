import { describe, expect, it } from 'vitest';
import { shareKey } from '../../../src/app/shareKey.ts';

describe('shareKey', () => {
  it('keeps each link’s edits in a place of its own, the same one each time', () => {
    expect(shareKey('abc')).toBe(shareKey('abc'));
    expect(shareKey('abc')).not.toBe(shareKey('abd'));
    expect(shareKey('abc')).toMatch(/^shared\/[0-9a-f]{8}$/);
  });

  it('is FNV-1a of the link’s parameter', () => {
    // The published FNV-1a 32-bit values of "" and "a".
    expect(shareKey('')).toBe('shared/811c9dc5');
    expect(shareKey('a')).toBe('shared/e40c292c');
  });
});
