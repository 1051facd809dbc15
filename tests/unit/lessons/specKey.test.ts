import { describe, expect, it } from 'vitest';
import { specKey } from '../../../src/lessons/specKey.ts';

describe('specKey', () => {
  it('names a plain run by its file and a challenge’s run by file and challenge', () => {
    expect(specKey('start.ts')).toBe('start.ts');
    expect(specKey('start.ts', null)).toBe('start.ts');
    expect(specKey('start.ts', 'fix-it')).toBe('start.ts#fix-it');
    // The same file under two challenges gets two keys (their goals differ).
    expect(specKey('start.ts', 'a')).not.toBe(specKey('start.ts', 'b'));
  });
});
