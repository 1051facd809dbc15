import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'cloudscope.theme';

/** A fresh theme module, as a page load would create it. */
async function freshTheme() {
  vi.resetModules();
  return (await import('../../../src/app/theme.svelte.ts')).theme;
}

function fakeMatchMedia(dark: boolean) {
  return vi.fn((query: string) => ({ matches: dark && query === '(prefers-color-scheme: dark)' }));
}

beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('theme', () => {
  it('starts from the remembered choice, and ignores anything else stored', async () => {
    localStorage.setItem(KEY, 'dark');
    expect((await freshTheme()).choice).toBe('dark');
    localStorage.setItem(KEY, 'light');
    expect((await freshTheme()).choice).toBe('light');
    localStorage.setItem(KEY, 'purple');
    expect((await freshTheme()).choice).toBe('system');
    localStorage.removeItem(KEY);
    expect((await freshTheme()).choice).toBe('system');
  });

  it('follows the system when storage cannot be read', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect((await freshTheme()).choice).toBe('system');
  });

  it('remembers a choice and marks the page with it; "system" forgets it', async () => {
    const theme = await freshTheme();
    theme.set('dark');
    expect(localStorage.getItem(KEY)).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    theme.set('system');
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('cycles system → light → dark → system', async () => {
    const theme = await freshTheme();
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      theme.next();
      seen.push(theme.choice);
    }
    expect(seen).toEqual(['light', 'dark', 'system', 'light']);
  });

  it('resolves "system" through the colour-scheme media query', async () => {
    const theme = await freshTheme();
    vi.stubGlobal('matchMedia', fakeMatchMedia(true));
    expect(theme.resolved).toBe('dark');
    vi.stubGlobal('matchMedia', fakeMatchMedia(false));
    expect(theme.resolved).toBe('light');
    theme.set('dark');
    expect(theme.resolved).toBe('dark');
    vi.stubGlobal('matchMedia', fakeMatchMedia(true));
    theme.set('light');
    expect(theme.resolved).toBe('light');
  });

  it('still switches when storage refuses to save (private mode)', async () => {
    const theme = await freshTheme();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    theme.set('dark');
    expect(theme.choice).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
