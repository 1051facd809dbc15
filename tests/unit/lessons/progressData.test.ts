// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  mergeProgress,
  parseProgressFile,
  progressFileText,
  readStoredProgress,
  type ProgressData,
} from '../../../src/lessons/progressData.ts';

const T1 = '2025-01-01T10:00:00.000Z';
const T2 = '2025-02-01T10:00:00.000Z';

const sample: ProgressData = {
  version: 1,
  lessons: {
    'start/tour': {
      seen: ['panel', 'time'],
      predictions: { 'node-dies': { choice: 1, correct: true, at: T1 } },
      solved: { 'survive-node-loss': { at: T2 } },
    },
  },
};

describe('readStoredProgress', () => {
  it('starts empty when nothing is stored', () => {
    expect(readStoredProgress(null)).toEqual({ ok: true, data: emptyProgress() });
  });

  it('reads what it wrote, filling in missing parts of a lesson', () => {
    expect(readStoredProgress(JSON.stringify(sample))).toEqual({ ok: true, data: sample });
    const partial = { version: 1, lessons: { 'a/b': { seen: ['x'] } } };
    expect(readStoredProgress(JSON.stringify(partial))).toEqual({
      ok: true,
      data: { version: 1, lessons: { 'a/b': { seen: ['x'], predictions: {}, solved: {} } } },
    });
  });

  it.each([
    ['not JSON', '{oops'],
    ['no version', JSON.stringify({ lessons: {} })],
    ['a wrong shape', JSON.stringify({ version: 1, lessons: { 'a/b': { seen: 'x' } } })],
    [
      'a bad date',
      JSON.stringify({ version: 1, lessons: { 'a/b': { solved: { c: { at: 'yesterday' } } } } }),
    ],
    ['null', 'null'],
  ])('calls %s corrupt', (_what, text) => {
    expect(readStoredProgress(text)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('recognises data from a newer version', () => {
    expect(readStoredProgress(JSON.stringify({ version: 2, lessons: [] }))).toEqual({
      ok: false,
      reason: 'newer',
    });
  });
});

describe('progress files', () => {
  it('round-trip through export and import', () => {
    const text = progressFileText(sample, new Date(T2));
    expect(JSON.parse(text)).toMatchObject({
      app: 'cloudscope',
      kind: 'progress',
      version: 1,
      exportedAt: T2,
    });
    expect(parseProgressFile(text)).toEqual({ ok: true, data: sample });
  });

  it('explain what is wrong with a bad file', () => {
    expect(parseProgressFile('<html>')).toEqual({
      ok: false,
      error: { code: 'notJson', detail: 'not JSON' },
    });
    expect(parseProgressFile('{"hello": 1}')).toMatchObject({
      ok: false,
      error: { code: 'notProgress' },
    });
    expect(
      parseProgressFile(
        JSON.stringify({ app: 'cloudscope', kind: 'progress', version: 3, lessons: {} }),
      ),
    ).toEqual({
      ok: false,
      error: { code: 'newer', detail: 'version 3' },
    });
    const damaged = JSON.parse(progressFileText(sample, new Date(T2)));
    damaged.lessons['start/tour'].seen[1] = 42;
    const result = parseProgressFile(JSON.stringify(damaged));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid');
      expect(result.error.detail).toMatch(/^lessons\["start\/tour"\]\.seen\[1\]: /);
    }
  });
});

describe('mergeProgress', () => {
  it('keeps every step seen and the earliest prediction and solution', () => {
    const other: ProgressData = {
      version: 1,
      lessons: {
        'start/tour': {
          seen: ['time', 'log'],
          predictions: { 'node-dies': { choice: 0, correct: false, at: T2 } },
          solved: { 'survive-node-loss': { at: T1 } },
        },
        'other/lesson': { seen: ['a'], predictions: {}, solved: {} },
      },
    };
    const merged = mergeProgress(sample, other);
    expect(merged.lessons['start/tour']).toEqual({
      seen: ['panel', 'time', 'log'],
      predictions: { 'node-dies': { choice: 1, correct: true, at: T1 } },
      solved: { 'survive-node-loss': { at: T1 } },
    });
    expect(merged.lessons['other/lesson'].seen).toEqual(['a']);
    expect(mergeProgress(sample, emptyProgress())).toEqual(sample);
  });
});
