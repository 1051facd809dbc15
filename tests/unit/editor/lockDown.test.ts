import { describe, expect, it } from 'vitest';
import { BLOCKED, lockDown } from '../../../src/editor/sandbox/lockDown.ts';

describe('lockDown', () => {
  it('replaces the network, storage and messaging with functions that throw, for good', () => {
    const sent: unknown[] = [];
    const proto = { fetch: () => 'real fetch on the prototype' };
    const scope = Object.create(proto) as Record<string, unknown>;
    scope.postMessage = (m: unknown) => sent.push(m);
    scope.XMLHttpRequest = class {};
    scope.onmessage = () => 'mine';
    const post = lockDown(scope);
    for (const name of BLOCKED) {
      expect(typeof scope[name]).toBe('function');
      expect(() => (scope[name] as () => void)()).toThrow(/not available to scenarios/);
      // `new WebSocket(…)` too gets the message, not "not a constructor".
      expect(() => new (scope[name] as new () => unknown)()).toThrow(/not available to scenarios/);
      // And `indexedDB.open(…)`, `caches.keys()`: reading any property says the same.
      expect(() => (scope[name] as unknown as { open: unknown }).open).toThrow(/not available/);
    }
    expect(() => (proto.fetch as () => void)()).toThrow(/not available/);
    // Nobody can put them back or take over the message handler.
    expect(() => {
      'use strict';
      Object.defineProperty(scope, 'fetch', { value: () => 'again' });
    }).toThrow();
    expect(Object.getOwnPropertyDescriptor(scope, 'onmessage')?.writable).toBe(false);
    // The sandbox keeps its own way out.
    post('result');
    expect(sent).toEqual(['result']);
  });
});
