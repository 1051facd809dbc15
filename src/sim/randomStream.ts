/** Hashes a string to 32 bits (FNV-1a), used to name independent streams. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A seeded pseudo-random stream (sfc32) as plain data: four 32-bit integers.
 * Each purpose in the simulation (arrivals of one traffic source, work times of
 * one service, faults, scheduler tie-breaks...) gets its own stream, derived
 * from the run's seed and the purpose's name, so that changing one part of a
 * scenario never reshuffles the randomness of another (common random numbers).
 */
export interface RandomStream {
  s: [number, number, number, number];
}

export function createStream(seed: number, name: string): RandomStream {
  let x = hashString(name, hashString(String(seed)));
  const mix = (): number => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  const stream: RandomStream = { s: [mix(), mix(), mix(), mix()] };
  for (let i = 0; i < 12; i++) nextRandom(stream);
  return stream;
}

/** A uniform number in [0, 1). */
export function nextRandom(stream: RandomStream): number {
  const s = stream.s;
  let a = s[0];
  let b = s[1];
  let c = s[2];
  let d = s[3];
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  s[0] = a;
  s[1] = b;
  s[2] = c;
  s[3] = d;
  return (t >>> 0) / 4294967296;
}

/** An exponentially distributed number with the given mean. */
export function nextExponential(stream: RandomStream, mean: number): number {
  return -Math.log(1 - nextRandom(stream)) * mean;
}

/** A standard normal number (Box-Muller; two uniforms per call). */
export function nextNormal(stream: RandomStream): number {
  const u = 1 - nextRandom(stream);
  const v = nextRandom(stream);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
