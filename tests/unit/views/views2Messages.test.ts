import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en/views2.ts';
import zh from '../../../src/i18n/zh/views2.ts';
import { MESSAGES } from '../../../src/i18n/messages.ts';
import { translate } from '../../../src/i18n/translate.ts';

describe('views2 messages', () => {
  it('has the same keys in English and Chinese, with the same parameters', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const params = (s: unknown) => [...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en))
      expect(params(zh[key as keyof typeof zh]), key).toEqual(params(en[key as keyof typeof en]));
  });
  it('is registered, and names the controls as the tests and readers expect', () => {
    expect(translate(MESSAGES, 'en', 'controls.play')).toBe('Play');
    expect(translate(MESSAGES, 'en', 'controls.stepForward')).toBe('Step forward');
    expect(translate(MESSAGES, 'en', 'timeline.label')).toBe('Timeline');
    expect(translate(MESSAGES, 'zh', 'controls.play')).toBe('播放');
  });
});
