import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en/image.ts';
import zh from '../../../src/i18n/zh/image.ts';
import { MESSAGES } from '../../../src/i18n/messages.ts';

describe('image view messages', () => {
  it('has the same keys in English and Chinese, and is registered', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(MESSAGES.en[key]).toBe(en[key as keyof typeof en]);
      expect(MESSAGES.zh[key]).toBe(zh[key as keyof typeof zh]);
    }
    expect(MESSAGES.en['view.image']).toBe('Image');
    expect(MESSAGES.zh['view.image']).toBe('镜像');
  });

  it('uses the same parameters in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(en))
      expect(params(zh[key as keyof typeof zh]), key).toEqual(params(text));
  });
});
