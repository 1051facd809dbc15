import { describe, expect, inject, it } from 'vitest';
import { launch } from './browser.ts';

const site = inject('siteUrl');

describe('reduced motion', () => {
  it('does not animate requests, but the numbers still update', async () => {
    const context = await launch({ reducedMotion: true });
    const page = await context.newPage();
    await page.goto(`${site}#/start/tour/panel`);
    await page.getByRole('tab', { name: 'Services' }).click();
    await page.getByRole('button', { name: 'Play' }).click();
    await expect
      .poll(() => page.getByRole('slider', { name: 'Timeline' }).inputValue().then(Number), {
        timeout: 15_000,
      })
      .toBeGreaterThan(3000);
    // No dots travel along the edges; the edges show how many calls are in flight instead.
    expect(await page.locator('svg g.dots').count()).toBe(0);
    await expect.poll(() => page.locator('svg text.count-text').count()).toBeGreaterThan(0);
    await context.close();
  });
});
