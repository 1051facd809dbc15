// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatGoalValue } from '../../../src/lessons/formatGoalValue.ts';

describe('formatGoalValue', () => {
  it.each([
    [66.4, 'ms', '66 ms'],
    [1000, 'ms', '1 s'],
    [4234, 'ms', '4.23 s'],
    [31_234, 'ms', '31.2 s'],
    [0.1395, 'ratio', '13.95%'],
    [0.01, 'ratio', '1%'],
    [0.0123, 'money', '$0.012'],
    [12.5, 'money', '$12.5'],
    [12.04, 'minutes', '12 min'],
    [3, 'count', '3'],
    [1322.4, 'cpuSeconds', '1,322'],
    [NaN, 'ms', '—'],
  ] as const)('%s %s → %s', (value, unit, text) => {
    expect(formatGoalValue(value, unit, 'en')).toBe(text);
  });

  it('uses the locale and the minutes word given', () => {
    expect(formatGoalValue(1234.5, 'minutes', 'zh-CN', (n) => `${n} 分钟`)).toBe('1,234.5 分钟');
  });
});
