import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SiteHeader from '../../../src/app/SiteHeader.svelte';
import { theme } from '../../../src/app/theme.svelte.ts';
import { locale } from '../../../src/i18n/locale.svelte.ts';

afterEach(() => {
  cleanup();
  locale.set('en');
  theme.set('system');
  localStorage.clear();
});

describe('SiteHeader', () => {
  it('links home and to the contents', () => {
    render(SiteHeader, { onhelp: () => {} });
    expect(screen.getByRole('link', { name: 'cloudscope' }).getAttribute('href')).toBe('#/');
    const nav = screen.getByRole('navigation', { name: 'Contents' });
    expect(nav.querySelector('a')?.getAttribute('href')).toBe('#/');
  });

  it('switches the language of the whole page, and remembers it', async () => {
    render(SiteHeader, { onhelp: () => {} });
    const select = screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement;
    expect(select.value).toBe('en');
    expect([...select.options].map((o) => [o.value, o.textContent, o.lang])).toEqual([
      ['en', 'English', 'en'],
      ['zh', '中文', 'zh-CN'],
    ]);
    await fireEvent.change(select, { target: { value: 'zh' } });
    expect(locale.lang).toBe('zh');
    expect(localStorage.getItem('cloudscope.lang')).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByRole('combobox', { name: '语言' })).toBe(select);
    expect(screen.getByRole('navigation', { name: '目录' })).toBeTruthy();
  });

  it('cycles the theme and says which one is chosen', async () => {
    render(SiteHeader, { onhelp: () => {} });
    const button = screen.getByRole('button', { name: 'Theme' });
    expect(button.getAttribute('title')).toBe('Theme: system');
    await fireEvent.click(button);
    expect(theme.choice).toBe('light');
    expect(button.getAttribute('title')).toBe('Theme: light');
    expect(button.textContent).toContain('Theme: light');
    expect(document.documentElement.dataset.theme).toBe('light');
    await fireEvent.click(button);
    expect(theme.choice).toBe('dark');
    expect(button.getAttribute('title')).toBe('Theme: dark');
    await fireEvent.click(button);
    expect(theme.choice).toBe('system');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('opens the keyboard help', async () => {
    const onhelp = vi.fn();
    render(SiteHeader, { onhelp });
    await fireEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(onhelp).toHaveBeenCalledTimes(1);
  });
});
