import { linkHorizontal, linkVertical, path as d3path } from 'd3';
import { cubicPoint, type Cubic } from './cubicPoint.ts';
import { layering } from './layering.ts';

/** An edge as the layout needs it (a subset of the world's EdgeView). */
export interface GraphInputEdge {
  name: string;
  from: string;
  to: string;
  fromTraffic: boolean;
}

/** A box of the graph: a traffic source or a service (x, y is its top-left corner). */
export interface GraphNode {
  name: string;
  kind: 'traffic' | 'service';
  layer: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** An edge drawn as one cubic curve from caller to callee. */
export interface GraphEdge extends Cubic {
  name: string;
  from: string;
  to: string;
  fromTraffic: boolean;
  /** Goes against the layers (a call back to an earlier service). */
  back: boolean;
  path: string;
  /** The curve's midpoint: where badges go. */
  mid: { x: number; y: number };
}

export interface GraphLayout {
  width: number;
  height: number;
  orientation: 'horizontal' | 'vertical';
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphLayoutOptions {
  width: number;
  /** Layers left to right, or top to bottom; `auto` turns when the width is too small. */
  orientation?: 'auto' | 'horizontal' | 'vertical';
}

/** Sizes (px) of the graph's parts. */
export const GRAPH_SIZES = {
  nodeH: 46,
  minNodeW: 96,
  maxNodeW: 168,
  /** Estimated width of one character of a node's name. */
  charW: 7.2,
  margin: 12,
  minLayerGap: 72,
  maxLayerStep: 260,
  rowGap: 30,
  verticalStep: 104,
  colGap: 16,
} as const;

/**
 * A layered picture of the services: traffic sources on the left (or top),
 * each service one layer after its deepest caller, layers ordered to keep
 * crossings few. No forces and no randomness: the same services and edges at
 * the same width always give the same picture, so it never jumps between
 * frames. Turns top to bottom when the width cannot hold the layers side by side.
 */
export function graphLayout(
  services: string[],
  edges: GraphInputEdge[],
  options: GraphLayoutOptions,
): GraphLayout {
  const S = GRAPH_SIZES;
  const width = Math.max(160, Math.floor(options.width));
  const trafficNames = [...new Set(edges.filter((e) => e.fromTraffic).map((e) => e.from))];
  const traffic = new Set(trafficNames);
  const known = new Set([...trafficNames, ...services]);
  const usable = edges.filter((e) => known.has(e.from) && known.has(e.to));
  const names = [...trafficNames, ...services.filter((s) => !traffic.has(s))];
  const { layers: order } = layering(
    names,
    usable.map((e) => [e.from, e.to] as const),
    {
      starts: trafficNames,
      fixed: new Map(trafficNames.map((n) => [n, 0])),
      first: traffic.size > 0 ? 1 : 0,
    },
  );
  const layerCount = order.length;

  const longest = Math.max(0, ...names.map((n) => n.length));
  let w = Math.max(S.minNodeW, Math.min(S.maxNodeW, longest * S.charW + 28));
  const h = S.nodeH;
  const needed = layerCount * w + (layerCount - 1) * S.minLayerGap + 2 * S.margin;
  const orientation =
    options.orientation === 'horizontal' || options.orientation === 'vertical'
      ? options.orientation
      : needed > width && layerCount > 1
        ? 'vertical'
        : 'horizontal';

  const nodes: GraphNode[] = [];
  let height: number;
  if (orientation === 'horizontal') {
    const rows = Math.max(1, ...order.map((l) => l.length));
    height = rows * h + (rows - 1) * S.rowGap + 2 * S.margin + 24;
    const room = width - 2 * S.margin - w;
    const step =
      layerCount > 1 ? Math.max(0, Math.min(S.maxLayerStep, room / (layerCount - 1))) : 0;
    const left = (width - (w + step * (layerCount - 1))) / 2;
    order.forEach((l, li) => {
      const top = (height - (l.length * h + (l.length - 1) * S.rowGap)) / 2;
      l.forEach((n, i) => {
        nodes.push({
          name: n,
          kind: traffic.has(n) ? 'traffic' : 'service',
          layer: li,
          x: left + li * step,
          y: top + i * (h + S.rowGap),
          w,
          h,
        });
      });
    });
  } else {
    const cols = Math.max(1, ...order.map((l) => l.length));
    w = Math.max(64, Math.min(w, (width - 2 * S.margin - (cols - 1) * S.colGap) / cols));
    height = layerCount * h + (layerCount - 1) * (S.verticalStep - h) + 2 * S.margin;
    order.forEach((l, li) => {
      const left = (width - (l.length * w + (l.length - 1) * S.colGap)) / 2;
      l.forEach((n, i) => {
        nodes.push({
          name: n,
          kind: traffic.has(n) ? 'traffic' : 'service',
          layer: li,
          x: left + i * (w + S.colGap),
          y: S.margin + li * S.verticalStep,
          w,
          h,
        });
      });
    });
  }

  const at = new Map(nodes.map((n) => [n.name, n]));
  const linkH = linkHorizontal();
  const linkV = linkVertical();
  const laid: GraphEdge[] = [];
  let bottom = height;
  for (const e of usable) {
    const a = at.get(e.from)!;
    const b = at.get(e.to)!;
    const isBack = a.layer >= b.layer;
    let c: Cubic;
    let d: string;
    if (orientation === 'horizontal' && !isBack) {
      const [x1, y1, x2, y2] = [a.x + a.w, a.y + a.h / 2, b.x, b.y + b.h / 2];
      const mx = (x1 + x2) / 2;
      c = { x1, y1, c1x: mx, c1y: y1, c2x: mx, c2y: y2, x2, y2 };
      d = linkH({ source: [x1, y1], target: [x2, y2] })!;
    } else if (orientation === 'vertical' && !isBack) {
      const [x1, y1, x2, y2] = [a.x + a.w / 2, a.y + a.h, b.x + b.w / 2, b.y];
      const my = (y1 + y2) / 2;
      c = { x1, y1, c1x: x1, c1y: my, c2x: x2, c2y: my, x2, y2 };
      d = linkV({ source: [x1, y1], target: [x2, y2] })!;
    } else {
      // Against the flow: a loop below (or beside) the boxes, so it crosses none.
      const p = d3path();
      if (orientation === 'horizontal') {
        const [x1, y1, x2, y2] = [a.x + a.w / 2, a.y + a.h, b.x + b.w / 2, b.y + b.h];
        const dip = Math.max(y1, y2) + 36 + Math.abs(x1 - x2) * 0.08;
        c = { x1, y1, c1x: x1, c1y: dip, c2x: x2, c2y: dip, x2, y2 };
        bottom = Math.max(bottom, y1 + (dip - y1) * 0.75 + 12);
      } else {
        const [x1, y1, x2, y2] = [a.x + a.w, a.y + a.h / 2, b.x + b.w, b.y + b.h / 2];
        const side = Math.max(x1, x2) + 36;
        c = { x1, y1, c1x: side, c1y: y1, c2x: side, c2y: y2, x2, y2 };
      }
      p.moveTo(c.x1, c.y1);
      p.bezierCurveTo(c.c1x, c.c1y, c.c2x, c.c2y, c.x2, c.y2);
      d = p.toString();
    }
    laid.push({ ...e, ...c, back: isBack, path: d, mid: cubicPoint(c, 0.5) });
  }
  return { width, height: Math.ceil(bottom), orientation, nodes, edges: laid };
}
