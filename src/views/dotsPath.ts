/**
 * One path string for many dots, so that a thousand dots are one SVG element
 * instead of a thousand. A dot is a zero-length line (`M x,y h0`), drawn as a
 * circle by the path's round line caps (stroke width = the dot's diameter);
 * a cross is two short strokes. Coordinates are rounded to a tenth of a
 * pixel, and a dot that would land exactly on one already drawn is left out:
 * calls waiting at the same callee pile up on one spot, and the browser would
 * otherwise paint that spot again for each of them, at every frame.
 */
export function dotsPath(
  points: readonly { x: number; y: number }[],
  r: number,
  shape: 'dot' | 'cross' = 'dot',
): string {
  const round = (v: number) => Math.round(v * 10) / 10;
  const seen = new Set<string>();
  let d = '';
  for (const { x, y } of points) {
    const at = `${round(x)},${round(y)}`;
    if (seen.has(at)) continue;
    seen.add(at);
    if (shape === 'dot') d += `M${at}h0`;
    else {
      const [x0, x1, y0, y1] = [round(x - r), round(x + r), round(y - r), round(y + r)];
      d += `M${x0},${y0}L${x1},${y1}M${x0},${y1}L${x1},${y0}`;
    }
  }
  return d;
}
