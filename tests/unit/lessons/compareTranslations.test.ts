// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareTranslations } from '../../../src/lessons/compareTranslations.ts';
import type { OutlineEntry } from '../../../src/lessons/compileLesson.ts';

const entry = (line: number, key: string, label = key): OutlineEntry => ({ line, key, label });
const en = {
  file: 'lessons/01-a/01-b/index.md',
  outline: [entry(1, 'order 1'), entry(5, 'step a'), entry(9, 'sim {}', 'a sim block')],
};
const zh = (outline: OutlineEntry[]) => ({ file: 'lessons/01-a/01-b/index.zh.md', outline });

describe('compareTranslations', () => {
  it('accepts the same outline at other lines', () => {
    expect(() =>
      compareTranslations(
        en,
        zh([entry(1, 'order 1'), entry(4, 'step a'), entry(7, 'sim {}', 'a sim block')]),
      ),
    ).not.toThrow();
  });

  it('names the first difference, in the translation, with the English line', () => {
    expect(() => compareTranslations(en, zh([entry(1, 'order 1'), entry(4, 'step b')]))).toThrow(
      'lessons/01-a/01-b/index.zh.md:4: here the translation has step b where index.md has step a (line 5)',
    );
    expect(() =>
      compareTranslations(
        en,
        zh([entry(1, 'order 1'), entry(4, 'step a'), entry(8, 'sim {"x":1}', 'a sim block')]),
      ),
    ).toThrow('index.zh.md:8: a sim block has other settings than in index.md (line 9)');
  });

  it('says what must stay the same when an entry tells it', () => {
    const quiz = (line: number, key: string): OutlineEntry => ({
      line,
      key,
      label: 'the quiz block "q"',
      same: 'the items must stay the same',
    });
    expect(() =>
      compareTranslations(
        { file: en.file, outline: [entry(1, 'order 1'), quiz(6, 'quiz q [[2,0]]')] },
        zh([entry(1, 'order 1'), quiz(5, 'quiz q [[2,1]]')]),
      ),
    ).toThrow(
      'index.zh.md:5: the quiz block "q" has other settings than in index.md (line 6); the items must stay the same',
    );
  });

  it('notices missing and extra entries', () => {
    expect(() => compareTranslations(en, zh([entry(1, 'order 1'), entry(4, 'step a')]))).toThrow(
      'index.zh.md:4: the translation ends here, but index.md goes on with a sim block (line 9)',
    );
    expect(() =>
      compareTranslations(en, zh([...en.outline, entry(20, 'step z', 'step "z"')])),
    ).toThrow('index.zh.md:20: step "z" is not in index.md');
  });
});
