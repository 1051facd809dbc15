import { describe, expect, it } from 'vitest';
import {
  CLUSTER_SIZES,
  PROVIDER,
  UNSCHEDULED,
  clusterLayout,
} from '../../../src/views/clusterLayout.ts';
import type { WorldView } from '../../../src/player/PlayerLike.ts';
import { inside, overlapping } from './boxes.ts';
import { mixedScenario, playerAt, shopScenario } from './viewWorlds.ts';

type World = Pick<WorldView, 'nodes' | 'instances'>;

function node(name: string, host: string | null = null, kind: 'host' | 'vm' = 'vm') {
  return { name, host, kind } as WorldView['nodes'][number];
}
function inst(
  name: string,
  nodeName: string | null,
  state = 'running.ready',
  runtime: WorldView['instances'][number]['runtime'] = 'container',
  placement: WorldView['instances'][number]['placement'] = nodeName ? 'node' : 'provider',
) {
  return { name, node: nodeName, state, runtime, placement } as WorldView['instances'][number];
}

function check(world: World, width: number) {
  const layout = clusterLayout(world, { width });
  const all = [...layout.groups, ...layout.chips];
  const byName = new Map(layout.groups.map((g) => [g.name, g]));
  for (const box of all) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.w).toBeLessThanOrEqual(layout.width + 0.01);
    expect(box.y + box.h).toBeLessThanOrEqual(layout.height + 0.01);
    if (box.parent) expect(inside(box, byName.get(box.parent)!)).toBe(true);
  }
  // Siblings never overlap.
  const parents = new Set(all.map((b) => b.parent));
  for (const p of parents) expect(overlapping(all.filter((b) => b.parent === p))).toEqual([]);
  return layout;
}

describe('clusterLayout', () => {
  it('nests VM nodes in their host and instances in their node, without overlaps', () => {
    const world: World = {
      nodes: [
        node('host-1', null, 'host'),
        node('vm-a', 'host-1'),
        node('vm-b', 'host-1'),
        node('n1'),
      ],
      instances: [
        inst('web-1', 'vm-a'),
        inst('web-2', 'vm-b'),
        inst('db-1', 'n1'),
        inst('legacy-1', 'host-1'),
      ],
    };
    const layout = check(world, 720);
    const at = (name: string) => [...layout.groups, ...layout.chips].find((b) => b.name === name)!;
    expect(at('vm-a').parent).toBe('host-1');
    expect(at('vm-a').depth).toBe(2);
    expect(at('web-1').parent).toBe('vm-a');
    expect(at('legacy-1').parent).toBe('host-1');
    // A host with guests takes the whole row.
    expect(at('host-1').w).toBe(720);
    expect(layout.groups.map((g) => g.name)).toEqual(['host-1', 'vm-a', 'vm-b', 'n1']);
  });

  it('puts instances without a node in the provider group, last', () => {
    const layout = check(
      {
        nodes: [node('n1')],
        instances: [inst('fn-1', null), inst('web-1', 'n1'), inst('fn-2', null)],
      },
      500,
    );
    expect(layout.groups.map((g) => g.name)).toEqual(['n1', PROVIDER]);
    expect(layout.chips.filter((c) => c.parent === PROVIDER).map((c) => c.name)).toEqual([
      'fn-1',
      'fn-2',
    ]);
  });

  it('keeps instances that wait for a node apart from those on provider capacity', () => {
    const layout = check(
      {
        nodes: [node('n1')],
        instances: [
          inst('big-1', null, 'pending', 'container', 'unscheduled'),
          inst('fn-1', null, 'pending', 'serverless', 'unscheduled'),
          inst('vm-1', null, 'booting', 'vm'),
        ],
      },
      600,
    );
    expect(layout.groups.map((g) => g.name)).toEqual(['n1', PROVIDER, UNSCHEDULED]);
    const parent = Object.fromEntries(layout.chips.map((c) => [c.name, c.parent]));
    // A serverless task waiting for its launch slot waits too.
    expect(parent).toEqual({ 'big-1': UNSCHEDULED, 'fn-1': UNSCHEDULED, 'vm-1': PROVIDER });
  });

  it('has no provider group when everything runs on nodes', () => {
    const layout = check({ nodes: [node('n1')], instances: [inst('a', 'n1')] }, 400);
    expect(layout.groups.some((g) => g.kind === 'provider')).toBe(false);
  });

  it('flows nodes into as many columns as fit, and stacks them when narrow', () => {
    const nodes = ['a', 'b', 'c', 'd'].map((n) => node(n));
    const wide = check({ nodes, instances: [] }, 1200);
    expect(new Set(wide.groups.map((g) => g.y)).size).toBe(1);
    const narrow = check({ nodes, instances: [] }, 360);
    expect(new Set(narrow.groups.map((g) => g.x)).size).toBe(1);
    expect(narrow.width).toBe(360);
  });

  it('lays chips in a grid of fixed size inside the node', () => {
    const instances = Array.from({ length: 7 }, (_, i) => inst(`svc-${i + 1}`, 'n1'));
    const layout = check({ nodes: [node('n1')], instances }, 400);
    for (const c of layout.chips) {
      expect(c.w).toBe(CLUSTER_SIZES.chipW);
      expect(c.h).toBe(CLUSTER_SIZES.chipH);
    }
    const cols = new Set(layout.chips.map((c) => c.x)).size;
    expect(cols).toBe(3);
  });

  it('lays out real worlds, and the same world the same way every time', () => {
    for (const [scenario, t] of [
      [shopScenario, 25_000],
      [mixedScenario, 25_000],
    ] as const) {
      const world = playerAt(scenario, t).world!;
      for (const width of [360, 720, 1200]) {
        const a = check(world, width);
        expect(a.chips).toHaveLength(world.instances.length);
        expect(clusterLayout(world, { width })).toEqual(a);
      }
    }
  });

  it('handles an empty world', () => {
    const layout = clusterLayout({ nodes: [], instances: [] }, { width: 300 });
    expect(layout).toEqual({ width: 300, height: 0, groups: [], chips: [] });
  });
});
