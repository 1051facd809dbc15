// @vitest-environment node
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DirectiveFields } from '../../../src/lessons/directiveFields.ts';
import { parseYamlBlock } from '../../../src/lessons/parseYamlBlock.ts';
import { scenarioFiles } from '../../../src/lessons/scenarioFiles.ts';

const fields = DirectiveFields.read(
  'sim',
  parseYamlBlock('scenario: x.ts', 'f.md', 4, 3),
  'f.md',
  3,
  ['scenario'],
);
const dir = '/lessons/01-a/01-b';

describe('scenarioFiles', () => {
  it('loads each file once and compiles it', async () => {
    const loader = vi.fn(async () => ({ default: { services: { web: {} } } }));
    const files = scenarioFiles(dir, loader, () => true);
    const a = await files.load('start.ts', fields, 'scenario');
    await files.load('start.ts', fields, 'scenario');
    expect(loader).toHaveBeenCalledOnce();
    expect(a).toMatchObject({
      name: 'start.ts',
      path: join(dir, 'start.ts'),
      scenario: { services: { web: {} } },
    });
    expect(a.spec.services.map((s) => s.name)).toEqual(['web']);
    expect(files.paths).toEqual([join(dir, 'start.ts')]);
  });

  it('explains every way a file can be wrong, at the key’s line', async () => {
    const throwing = scenarioFiles(
      dir,
      async () => Promise.reject(new SyntaxError('Unexpected token\n  at line 3')),
      () => true,
    );
    await expect(throwing.load('start.ts', fields, 'scenario')).rejects.toThrow(
      'f.md:4: sim block: scenario: start.ts did not load: Unexpected token',
    );
    const missing = scenarioFiles(
      dir,
      async () => ({}),
      () => false,
    );
    await expect(missing.load('start.ts', fields, 'scenario')).rejects.toThrow(
      'there is no file start.ts beside this lesson',
    );
    const empty = scenarioFiles(
      dir,
      async () => ({}),
      () => true,
    );
    await expect(empty.load('start.ts', fields, 'scenario')).rejects.toThrow(
      'start.ts has no default export',
    );
    await expect(empty.load('types.d.ts', fields, 'scenario')).rejects.toThrow(
      'should name a .ts file',
    );
    await expect(empty.load('start.js', fields, 'scenario')).rejects.toThrow(
      'should name a .ts file',
    );
    const bad = scenarioFiles(
      dir,
      async () => ({ default: { services: { web: { replicas: 'two' } } } }),
      () => true,
    );
    await expect(bad.load('start.ts', fields, 'scenario')).rejects.toThrow(
      /scenario: start\.ts: services\.web\.replicas: /,
    );
  });
});
