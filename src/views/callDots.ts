import type { WorldView } from '../player/PlayerLike.ts';
import { callOutcome } from '../sim/worldView.ts';
import { cubicPoint, type Cubic } from './cubicPoint.ts';

type CallsView = WorldView['calls'];

/** What a dot shows: a call on its way out, or an answer on its way back. */
export type DotKind = 'out' | 'ok' | 'degraded' | 'failed';

export interface CallDot {
  edge: string;
  kind: DotKind;
  x: number;
  y: number;
}

/** How far along its edge a call's dot is at `t` (0 caller, 1 callee), and where it is heading; null when not shown. */
export function callProgress(
  call: { start: number; end: number },
  t: number,
  travelMs: number,
): { p: number; back: boolean } | null {
  if (t < call.start) return null;
  const arrive = call.start + travelMs;
  if (call.end < 0 || t < arrive)
    return { p: Math.min(1, (t - call.start) / travelMs), back: false };
  const leave = Math.max(call.end, arrive);
  if (t < leave) return { p: 1, back: false };
  const p = 1 - (t - leave) / travelMs;
  return p < 0 ? null : { p, back: true };
}

/** The point at `p` on a curve, moved sideways by `offset` (positive: to the right of the way). */
function beside(edge: Cubic, p: number, offset: number): { x: number; y: number } {
  const at = cubicPoint(edge, p);
  const a = cubicPoint(edge, Math.max(0, p - 0.01));
  const b = cubicPoint(edge, Math.min(1, p + 0.01));
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x: at.x - (dy / len) * offset, y: at.y + (dx / len) * offset };
}

/**
 * The dots of calls moving along the edges at time `t`. A call's dot travels
 * from caller to callee during its first `travelMs`, waits at the callee while
 * the call is in flight, and once answered travels back, kind by outcome.
 * Calls going out keep to one side of the line and answers to the other
 * (`lane` px apart from it). The travel time is a visual time (simulated ms,
 * chosen from the playback speed): real hops take milliseconds, far too fast
 * to see. (Only attempts that were sent are in the world's calls.)
 */
export function callDots(
  calls: CallsView,
  edgeNames: readonly { name: string }[],
  edges: ReadonlyMap<string, Cubic>,
  t: number,
  travelMs: number,
  lane = 0,
): CallDot[] {
  const dots: CallDot[] = [];
  const travel = Math.max(1, travelMs);
  for (let i = 0; i < calls.count; i++) {
    const name = edgeNames[calls.edge[i]]?.name;
    const edge = name === undefined ? undefined : edges.get(name);
    if (!edge) continue;
    const at = callProgress({ start: calls.start[i], end: calls.end[i] }, t, travel);
    if (!at) continue;
    const { x, y } = lane ? beside(edge, at.p, at.back ? lane : -lane) : cubicPoint(edge, at.p);
    const outcome = callOutcome(calls, i);
    const kind: DotKind = !at.back
      ? 'out'
      : outcome === 'ok' || outcome === 'degraded'
        ? outcome
        : 'failed';
    dots.push({ edge: name!, kind, x, y });
  }
  return dots;
}
