import { describe, expect, it } from 'vitest';
import { diagnosticProblems, flattenMessage } from '../../../src/editor/diagnosticProblems.ts';

/** 1-based line and column of an offset in `text`. */
const positionIn = (text: string) => (offset: number) => {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
};

describe('flattenMessage', () => {
  it('prints a message chain one level per line, indented', () => {
    expect(flattenMessage('plain')).toBe('plain');
    expect(
      flattenMessage({
        messageText: 'Type A is not assignable to type B.',
        next: [
          {
            messageText: "Types of property 'x' are incompatible.",
            next: [{ messageText: 'deep' }],
          },
        ],
      }),
    ).toBe(
      "Type A is not assignable to type B.\n  Types of property 'x' are incompatible.\n    deep",
    );
  });
});

describe('diagnosticProblems', () => {
  it('keeps errors only, located by line and column', () => {
    const text = "import x from 'y';\nconst a: number = 'three';\n";
    const problems = diagnosticProblems(
      [
        {
          category: 1,
          start: text.indexOf('a:'),
          messageText: "Type 'string' is not assignable to type 'number'.",
        },
        { category: 0, start: 0, messageText: 'a warning' },
        { category: 2, start: 0, messageText: 'a suggestion' },
        { category: 1, start: undefined, messageText: 'somewhere' },
      ],
      'type',
      positionIn(text),
    );
    expect(problems).toEqual([
      {
        kind: 'type',
        message: "Type 'string' is not assignable to type 'number'.",
        line: 2,
        column: 7,
        path: null,
      },
      { kind: 'type', message: 'somewhere', line: null, column: null, path: null },
    ]);
  });
});
