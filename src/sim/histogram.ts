/**
 * A latency histogram as plain data: exact below 64 ms, then 64 buckets per
 * power of two (under 1.6% relative error). Used for percentiles over long
 * windows without keeping every sample.
 */
export interface Histogram {
  counts: number[];
  n: number;
  sum: number;
  max: number;
}

const SUB = 64;

export function createHistogram(): Histogram {
  return { counts: [], n: 0, sum: 0, max: 0 };
}

function bucketOf(value: number): number {
  const v = Math.max(0, Math.floor(value));
  if (v < SUB) return v;
  const exponent = 31 - Math.clz32(v); // floor(log2 v), >= 6
  const shift = exponent - 6;
  return SUB + shift * SUB + ((v >>> shift) - SUB);
}

/** The largest value that falls in a bucket. */
function bucketTop(index: number): number {
  if (index < SUB) return index;
  const shift = Math.floor((index - SUB) / SUB);
  const mantissa = ((index - SUB) % SUB) + SUB;
  return ((mantissa + 1) << shift) - 1;
}

export function recordValue(h: Histogram, value: number): void {
  const b = bucketOf(value);
  const counts = h.counts;
  while (counts.length <= b) counts.push(0);
  counts[b]++;
  h.n++;
  h.sum += value;
  if (value > h.max) h.max = value;
}

/** The p-th percentile (0..100), or NaN when empty. */
export function percentile(h: Histogram, p: number): number {
  if (h.n === 0) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * h.n));
  let seen = 0;
  for (let i = 0; i < h.counts.length; i++) {
    seen += h.counts[i];
    if (seen >= rank) return Math.min(bucketTop(i), h.max);
  }
  return h.max;
}

export function mean(h: Histogram): number {
  return h.n === 0 ? NaN : h.sum / h.n;
}

/** Empties a histogram (keeps its storage). */
export function clearHistogram(h: Histogram): void {
  h.counts.fill(0);
  h.n = 0;
  h.sum = 0;
  h.max = 0;
}
