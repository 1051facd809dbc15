import AxeBuilder from '@axe-core/playwright';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, shot, watchErrors } from './browser.ts';

/*
 * Every lesson of the course, opened in the built site in both languages
 * and stepped through to the end: each step shows its heading and its
 * panel, every view of every step passes axe (in English; the default view
 * in Chinese), nothing is logged as an error, and at phone width no step is
 * wider than the screen. `LESSON=part/lesson` checks one lesson only.
 */

const site = inject('siteUrl');
const root = join(process.cwd(), 'lessons');

/** `01-foundations/02-service-models` → `foundations/service-models`. */
function lessonIds(): string[] {
  const strip = (name: string) => name.replace(/^\d+-/, '');
  const ids: string[] = [];
  for (const part of readdirSync(root).sort()) {
    if (!/^\d+-/.test(part)) continue;
    for (const lesson of readdirSync(join(root, part)).sort()) {
      if (/^\d+-/.test(lesson) && existsSync(join(root, part, lesson, 'index.md')))
        ids.push(`${strip(part)}/${strip(lesson)}`);
    }
  }
  return ids.filter((id) => !process.env.LESSON || id === process.env.LESSON);
}

const LESSONS = lessonIds();
const CJK = /[\u4e00-\u9fff]/;

async function axe(p: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page: p }).analyze();
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe on ${name}`).toEqual([]);
}

/** Opens a lesson in a language; the page's errors are collected in the returned list. */
async function open(context: BrowserContext, id: string, lang: 'en' | 'zh') {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.addInitScript((l) => localStorage.setItem('cloudscope.lang', l), lang);
  await page.goto(`${site}#/${id}`);
  return { page, errors };
}

/** Waits for the step's heading and, when the step has a simulation, its panel. */
async function stepReady(page: Page, lang: 'en' | 'zh'): Promise<string> {
  const heading = page.getByRole('heading', { level: 1 });
  await expect.poll(() => heading.count(), { timeout: 20_000 }).toBe(1);
  const title = (await heading.textContent()) ?? '';
  if (lang === 'zh') expect(title).toMatch(CJK);
  if ((await page.locator('[data-panel]').count()) > 0) {
    // A panel below the fold draws its view once it nears the viewport: go there as a reader would.
    await page.locator('[data-panel]').scrollIntoViewIfNeeded();
    // The panel is ready when its timeline shows, or, for the stack view (which has no
    // timeline), when its model picker does.
    const ready = page
      .getByRole('slider', { name: lang === 'en' ? 'Timeline' : '时间轴' })
      .or(page.getByRole('group', { name: lang === 'en' ? 'Model' : '服务模式' }));
    await expect.poll(() => ready.count(), { timeout: 20_000 }).toBe(1);
  }
  return title;
}

/** Goes to the next step; false at the last one. */
async function next(page: Page, lang: 'en' | 'zh'): Promise<boolean> {
  const button = page.getByRole('button', { name: lang === 'en' ? 'Next step' : '下一步' });
  if ((await button.count()) === 0) return false;
  await button.click();
  return true;
}

describe.each(LESSONS)('lesson %s', (id) => {
  let context: BrowserContext;

  beforeAll(async () => {
    context = await launch();
  });

  afterAll(async () => {
    await context?.close();
  });

  it.each(['en', 'zh'] as const)(
    'steps through to the end in %s, every view passing axe',
    async (lang) => {
      const { page, errors } = await open(context, id, lang);
      const titles: string[] = [];
      for (let i = 0; i < 30; i++) {
        titles.push(await stepReady(page, lang));
        const tabs = await page.getByRole('tab').all();
        if (lang === 'en') {
          for (const tab of tabs) {
            await tab.click();
            await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
            await axe(page, `${id} step ${i + 1}, ${await tab.textContent()}`);
          }
        } else {
          await axe(page, `${id} (zh) step ${i + 1}`);
        }
        // A simulation that failed says so in the panel: that is an error of the lesson too.
        for (const alert of await page.locator('[data-panel] [role=alert]').all())
          errors.push(`step ${i + 1}: ${await alert.textContent()}`);
        if (process.env.SHOTS) await shot(page, `${id.replace('/', '-')}-${lang}-${i + 1}`);
        if (!(await next(page, lang))) break;
      }
      expect(titles.length).toBeGreaterThanOrEqual(3);
      expect(new Set(titles).size, 'every step has its own title').toBe(titles.length);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('fits a phone at every step', async () => {
    const phone = await launch({ width: 360, height: 740 });
    const { page, errors } = await open(phone, id, 'en');
    for (let i = 0; i < 30; i++) {
      await stepReady(page, 'en');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `step ${i + 1} is wider than the phone`).toBeLessThanOrEqual(360);
      if (process.env.SHOTS) await shot(page, `${id.replace('/', '-')}-phone-${i + 1}`);
      if (!(await next(page, 'en'))) break;
    }
    expect(errors).toEqual([]);
    await phone.close();
  });
});
