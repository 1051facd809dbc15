import { describe, expect, inject, it } from 'vitest';
import { launch, shot } from './browser.ts';

/*
 * After the first visit the course works offline: the service worker has
 * precached the built site, so a reader on a train keeps learning.
 */

const site = inject('siteUrl');

describe('offline', () => {
  it('works offline after one visit: contents, a lesson and its simulation', async () => {
    const context = await launch();
    const page = await context.newPage();
    await page.goto(site);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 15_000,
      })
      .toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Contents');
    await page.getByRole('link', { name: 'A tour of cloudscope' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('What you are looking at');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect
      .poll(() => page.getByRole('slider', { name: 'Timeline' }).inputValue().then(Number), {
        timeout: 15_000,
      })
      .toBeGreaterThan(1000);
    await shot(page, 'offline-lesson');
    await context.close();
  });
});
