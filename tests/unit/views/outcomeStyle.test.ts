import { describe, expect, it } from 'vitest';
import { OUTCOME_KEYS } from '../../../src/views/chartSeries.ts';
import { outcomeStyle } from '../../../src/views/outcomeStyle.ts';

describe('outcomeStyle', () => {
  it('gives every outcome a theme colour, and no two the same colour and texture', () => {
    const seen = new Set<string>();
    for (const key of OUTCOME_KEYS) {
      const style = outcomeStyle(key);
      expect(style.colour).toMatch(/^var\(--[a-z0-9-]+\)$/);
      const id = `${style.colour} ${style.texture}`;
      expect(seen.has(id), key).toBe(false);
      seen.add(id);
    }
  });
  it('falls back for anything else (an open span)', () => {
    expect(outcomeStyle('open')).toEqual({ colour: 'var(--chart-7)', texture: 'solid' });
  });
});
