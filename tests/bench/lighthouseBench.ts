import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { BenchLine } from './engineBench.ts';

/**
 * Lighthouse (mobile preset, the default) on a page of the built site:
 * performance, accessibility and best-practices scores, budget 95 each.
 */
export async function lighthouseBench(url: string, name: string): Promise<BenchLine[]> {
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
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const categories = result?.lhr.categories ?? {};
    return ['performance', 'accessibility', 'best-practices'].map((key) => {
      const score = Math.round((categories[key]?.score ?? 0) * 100);
      const failing =
        score < 100
          ? Object.values(result?.lhr.audits ?? {})
              .filter(
                (a) =>
                  a.score !== null &&
                  a.score < 0.9 &&
                  (categories[key]?.auditRefs ?? []).some((r) => r.id === a.id && r.weight > 0),
              )
              .map((a) => a.id)
              .slice(0, 4)
          : [];
      return {
        name: `lighthouse ${name} ${key}`,
        text: `lighthouse ${name}: ${key} ${score} (mobile; budget >= 95)${failing.length ? `; below par: ${failing.join(', ')}` : ''}`,
        pass: score >= 95,
      };
    });
  } finally {
    chrome.kill();
  }
}
