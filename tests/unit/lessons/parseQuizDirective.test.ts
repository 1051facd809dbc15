// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createLessonMarkdown } from '../../../src/lessons/createLessonMarkdown.ts';
import { DirectiveFields } from '../../../src/lessons/directiveFields.ts';
import { QUIZ_KEYS, parseQuizDirective } from '../../../src/lessons/parseQuizDirective.ts';
import { parseYamlBlock } from '../../../src/lessons/parseYamlBlock.ts';

// The block's fence is line 1 of f.md, its first setting line 2.
const quiz = (yaml: string) =>
  parseQuizDirective(
    DirectiveFields.read('quiz', parseYamlBlock(yaml, 'f.md', 2, 1), 'f.md', 1, QUIZ_KEYS),
    createLessonMarkdown(),
  );

const lines = (...l: string[]) => l.join('\n');

describe('parseQuizDirective', () => {
  it('reads shared choices, answers as indices, and markdown in every text', () => {
    const part = quiz(
      lines(
        'id: place-services',
        'question: Which *model* is each service?',
        'choices: [IaaS, PaaS, SaaS]',
        'items:',
        '  - text: Amazon `EC2`',
        '    answer: IaaS',
        '    explain: You run **everything** from the OS up.',
        '  - text: Gmail',
        '    answer: SaaS',
        'explain: |',
        '  The further right, the less you manage.',
      ),
    );
    expect(part).toEqual({
      kind: 'quiz',
      id: 'place-services',
      questionHtml: 'Which <em>model</em> is each service?',
      items: [
        {
          html: 'Amazon <code>EC2</code>',
          choices: ['IaaS', 'PaaS', 'SaaS'],
          answer: 0,
          explainHtml: '<p>You run <strong>everything</strong> from the OS up.</p>',
        },
        { html: 'Gmail', choices: ['IaaS', 'PaaS', 'SaaS'], answer: 2, explainHtml: null },
      ],
      explainHtml: '<p>The further right, the less you manage.</p>',
    });
  });

  it('lets an item have its own choices, with or without shared ones', () => {
    const part = quiz(
      lines(
        'id: find-the-fault',
        'question: What went wrong?',
        'items:',
        '  - text: Which service?',
        '    choices: [gateway, orders, payments]',
        '    answer: payments',
        '  - text: Which fault?',
        '    choices:',
        '      - slow',
        '      - CPU hog',
        '    answer: CPU hog',
      ),
    );
    expect(part.items.map((i) => [i.choices, i.answer])).toEqual([
      [['gateway', 'orders', 'payments'], 2],
      [['slow', 'CPU hog'], 1],
    ]);
    expect(part.explainHtml).toBeNull();
    const mixed = quiz(
      lines(
        'id: q',
        'question: Q',
        'choices: [a, b]',
        'items:',
        '  - text: x',
        '    answer: b',
        '  - text: y',
        '    choices: [c, d, e]',
        '    answer: e',
      ),
    );
    expect(mixed.items.map((i) => i.choices.length)).toEqual([2, 3]);
  });

  it('reads choices and answers that YAML took for numbers as text', () => {
    const part = quiz(
      'id: q\nquestion: How many?\nchoices: [1, 2, 3]\nitems:\n  - text: x\n    answer: 3',
    );
    expect(part.items[0]).toMatchObject({ choices: ['1', '2', '3'], answer: 2 });
  });

  it.each([
    // [yaml, line, message]
    [
      'question: Q\nitems:\n  - text: x\n    answer: a',
      1,
      'quiz block: "id" is required (kebab-case, like "node-dies")',
    ],
    [
      'id: q\nchoices: [a, b]\nitems:\n  - text: x\n    answer: a',
      1,
      'quiz block: "question" is required',
    ],
    [
      'id: q\nquestion: Q\nchoices: [a, b]',
      1,
      'quiz block: "items" is required: a list of "- text: ..." items, each with its "answer"',
    ],
    [
      'id: q\nquestion: Q\nchoices: [a, b]\nitems: []',
      5,
      'quiz block: "items" is required: a list of "- text: ..." items, each with its "answer"',
    ],
    [
      'id: q\nquestion: Q\nchoices: [a]\nitems:\n  - text: x\n    answer: a',
      4,
      'quiz block: choices: a list of at least two, like [IaaS, PaaS, SaaS] or one "- ..." line each',
    ],
    [
      'id: q\nquestion: Q\nchoices:\n  - a\n  - text: b\nitems:\n  - text: x\n    answer: a',
      6,
      'quiz block: choices: each choice is plain text, like "- IaaS"',
    ],
    [
      'id: q\nquestion: Q\nchoices: [a, b, a]\nitems:\n  - text: x\n    answer: a',
      4,
      'quiz block: choices: "a" is listed twice',
    ],
    [
      'id: q\nquestion: Q\nchoices: [a, b]\nitems:\n  - x\n',
      6,
      'quiz block: items: each item is "- text: ...", with "answer: ..." below it',
    ],
    [
      'id: q\nquestion: Q\nchoices: [a, b]\nitems:\n  - text: x\n    anser: a',
      7,
      'quiz block: items: unknown setting "anser" (did you mean "answer"?); an item has text, answer, choices, explain',
    ],
    [
      'id: q\nquestion: Q\nchoices: [a, b]\nitems:\n  - answer: a',
      6,
      'quiz block: items: each item needs "text": the thing to place or the question to answer',
    ],
    [
      'id: q\nquestion: Q\nchoices: [a, b]\nitems:\n  - text: x',
      6,
      'quiz block: items: each item needs "answer", one of: a, b',
    ],
    [
      'id: q\nquestion: Q\nchoices: [IaaS, PaaS, SaaS]\nitems:\n  - text: x\n    answer: SasS',
      7,
      'quiz block: answer: "SasS" is not one of the choices (IaaS, PaaS, SaaS) (did you mean "SaaS"?)',
    ],
    [
      'id: q\nquestion: Q\nchoices: [a, b]\nitems:\n  - text: x\n    answer: [a]',
      7,
      'quiz block: answer: write one of the choices: a, b',
    ],
    [
      'id: q\nquestion: Q\nitems:\n  - text: x\n    answer: a',
      5,
      'quiz block: items: this item has no choices: give the block "choices" shared by every item, or the item its own',
    ],
    [
      'id: q\nquestion: Q\nitems:\n  - text: x\n    choices: [c, d]\n    answer: a',
      7,
      'quiz block: answer: "a" is not one of the choices (c, d)',
    ],
    [
      'id: q\nquestion: Q\nchoices: [a, b]\nitems:\n  - text: x\n    answer: a\n    explain: 3',
      8,
      'quiz block: explain: write some text',
    ],
  ])('rejects %j at its line', (yaml, line, message) => {
    expect(() => quiz(yaml)).toThrow(`f.md:${line}: ${message}`);
  });

  it('names the known settings for an unknown one, with a suggestion', () => {
    expect(() =>
      quiz('id: q\nquestion: Q\nchoice: [a, b]\nitems:\n  - text: x\n    answer: a'),
    ).toThrow(
      'f.md:4: quiz block: unknown setting "choice" (did you mean "choices"?); known: id, question, choices, items, explain',
    );
  });
});
