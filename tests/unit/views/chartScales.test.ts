import { describe, expect, it } from 'vitest';
import { chartScales } from '../../../src/views/chartScales.ts';

const frame = { width: 400, height: 100, top: 10, right: 20, bottom: 10, left: 40 };

describe('chartScales', () => {
  it('maps the window onto the plotting area and values from 0 upwards', () => {
    const s = chartScales(frame, { from: 0, to: 60_000 }, 87);
    expect(s.x(0)).toBe(40);
    expect(s.x(60_000)).toBe(380);
    expect(s.y(0)).toBe(90);
    expect(s.y.domain()).toEqual([0, 100]);
    expect(s.y(100)).toBe(10);
    expect([s.left, s.right, s.top, s.bottom]).toEqual([40, 380, 10, 90]);
  });
  it('keeps a floor so that an idle series is not blown up', () => {
    expect(chartScales(frame, { from: 0, to: 1 }, 0, { yFloor: 10 }).y.domain()).toEqual([0, 10]);
    expect(chartScales(frame, { from: 0, to: 1 }, NaN).y.domain()).toEqual([0, 1]);
  });
  it('survives an empty window and a tiny frame', () => {
    const s = chartScales({ ...frame, width: 10 }, { from: 5000, to: 5000 }, 1);
    expect(Number.isFinite(s.x(5000))).toBe(true);
    expect(s.right).toBeGreaterThan(s.left);
  });
});
