import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, shot, watchErrors } from './browser.ts';

/*
 * A reader edits a lesson's scenario in the built site, in Chromium: opens
 * the editor, gets help from the scenario API's types, makes a type error
 * and sees it marked, fixes it, runs it and sees the panel change, reloads
 * and finds the edit kept, copies a link and opens it in a fresh browser,
 * resets, and solves the sample challenge.
 */

const site = inject('siteUrl');
const start = readFileSync('lessons/00-start/01-tour/start.ts', 'utf8');
const solution = readFileSync('lessons/00-start/01-tour/solution.ts', 'utf8');
let context: BrowserContext;
let page: Page;
let errors: string[];

const editor = (p: Page) => p.locator('.monaco-editor').first();

async function openEditor(p: Page): Promise<void> {
  await p.getByRole('button', { name: /Edit scenario/ }).click();
  await expect.poll(() => editor(p).count(), { timeout: 30_000 }).toBe(1);
  await expect.poll(() => p.locator('.monaco-editor .view-line').count()).toBeGreaterThan(10);
}

/** The editor's visible text (Monaco draws only the lines in view, and wraps long ones). */
function editorText(p: Page): Promise<string> {
  return p.evaluate(() => {
    const lines = [...document.querySelectorAll('.monaco-editor .view-line')];
    // Monaco draws spaces as no-break spaces.
    return lines.map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n');
  });
}

/** Replaces the whole text the way a reader pastes it: through the clipboard, Ctrl+A, Ctrl+V. */
async function replaceText(p: Page, text: string): Promise<void> {
  await p.evaluate((t) => navigator.clipboard.writeText(t), text);
  await editor(p).locator('.view-lines').click({ force: true });
  await p.keyboard.press('ControlOrMeta+A');
  await p.keyboard.press('ControlOrMeta+V');
  await expect.poll(() => editorText(p)).toContain(text.trim().split('\n').at(-1)!.trim());
}

async function goalsLine(p: Page): Promise<string> {
  return (await p.locator('.challenge').textContent()) ?? '';
}

beforeAll(async () => {
  context = await launch({ width: 1280, height: 900 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await context.newPage();
  errors = watchErrors(page);
});

afterAll(async () => {
  await context?.close();
});

describe('editing a lesson’s scenario', () => {
  it('opens Monaco only when asked, with the scenario in it', async () => {
    await page.goto(`${site}#/start/tour/challenge`);
    await expect.poll(() => page.getByRole('slider', { name: 'Timeline' }).count()).toBe(1);
    expect(await page.locator('.monaco-editor').count()).toBe(0);
    await openEditor(page);
    expect(await editorText(page)).toContain('defineScenario');
    await shot(page, 'editor-open');
  });

  it('completes the scenario API and shows its documentation', async () => {
    // Put the cursor inside web's options (found with the editor's own search) and ask for completions.
    await editor(page).locator('.view-lines').click({ force: true }); // under Monaco's cursor layer
    await page.keyboard.press('Control+F');
    await page.keyboard.type('replicas: 2, cpu: 1');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('rep');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.suggest-widget .monaco-list-row');
    await expect
      .poll(async () => (await suggestions.allTextContents()).join(' '), { timeout: 20_000 })
      .toMatch(/replicas/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z');
    // The hover on an option (here asked for with the keyboard: Ctrl+K Ctrl+I, the cursor being
    // back at the start of `replicas`) shows the scenario API's documentation of it.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await expect
      .poll(() => page.locator('.monaco-hover').first().textContent(), { timeout: 20_000 })
      .toMatch(/How many instances/);
  });

  it('marks a type error in the code and lists it in words; the last good run stays', async () => {
    const before = await goalsLine(page);
    expect(start).toContain("rate: 20, timeout: '5s'");
    await replaceText(
      page,
      start.replace("rate: 20, timeout: '5s'", "rate: 'many', timeout: '5s'"),
    );
    await expect
      .poll(() => page.locator('.monaco-editor .squiggly-error').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: /^▶ Run/ }).click();
    const problems = page.getByRole('list', { name: 'Problems' });
    await expect.poll(() => problems.textContent()).toMatch(/Line \d+, column \d+.*type error/);
    // One mistake, one problem: the text pasted is the text the reader meant.
    expect(await problems.getByRole('listitem').count()).toBe(1);
    expect(await page.getByText(/the panel still shows the last run that worked/).count()).toBe(1);
    expect(await goalsLine(page)).toBe(before);
    await shot(page, 'editor-type-error');
    await new AxeBuilder({ page })
      .exclude('.monaco-editor')
      .analyze()
      .then((r) => expect(r.violations.map((v) => v.id)).toEqual([]));
  });

  it('lists the first problems of a badly broken edit, and the rest on demand', async () => {
    await replaceText(page, `${start}\n${'let = = ;\n'.repeat(12)}`);
    await page.getByRole('button', { name: /^▶ Run/ }).click();
    const problems = page.getByRole('list', { name: 'Problems' });
    await expect.poll(() => problems.getByRole('listitem').count()).toBe(8);
    const more = page.getByRole('button', { name: /^Show \d+ more problems$/ });
    const hidden = Number((await more.textContent())?.match(/\d+/)?.[0]);
    expect(hidden).toBeGreaterThan(4);
    await more.click();
    expect(await problems.getByRole('listitem').count()).toBe(8 + hidden);
  });

  it('runs the fixed scenario with Ctrl+Enter and the panel changes', async () => {
    await replaceText(page, solution);
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.getByText('Your version is running in the panel.').count(), {
        timeout: 20_000,
      })
      .toBe(1);
    // The solution's world has four nodes; the lesson's has two.
    await page.getByRole('tab', { name: 'Cluster' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: /^node-4/ }).count())
      .toBeGreaterThan(0);
    await expect
      .poll(() => goalsLine(page), { timeout: 30_000 })
      .toMatch(/Every goal is met\. Challenge solved!/);
    await shot(page, 'editor-solved');
  });

  it('offers the solution after a real attempt', async () => {
    expect(await page.getByRole('button', { name: 'Show solution' }).count()).toBe(1);
  });

  it('keeps the edit across a reload', async () => {
    await page.reload();
    await expect
      .poll(() => page.getByRole('button', { name: /Edit scenario.*edited/ }).count(), {
        timeout: 20_000,
      })
      .toBe(1);
    await openEditor(page);
    expect(await editorText(page)).toContain('surviving the node failure');
  });

  it('copies a link that opens the same scenario in a fresh browser', async () => {
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByLabel(/Link copied|Copy this link/);
    await expect.poll(() => field.count()).toBe(1);
    const link = await field.inputValue();
    expect(link).toMatch(/#\/sandbox\?s=/);
    // The clipboard holds it too (the page could copy it).
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    const fresh = await launch();
    const other = await fresh.newPage();
    const otherErrors = watchErrors(other);
    await other.goto(link);
    await expect
      .poll(() => other.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 })
      .toBe('Sandbox');
    await expect.poll(() => other.getByText(/came with a link someone shared/).count()).toBe(1);
    await other.getByRole('tab', { name: 'Cluster' }).click();
    await expect
      .poll(() => other.getByRole('button', { name: /^node-4/ }).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await expect.poll(() => editorText(other), { timeout: 30_000 }).toContain('surviving');
    await shot(other, 'sandbox-shared');
    expect(otherErrors).toEqual([]);
    await fresh.close();
  });

  it('resets to the lesson’s version after a confirmation', async () => {
    await page.getByRole('button', { name: 'Reset scenario' }).click();
    await page.getByRole('button', { name: 'Keep editing' }).click();
    expect(await editorText(page)).toContain('surviving');
    await page.getByRole('button', { name: 'Reset scenario' }).click();
    await page.getByRole('button', { name: 'Discard my changes' }).click();
    await expect.poll(() => editorText(page)).toContain('one node of two dies');
    await page.getByRole('tab', { name: 'Cluster' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^node-4/ }).count()).toBe(0);
  });

  it('records the solved challenge on the contents', async () => {
    await page.goto(site);
    await expect.poll(() => page.getByText('challenge solved').count()).toBeGreaterThan(0);
  });

  it('offers no editor on a step that keeps its scenario to itself (the hidden fault)', async () => {
    await page.goto(`${site}#/microservices/observability/find-the-fault`);
    await expect.poll(() => page.getByRole('slider', { name: 'Timeline' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /Edit scenario/ }).count()).toBe(0);
    // The step before it, on the same lesson, still offers one.
    await page.goto(`${site}#/microservices/observability/traces`);
    await expect.poll(() => page.getByRole('button', { name: /Edit scenario/ }).count()).toBe(1);
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('the sandbox page', () => {
  it('is linked from the contents and runs its starter scenario', async () => {
    await page.goto(site);
    await page.getByRole('link', { name: 'Sandbox' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sandbox');
    await expect
      .poll(() => page.getByRole('slider', { name: 'Timeline' }).count(), { timeout: 20_000 })
      .toBe(1);
    for (const name of ['Cluster', 'Services', 'Charts', 'State machine', 'Event log', 'Traces'])
      expect(await page.getByRole('tab', { name }).count(), name).toBe(1);
    await expect.poll(() => editor(page).count(), { timeout: 30_000 }).toBe(1);
    await shot(page, 'sandbox');
  });

  it('says clearly when a link is damaged, and opens the reader’s own scenario', async () => {
    await page.goto(`${site}#/sandbox?s=N4Ig-this-is-not-a-scenario`);
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: /link/ }).textContent(), {
        timeout: 20_000,
      })
      .toMatch(/link is damaged/);
    await expect.poll(() => page.getByRole('slider', { name: 'Timeline' }).count()).toBe(1);
    await page.goto(`${site}#/sandbox?s=${'A'.repeat(40_000)}`);
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: /link/ }).textContent())
      .toMatch(/too long/);
  });

  it('fits a phone', async () => {
    const phone = await launch({ width: 360, height: 740 });
    const p = await phone.newPage();
    await p.goto(`${site}#/sandbox`);
    await expect.poll(() => editor(p).count(), { timeout: 30_000 }).toBe(1);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shot(p, 'sandbox-phone');
    await phone.close();
  });
});
