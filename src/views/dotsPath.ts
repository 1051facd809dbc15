import { path as d3path } from 'd3';

/**
 * One path string for many dots (a circle each, or a cross), so that a
 * thousand dots are one SVG element instead of a thousand.
 */
export function dotsPath(
  points: readonly { x: number; y: number }[],
  r: number,
  shape: 'circle' | 'cross' = 'circle',
): string {
  const p = d3path();
  for (const { x, y } of points) {
    if (shape === 'circle') {
      p.moveTo(x + r, y);
      p.arc(x, y, r, 0, 2 * Math.PI);
    } else {
      p.moveTo(x - r, y - r);
      p.lineTo(x + r, y + r);
      p.moveTo(x - r, y + r);
      p.lineTo(x + r, y - r);
    }
  }
  return p.toString();
}
