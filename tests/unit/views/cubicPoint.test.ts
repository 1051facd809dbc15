import { describe, expect, it } from 'vitest';
import { cubicPoint } from '../../../src/views/cubicPoint.ts';

describe('cubicPoint', () => {
  const c = { x1: 0, y1: 0, c1x: 0, c1y: 100, c2x: 100, c2y: 100, x2: 100, y2: 0 };
  it('starts and ends at the endpoints, and clamps', () => {
    expect(cubicPoint(c, 0)).toEqual({ x: 0, y: 0 });
    expect(cubicPoint(c, 1)).toEqual({ x: 100, y: 0 });
    expect(cubicPoint(c, -1)).toEqual({ x: 0, y: 0 });
    expect(cubicPoint(c, 2)).toEqual({ x: 100, y: 0 });
  });
  it('follows the curve between', () => {
    expect(cubicPoint(c, 0.5)).toEqual({ x: 50, y: 75 });
  });
});
