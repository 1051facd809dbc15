import { describe, expect, it } from 'vitest';
import type { TraceSpan } from '../../../src/sim/engineState.ts';
import { attemptLabel, spanLabel } from '../../../src/views/spanLabel.ts';

const base: TraceSpan = {
  id: 1,
  parent: 0,
  kind: 'client',
  service: 'web',
  to: 'db',
  instance: 'web-1',
  attempt: 1,
  start: 0,
  end: 10,
  outcome: 'ok',
};

describe('spanLabel', () => {
  it('names the request, a call, and the work at an instance', () => {
    expect(spanLabel({ ...base, kind: 'request', service: 'users', to: 'web' })).toEqual({
      key: 'waterfall.request',
      params: { from: 'users', to: 'web' },
    });
    expect(spanLabel(base)).toEqual({ key: 'waterfall.call', params: { to: 'db' } });
    expect(spanLabel({ ...base, kind: 'server', service: 'db', instance: 'db-2' })).toEqual({
      key: 'waterfall.workAt',
      params: { at: 'db-2' },
    });
    expect(spanLabel({ ...base, kind: 'server', service: 'db', instance: 'shared-7' })).toEqual({
      key: 'waterfall.work',
      params: { service: 'db', instance: 'shared-7' },
    });
    expect(spanLabel({ ...base, kind: 'server', service: 'db', instance: '' })).toEqual({
      key: 'waterfall.workAt',
      params: { at: 'db' },
    });
  });
  it('numbers retries', () => {
    expect(attemptLabel(base)).toBe('');
    expect(attemptLabel({ ...base, attempt: 2 })).toBe('#2');
  });
});
