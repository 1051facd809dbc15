import { describe, expect, it } from 'vitest';
import { areaPath } from '../../../src/views/areaPath.ts';

const x = (ms: number) => ms / 100;
const y = (v: number) => 100 - v;

describe('areaPath', () => {
  it('draws a band as steps over whole seconds', () => {
    const d = areaPath(
      { key: 'ok', seconds: [0, 1], lower: [0, 0], upper: [5, 8], total: 13 },
      x,
      y,
    );
    expect(d).toBe('M0,95L10,95L10,92L20,92L20,100L10,100L10,100L0,100Z');
  });
  it('leaves out the seconds where the layer is empty', () => {
    const d = areaPath(
      { key: 'timeout', seconds: [0, 1, 2], lower: [5, 5, 5], upper: [6, 5, 7], total: 3 },
      x,
      y,
    );
    expect(d).toBe('M0,94L10,94L10,95L0,95ZM20,93L30,93L30,95L20,95Z');
  });
  it('draws nothing for an empty layer', () => {
    expect(areaPath({ key: 'ok', seconds: [], lower: [], upper: [], total: 0 }, x, y)).toBe('');
  });
  it('thins long layers, still covering every second', () => {
    const n = 1000;
    const layer = {
      key: 'ok',
      seconds: Array.from({ length: n }, (_, i) => i),
      lower: new Array<number>(n).fill(0),
      upper: new Array<number>(n).fill(1),
      total: n,
    };
    const d = areaPath(layer, x, y, 100);
    expect(d.split('L').length).toBeLessThan(500);
    expect(d).toContain('L10000,99');
  });
  it('spans each sample of a long run', () => {
    const layer = { key: 'ok', seconds: [0, 1], lower: [0, 0], upper: [1, 2], total: 3 };
    const d = areaPath(layer, x, y, 2000, 180_000);
    expect(d).toContain('L1800,99');
    expect(d).toContain('L3600,98');
  });
});
