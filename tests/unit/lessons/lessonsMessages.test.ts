// @vitest-environment node
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en/lessons.ts';
import zh from '../../../src/i18n/zh/lessons.ts';
import { MESSAGES } from '../../../src/i18n/messages.ts';
import { translate } from '../../../src/i18n/translate.ts';

describe('the lesson runtime’s messages', () => {
  it('have the same keys in English and Chinese, all under "lessons."', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(key.startsWith('lessons.')).toBe(true);
  });

  it('are registered, and fill in their parameters', () => {
    expect(translate(MESSAGES, 'en', 'lessons.challenge.progress', { met: 2, total: 3 })).toBe(
      '2 of 3 goals met.',
    );
    expect(translate(MESSAGES, 'zh', 'lessons.challenge.progress', { met: 2, total: 3 })).toBe(
      '已达成 2 / 3 个目标。',
    );
    expect(translate(MESSAGES, 'en', 'lessons.challenge.eventCount', { count: 2 })).toBe(
      'happened 2 times',
    );
    expect(translate(MESSAGES, 'zh', 'lessons.challenge.eventCount', { count: 0 })).toBe(
      '没有发生',
    );
    expect(translate(MESSAGES, 'en', 'lessons.quiz.unanswered', { count: 2 })).toBe(
      '2 items have no answer yet.',
    );
    expect(translate(MESSAGES, 'zh', 'lessons.quiz.unanswered', { count: 2 })).toBe(
      '还有 2 题没有作答。',
    );
  });
});
