import { describe, expect, it } from 'vitest';
import { formatError, formatPath, Problems } from '../../../src/scenario/problems.ts';

describe('formatPath', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(formatPath(['services', 'orders', 'calls', 0, 'to'])).toBe(
      'services.orders.calls[0].to',
    );
    expect(formatPath(['faults', 2])).toBe('faults[2]');
    expect(formatPath(['goals', 0, 'below'])).toBe('goals[0].below');
    expect(formatPath(['a', 1, 2, 'b'])).toBe('a[1][2].b');
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['services', 'my-svc', 'replicas'])).toBe('services["my-svc"].replicas');
    expect(formatPath(['my-svc'])).toBe('["my-svc"]');
    expect(formatPath(['traffic', 'two words'])).toBe('traffic["two words"]');
    expect(formatPath(['x', '1st'])).toBe('x["1st"]');
    expect(formatPath(['x', 'say "hi"'])).toBe('x["say \\"hi\\""]');
  });

  it('accepts identifiers with _, $ and digits', () => {
    expect(formatPath(['_private', '$ref', 'node2'])).toBe('_private.$ref.node2');
  });

  it('an empty path is empty; a leading index has no dot', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath([0])).toBe('[0]');
    expect(formatPath([0, 'name'])).toBe('[0].name');
  });
});

describe('formatError', () => {
  it('prefixes the path when there is one', () => {
    expect(formatError({ path: 'services.orders.cpu', message: 'must be positive' })).toBe(
      'services.orders.cpu: must be positive',
    );
    expect(formatError({ path: '', message: 'no services' })).toBe('no services');
  });
});

describe('Problems', () => {
  it('collects errors in order, with formatted paths', () => {
    const p = new Problems();
    expect(p.errors).toEqual([]);
    p.add(['services', 'orders', 'replicas'], 'must be at least 0');
    p.add([], 'empty scenario');
    expect(p.errors).toEqual([
      { path: 'services.orders.replicas', message: 'must be at least 0' },
      { path: '', message: 'empty scenario' },
    ]);
    expect(p.errors.map(formatError)).toEqual([
      'services.orders.replicas: must be at least 0',
      'empty scenario',
    ]);
  });

  it('unknown names the missing thing and suggests a close one', () => {
    const p = new Problems();
    p.unknown(['traffic', 'users', 'to'], 'service', 'paymnts', ['payments', 'orders']);
    expect(p.errors).toEqual([
      {
        path: 'traffic.users.to',
        message: 'no service named "paymnts" (did you mean "payments"?)',
      },
    ]);
  });

  it('unknown without a close name gives no suggestion', () => {
    const p = new Problems();
    p.unknown(['faults', 0, 'kill'], 'node', 'db-server', new Set(['node-1', 'node-2']));
    expect(formatError(p.errors[0])).toBe('faults[0].kill: no node named "db-server"');
  });
});
