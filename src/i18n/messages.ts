import type { Lang } from './locale.svelte.ts';
import type { Messages } from './translate.ts';
import appEn from './en/app.ts';
import appZh from './zh/app.ts';

/*
 * Every UI string, per language. Each area of the page has its own file in
 * en/ and zh/ (the same keys in both: a test checks it); they are merged here.
 */
export const MESSAGES: Record<Lang, Messages> = {
  en: { ...appEn },
  zh: { ...appZh },
};
