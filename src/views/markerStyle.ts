import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from 'd3';
import type { Marker } from '../player/PlayerLike.ts';

export type MarkerGroup =
  'fault' | 'node' | 'instance' | 'breaker' | 'scaling' | 'rollout' | 'intervention';

export interface MarkerStyle {
  group: MarkerGroup;
  /** A symbol path centred on 0,0. */
  path: string;
  colour: string;
}

const SHAPES = {
  fault: symbolTriangle,
  node: symbolCross,
  instance: symbolCircle,
  breaker: symbolSquare,
  scaling: symbolDiamond,
  rollout: symbolWye,
  intervention: symbolStar,
};

const COLOURS: Record<MarkerGroup, string> = {
  fault: 'var(--error)',
  node: 'var(--chart-5)',
  instance: 'var(--chart-2)',
  breaker: 'var(--chart-3)',
  scaling: 'var(--chart-4)',
  rollout: 'var(--chart-6)',
  intervention: 'var(--info)',
};

/** What kind of thing a timeline marker is. */
export function markerGroup(marker: Marker): MarkerGroup {
  if (marker.kind === 'intervention' || !marker.entry) return 'intervention';
  const kind = marker.entry.kind;
  if (kind === 'fault' || kind === 'faultEnded' || kind === 'limit') return 'fault';
  if (kind.startsWith('node')) return 'node';
  if (kind.startsWith('breaker')) return 'breaker';
  if (kind === 'scaledUp' || kind === 'scaledDown') return 'scaling';
  if (kind.startsWith('rollout')) return 'rollout';
  return 'instance';
}

/** A marker's shape (a d3 symbol: a different one per group) and colour. */
export function markerStyle(marker: Marker, size = 64): MarkerStyle {
  const group = markerGroup(marker);
  return {
    group,
    path: symbol(SHAPES[group], size)() ?? '',
    colour: COLOURS[group],
  };
}
