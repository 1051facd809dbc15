import { describe, expect, it } from 'vitest';
import { parseCpu, parseDuration, parseMemory, parseShare } from '../../../src/scenario/units.ts';

describe('parseDuration', () => {
  it('reads each unit', () => {
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('2h')).toBe(7_200_000);
    expect(parseDuration('1d')).toBe(86_400_000);
    expect(parseDuration('0s')).toBe(0);
  });

  it('adds compound durations', () => {
    expect(parseDuration('1m30s')).toBe(90_000);
    expect(parseDuration('1h30m15s')).toBe(5_415_000);
    expect(parseDuration('2m5ms')).toBe(120_005);
    expect(parseDuration('1m 30s')).toBe(90_000);
    expect(parseDuration(' 10s ')).toBe(10_000);
    expect(parseDuration('5 s')).toBe(5_000);
  });

  it('takes a number as milliseconds', () => {
    expect(parseDuration(1500)).toBe(1500);
    expect(parseDuration(0)).toBe(0);
    expect(parseDuration(2.5)).toBe(2.5);
  });

  it('rejects bad input with null', () => {
    for (const bad of [
      '',
      '   ',
      'abc',
      '5x',
      '-5s',
      '5s!',
      '5m30',
      's',
      '1.s',
      '.5s',
      'ten seconds',
      '5sec',
      -1,
      NaN,
      Infinity,
      null,
      undefined,
      {},
      ['5s'],
    ]) {
      expect(parseDuration(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('parseMemory', () => {
  it('reads binary units in MiB', () => {
    expect(parseMemory('512Mi')).toBe(512);
    expect(parseMemory('2Gi')).toBe(2048);
    expect(parseMemory('1.5Gi')).toBe(1536);
    expect(parseMemory('1024Ki')).toBe(1);
    expect(parseMemory('1Ti')).toBe(1024 * 1024);
    expect(parseMemory(' 2Gi ')).toBe(2048);
  });

  it('reads decimal units as bytes / 2^20', () => {
    // 1 G = 10^9 bytes = 10^9 / 1 048 576 MiB.
    expect(parseMemory('1G')).toBeCloseTo(953.67431640625, 9);
    expect(parseMemory('1M')).toBeCloseTo(0.95367431640625, 12);
    expect(parseMemory('1000K')).toBeCloseTo(0.95367431640625, 12);
  });

  it('takes a number, or a bare number string, as MiB', () => {
    expect(parseMemory(256)).toBe(256);
    expect(parseMemory('256')).toBe(256);
  });

  it('rejects bad input with null', () => {
    for (const bad of ['', 'abc', '1GB', '2gi', '-1Mi', 'Mi', -1, NaN, Infinity, null, {}]) {
      expect(parseMemory(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('parseCpu', () => {
  it('reads cores and millicores', () => {
    expect(parseCpu(0.5)).toBe(0.5);
    expect(parseCpu(2)).toBe(2);
    expect(parseCpu('500m')).toBe(0.5);
    expect(parseCpu('250m')).toBe(0.25);
    expect(parseCpu('2')).toBe(2);
    expect(parseCpu('1.5')).toBe(1.5);
    expect(parseCpu(' 100 m ')).toBe(0.1);
  });

  it('rejects zero, negatives and bad input with null', () => {
    for (const bad of [0, '0', '0m', -1, '-1', 'abc', '500mc', '', NaN, Infinity, null]) {
      expect(parseCpu(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('parseShare', () => {
  it('reads fractions and percentages', () => {
    expect(parseShare(0.2)).toBe(0.2);
    expect(parseShare('20%')).toBe(0.2);
    expect(parseShare('12.5%')).toBe(0.125);
    expect(parseShare('100%')).toBe(1);
    expect(parseShare('0%')).toBe(0);
    expect(parseShare(0)).toBe(0);
    expect(parseShare(1)).toBe(1);
    expect(parseShare(' 50 % ')).toBe(0.5);
  });

  it('rejects shares above 1, negatives and bad input with null', () => {
    for (const bad of [1.5, '150%', -0.1, '-10%', '20', 'abc', '', NaN, Infinity, null]) {
      expect(parseShare(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
