/**
 * One path string for many dots, so that a thousand dots are one SVG element
 * instead of a thousand. A dot is a zero-length line (`M x,y h0`), drawn as a
 * circle by the path's round line caps (stroke width = the dot's diameter);
 * a cross is two short strokes. Coordinates are rounded to a tenth of a
 * pixel: the string is rebuilt at every frame, so short is cheap.
 */
export function dotsPath(
  points: readonly { x: number; y: number }[],
  r: number,
  shape: 'dot' | 'cross' = 'dot',
): string {
  const round = (v: number) => Math.round(v * 10) / 10;
  let d = '';
  for (const { x, y } of points) {
    if (shape === 'dot') d += `M${round(x)},${round(y)}h0`;
    else {
      const [x0, x1, y0, y1] = [round(x - r), round(x + r), round(y - r), round(y + r)];
      d += `M${x0},${y0}L${x1},${y1}M${x0},${y1}L${x1},${y0}`;
    }
  }
  return d;
}
