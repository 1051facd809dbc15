// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createLessonMarkdown } from '../../../src/lessons/createLessonMarkdown.ts';
import { DirectiveFields } from '../../../src/lessons/directiveFields.ts';
import { PREDICT_KEYS, parsePredictDirective } from '../../../src/lessons/parsePredictDirective.ts';
import { parseYamlBlock } from '../../../src/lessons/parseYamlBlock.ts';

const predict = (yaml: string) =>
  parsePredictDirective(
    DirectiveFields.read('predict', parseYamlBlock(yaml, 'f.md', 2, 1), 'f.md', 1, PREDICT_KEYS),
    createLessonMarkdown(),
  );

describe('parsePredictDirective', () => {
  it('accepts choices written as plain text or as text with correct', () => {
    const part = predict(
      'id: q\nquestion: Which?\nchoices:\n  - One\n  - text: Two\n    correct: true\nexplain: Because.',
    );
    expect(part.choices).toEqual([
      { html: 'One', correct: false },
      { html: 'Two', correct: true },
    ]);
  });

  it('rejects two right answers and a correct that is not true or false', () => {
    expect(() =>
      predict(
        'id: q\nquestion: Q\nchoices:\n  - text: a\n    correct: true\n  - text: b\n    correct: true\nexplain: E',
      ),
    ).toThrow('f.md:4: predict block: choices: exactly one must have "correct: true" (2 have)');
    expect(() =>
      predict('id: q\nquestion: Q\nchoices:\n  - text: a\n    correct: yes\n  - b\nexplain: E'),
    ).toThrow('f.md:6: predict block: choices: correct is true or false');
    expect(() => predict('id: q\nquestion: Q\nchoices:\n  - [a]\n  - b\nexplain: E')).toThrow(
      'each is "- text: ..."',
    );
  });
});
