import { describe, expect, it } from 'vitest';
import { findNotPlain } from '../../../src/editor/sandbox/plainData.ts';

describe('findNotPlain', () => {
  it('accepts plain data', () => {
    expect(
      findNotPlain({ a: [1, 'x', true, null, { b: Infinity }], c: Object.create(null) }),
    ).toBeNull();
  });

  it('finds what is not plain, with its path', () => {
    expect(findNotPlain({ a: [0, { f: Math.max }] })).toMatchObject({ path: 'a[1].f' });
    expect(findNotPlain({ 'my-key': Symbol('s') })).toMatchObject({ path: '["my-key"]' });
    expect(findNotPlain({ big: 1n })?.message).toContain('BigInt');
    expect(findNotPlain({ m: new Map() })?.message).toContain('a Map cannot be part of a scenario');
    const withGetter = Object.defineProperty({}, 'x', { get: () => 1, enumerable: true });
    expect(findNotPlain({ g: withGetter })).toMatchObject({
      path: 'g.x',
      message: 'a getter or setter cannot be part of a scenario',
    });
  });

  it('finds cycles, and stops at absurd depth and size', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(findNotPlain({ a })).toMatchObject({ path: 'a.self' });
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 100; i++) deep = (deep.next = {}) as Record<string, unknown>;
    expect(findNotPlain(root)?.message).toContain('nested too deep');
    expect(findNotPlain(new Array(300_000).fill(0))?.message).toContain('too large');
  });

  it('shares a value seen twice (a DAG is fine, only a cycle is not)', () => {
    const shared = { x: 1 };
    expect(findNotPlain({ a: shared, b: shared })).toBeNull();
  });
});
