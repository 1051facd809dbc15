/** The languages of the site. */
export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

const STORAGE_KEY = 'cloudscope.lang';

/** The language to start with: the one remembered, else the browser's, else English. */
export function initialLang(stored: string | null, browser: readonly string[]): Lang {
  if (stored === 'en' || stored === 'zh') return stored;
  for (const tag of browser) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

function readStored(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The current language, shared by every part of the page. */
class Locale {
  lang = $state<Lang>(
    initialLang(
      readStored(),
      typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
    ),
  );

  set(lang: Lang): void {
    this.lang = lang;
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // Private mode: the choice lasts for this visit only.
    }
    if (typeof document !== 'undefined')
      document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }
}

export const locale = new Locale();
