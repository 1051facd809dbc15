import { describe, expect, it } from 'vitest';
import * as api from '../../../src/scenario/index.ts';
import { evaluateSource, functionHeaderLines } from '../../../src/editor/sandbox/evaluateSource.ts';

const header = functionHeaderLines();
const run = (source: string) => evaluateSource(source, { ...api }, header);

describe('evaluateSource', () => {
  it('runs a TypeScript scenario and returns its default export', () => {
    const result = run(`import { defineScenario, spike } from 'cloudscope';
const replicas: number = 3;
export default defineScenario({
  services: { web: { replicas } },
  traffic: { users: { to: 'web', rate: spike({ base: 1, peak: 5, at: '1m', for: '30s' }) } },
});
`);
    expect(result).toEqual({
      ok: true,
      scenario: {
        services: { web: { replicas: 3 } },
        traffic: {
          users: { to: 'web', rate: { spike: { base: 1, peak: 5, at: '1m', for: '30s' } } },
        },
      },
    });
  });

  it('reports a syntax error with its line and column', () => {
    const result = run(
      `import { defineScenario } from 'cloudscope';\nexport default defineScenario({\n  services: { web: { replicas: 3 }\n`,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0].kind).toBe('syntax');
    expect(result.problems[0].line).toBeGreaterThanOrEqual(3);
  });

  it('reports an exception with the line that threw', () => {
    const result = run(`import { defineScenario } from 'cloudscope';
const sizes = [1, 2];
const boom = (n: number) => {
  if (n > 1) throw new RangeError('too big: ' + n);
  return n;
};
export default defineScenario({ services: { a: { replicas: boom(sizes[1]) } } });
`);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          kind: 'runtime',
          message: 'RangeError: too big: 2',
          line: 4,
          column: expect.any(Number),
          path: null,
        },
      ],
    });
  });

  it('describes a thrown value that is not an Error', () => {
    for (const [thrown, words] of [
      ['42', 'the scenario threw 42 (not an Error)'],
      ['"oops"', 'the scenario threw "oops" (not an Error)'],
      ['null', 'the scenario threw null (not an Error)'],
      ['Object.create(null)', 'the scenario threw a value that cannot be shown (not an Error)'],
    ] as const) {
      const result = run(`throw ${thrown};\n`);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0].message).toBe(words);
    }
  });

  it('lets nothing but cloudscope be imported', () => {
    const result = run(`import fs from 'node:fs';\nexport default { services: {}, x: fs };\n`);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0].message).toContain(
        "only 'cloudscope' can be imported in a scenario, not 'node:fs'",
      );
  });

  it('returns only plain data: functions, cycles and class instances are refused with their place', () => {
    const fn = run(`export default { services: { a: { work: () => 5 } } };\n`);
    expect(fn).toEqual({
      ok: false,
      problems: [
        {
          kind: 'output',
          message: expect.stringContaining('a function cannot be part of a scenario'),
          line: null,
          column: null,
          path: 'services.a.work',
        },
      ],
    });
    const cycle = run(
      `const s: any = { services: {} };\ns.services.self = s;\nexport default s;\n`,
    );
    expect(cycle.ok).toBe(false);
    if (!cycle.ok)
      expect(cycle.problems[0]).toMatchObject({ kind: 'output', path: 'services.self' });
    const date = run(`export default { services: {}, when: new Date(0) };\n`);
    if (!date.ok) expect(date.problems[0].message).toContain('a Date cannot be part of a scenario');
    expect(date.ok).toBe(false);
  });

  it('says so when there is no default export', () => {
    const result = run(`export const x = 1;\n`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toContain('no default export');
  });
});
