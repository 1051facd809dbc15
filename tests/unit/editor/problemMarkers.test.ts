import { describe, expect, it } from 'vitest';
import { problemMarkers } from '../../../src/editor/problemMarkers.ts';
import type { SourceProblem } from '../../../src/editor/sourceProblem.ts';

const lines = ['export default defineScenario({', "  services: { web: { replicas: 'x' } },", '});'];
const text = { lineCount: lines.length, line: (n: number) => lines[n - 1] };
const problem = (p: Partial<SourceProblem>): SourceProblem => ({
  kind: 'runtime',
  message: 'boom',
  line: null,
  column: null,
  path: null,
  ...p,
});

describe('problemMarkers', () => {
  it('marks the word at the column', () => {
    expect(problemMarkers([problem({ line: 2, column: 22 })], text, (k) => `${k}!`)).toEqual([
      {
        message: 'boom',
        source: 'runtime!',
        startLineNumber: 2,
        startColumn: 22,
        endLineNumber: 2,
        endColumn: 30,
      },
    ]);
  });

  it('marks one character where there is no word, and the whole line without a column', () => {
    const [atBrace, wholeLine] = problemMarkers(
      [problem({ line: 3, column: 1 }), problem({ line: 2, kind: 'validation' })],
      text,
      (k) => k,
    );
    expect(atBrace).toMatchObject({ startColumn: 1, endColumn: 2 });
    expect(wholeLine).toMatchObject({
      source: 'validation',
      startColumn: 3,
      endColumn: lines[1].length + 1,
    });
  });

  it('skips problems without a line and keeps the others inside the text', () => {
    const markers = problemMarkers(
      [
        problem({ kind: 'timeout' }),
        problem({ line: 99, column: 500 }),
        problem({ line: 0, column: 0 }),
      ],
      text,
      (k) => k,
    );
    expect(markers).toHaveLength(2);
    expect(markers[0]).toMatchObject({ startLineNumber: 3, startColumn: 4, endColumn: 5 });
    expect(markers[1]).toMatchObject({ startLineNumber: 1, startColumn: 1, endColumn: 7 });
  });
});
