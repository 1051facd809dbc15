import { readFileSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceProblem } from '../../src/editor/sourceProblem.ts';
import { launch, shot, watchErrors } from './browser.ts';
import { buildEditorHarness } from './fixtures/editorHarness/buildHarness.ts';
import type {} from './fixtures/editorHarness/harnessApi.ts';
import { serveStatic } from './staticServer.ts';

/*
 * The scenario editor in real Chromium, on a page of its own (the harness in
 * fixtures/editorHarness, built here: the site does not show the editor yet).
 */

/** Chunks of Monaco (and of the module in front of it) in a build. */
const MONACO_CHUNK = /ScenarioEditor|editor\.api|editor\.worker|ts\.worker|tsMode|monaco/;

/** A built chunk and everything it imports statically (what loading it downloads). */
function staticClosure(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [...seen];
  seen.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  for (const m of code.matchAll(
    /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
  )) {
    staticClosure(join('assets', m[1].replace(/^\.\//, '')), seen);
  }
  return [...seen];
}

const HEADER = `import { defineScenario } from 'cloudscope';\n\nexport default `;

let dir: string;
let server: Server;
let url: string;
let context: BrowserContext;
let page: Page;
let errors: string[];

/** The text Monaco shows on screen (its view lines, with Monaco's non-breaking spaces made plain). */
const shownText = () =>
  page
    .locator('.monaco-editor .view-lines')
    .innerText()
    .then((text) => text.replace(/\u00a0/g, ' '));

const typeProblems = () =>
  page.evaluate(() => window.editorHarness?.typeProblems() ?? Promise.resolve([]));

const setValue = (text: string) =>
  page.evaluate((value) => window.editorHarness?.setValue(value), text);

/** Puts the mouse over the first on-screen occurrence of `word` in the editor. */
async function hoverWord(word: string): Promise<void> {
  const box = await page.evaluate((w) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
      const at = (line.textContent ?? '').indexOf(w);
      if (at < 0) continue;
      // The word may span several token elements: map its offsets to text nodes.
      const range = document.createRange();
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let offset = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (at >= offset && at < offset + length) range.setStart(node, at - offset);
        if (at + w.length > offset && at + w.length <= offset + length)
          range.setEnd(node, at + w.length - offset);
        offset += length;
      }
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  }, word);
  if (!box) throw new Error(`"${word}" is not on screen`);
  await page.mouse.move(0, 0);
  await page.mouse.move(box.x, box.y, { steps: 3 });
}

/** The texts of the hover widgets on screen. */
const hoverTexts = () =>
  page
    .locator('.monaco-hover')
    .allInnerTexts()
    .then((texts) => texts.filter((text) => text.trim() !== ''));

beforeAll(async () => {
  dir = buildEditorHarness();
  ({ server, url } = await serveStatic(dir, '/harness/'));
  context = await launch();
  page = await context.newPage();
  errors = watchErrors(page);
  await page.goto(url);
  await page.waitForFunction(() => window.editorHarness !== undefined);
});

afterAll(async () => {
  await context?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('scenario editor', () => {
  it('keeps Monaco out of the page until opened, then loads it with a dynamic import', async () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const entry = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1] as string;
    const firstLoad = staticClosure(entry);
    expect(firstLoad.filter((f) => MONACO_CHUNK.test(f))).toEqual([]);
    const firstLoadKb =
      firstLoad.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0) / 1024;
    expect(firstLoadKb).toBeLessThan(60);
    expect(readFileSync(join(dir, entry), 'utf8')).toMatch(
      /import\(`\.\/ScenarioEditor-[\w-]+\.js`\)/,
    );
    const assets = readdirSync(join(dir, 'assets'));
    expect(assets.filter((f) => /^(ts|editor)\.worker-/.test(f))).toHaveLength(2);
    // Only TypeScript's tokenizer, not Monaco's eighty other languages.
    expect(assets.filter((f) => /^(python|rust|yaml|html|css|json)[.-]/.test(f))).toEqual([]);

    expect(await page.locator('.monaco-editor').count()).toBe(0);
    const monacoRequests: string[] = [];
    page.on('request', (r) => {
      if (/ScenarioEditor|editor\.api/.test(r.url())) monacoRequests.push(r.url());
    });
    await page.click('#open');
    await expect.poll(() => page.locator('.monaco-editor').count(), { timeout: 30_000 }).toBe(1);
    expect(monacoRequests.length).toBeGreaterThan(0);
    await expect
      .poll(() => page.evaluate(() => window.editorHarness?.readyAt ?? null))
      .not.toBeNull();
    await expect.poll(shownText).toContain('a tour: one node of two dies');
    expect(await page.locator('.scenario-editor .status').count()).toBe(0);
    // Monaco's input element (an EditContext element or a textarea) carries the name.
    expect(await page.locator('.monaco-editor [aria-label^="Scenario code"]').count()).toBe(1);
  });

  it('type-checks the lesson scenario against the API without a problem', async () => {
    expect(await typeProblems()).toEqual([]);
  });

  it('offers the scenario options as completions while typing', async () => {
    const changesBefore = await page.evaluate(() => window.editorHarness?.changes.length);
    await setValue(HEADER);
    await expect.poll(shownText).toContain('export default');
    // Setting the value is not an edit by the reader: no onchange.
    expect(await page.evaluate(() => window.editorHarness?.changes.length)).toBe(changesBefore);
    await page.click('.monaco-editor .view-lines');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('defineScenario({ services: { a: { rep', { delay: 20 });
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.monaco-editor .suggest-widget .monaco-list-row');
    await expect
      .poll(() => suggestions.allInnerTexts(), { timeout: 30_000 })
      .toContainEqual(expect.stringContaining('replicas'));
    await page.keyboard.press('Escape');
    // The reader's typing reached the owner through onchange.
    const changes = await page.evaluate(() => window.editorHarness?.changes ?? []);
    expect(changes.at(-1)).toContain('defineScenario({ services: { a: { rep');
  });

  it('shows the JSDoc of an option on hover', async () => {
    await setValue(`${HEADER}defineScenario({\n  services: { web: { replicas: 2 } },\n});\n`);
    await expect.poll(shownText).toContain('replicas: 2');
    await expect
      .poll(
        async () => {
          await hoverWord('replicas');
          return hoverTexts();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toContainEqual(expect.stringContaining('How many instances. Default 1.'));
    await page.mouse.move(0, 0);
  });

  it('reports a type error with its line, and marks it', async () => {
    await setValue(
      `${HEADER}defineScenario({\n  services: {\n    web: { replicas: 'three' },\n  },\n});\n`,
    );
    await expect.poll(shownText).toContain("'three'");
    const problems = await typeProblems();
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'type', line: 5, column: 12, path: null }),
    ]);
    expect(problems[0].message).toContain("Type 'string' is not assignable to type 'number'");
    await expect
      .poll(() => page.locator('.monaco-editor .squiggly-error').count())
      .toBeGreaterThan(0);
  });

  it('reports syntax errors as syntax', async () => {
    await setValue(`${HEADER}defineScenario({\n  services: { web: { replicas: 2 } \n});\n`);
    const problems = await typeProblems();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ kind: 'syntax', line: expect.any(Number) });
  });

  it('marks the problems the owner passes, and clears them', async () => {
    await setValue(`${HEADER}defineScenario({\n  services: { web: { replicas: 2 } },\n});\n`);
    await expect.poll(() => typeProblems()).toEqual([]);
    await expect.poll(() => page.locator('.monaco-editor .squiggly-error').count()).toBe(0);
    const problem: SourceProblem = {
      kind: 'validation',
      message: 'services.web.replicas: at most 50',
      line: 4,
      column: 20,
      path: 'services.web.replicas',
    };
    await page.evaluate((p) => window.editorHarness?.setProblems([p]), problem);
    await expect.poll(() => page.locator('.monaco-editor .squiggly-error').count()).toBe(1);
    await expect
      .poll(
        async () => {
          const squiggle = await page.locator('.monaco-editor .squiggly-error').boundingBox();
          if (!squiggle) return [];
          await page.mouse.move(0, 0);
          await page.mouse.move(squiggle.x + squiggle.width / 2, squiggle.y + squiggle.height / 2, {
            steps: 3,
          });
          return hoverTexts();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toContainEqual(expect.stringContaining('services.web.replicas: at most 50'));
    expect((await hoverTexts()).join('\n')).toContain('not a valid scenario');
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.editorHarness?.setProblems([]));
    await expect.poll(() => page.locator('.monaco-editor .squiggly-error').count()).toBe(0);
  });

  it('runs on Ctrl+Enter without changing the text', async () => {
    const before = await page.evaluate(() => window.editorHarness?.value());
    await page.click('.monaco-editor .view-lines');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.evaluate(() => window.editorHarness?.runs)).toBe(1);
    expect(await page.evaluate(() => window.editorHarness?.value())).toBe(before);
  });

  it('follows the theme', async () => {
    const background = () =>
      page
        .locator('.monaco-editor-background')
        .first()
        .evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.click('#theme');
    await expect.poll(background).toBe('rgb(13, 17, 23)');
    await shot(page, 'editor-dark');
    await page.click('#theme');
    await expect.poll(background).toBe('rgb(255, 255, 255)');
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
