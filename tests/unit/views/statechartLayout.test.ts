import { describe, expect, it } from 'vitest';
import { MACHINES, type MachineKind } from '../../../src/player/machines.ts';
import { statechartLayout, type ChartState } from '../../../src/views/statechartLayout.ts';
import { inside, overlapping } from './boxes.ts';

const kinds = Object.keys(MACHINES) as MachineKind[];

function parentOf(s: ChartState, states: ChartState[]): ChartState | undefined {
  const i = s.id.lastIndexOf('.');
  return i < 0 ? undefined : states.find((p) => p.id === s.id.slice(0, i));
}

describe('statechartLayout', () => {
  it.each(kinds)('draws every state of the %s machine, nested and apart', (kind) => {
    const layout = statechartLayout(MACHINES[kind].root);
    const ids: string[] = [];
    const walk = (node: { path: string[]; states: Record<string, unknown> }) => {
      if (node.path.length) ids.push(node.path.join('.'));
      for (const c of Object.values(node.states)) walk(c as typeof node);
    };
    walk(MACHINES[kind].root);
    expect(layout.states.filter((s) => s.kind !== 'any').map((s) => s.id)).toEqual(ids);
    const frame = { x: 0, y: 0, w: layout.width, h: layout.height };
    for (const s of layout.states) {
      expect(inside(s, frame)).toBe(true);
      const parent = parentOf(s, layout.states);
      if (parent) expect(inside(s, parent)).toBe(true);
    }
    const siblings = new Map<string, ChartState[]>();
    for (const s of layout.states) {
      const key = parentOf(s, layout.states)?.id ?? '';
      siblings.set(key, [...(siblings.get(key) ?? []), s]);
    }
    for (const list of siblings.values()) expect(overlapping(list)).toEqual([]);
    // Every label sits inside the picture.
    for (const tr of layout.transitions) {
      expect(tr.labelX).toBeGreaterThanOrEqual(0);
      expect(tr.labelX).toBeLessThanOrEqual(layout.width);
      expect(tr.labelY).toBeGreaterThanOrEqual(0);
      expect(tr.labelY).toBeLessThanOrEqual(layout.height);
    }
  });

  it('is deterministic', () => {
    for (const kind of kinds)
      expect(statechartLayout(MACHINES[kind].root)).toEqual(statechartLayout(MACHINES[kind].root));
  });

  it('draws the container lifecycle in order, with readable event names', () => {
    const layout = statechartLayout(MACHINES.container.root);
    const y = (id: string) => layout.states.find((s) => s.id === id)!.y;
    expect(y('pending')).toBeLessThan(y('pulling'));
    expect(y('pulling')).toBeLessThan(y('starting'));
    expect(y('starting')).toBeLessThan(y('running'));
    expect(y('running')).toBeLessThan(y('backOff'));
    expect(y('backOff')).toBeLessThan(y('terminated'));
    const tr = (id: string) => layout.transitions.find((x) => x.id === id)!;
    expect(tr('backOff>starting').lines).toEqual(['after backoff']);
    expect(tr('backOff>starting').route).toBe('left');
    expect(tr('running>backOff').lines).toEqual([
      'CRASH',
      'LIVENESS_FAILED',
      'after crash [crashes]',
    ]);
    expect(tr('pulling>terminated').lines).toEqual(['STOP', 'LOST']);
    expect(tr('running.unready>running.ready').lines).toEqual(['READY']);
    // Initial states: the machine's and running's.
    expect(layout.initials.map((i) => i.state)).toEqual(['pending', 'running.unready']);
    // Transitions without a target (actions only) are not drawn.
    expect(layout.transitions.some((x) => x.to === 'running' && x.from === 'running')).toBe(false);
  });

  it('draws top-level events from an "any state" box', () => {
    const layout = statechartLayout(MACHINES.autoscaler.root);
    expect(layout.states[0]).toMatchObject({ id: '*', kind: 'any' });
    expect(layout.transitions.map((x) => `${x.id}: ${x.lines.join(', ')}`).sort()).toEqual([
      '*>scalingDown: SYNC [scalesDown]',
      '*>scalingUp: SYNC [scalesUp]',
      '*>stable: SYNC',
    ]);
  });

  it('names combined guards and loops back to the same state', () => {
    const breaker = statechartLayout(MACHINES.breaker.root);
    expect(breaker.transitions.find((x) => x.id === 'halfOpen>open')!.lines).toEqual([
      'always [trialsDone & trialsFailed]',
    ]);
    const rollout = statechartLayout(MACHINES.rollout.root);
    const self = rollout.transitions.find((x) => x.id === 'progressing>progressing')!;
    expect(self.route).toBe('self');
    expect(self.lines).toEqual(['PROGRESS', 'START']);
  });

  it('fits a phone screen', () => {
    for (const kind of kinds) expect(statechartLayout(MACHINES[kind].root).width).toBeLessThan(480);
  });
});
