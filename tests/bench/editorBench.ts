import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { launch } from '../e2e/browser.ts';
import { buildEditorHarness } from '../e2e/fixtures/editorHarness/buildHarness.ts';
import type {} from '../e2e/fixtures/editorHarness/harnessApi.ts';
import { serveStatic } from '../e2e/staticServer.ts';
import type { BenchLine } from './engineBench.ts';

const ROUNDS = 15;

/**
 * The scenario editor in headless Chromium: how long Monaco takes to appear
 * once its dynamic import starts (the reader opens the editor), and how long
 * TypeScript's check (`typeProblems()`) takes, first (the worker starting)
 * and after an edit. `siteUrl` is a served build of the editor harness
 * (tests/e2e/fixtures/editorHarness); without it one is built and served.
 * Figures only: the design sets no budget for these.
 */
export async function editorBench(siteUrl?: string): Promise<BenchLine[]> {
  let dir: string | null = null;
  let server: Server | null = null;
  let url = siteUrl;
  if (!url) {
    dir = buildEditorHarness();
    ({ server, url } = await serveStatic(dir, '/harness/'));
  }
  const context = await launch();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.editorHarness !== undefined);
    await page.evaluate(() => window.editorHarness?.open());
    await page.waitForFunction(() => window.editorHarness?.readyAt != null, null, {
      timeout: 120_000,
    });
    const r = await page.evaluate(async (rounds) => {
      const h = window.editorHarness;
      if (!h || h.openedAt === null || h.readyAt === null) throw new Error('no editor');
      const appear = h.readyAt - h.openedAt;
      let started = performance.now();
      await h.typeProblems();
      const first = performance.now() - started;
      const original = h.value();
      const times: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const edited = original.replace("duration: '3m'", `duration: '${i + 4}m'`);
        h.setValue(edited);
        while (h.value() !== edited) await new Promise((resolve) => requestAnimationFrame(resolve));
        started = performance.now();
        await h.typeProblems();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      return {
        appear,
        first,
        p50: times[Math.floor(rounds / 2)],
        max: times[rounds - 1],
      };
    }, ROUNDS);
    return [
      {
        name: 'editorOpen',
        text: `editor: Monaco drawn ${r.appear.toFixed(0)} ms after its dynamic import starts (headless Chromium, local server, cold cache; no budget set)`,
        pass: null,
      },
      {
        name: 'editorTypeCheck',
        text: `editor: typeProblems() ${r.first.toFixed(0)} ms the first time (TypeScript worker starting), then ${r.p50.toFixed(0)} ms median (max ${r.max.toFixed(0)} ms) after an edit of the tour scenario, ${ROUNDS} edits (no budget set)`,
        pass: null,
      },
    ];
  } finally {
    await context.close();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
