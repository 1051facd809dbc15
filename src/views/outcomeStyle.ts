import type { OutcomeKey } from './chartSeries.ts';

/** A fill that still reads in greyscale: a texture as well as a colour. */
export type Texture =
  'solid' | 'dots' | 'hatch' | 'backhatch' | 'horizontal' | 'vertical' | 'cross';

export interface OutcomeStyle {
  /** A CSS colour from the theme (var(--…)). */
  colour: string;
  texture: Texture;
}

const STYLES: Record<OutcomeKey, OutcomeStyle> = {
  ok: { colour: 'var(--chart-4)', texture: 'solid' },
  degraded: { colour: 'var(--chart-6)', texture: 'dots' },
  timeout: { colour: 'var(--chart-5)', texture: 'hatch' },
  breakerOpen: { colour: 'var(--chart-3)', texture: 'backhatch' },
  rateLimited: { colour: 'var(--chart-1)', texture: 'horizontal' },
  shed: { colour: 'var(--chart-2)', texture: 'vertical' },
  bulkhead: { colour: 'var(--chart-1)', texture: 'cross' },
  error: { colour: 'var(--chart-5)', texture: 'cross' },
  unavailable: { colour: 'var(--chart-7)', texture: 'hatch' },
  lost: { colour: 'var(--text)', texture: 'dots' },
};

/** How an outcome (ok, degraded, a failure cause, lost) is filled in charts and legends. */
export function outcomeStyle(key: string): OutcomeStyle {
  return STYLES[key as OutcomeKey] ?? { colour: 'var(--chart-7)', texture: 'solid' };
}
