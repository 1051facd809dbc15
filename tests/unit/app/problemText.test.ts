import { afterEach, describe, expect, it } from 'vitest';
import { problemText } from '../../../src/app/problemText.ts';
import { locale } from '../../../src/i18n/locale.svelte.ts';
import type { SourceProblem } from '../../../src/editor/sourceProblem.ts';

const problem = (p: Partial<SourceProblem>): SourceProblem => ({
  kind: 'validation',
  message: 'expected a number',
  line: null,
  column: null,
  path: null,
  ...p,
});

afterEach(() => locale.set('en'));

describe('problemText', () => {
  it('says where a schema problem is, once', () => {
    expect(problemText(problem({ path: 'services.web.replicas' }))).toBe(
      'services.web.replicas: expected a number',
    );
    expect(
      problemText(problem({ path: 'services.web', message: 'services.web: unknown option' })),
    ).toBe('services.web: unknown option');
    expect(problemText(problem({ kind: 'type', message: "Cannot find name 'x'." }))).toBe(
      "Cannot find name 'x'.",
    );
  });

  it('words a stopped run in the reader’s language; tools’ messages stay as written', () => {
    expect(problemText(problem({ kind: 'timeout', message: 'timeout' }))).toMatch(/endless loop/);
    locale.set('zh');
    expect(problemText(problem({ kind: 'timeout', message: 'timeout' }))).toMatch(/死循环/);
    expect(problemText(problem({ path: 'seed' }))).toBe('seed: expected a number');
  });
});
