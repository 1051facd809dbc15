// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { jsLiteral } from '../../../src/lessons/jsLiteral.ts';

const evaluate = (code: string): unknown => new Function(`return ${code};`)();

describe('jsLiteral', () => {
  it('writes plain data as JSON', () => {
    const value = { a: [1, 'two', null, true], b: { c: -0.5 } };
    expect(jsLiteral(value)).toBe(JSON.stringify(value));
  });

  it('keeps the numbers JSON loses', () => {
    const value = { timeoutMs: Infinity, floor: -Infinity, missing: NaN, list: [Infinity, 2] };
    const code = jsLiteral(value);
    expect(code).toBe('{"timeoutMs":Infinity,"floor":-Infinity,"missing":NaN,"list":[Infinity,2]}');
    expect(evaluate(code)).toEqual(value);
  });

  it('leaves a string that looks like its mark a string', () => {
    const value = { note: 'Infinity', tricky: '__CLOUDSCOPE_NUMBER__x' };
    expect(evaluate(jsLiteral(value))).toEqual(value);
  });
});
