import { describe, expect, it } from 'vitest';
import { cubicPoint } from '../../../src/views/cubicPoint.ts';
import { graphLayout, type GraphInputEdge } from '../../../src/views/graphLayout.ts';
import { overlapping } from './boxes.ts';
import { playerAt, shopScenario } from './viewWorlds.ts';

const e = (from: string, to: string, fromTraffic = false): GraphInputEdge => ({
  name: `${from}→${to}`,
  from,
  to,
  fromTraffic,
});

const shop = [
  e('users', 'gateway', true),
  e('gateway', 'orders'),
  e('gateway', 'search'),
  e('orders', 'payments'),
  e('admin', 'payments', true),
];
const services = ['gateway', 'orders', 'payments', 'search'];

describe('graphLayout', () => {
  it('puts traffic sources in the first layer and each service after its deepest caller', () => {
    const layout = graphLayout(services, shop, { width: 900 });
    const layer = Object.fromEntries(layout.nodes.map((n) => [n.name, n.layer]));
    expect(layer).toEqual({ users: 0, admin: 0, gateway: 1, orders: 2, search: 2, payments: 3 });
    expect(layout.orientation).toBe('horizontal');
    const x = Object.fromEntries(layout.nodes.map((n) => [n.name, n.x]));
    expect(x.users).toBeLessThan(x.gateway);
    expect(x.gateway).toBeLessThan(x.orders);
    expect(x.orders).toBeLessThan(x.payments);
    expect(layout.nodes.find((n) => n.name === 'users')!.kind).toBe('traffic');
  });

  it('never overlaps boxes and keeps them inside the picture', () => {
    for (const width of [320, 360, 600, 900, 1400]) {
      const layout = graphLayout(services, shop, { width });
      expect(overlapping(layout.nodes)).toEqual([]);
      for (const n of layout.nodes) {
        expect(n.x).toBeGreaterThanOrEqual(0);
        expect(n.x + n.w).toBeLessThanOrEqual(layout.width + 0.01);
        expect(n.y + n.h).toBeLessThanOrEqual(layout.height + 0.01);
      }
    }
  });

  it('turns top to bottom when the layers do not fit side by side', () => {
    const layout = graphLayout(services, shop, { width: 360 });
    expect(layout.orientation).toBe('vertical');
    const y = Object.fromEntries(layout.nodes.map((n) => [n.name, n.y]));
    expect(y.users).toBeLessThan(y.gateway);
    expect(y.gateway).toBeLessThan(y.payments);
    expect(graphLayout(services, shop, { width: 360, orientation: 'horizontal' }).orientation).toBe(
      'horizontal',
    );
  });

  it('draws each edge from the caller box to the callee box', () => {
    const layout = graphLayout(services, shop, { width: 900 });
    const at = new Map(layout.nodes.map((n) => [n.name, n]));
    for (const edge of layout.edges) {
      const a = at.get(edge.from)!;
      const b = at.get(edge.to)!;
      expect(edge.x1).toBeCloseTo(a.x + a.w);
      expect(edge.y1).toBeCloseTo(a.y + a.h / 2);
      expect(edge.x2).toBeCloseTo(b.x);
      expect(edge.path.startsWith(`M${edge.x1},${edge.y1}`)).toBe(true);
      expect(edge.mid).toEqual(cubicPoint(edge, 0.5));
    }
  });

  it('keeps a cycle drawable: the edge that closes it goes back', () => {
    const layout = graphLayout(['a', 'b'], [e('u', 'a', true), e('a', 'b'), e('b', 'a')], {
      width: 600,
    });
    const back = layout.edges.filter((x) => x.back).map((x) => x.name);
    expect(back).toEqual(['b→a']);
    expect(layout.height).toBeGreaterThan(Math.max(...layout.nodes.map((n) => n.y + n.h)));
  });

  it('orders a layer to follow its callers (fewer crossings)', () => {
    const layout = graphLayout(
      ['a', 'b', 'x', 'y'],
      [e('t1', 'a', true), e('t2', 'b', true), e('a', 'y'), e('b', 'x')],
      { width: 900 },
    );
    const y = Object.fromEntries(layout.nodes.map((n) => [n.name, n.y]));
    expect(y.a < y.b).toBe(y.y < y.x);
  });

  it('is deterministic: the same input gives the same picture', () => {
    const world = playerAt(shopScenario, 25_000).world!;
    const names = world.services.map((s) => s.name);
    const first = graphLayout(names, world.edges, { width: 720 });
    expect(graphLayout(names, world.edges, { width: 720 })).toEqual(first);
    expect(first.nodes.map((n) => n.name).sort()).toEqual(['users', ...names].sort());
  });

  it('shows services nobody calls', () => {
    const layout = graphLayout(['lonely'], [], { width: 400 });
    expect(layout.nodes).toHaveLength(1);
    expect(layout.nodes[0].layer).toBe(0);
    expect(layout.edges).toEqual([]);
  });
});
