import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { BenchLine } from './engineBench.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

/**
 * How many times a page is measured. Lighthouse's guide to score variability
 * (docs/variability.md in its repository) advises the median of five runs, which
 * roughly halves the spread of a single run; on a shared 2-core machine one run's
 * performance score moves by several points either way.
 */
const RUNS = 5;

interface Measured {
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits below par that weigh on a category, per category. */
  failing: Record<(typeof CATEGORIES)[number], string[]>;
}

async function measure(url: string): Promise<Measured> {
  const chrome = await launchChrome({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const categories = result?.lhr.categories ?? {};
    const audits = Object.values(result?.lhr.audits ?? {});
    const scores = {} as Measured['scores'];
    const failing = {} as Measured['failing'];
    for (const key of CATEGORIES) {
      scores[key] = Math.round((categories[key]?.score ?? 0) * 100);
      failing[key] = audits
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 0.9 &&
            (categories[key]?.auditRefs ?? []).some((r) => r.id === a.id && r.weight > 0),
        )
        .map((a) => a.id);
    }
    return { scores, failing };
  } finally {
    chrome.kill();
  }
}

/**
 * Lighthouse (mobile preset, the default) on a page of the built site,
 * measured RUNS times: performance, accessibility and best-practices scores,
 * each judged by its median (budget 95), every run's score printed beside it.
 */
export async function lighthouseBench(url: string, name: string): Promise<BenchLine[]> {
  const runs: Measured[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(url));
  return CATEGORIES.map((key) => {
    const scores = runs.map((r) => r.scores[key]);
    const median = [...scores].sort((a, b) => a - b)[Math.floor(scores.length / 2)];
    const failing = [...new Set(runs.flatMap((r) => r.failing[key]))].slice(0, 4);
    return {
      name: `lighthouse ${name} ${key}`,
      text: `lighthouse ${name}: ${key} ${median} (median of ${scores.join(', ')}; mobile; budget >= 95)${median < 100 && failing.length ? `; below par: ${failing.join(', ')}` : ''}`,
      pass: median >= 95,
    };
  });
}
