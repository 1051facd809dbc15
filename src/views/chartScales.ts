import { scaleLinear, type ScaleLinear } from 'd3';

/** The box of a chart: its size and the margins around the plotting area (px). */
export interface ChartFrame {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A stretch of simulated time (ms). */
export interface TimeWindow {
  from: number;
  to: number;
}

export interface ChartScales {
  /** Simulated ms → px. */
  x: ScaleLinear<number, number>;
  /** Value → px (0 at the bottom). */
  y: ScaleLinear<number, number>;
  /** The plotting area's edges (px). */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The scales of a time chart: x over the window, y from 0 (or `yMin`) to a
 * rounded-up `yMax` (at least `yFloor`, so that an idle series is not blown up).
 */
export function chartScales(
  frame: ChartFrame,
  window: TimeWindow,
  yMax: number,
  options: { yMin?: number; yFloor?: number } = {},
): ChartScales {
  const left = frame.left;
  const right = Math.max(left + 1, frame.width - frame.right);
  const top = frame.top;
  const bottom = Math.max(top + 1, frame.height - frame.bottom);
  const to = window.to > window.from ? window.to : window.from + 1;
  const x = scaleLinear().domain([window.from, to]).range([left, right]);
  const high = Math.max(Number.isFinite(yMax) ? yMax : 0, options.yFloor ?? 1);
  const y = scaleLinear()
    .domain([options.yMin ?? 0, high])
    .range([bottom, top])
    .nice(4);
  return { x, y, left, right, top, bottom };
}
