import { line, linkVertical, path as d3path } from 'd3';
import { eventLabel, guardLabel } from './eventLabel.ts';
import { layering } from './layering.ts';

/** What the layout reads of a transition (XState's TransitionDefinition has it). */
export interface TransitionLike {
  eventType: string;
  target?: readonly { path: readonly string[] }[] | undefined;
  guard?: unknown;
}

/** What the layout reads of a state node (XState's StateNode has it). */
export interface StateNodeLike {
  key: string;
  path: readonly string[];
  type: string;
  states: Record<string, StateNodeLike>;
  transitions: ReadonlyMap<string, readonly TransitionLike[]>;
  always?: readonly TransitionLike[] | undefined;
  initial?: { target: readonly { path: readonly string[] }[] } | undefined;
}

/** A state drawn as a box (compound states hold their children). */
export interface ChartState {
  /** Dotted path from the root, e.g. `running.ready`; `*` is the "any state" source of top-level events. */
  id: string;
  key: string;
  kind: 'atomic' | 'compound' | 'final' | 'any';
  depth: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A transition (all events between the same two states merged) with its label lines. */
export interface ChartTransition {
  id: string;
  from: string;
  to: string;
  /** One line per event, e.g. `after backoff`, `SYNC [scalesUp]`. */
  lines: string[];
  route: 'down' | 'left' | 'right' | 'side' | 'self';
  path: string;
  /** The label's anchor point and alignment. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

/** The arrow into a compound's initial state. */
export interface ChartInitial {
  parent: string;
  state: string;
  cx: number;
  cy: number;
  path: string;
}

export interface StatechartLayout {
  width: number;
  height: number;
  states: ChartState[];
  transitions: ChartTransition[];
  initials: ChartInitial[];
}

/** Sizes (px). Text widths are estimated from these character widths. */
export const CHART_SIZES = {
  stateH: 30,
  stateChar: 7.8,
  minStateW: 64,
  labelChar: 6.4,
  line: 13,
  pad: 12,
  padLeft: 22,
  header: 22,
  top: 20,
  colGap: 26,
  minGap: 30,
  lane: 10,
} as const;

interface Box {
  id: string;
  key: string;
  kind: ChartState['kind'];
  depth: number;
  parent: Box | null;
  children: Box[];
  initial: string | null;
  /** Relative to the parent box. */
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Group {
  from: string;
  to: string;
  lines: string[];
}

interface Drawn {
  group: Group;
  owner: Box;
  route: ChartTransition['route'];
  /** Points in the owner's coordinates. */
  points: [number, number][];
  labelX: number;
  labelY: number;
  anchor: ChartTransition['anchor'];
}

const idOf = (path: readonly string[]) => path.join('.');

function labelSize(lines: string[]) {
  const S = CHART_SIZES;
  return {
    w: Math.max(...lines.map((l) => l.length)) * S.labelChar + 8,
    h: lines.length * S.line,
  };
}

/** Collects transitions, merged by (source, target), in definition order. */
function groupsOf(root: StateNodeLike): Group[] {
  const groups = new Map<string, Group>();
  const add = (from: string, t: TransitionLike, eventType: string) => {
    for (const target of t.target ?? []) {
      const to = idOf(target.path);
      const guard = guardLabel(t.guard);
      const text = `${eventLabel(eventType)}${guard ? ` [${guard}]` : ''}`;
      const key = `${from}>${to}`;
      const g = groups.get(key) ?? { from, to, lines: [] };
      if (!g.lines.includes(text)) g.lines.push(text);
      groups.set(key, g);
    }
  };
  const walk = (node: StateNodeLike) => {
    const from = idOf(node.path);
    for (const [eventType, list] of node.transitions) for (const t of list) add(from, t, eventType);
    for (const t of node.always ?? []) add(from, t, '');
    for (const child of Object.values(node.states)) walk(child);
  };
  walk(root);
  return [...groups.values()];
}

function boxesOf(node: StateNodeLike, parent: Box | null, depth: number): Box {
  const children = Object.values(node.states);
  const box: Box = {
    id: idOf(node.path),
    key: node.key,
    kind: node.type === 'final' ? 'final' : children.length > 0 ? 'compound' : 'atomic',
    depth,
    parent,
    children: [],
    initial: node.initial?.target[0] ? idOf(node.initial.target[0].path) : null,
    x: 0,
    y: 0,
    w: 0,
    h: 0,
  };
  box.children = children.map((c) => boxesOf(c, box, depth + 1));
  return box;
}

/** `b`'s position inside `a` (an ancestor of `b`, or `b` itself). */
function offsetIn(a: Box, b: Box): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let n: Box | null = b; n && n !== a; n = n.parent) {
    x += n.x;
    y += n.y;
  }
  return { x, y };
}

/** The child of `a` on the way down to `b` (or null if `b` is not inside `a`). */
function childToward(a: Box, b: Box): Box | null {
  for (let n: Box | null = b; n; n = n.parent) if (n.parent === a) return n;
  return null;
}

function lowestCommon(a: Box, b: Box): Box {
  const up = new Set<Box>();
  for (let n: Box | null = a; n; n = n.parent) up.add(n);
  for (let n: Box | null = b; n; n = n.parent) if (up.has(n)) return n;
  throw new Error('states of different machines');
}

/** Lays out one compound state's children (its own children already laid out); returns what it draws. */
function layoutCompound(c: Box, groups: Group[], byId: Map<string, Box>, any: Box | null): Drawn[] {
  const S = CHART_SIZES;
  const items = any ? [any, ...c.children] : c.children;
  const itemOf = new Map<string, Box>();
  // This level's transitions: between two of its children, or a loop on one.
  const mine: { g: Group; a: Box; b: Box; s: Box; t: Box }[] = [];
  for (const g of groups) {
    const s = g.from === '' && any ? any : byId.get(g.from)!;
    const t = byId.get(g.to)!;
    let owner: Box;
    let a: Box;
    let b: Box;
    if (s === any) {
      owner = c;
      a = any;
      b = childToward(c, t)!;
    } else {
      const l = lowestCommon(s, t);
      if (l === s || l === t) {
        // A loop, or a transition between a state and its own descendant: a loop on the outer one.
        owner = l.parent ?? l;
        a = b = l;
      } else {
        owner = l;
        a = childToward(l, s)!;
        b = childToward(l, t)!;
      }
    }
    if (owner !== c || !a || !b) continue;
    mine.push({ g, a, b, s: a === b ? a : s, t: a === b ? a : t });
  }
  for (const i of items) itemOf.set(i.id, i);

  const { layers, layer } = layering(
    items.map((i) => i.id),
    mine.map((m) => [m.a.id, m.b.id] as const),
    {
      starts: [...(any ? [any.id] : []), ...(c.initial ? [c.initial] : [])],
      fixed: any ? new Map([[any.id, 0]]) : undefined,
      first: any ? 1 : 0,
    },
  );
  const rowsW = layers.map(
    (l) => l.reduce((sum, id) => sum + itemOf.get(id)!.w, 0) + Math.max(0, l.length - 1) * S.colGap,
  );
  const headerW = c.parent ? c.key.length * S.stateChar + 2 * S.pad : 0;
  const contentW = Math.max(headerW, ...rowsW);
  const leftmost = new Set(layers.map((l) => l[0]));
  const rightmost = new Set(layers.map((l) => l[l.length - 1]));

  // Routes.
  const routed = mine.map((m) => {
    const la = layer.get(m.a.id)!;
    const lb = layer.get(m.b.id)!;
    let route: ChartTransition['route'];
    if (m.a === m.b) route = 'self';
    else if (lb === la + 1) route = 'down';
    else if (lb === la) route = 'side';
    else if (lb > la) route = !leftmost.has(m.a.id) && rightmost.has(m.a.id) ? 'right' : 'left';
    else route = !rightmost.has(m.a.id) && leftmost.has(m.a.id) ? 'left' : 'right';
    return { ...m, route, label: labelSize(m.g.lines) };
  });
  const laneKeys = (side: 'left' | 'right') => [
    ...new Set(routed.filter((r) => r.route === side).map((r) => r.b.id)),
  ];
  const leftLanes = laneKeys('left');
  const rightLanes = laneKeys('right');
  const maxLabel = (f: (r: (typeof routed)[number]) => boolean, extra = 0) =>
    Math.max(0, ...routed.filter(f).map((r) => r.label.w + extra));
  const leftGutter = leftLanes.length
    ? maxLabel((r) => r.route === 'left') + leftLanes.length * S.lane + 8
    : 0;
  const rightLabel = Math.max(
    maxLabel((r) => r.route === 'right'),
    maxLabel((r) => r.route === 'self', 16),
  );
  const rightGutter = rightLabel + (rightLanes.length ? rightLanes.length * S.lane + 8 : 0);
  const contentLeft = S.padLeft + leftGutter;

  // x of every item.
  layers.forEach((l, li) => {
    let x = contentLeft + (contentW - rowsW[li]) / 2;
    for (const id of l) {
      const item = itemOf.get(id)!;
      item.x = x;
      x += item.w + S.colGap;
    }
  });
  c.w = contentLeft + contentW + rightGutter + S.pad;

  // Label rows in the gaps below each layer, for the edges that go one layer down.
  const where = (b: Box) => offsetIn(c, b);
  const downs = routed.filter((r) => r.route === 'down');
  const anchors = new Map<(typeof routed)[number], { x1: number; x2: number }>();
  const spread = (list: typeof downs, end: 's' | 't') => {
    const byBox = new Map<Box, typeof downs>();
    for (const r of list) byBox.set(r[end], [...(byBox.get(r[end]) ?? []), r]);
    for (const [box, rs] of byBox) {
      const other = (r: (typeof rs)[number]) => {
        const o = end === 's' ? r.t : r.s;
        return where(o).x + o.w / 2;
      };
      rs.sort((p, q) => other(p) - other(q));
      const step = Math.min(18, box.w / (rs.length + 1));
      rs.forEach((r, i) => {
        const x = where(box).x + box.w / 2 + (i - (rs.length - 1) / 2) * step;
        const a = anchors.get(r) ?? { x1: 0, x2: 0 };
        if (end === 's') a.x1 = x;
        else a.x2 = x;
        anchors.set(r, a);
      });
    }
  };
  spread(downs, 's');
  spread(downs, 't');
  const labelAt = new Map<(typeof routed)[number], { x: number; dy: number }>();
  const gapH = layers.map((_, li) => {
    const here = downs
      .filter((r) => layer.get(r.a.id) === li)
      .map((r) => ({ r, cx: (anchors.get(r)!.x1 + anchors.get(r)!.x2) / 2 }))
      .sort((p, q) => p.cx - q.cx);
    const rows: { right: number; h: number }[] = [];
    for (const { r, cx } of here) {
      const left = cx - r.label.w / 2;
      let row = rows.findIndex((row) => row.right + 6 <= left);
      if (row < 0) {
        rows.push({ right: -Infinity, h: 0 });
        row = rows.length - 1;
      }
      rows[row].right = cx + r.label.w / 2;
      rows[row].h = Math.max(rows[row].h, r.label.h);
      labelAt.set(r, { x: cx, dy: row });
    }
    const tops: number[] = [];
    let sum = 10;
    for (const row of rows) {
      tops.push(sum);
      sum += row.h + 4;
    }
    for (const { r } of here) {
      const at = labelAt.get(r)!;
      at.dy = tops[at.dy];
    }
    return Math.max(S.minGap, sum + 8);
  });

  // y of every layer.
  let y = (c.parent ? S.header : 0) + S.top;
  const layerBottom: number[] = [];
  layers.forEach((l, li) => {
    for (const id of l) itemOf.get(id)!.y = y;
    y += Math.max(...l.map((id) => itemOf.get(id)!.h));
    layerBottom.push(y);
    if (li < layers.length - 1) y += gapH[li];
  });
  c.h = y + S.pad;

  // Paths, in this box's coordinates. Several exits on one side of a box are
  // spaced so that each label (above its line) clears the next line.
  const exitY = new Map<(typeof routed)[number], number>();
  const bySide = new Map<string, typeof routed>();
  for (const r of routed) {
    if (r.route !== 'left' && r.route !== 'right') continue;
    const key = `${r.route}:${r.s.id}`;
    bySide.set(key, [...(bySide.get(key) ?? []), r]);
  }
  for (const list of bySide.values()) {
    const steps = list.slice(1).map((r) => r.g.lines.length * S.line + 3);
    const box = where(list[0].s);
    let ey = box.y + list[0].s.h / 2 - steps.reduce((a, b) => a + b, 0) / 2;
    list.forEach((r, i) => {
      if (i > 0) ey += steps[i - 1];
      exitY.set(r, ey);
    });
  }
  const drawn: Drawn[] = [];
  for (const r of routed) {
    const s = { ...where(r.s), w: r.s.w, h: r.s.h };
    const t = { ...where(r.t), w: r.t.w, h: r.t.h };
    const base = { group: r.g, owner: c, route: r.route };
    if (r.route === 'down') {
      const { x1, x2 } = anchors.get(r)!;
      const at = labelAt.get(r)!;
      drawn.push({
        ...base,
        points: [
          [x1, s.y + s.h],
          [x2, t.y],
        ],
        labelX: at.x,
        labelY: layerBottom[layer.get(r.a.id)!] + at.dy + S.line - 3,
        anchor: 'middle',
      });
    } else if (r.route === 'left' || r.route === 'right') {
      const side = r.route;
      const ey = exitY.get(r)!;
      const lanes = side === 'left' ? leftLanes : rightLanes;
      const li = lanes.indexOf(r.b.id);
      const laneX =
        side === 'left'
          ? contentLeft - leftGutter + (lanes.length - 1 - li) * S.lane + 4
          : contentLeft + contentW + rightGutter - (rightLanes.length - li) * S.lane + 2;
      const sx = side === 'left' ? s.x : s.x + s.w;
      const tx = side === 'left' ? t.x : t.x + t.w;
      const ty = t.y + t.h / 2 + (side === 'right' ? 6 : 0);
      drawn.push({
        ...base,
        points: [
          [sx, ey],
          [laneX, ey],
          [laneX, ty],
          [tx, ty],
        ],
        labelX: side === 'left' ? sx - 4 : sx + 4,
        labelY: ey - 4 - (r.g.lines.length - 1) * S.line,
        anchor: side === 'left' ? 'end' : 'start',
      });
    } else if (r.route === 'side') {
      const rightward = t.x > s.x;
      const reverse = routed.some((o) => o.route === 'side' && o.a === r.b && o.b === r.a);
      const dy = reverse ? (rightward ? -5 : 5) : 0;
      const y0 = s.y + s.h / 2 + dy;
      const x1 = rightward ? s.x + s.w : s.x;
      const x2 = rightward ? t.x : t.x + t.w;
      drawn.push({
        ...base,
        points: [
          [x1, y0],
          [x2, y0],
        ],
        labelX: (x1 + x2) / 2,
        labelY: dy > 0 ? y0 + S.line : y0 - 4 - (r.g.lines.length - 1) * S.line,
        anchor: 'middle',
      });
    } else {
      const right = s.x + s.w;
      drawn.push({
        ...base,
        points: [
          [right - 14, s.y],
          [right, s.y + 10],
        ],
        labelX: right + 8,
        labelY: s.y - 6 - (r.g.lines.length - 1) * S.line,
        anchor: 'start',
      });
    }
  }
  return drawn;
}

function pathOf(d: Drawn, dx: number, dy: number): string {
  const pts = d.points.map(([x, y]) => [x + dx, y + dy] as [number, number]);
  if (d.route === 'down') return linkVertical()({ source: pts[0], target: pts[1] })!;
  if (d.route === 'self') {
    const [[x1, y1], [x2, y2]] = pts;
    const p = d3path();
    p.moveTo(x1, y1);
    p.bezierCurveTo(x1, y1 - 22, x2 + 24, y2 - 2, x2, y2);
    return p.toString();
  }
  return line()(pts)!;
}

/**
 * Lays out a state machine's definition as nested boxes: each compound
 * state's children in layers (top to bottom, by the longest path from its
 * initial state), its substates drawn inside it. Transitions one layer down
 * are curves with their labels in the gap; longer ones and those going back
 * up run in lanes beside the boxes; top-level events (valid in any state)
 * start from an "any state" box. Every event between two states is merged
 * into one labelled arrow.
 */
export function statechartLayout(root: StateNodeLike): StatechartLayout {
  const S = CHART_SIZES;
  const top = boxesOf(root, null, 0);
  const byId = new Map<string, Box>();
  const all: Box[] = [];
  const collect = (b: Box) => {
    byId.set(b.id, b);
    all.push(b);
    b.children.forEach(collect);
  };
  collect(top);
  const groups = groupsOf(root);
  const any: Box | null = groups.some((g) => g.from === '')
    ? {
        id: '*',
        key: '*',
        kind: 'any',
        depth: 1,
        parent: top,
        children: [],
        initial: null,
        x: 0,
        y: 0,
        w: 84,
        h: 24,
      }
    : null;
  if (any) byId.set('', any);

  // Bottom up: atomic sizes, then each compound around its children.
  const drawn: Drawn[] = [];
  const size = (b: Box) => {
    b.children.forEach(size);
    if (b.children.length === 0) {
      b.w = Math.max(S.minStateW, b.key.length * S.stateChar + 2 * S.pad);
      b.h = S.stateH + (b.kind === 'final' ? 6 : 0);
    } else {
      drawn.push(...layoutCompound(b, groups, byId, b === top ? any : null));
    }
  };
  size(top);

  const abs = (b: Box) => offsetIn(top, b);
  const states: ChartState[] = [...(any ? [any] : []), ...all.slice(1)].map((b) => ({
    id: b.id,
    key: b.key,
    kind: b.kind,
    depth: b.depth,
    ...abs(b),
    w: b.w,
    h: b.h,
  }));
  const transitions: ChartTransition[] = drawn.map((d) => {
    const o = abs(d.owner);
    return {
      id: `${d.group.from || '*'}>${d.group.to}`,
      from: d.group.from || '*',
      to: d.group.to,
      lines: d.group.lines,
      route: d.route,
      path: pathOf(d, o.x, o.y),
      labelX: d.labelX + o.x,
      labelY: d.labelY + o.y,
      anchor: d.anchor,
    };
  });
  const initials: ChartInitial[] = [];
  for (const b of all) {
    if (!b.initial) continue;
    const child = byId.get(b.initial);
    if (!child) continue;
    const at = abs(child);
    const first = child.y <= (b.parent ? S.header : 0) + S.top + 0.5;
    const [cx, cy, x2, y2] = first
      ? [at.x + 10, at.y - 14, at.x + 10, at.y]
      : [at.x - 14, at.y + child.h / 2, at.x, at.y + child.h / 2];
    initials.push({
      parent: b.id,
      state: child.id,
      cx,
      cy,
      path: line()([
        [cx, cy],
        [x2, y2],
      ])!,
    });
  }
  return { width: Math.ceil(top.w), height: Math.ceil(top.h), states, transitions, initials };
}
