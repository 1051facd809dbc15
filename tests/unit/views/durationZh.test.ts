import { describe, expect, it } from 'vitest';
import { durationZh } from '../../../src/views/durationZh.ts';

describe('durationZh', () => {
  it('says the engine’s durations in Chinese', () => {
    expect(durationZh('400ms')).toBe('400 毫秒');
    expect(durationZh('1.5s')).toBe('1.5 秒');
    expect(durationZh('5m')).toBe('5 分钟');
    expect(durationZh('1m30s')).toBe('1 分 30 秒');
    expect(durationZh('2h5m')).toBe('2 小时 5 分');
    expect(durationZh('3d')).toBe('3 天');
  });
  it('leaves anything else alone', () => {
    expect(durationZh('')).toBe('');
    expect(durationZh('soon')).toBe('soon');
  });
});
