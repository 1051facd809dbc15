import type { GoalResult } from '../sim/goals.ts';

/**
 * A goal's measured value or threshold, for people: `'830 ms'`, `'1.2 s'`,
 * `'0.55%'`, `'$0.012'`, `'12 min'` (the minutes word from `minutes`), `'3'`;
 * CPU-seconds as a whole number (`'1,322'`), the message around it naming the unit.
 * NaN (nothing measured) is `'—'`.
 */
export function formatGoalValue(
  value: number,
  unit: GoalResult['unit'],
  locale: string,
  minutes: (n: string) => string = (n) => `${n} min`,
): string {
  if (!Number.isFinite(value)) return '—';
  const number = (n: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
  switch (unit) {
    case 'ms':
      return value < 1000
        ? `${number(value, 0)} ms`
        : `${number(value / 1000, value < 10_000 ? 2 : 1)} s`;
    case 'ratio':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
        value,
      );
    case 'money':
      return `$${number(value, value < 1 ? 3 : 2)}`;
    case 'minutes':
      return minutes(number(value, 1));
    case 'count':
    case 'cpuSeconds':
      return number(value, 0);
  }
}
