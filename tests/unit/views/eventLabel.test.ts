import { and, not, or } from 'xstate';
import { describe, expect, it } from 'vitest';
import { eventLabel, guardLabel } from '../../../src/views/eventLabel.ts';

describe('eventLabel', () => {
  it('shortens delayed events', () => {
    expect(eventLabel('xstate.after.backoff.container.backOff')).toBe('after backoff');
    expect(eventLabel('xstate.after.600000.container.running')).toBe('after 10m');
    expect(eventLabel('xstate.after.1500.x.y')).toBe('after 1.5s');
    expect(eventLabel('xstate.after.250.x')).toBe('after 250ms');
  });

  it('names eventless, wildcard and done events', () => {
    expect(eventLabel('')).toBe('always');
    expect(eventLabel('*')).toBe('any event');
    expect(eventLabel('xstate.done.state.m.a')).toBe('done');
    expect(eventLabel('xstate.error.actor.x')).toBe('error');
  });

  it('leaves ordinary events alone', () => {
    expect(eventLabel('TRIP')).toBe('TRIP');
  });
});

describe('guardLabel', () => {
  it('names guards, combined guards and inline ones', () => {
    expect(guardLabel(undefined)).toBe('');
    expect(guardLabel('crashes')).toBe('crashes');
    expect(guardLabel({ type: 'isFull' })).toBe('isFull');
    expect(guardLabel(and(['a', 'b']))).toBe('a & b');
    expect(guardLabel(or(['a', 'b']))).toBe('a | b');
    expect(guardLabel(not('a'))).toBe('!a');
    expect(guardLabel(() => true)).toBe('guard');
  });
});
