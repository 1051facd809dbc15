import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../src/sim/logEntry.ts';
import { visibleLog, type LogFilter } from '../../../src/views/visibleLog.ts';

const log: LogEntry[] = [
  { t: 0, kind: 'instanceReady', subject: 'web-1', detail: {} },
  { t: 1000, kind: 'fault', subject: 'world', detail: { what: 'db slowed by 1s' } },
  { t: 2000, kind: 'breakerOpened', subject: 'web→db', detail: { reason: 'x' } },
  { t: 2000, kind: 'instanceReady', subject: 'web-2', detail: {} },
  { t: 5000, kind: 'nodeDown', subject: 'node-1', detail: { reason: 'killed' } },
];
const text = (e: LogEntry) => `${e.kind} ${e.subject}`;
const all: LogFilter = { t: 2000, future: false, groups: null, text: '', limit: 100 };

describe('visibleLog', () => {
  it('shows entries up to the moment (inclusive), oldest first, and counts those after', () => {
    const v = visibleLog(log, all, text);
    expect(v.rows.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(v.rows.every((r) => !r.later)).toBe(true);
    expect(v.later).toBe(1);
    expect(v.earlier).toBe(false);
  });
  it('shows the future, marked as later, when asked', () => {
    const v = visibleLog(log, { ...all, t: 1500, future: true }, text);
    expect(v.rows.map((r) => [r.index, r.later])).toEqual([
      [0, false],
      [1, false],
      [2, true],
      [3, true],
      [4, true],
    ]);
    expect(v.later).toBe(3);
  });
  it('filters by group and by words (all of them, any case)', () => {
    expect(
      visibleLog(log, { ...all, groups: new Set(['instances']) }, text).rows.map((r) => r.index),
    ).toEqual([0, 3]);
    expect(
      visibleLog(log, { ...all, text: 'READY  web-2' }, text).rows.map((r) => r.index),
    ).toEqual([3]);
    expect(visibleLog(log, { ...all, text: 'nothing' }, text).rows).toEqual([]);
  });
  it('keeps only the newest entries up to the limit, and says there are earlier ones', () => {
    const v = visibleLog(log, { ...all, future: true, limit: 2 }, text);
    expect(v.rows.map((r) => r.index)).toEqual([3, 4]);
    expect(v.earlier).toBe(true);
  });
  it('stays fast on a long log: it works back from the moment and stops at the limit', () => {
    const long: LogEntry[] = Array.from({ length: 50_000 }, (_, i) => ({
      t: i * 10,
      kind: 'instanceReady',
      subject: `web-${i}`,
      detail: {},
    }));
    let calls = 0;
    const counted = (e: LogEntry) => {
      calls++;
      return e.subject;
    };
    const v = visibleLog(long, { ...all, t: 250_000, text: 'web', limit: 200 }, counted);
    expect(v.rows).toHaveLength(200);
    expect(v.rows[199].entry.t).toBe(250_000);
    expect(calls).toBeLessThanOrEqual(201);
  });
});
