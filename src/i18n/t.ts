import { locale } from './locale.svelte.ts';
import { MESSAGES } from './messages.ts';
import { translate } from './translate.ts';

/** The current language's text for a key (reactive inside components: it reads the locale). */
export function t(key: string, params?: Record<string, string | number>): string {
  return translate(MESSAGES, locale.lang, key, params);
}
