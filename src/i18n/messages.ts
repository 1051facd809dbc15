import type { Lang } from './locale.svelte.ts';
import type { Messages } from './translate.ts';
import appEn from './en/app.ts';
import appZh from './zh/app.ts';
import lessonsEn from './en/lessons.ts';
import lessonsZh from './zh/lessons.ts';
import views2En from './en/views2.ts';
import views2Zh from './zh/views2.ts';
import views1En from './en/views1.ts';
import views1Zh from './zh/views1.ts';
import editorEn from './en/editor.ts';
import editorZh from './zh/editor.ts';
import editEn from './en/edit.ts';
import editZh from './zh/edit.ts';
import imageEn from './en/image.ts';
import imageZh from './zh/image.ts';

/*
 * Every UI string, per language. Each area of the page has its own file in
 * en/ and zh/ (the same keys in both: a test checks it); they are merged here.
 */
export const MESSAGES: Record<Lang, Messages> = {
  en: { ...appEn, ...views2En, ...lessonsEn, ...views1En, ...editorEn, ...editEn, ...imageEn },
  zh: { ...appZh, ...views2Zh, ...lessonsZh, ...views1Zh, ...editorZh, ...editZh, ...imageZh },
};
