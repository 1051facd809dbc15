// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DirectiveFields } from '../../../src/lessons/directiveFields.ts';
import { parseYamlBlock } from '../../../src/lessons/parseYamlBlock.ts';

// The block's fence is on line 10, its first setting on line 11.
const read = (yaml: string, known = ['id', 'name', 'speed', 'on', 'at', 'list']) =>
  DirectiveFields.read('sim', parseYamlBlock(yaml, 'f.md', 11, 10), 'f.md', 10, known);

describe('DirectiveFields', () => {
  it('reads typed values', () => {
    const f = read('id: my-id\nname: hello\nspeed: 2\non: true\nat: 1m30s\nlist: [a, b]');
    expect(f.id()).toBe('my-id');
    expect(f.string('name')).toBe('hello');
    expect(f.number('speed', 0, 4)).toBe(2);
    expect(f.boolean('on')).toBe(true);
    expect(f.duration('at')).toBe(90_000);
    expect(f.list('list')).toEqual(['a', 'b']);
    expect(f.has('name')).toBe(true);
    expect(f.has('missing')).toBe(false);
    expect(f.string('missing')).toBeNull();
  });

  it('fails at the line of the key, naming the block', () => {
    expect(() => read('id: x\nspeed: fast').number('speed', 0, 4)).toThrow(
      'f.md:12: sim block: speed: a number from 0 to 4, got "fast"',
    );
    expect(() => read('id: x\nname: 3').string('name')).toThrow(
      'f.md:12: sim block: name: write some text',
    );
    expect(() => read('id: x').string('name', true)).toThrow(
      'f.md:10: sim block: "name" is required',
    );
    expect(() => read('id: x\nlist: a').list('list')).toThrow('f.md:12: sim block: list: a list');
    expect(() => read('id: x\non: yes please').boolean('on')).toThrow(
      'f.md:12: sim block: on: true or false',
    );
  });

  it('rejects unknown keys with a suggestion, and blocks that are not maps', () => {
    expect(() => read('id: x\nnmae: y')).toThrow(
      'f.md:12: sim block: unknown setting "nmae" (did you mean "name"?)',
    );
    expect(() => read('- a\n- b')).toThrow(
      'f.md:10: sim block: write its settings as "key: value" lines',
    );
    expect(() => read('')).toThrow('f.md:10: sim block: write its settings');
  });
});
