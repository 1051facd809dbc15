/** A rectangle, as the layouts give them. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** True when two rectangles share more than a hairline of area. */
export function overlaps(a: Rect, b: Rect, eps = 0.01): boolean {
  return (
    a.x < b.x + b.w - eps && b.x < a.x + a.w - eps && a.y < b.y + b.h - eps && b.y < a.y + a.h - eps
  );
}

/** True when `inner` lies within `outer`. */
export function inside(inner: Rect, outer: Rect, eps = 0.01): boolean {
  return (
    inner.x >= outer.x - eps &&
    inner.y >= outer.y - eps &&
    inner.x + inner.w <= outer.x + outer.w + eps &&
    inner.y + inner.h <= outer.y + outer.h + eps
  );
}

/** Pairs of rectangles in a list that overlap, by name. */
export function overlapping<T extends Rect & { name?: string; id?: string }>(list: T[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++)
      if (overlaps(list[i], list[j]))
        found.push(`${list[i].name ?? list[i].id} × ${list[j].name ?? list[j].id}`);
  return found;
}
