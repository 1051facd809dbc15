import type { Lang } from './locale.svelte.ts';

/** Messages of one language: a string, or a function of parameters. */
export type Messages = Record<string, string | ((p: Record<string, string | number>) => string)>;

/**
 * Looks a message up in the tables of a language, falling back to English,
 * and fills in `{name}` parameters. An unknown key shows itself (and is
 * caught by the test that compares the English and Chinese tables).
 */
export function translate(
  tables: Record<Lang, Messages>,
  lang: Lang,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const message = tables[lang][key] ?? tables.en[key];
  if (message === undefined) return key;
  if (typeof message === 'function') return message(params);
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
