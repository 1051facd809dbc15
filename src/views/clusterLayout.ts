import { hierarchy, type HierarchyNode } from 'd3';
import type { WorldView } from '../player/PlayerLike.ts';

/**
 * A box of the cluster picture: a node (host or VM), the provider's capacity,
 * the instances waiting for a node, or an instance.
 */
export interface ClusterBox {
  kind: 'node' | 'provider' | 'unscheduled' | 'instance';
  /** The node's or instance's name (`PROVIDER`, `UNSCHEDULED` for those groups). */
  name: string;
  /** The enclosing box's name, or null at the top. */
  parent: string | null;
  /** Nesting depth: 1 for top-level boxes. */
  depth: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ClusterLayout {
  width: number;
  height: number;
  /** Node and provider boxes, parents before their children. */
  groups: ClusterBox[];
  /** Instance chips. */
  chips: ClusterBox[];
}

export interface ClusterLayoutOptions {
  /** Width available (px). */
  width: number;
}

/** The name of the group of instances that run on the provider's capacity. */
export const PROVIDER = '(provider)';
/** The name of the group of instances that wait for a node to be placed on. */
export const UNSCHEDULED = '(unscheduled)';

/** Sizes (px) of the picture's parts. */
export const CLUSTER_SIZES = {
  pad: 8,
  gap: 8,
  /** A node's header: its name and state, then its CPU and memory bars. */
  nodeHeader: 58,
  providerHeader: 26,
  chipW: 112,
  chipH: 36,
  /** Narrowest node box: two chips side by side. */
  minBoxW: 2 * 112 + 8 + 2 * 8,
} as const;

interface Datum {
  kind: 'root' | ClusterBox['kind'];
  name: string;
  children?: Datum[];
}

type Box = HierarchyNode<Datum> & { w: number; h: number; rx: number; ry: number };

/** Nodes with guests take a whole row: their guests are laid out inside them. */
function isWide(d: Box): boolean {
  return d.data.kind === 'node' && (d.children ?? []).some((c) => c.data.kind === 'node');
}

function headerOf(d: Box): number {
  if (d.data.kind === 'node') return CLUSTER_SIZES.nodeHeader;
  if (d.data.kind === 'provider' || d.data.kind === 'unscheduled')
    return CLUSTER_SIZES.providerHeader;
  return 0;
}

function padOf(d: Box): number {
  return d.data.kind === 'root' ? 0 : CLUSTER_SIZES.pad;
}

/**
 * The nesting hosts → VM nodes → instances, plus the provider's capacity
 * (serverless tasks, VMs without hosts) and the instances no node has taken yet.
 */
function treeOf(world: Pick<WorldView, 'nodes' | 'instances'>): Datum {
  const byNode = new Map<string, Datum>();
  for (const node of world.nodes)
    byNode.set(node.name, { kind: 'node', name: node.name, children: [] });
  const top: Datum[] = [];
  for (const node of world.nodes) {
    const d = byNode.get(node.name)!;
    const host = node.host === null ? undefined : byNode.get(node.host);
    if (host && host !== d) host.children!.push(d);
    else top.push(d);
  }
  const provider: Datum = { kind: 'provider', name: PROVIDER, children: [] };
  const unscheduled: Datum = { kind: 'unscheduled', name: UNSCHEDULED, children: [] };
  for (const inst of world.instances) {
    const chip: Datum = { kind: 'instance', name: inst.name };
    const node = inst.node === null ? undefined : byNode.get(inst.node);
    const waiting = inst.placement === 'unscheduled';
    (node ?? (waiting ? unscheduled : provider)).children!.push(chip);
  }
  if (provider.children!.length > 0) top.push(provider);
  if (unscheduled.children!.length > 0) top.push(unscheduled);
  return { kind: 'root', name: '', children: top };
}

/**
 * Lays the cluster out as nested boxes: hosts hold their VM nodes, nodes hold
 * their instances, and instances on the provider's capacity (serverless
 * tasks, cloud VMs) have a group of their own, as do instances still waiting
 * for a node. The nesting is a d3-hierarchy;
 * boxes flow in rows of equal width (a node with guests takes a whole row),
 * instance chips in a grid below a node's header. Same world, same width:
 * same picture, so nothing jumps between frames.
 */
export function clusterLayout(
  world: Pick<WorldView, 'nodes' | 'instances'>,
  options: ClusterLayoutOptions,
): ClusterLayout {
  const { gap, chipW, chipH, minBoxW } = CLUSTER_SIZES;
  const width = Math.max(chipW + 2 * CLUSTER_SIZES.pad, Math.floor(options.width));
  const root = hierarchy(treeOf(world)) as Box;

  // Widths, top down.
  root.eachBefore((node) => {
    const d = node as Box;
    if (d.depth === 0) d.w = width;
    if (d.data.kind === 'instance') return;
    const inner = d.w - 2 * padOf(d);
    const boxes = (d.children ?? []).filter((c) => c.data.kind !== 'instance') as Box[];
    const narrow = boxes.filter((c) => !isWide(c));
    const cols = Math.max(1, Math.min(narrow.length, Math.floor((inner + gap) / (minBoxW + gap))));
    const each = (inner - gap * (cols - 1)) / cols;
    for (const c of boxes) c.w = isWide(c) ? inner : each;
    for (const c of d.children ?? [])
      if (c.data.kind === 'instance') (c as Box).w = Math.min(chipW, inner);
  });

  // Heights and places inside the parent, bottom up.
  root.eachAfter((node) => {
    const d = node as Box;
    if (d.data.kind === 'instance') {
      d.h = chipH;
      return;
    }
    const pad = padOf(d);
    const inner = d.w - 2 * pad;
    let y = headerOf(d) + (d.depth === 0 ? 0 : pad);
    const children = (d.children ?? []) as Box[];
    // Boxes in rows.
    let x = 0;
    let rowH = 0;
    const newRow = () => {
      if (rowH > 0) y += rowH + gap;
      x = 0;
      rowH = 0;
    };
    for (const c of children) {
      if (c.data.kind === 'instance') continue;
      if (isWide(c) || x + c.w > inner + 0.5) newRow();
      c.rx = pad + x;
      c.ry = y;
      x += c.w + gap;
      rowH = Math.max(rowH, c.h);
      if (isWide(c)) newRow();
    }
    newRow();
    // Instance chips in a grid.
    const chips = children.filter((c) => c.data.kind === 'instance');
    const cols = Math.max(1, Math.floor((inner + gap) / (chipW + gap)));
    chips.forEach((c, i) => {
      c.rx = pad + (i % cols) * (chipW + gap);
      c.ry = y + Math.floor(i / cols) * (chipH + gap);
    });
    if (chips.length > 0) y += Math.ceil(chips.length / cols) * (chipH + gap) - gap;
    else if (y > headerOf(d) + pad) y -= gap;
    d.h = d.depth === 0 ? Math.max(0, y) : y + pad;
  });

  // Absolute positions, top down.
  const groups: ClusterBox[] = [];
  const chips: ClusterBox[] = [];
  const placed = new Map<Box, ClusterBox>();
  root.eachBefore((node) => {
    const d = node as Box;
    if (d.depth === 0) return;
    const parent = placed.get(d.parent as Box);
    const box: ClusterBox = {
      kind: d.data.kind as ClusterBox['kind'],
      name: d.data.name,
      parent: parent?.name ?? null,
      depth: d.depth,
      x: (parent?.x ?? 0) + d.rx,
      y: (parent?.y ?? 0) + d.ry,
      w: d.w,
      h: d.h,
    };
    placed.set(d, box);
    (box.kind === 'instance' ? chips : groups).push(box);
  });
  return { width, height: Math.ceil(root.h), groups, chips };
}
