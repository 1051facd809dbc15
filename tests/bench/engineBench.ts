import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MMC } from './mmcScenario.ts';
import { erlangC } from './erlangC.ts';

/** A figure the benchmark prints, with its budget. */
export interface BenchLine {
  name: string;
  text: string;
  pass: boolean | null;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * The bare floor: a binary heap of (time, sequence) records doing the
 * classic "hold" operation (pop the earliest, push one later) at a given
 * queue size. Our engine's cost per event is compared with this.
 */
function holdLoop(ops: number, size: number): number {
  const t: number[] = [];
  const s: number[] = [];
  let seed = 12345;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  let seq = 0;
  const push = (time: number) => {
    let i = t.length;
    const q = seq++;
    t.push(time);
    s.push(q);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (t[p] < time || (t[p] === time && s[p] < q)) break;
      t[i] = t[p];
      s[i] = s[p];
      i = p;
    }
    t[i] = time;
    s[i] = q;
  };
  const pop = (): number => {
    const top = t[0];
    const lt = t.pop() as number;
    const ls = s.pop() as number;
    const n = t.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && (t[c + 1] < t[c] || (t[c + 1] === t[c] && s[c + 1] < s[c]))) c++;
        if (lt < t[c] || (lt === t[c] && ls < s[c])) break;
        t[i] = t[c];
        s[i] = s[c];
        i = c;
      }
      t[i] = lt;
      s[i] = ls;
    }
    return top;
  };
  for (let i = 0; i < size; i++) push(Math.floor(rand() * 1000));
  const started = performance.now();
  for (let i = 0; i < ops; i++) {
    const now = pop();
    push(now + 1 + Math.floor(rand() * 1000));
  }
  return (performance.now() - started) / 1000;
}

function measure(which: 'heavy' | 'mmc' | 'week'): Record<string, number> {
  const script = fileURLToPath(new URL('./measureEngine.ts', import.meta.url));
  const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
  return JSON.parse(execFileSync(tsx, [script, which], { encoding: 'utf8' })) as Record<
    string,
    number
  >;
}

function runSimpy(): { customersPerSec: number; meanMs: number } | string {
  const python = '/usr/bin/python3';
  if (!existsSync(python)) return 'skipped: /usr/bin/python3 not found';
  const script = fileURLToPath(new URL('./mmcSimpy.py', import.meta.url));
  let best = Infinity;
  let meanMs = NaN;
  try {
    for (let i = 0; i < 3; i++) {
      const args = [
        script,
        MMC.servers,
        MMC.arrivalRate,
        MMC.serviceRate,
        MMC.customers,
        i + 1,
      ].map(String);
      const out = JSON.parse(execFileSync(python, args, { encoding: 'utf8' })) as {
        customers: number;
        meanLatency: number;
        wall: number;
      };
      best = Math.min(best, out.wall / out.customers);
      meanMs = out.meanLatency * 1000;
    }
  } catch {
    return 'skipped: SimPy 3 is not installed (apt-get install python3-simpy3)';
  }
  return { customersPerSec: 1 / best, meanMs };
}

/** The engine's figures: throughput on the heavy scenario, cost over the floor, speed against SimPy. */
export function engineBench(): BenchLine[] {
  const lines: BenchLine[] = [];
  const heavy = measure('heavy');
  const rate = heavy.events / heavy.seconds;
  lines.push({
    name: 'engine',
    text: `engine: ${fmt(rate)} events/s (${fmt(heavy.events)} events in ${heavy.seconds.toFixed(2)} s: ${heavy.services} services, 2,000 requests/s, ${heavy.minutes} simulated minutes, ${heavy.checkpoints} checkpoints; budget >= 2,000,000)`,
    pass: rate >= 2_000_000,
  });

  const floorSeconds = holdLoop(heavy.events, heavy.queueSize);
  const ratio = heavy.seconds / floorSeconds;
  lines.push({
    name: 'floor',
    text: `floor: ${ratio.toFixed(1)}x (bare heap hold loop: ${fmt(heavy.events / floorSeconds)} ops/s at queue size ${fmt(heavy.queueSize)}, same count; budget <= 8x)`,
    pass: ratio <= 8,
  });

  const week = measure('week');
  lines.push({
    name: 'week',
    text: `a week: ${week.seconds.toFixed(1)} s for 7 simulated days (${fmt(week.events)} events, ${fmt(week.events / week.seconds)} events/s, ${fmt(week.requests)} requests; ${fmt(week.samples)} samples of ${week.stepMs / 1000} s per series, ${week.checkpoints} checkpoints, heap +${Math.round(week.heapMiB)} MiB; no budget: every request is simulated, so a week at these rates is too slow for a reader's tab, and lesson 1 simulates 40× fewer, heavier requests)`,
    pass: null,
  });

  const mmc = measure('mmc');
  const ours = { customersPerSec: mmc.customers / mmc.seconds, meanMs: mmc.meanMs };
  const theory = erlangC(MMC.servers, MMC.arrivalRate, MMC.serviceRate) * 1000;
  const simpy = runSimpy();
  if (typeof simpy === 'string') {
    lines.push({
      name: 'simpy',
      text: `vs SimPy: ${simpy}; cloudscope ${fmt(ours.customersPerSec)} customers/s`,
      pass: null,
    });
  } else {
    const r = ours.customersPerSec / simpy.customersPerSec;
    lines.push({
      name: 'simpy',
      text: `vs SimPy: ${r.toFixed(1)}x (M/M/${MMC.servers} at ${(MMC.arrivalRate / MMC.serviceRate / MMC.servers) * 100}% load, ${fmt(MMC.customers)} customers, best of several runs each: cloudscope ${fmt(ours.customersPerSec)} customers/s, SimPy ${fmt(simpy.customersPerSec)} customers/s; mean latency cloudscope ${ours.meanMs.toFixed(1)} ms, SimPy ${simpy.meanMs.toFixed(1)} ms, Erlang C ${theory.toFixed(1)} ms; budget >= 10x)`,
      pass: r >= 10,
    });
  }
  return lines;
}
