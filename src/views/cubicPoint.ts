/** A cubic Bézier curve: start, two control points, end. */
export interface Cubic {
  x1: number;
  y1: number;
  c1x: number;
  c1y: number;
  c2x: number;
  c2y: number;
  x2: number;
  y2: number;
}

/** The point at parameter `p` (0 at the start, 1 at the end) of a cubic curve. */
export function cubicPoint(c: Cubic, p: number): { x: number; y: number } {
  const q = Math.max(0, Math.min(1, p));
  const u = 1 - q;
  const a = u * u * u;
  const b = 3 * u * u * q;
  const d = 3 * u * q * q;
  const e = q * q * q;
  return {
    x: a * c.x1 + b * c.c1x + d * c.c2x + e * c.x2,
    y: a * c.y1 + b * c.c1y + d * c.c2y + e * c.y2,
  };
}
