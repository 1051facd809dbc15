import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, shot, watchErrors } from './browser.ts';

/*
 * The reader's path through the built site, served from a sub-path, in real
 * Chromium: contents, a lesson step by step, playback, scrubbing, an
 * intervention and its undo, language and theme, progress after a reload,
 * phone width, and accessibility checks with axe.
 */

const site = inject('siteUrl');
let context: BrowserContext;
let page: Page;
let errors: string[];

async function axe(p: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page: p }).analyze();
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe on ${name}`).toEqual([]);
}

async function timelineValue(p: Page): Promise<number> {
  return Number(await p.getByRole('slider', { name: 'Timeline' }).inputValue());
}

beforeAll(async () => {
  context = await launch();
  page = await context.newPage();
  errors = watchErrors(page);
});

afterAll(async () => {
  await context?.close();
});

describe('reading a lesson', () => {
  it('opens the contents from a sub-path, with each lesson a link named by its title', async () => {
    await page.goto(site);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Contents');
    const link = page.getByRole('link', { name: 'A tour of cloudscope' });
    expect(await link.count()).toBe(1);
    await shot(page, 'contents-desktop');
    await axe(page, 'contents');
  });

  it('opens the sample lesson and steps through it with "Next step"', async () => {
    await page.getByRole('link', { name: 'A tour of cloudscope' }).click();
    await page.waitForURL(/#\/start\/tour/);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('What you are looking at');
    await expect
      .poll(() => page.getByRole('group', { name: /cluster/i }).count())
      .toBeGreaterThan(0);
    await shot(page, 'lesson-step-1');
    await axe(page, 'lesson');
    const titles: string[] = [];
    for (let i = 0; i < 12; i++) {
      titles.push((await page.getByRole('heading', { level: 1 }).textContent()) ?? '');
      // Every view of every step, checked by axe once the panel is there.
      await expect.poll(() => page.getByRole('slider', { name: 'Timeline' }).count()).toBe(1);
      for (const tab of await page.getByRole('tab').all()) {
        await tab.click();
        await page.waitForTimeout(200);
        await axe(page, `step ${i + 1}, ${await tab.textContent()}`);
      }
      await shot(page, `lesson-step-${i + 1}`);
      const next = page.getByRole('button', { name: 'Next step' });
      if ((await next.count()) === 0) break;
      await next.click();
      expect(page.url()).toMatch(/#\/start\/tour\/[a-z-]+$/);
    }
    expect(titles.length).toBeGreaterThanOrEqual(5);
    expect(new Set(titles).size).toBe(titles.length);
    await shot(page, 'lesson-last-step');
  });

  it('plays, pauses, and scrubs back instantly', async () => {
    await page.goto(`${site}#/start/tour/panel`);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => timelineValue(page), { timeout: 15_000 }).toBeGreaterThan(3000);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await timelineValue(page);
    await page.waitForTimeout(500);
    expect(await timelineValue(page)).toBe(paused);
    // Scrub: drag the slider far forward, then back to the start.
    const slider = page.getByRole('slider', { name: 'Timeline' });
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => timelineValue(page)).toBeGreaterThan(100_000);
    await page.keyboard.press('Home');
    await expect.poll(() => timelineValue(page)).toBe(0);
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect.poll(() => timelineValue(page)).toBeGreaterThan(0);
    await shot(page, 'lesson-scrubbed');
  });

  it('acts on the world: kill a node, see it on the timeline, undo it', async () => {
    await page.goto(`${site}#/start/tour/panel`);
    await page.getByRole('tab', { name: 'Cluster' }).click();
    const node = page.getByRole('button', { name: /^node-2/ });
    await expect.poll(() => node.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const undo = page.getByRole('button', { name: 'Undo' });
    expect(await undo.isDisabled()).toBe(true);
    await node.first().click();
    await page.getByRole('menuitem', { name: 'Kill node' }).click();
    await expect.poll(() => undo.isDisabled()).toBe(false);
    await expect
      .poll(() => page.locator('[aria-live="polite"]').last().textContent())
      .toMatch(/changed the run/);
    await shot(page, 'lesson-intervened');
    await undo.click();
    await expect.poll(() => undo.isDisabled()).toBe(true);
  });

  it('switches to Chinese and to the dark theme, and remembers both', async () => {
    await page.goto(`${site}#/start/tour/panel`);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    const cjk = /[\u4e00-\u9fff]/;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(cjk);
    expect(await page.getByRole('button', { name: '播放' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    const theme = page.getByRole('button', { name: '主题' });
    await theme.click(); // light
    await theme.click(); // dark
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await shot(page, 'lesson-zh-dark');
    await axe(page, 'lesson in Chinese, dark');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(cjk);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await page.getByRole('button', { name: 'Theme' }).click(); // back to following the system
  });

  it('keeps progress across a reload and shows it on the contents', async () => {
    await page.goto(site);
    await page.reload();
    await expect.poll(() => page.getByText(/of 7 steps|done/).count()).toBeGreaterThan(0);
  });

  it('answers the keyboard: space plays, ? opens the help', async () => {
    await page.goto(`${site}#/start/tour/panel`);
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await page.keyboard.press('Space');
    await page.keyboard.press('Shift+Slash');
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count())
      .toBe(1);
    await page.keyboard.press('Escape');
  });

  it('has no errors in the console', () => {
    expect(errors).toEqual([]);
  });
});

/** The tour's first step at 360 px in a browser of its own; the page's errors are collected. */
async function tourOnPhone() {
  const phone = await launch({ width: 360, height: 740 });
  const p = await phone.newPage();
  const problems = watchErrors(p);
  await p.goto(`${site}#/start/tour/panel`);
  return { phone, p, problems };
}

describe('on a phone', () => {
  it('stacks prose and panel at 360 px and can still play', async () => {
    const { phone, p, problems } = await tourOnPhone();
    await expect
      .poll(() => p.getByRole('heading', { level: 1 }).textContent())
      .toBe('What you are looking at');
    const width = await p.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    // The panel sits below the prose; the reader scrolls to it.
    await p.locator('[data-panel]').scrollIntoViewIfNeeded();
    await p.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => timelineValue(p), { timeout: 15_000 }).toBeGreaterThan(1000);
    await shot(p, 'phone-lesson');
    await axe(p, 'lesson on a phone');
    expect(problems).toEqual([]);
    await phone.close();
  });

  it('runs the simulation at once but draws the panel only when the reader gets to it', async () => {
    const { phone, p, problems } = await tourOnPhone();
    await expect.poll(() => p.getByRole('heading', { level: 1 }).count()).toBe(1);
    // Space plays the run though its panel is not drawn yet.
    await p.getByRole('heading', { level: 1 }).click();
    expect(await p.locator('[data-panel] section').count()).toBe(0);
    await p.keyboard.press('Space');
    expect(await p.locator('[data-panel] section').count()).toBe(0);
    // Once there, the panel shows a run that has been playing (the step does not autoplay).
    await p.locator('[data-panel]').scrollIntoViewIfNeeded();
    await expect.poll(() => timelineValue(p), { timeout: 15_000 }).toBeGreaterThan(1000);
    await expect(p.getByRole('button', { name: 'Pause' }).count()).resolves.toBe(1);
    await expect.poll(() => p.locator('[data-panel] svg').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await phone.close();
  });

  it('takes a keyboard user who reaches the panel before it is drawn on into it', async () => {
    const { phone, p, problems } = await tourOnPhone();
    const show = p.getByRole('button', { name: 'Show the simulation' });
    await expect.poll(() => show.count()).toBe(1);
    await show.focus();
    await expect
      .poll(() => p.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('tab');
    expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Cluster');
    expect(await show.count()).toBe(0);
    expect(problems).toEqual([]);
    await phone.close();
  });
});
