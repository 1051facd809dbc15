import { describe, expect, it } from 'vitest';
import {
  createStream,
  hashString,
  nextExponential,
  nextNormal,
  nextRandom,
  type RandomStream,
} from '../../../src/sim/randomStream.ts';

function draw(stream: RandomStream, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(nextRandom(stream));
  return out;
}

describe('hashString', () => {
  it('is 32-bit FNV-1a (published test vectors)', () => {
    // Offset basis for the empty string, and the reference vectors of FNV-1a 32.
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });

  it('is stable and depends on the text and on the seed', () => {
    expect(hashString('orders/work')).toBe(hashString('orders/work'));
    expect(hashString('orders/work')).not.toBe(hashString('orders/wors'));
    expect(hashString('x', 1)).not.toBe(hashString('x', 2));
    const h = hashString('a rather long name for a stream');
    expect(Number.isInteger(h)).toBe(true);
    expect(h).toBeGreaterThanOrEqual(0);
    expect(h).toBeLessThan(2 ** 32);
  });
});

describe('nextRandom', () => {
  it('runs sfc32: from an all-zero state the outputs are 0, 1, 2 and 12 (× 2^-32)', () => {
    // By hand: t = a + b + d; the counter d grows by one each call, and
    // b = c + 8c, c = rotl(c, 21) + t, a = b ^ (b >>> 9).
    // 1: t=0, state -> [0,0,0,1]; 2: t=1 -> [0,0,1,2];
    // 3: t=2 -> [0, 9, 2^21 + 2, 3]; 4: t = 0 + 9 + 3 = 12.
    const s: RandomStream = { s: [0, 0, 0, 0] };
    expect(draw(s, 4).map((x) => x * 2 ** 32)).toEqual([0, 1, 2, 12]);
    expect(s.s[3]).toBe(4);
  });

  it('gives the same sequence for the same seed and name', () => {
    expect(draw(createStream(42, 'arrivals:users'), 50)).toEqual(
      draw(createStream(42, 'arrivals:users'), 50),
    );
  });

  it('gives different sequences for different names or seeds', () => {
    const base = draw(createStream(42, 'arrivals:users'), 20);
    const otherName = draw(createStream(42, 'arrivals:admins'), 20);
    const otherSeed = draw(createStream(43, 'arrivals:users'), 20);
    expect(otherName).not.toEqual(base);
    expect(otherSeed).not.toEqual(base);
    // Not merely shifted copies: no value of the first stream shows up in the others.
    const set = new Set(base);
    expect(otherName.filter((x) => set.has(x))).toEqual([]);
    expect(otherSeed.filter((x) => set.has(x))).toEqual([]);
  });

  it('is plain data: a copy of the state continues with the same numbers', () => {
    const a = createStream(7, 'faults');
    draw(a, 10);
    const b: RandomStream = { s: [...a.s] as RandomStream['s'] };
    expect(draw(b, 10)).toEqual(draw(a, 10));
  });

  it('stays in [0, 1) and is uniform on average', () => {
    const s = createStream(1, 'uniform');
    const n = 100_000;
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    let outside = 0;
    const deciles = new Array(10).fill(0);
    for (let i = 0; i < n; i++) {
      const x = nextRandom(s);
      if (!(x >= 0 && x < 1)) outside++;
      sum += x;
      min = Math.min(min, x);
      max = Math.max(max, x);
      deciles[Math.floor(x * 10)]++;
    }
    expect(outside).toBe(0);
    // Mean of U(0,1) is 1/2 with sd 0.2887; standard error over 1e5 draws is 0.00091,
    // so 0.005 is more than 5 standard errors.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
    expect(min).toBeLessThan(0.001);
    expect(max).toBeGreaterThan(0.999);
    // Each decile expects 10 000 draws with sd sqrt(1e5 × 0.1 × 0.9) ≈ 95; allow 500.
    for (const c of deciles) expect(Math.abs(c - n / 10)).toBeLessThan(500);
  });
});

describe('nextExponential', () => {
  it('is non-negative with the requested mean', () => {
    const s = createStream(3, 'exp');
    const n = 100_000;
    const mean = 20;
    let sum = 0;
    let negative = 0;
    for (let i = 0; i < n; i++) {
      const x = nextExponential(s, mean);
      if (x < 0) negative++;
      sum += x;
    }
    expect(negative).toBe(0);
    // sd of Exp(mean 20) is 20: the standard error over 1e5 draws is 0.063; allow 0.5 (~8 SE).
    expect(Math.abs(sum / n - mean)).toBeLessThan(0.5);
  });
});

describe('nextNormal', () => {
  it('has mean about 0 and standard deviation about 1', () => {
    const s = createStream(5, 'normal');
    const n = 100_000;
    let sum = 0;
    let sumSq = 0;
    let within1 = 0;
    for (let i = 0; i < n; i++) {
      const x = nextNormal(s);
      sum += x;
      sumSq += x * x;
      if (Math.abs(x) < 1) within1++;
    }
    const m = sum / n;
    const sd = Math.sqrt(sumSq / n - m * m);
    // Standard errors over 1e5 draws: mean 0.0032, sd 1/sqrt(2n) ≈ 0.0022; allow 0.02 each.
    expect(Math.abs(m)).toBeLessThan(0.02);
    expect(Math.abs(sd - 1)).toBeLessThan(0.02);
    // P(|Z| < 1) = 0.6827, binomial sd 0.0015 on the share; allow 0.01.
    expect(Math.abs(within1 / n - 0.6827)).toBeLessThan(0.01);
  });
});
