import ts from 'typescript';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateApiTypes } from '../../../src/editor/generateApiTypes.ts';
import { apiTypesPlugin, API_TYPES_MODULE } from '../../../src/editor/apiTypesPlugin.ts';

const ENTRY = fileURLToPath(new URL('../../../src/scenario/index.ts', import.meta.url));
const DTS_PATH = '/node_modules/@types/cloudscope/index.d.ts';
const { dts, files } = generateApiTypes(ENTRY);

/** Type-checks scenario files against the generated declarations alone, as the editor does. */
function check(source: string | Record<string, string>): string[] {
  const sources = typeof source === 'string' ? { '/scenario.ts': source } : source;
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts'],
    types: [],
  };
  const texts = new Map([[DTS_PATH, dts], ...Object.entries(sources)]);
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) =>
    texts.has(name)
      ? ts.createSourceFile(name, texts.get(name) as string, version)
      : getSourceFile(name, version);
  host.fileExists = (name) => texts.has(name) || ts.sys.fileExists(name);
  host.readFile = (name) => texts.get(name) ?? ts.sys.readFile(name);
  const program = ts.createProgram([...Object.keys(sources), DTS_PATH], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('generateApiTypes', () => {
  it('declares one module, exporting every function and type of src/scenario/index.ts', () => {
    expect(dts.match(/declare module /g)).toHaveLength(1);
    expect(dts).toContain("declare module 'cloudscope' {");
    expect(dts).not.toMatch(/from '\.{1,2}\//);
    for (const name of ['defineScenario', 'constant', 'ramp', 'spike', 'daily', 'steps', 'sum']) {
      expect(dts).toMatch(new RegExp(`function ${name}\\(`));
    }
    const exported = /export \{ ([^}]+) \};/.exec(dts)?.[1].split(', ') ?? [];
    for (const name of ['defineScenario', 'sum', 'Scenario', 'ServiceOptions', 'Fault', 'Goal']) {
      expect(exported).toContain(name);
    }
    expect(files.map((f) => f.replace(/^.*\/src\//, 'src/')).sort()).toEqual([
      'src/scenario/defineScenario.ts',
      'src/scenario/index.ts',
      'src/scenario/rates.ts',
      'src/scenario/scenario.ts',
    ]);
  });

  it('keeps the JSDoc of the options and functions (the editor hover help)', () => {
    expect(dts).toContain('/** How many instances. Default 1. */');
    expect(dts).toContain("/** How long to simulate. Default `'5m'`. */");
    expect(dts).toContain('/** Bring a killed node back (it boots again). */');
    expect(dts).toContain('Declares a scenario: the cluster, the services, the traffic');
    expect(dts).toContain("@example spike({ base: 100, peak: 800, at: '2m', for: '1m' })");
  });

  it('compiles on its own, with a scenario importing from cloudscope', () => {
    const problems = check(`
import { defineScenario, spike, sum, daily, type ServiceOptions } from 'cloudscope';
const web: ServiceOptions = { replicas: 2, work: { p50: '10ms', p99: '40ms' } };
export default defineScenario({
  services: { gateway: { replicas: 2, calls: [{ to: 'web', timeout: '2s', retries: 2 }] }, web },
  traffic: { users: { to: 'gateway', rate: sum(daily({ min: 5, max: 50 }), spike({ base: 0, peak: 100, at: '1m', for: '30s' })) } },
  faults: [{ at: '1m', kill: 'node-1' }, { at: '2m', scale: 'web', replicas: 4 }],
  goals: [{ latency: 'users', below: '500ms' }],
});`);
    expect(problems).toEqual([]);
  });

  it('type-checks every example and lesson scenario as readers will open it', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const list = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? list(join(dir, e.name))
          : e.name.endsWith('.ts')
            ? [join(dir, e.name)]
            : [],
      );
    const scenarios = [...list('examples'), ...list('lessons')];
    expect(scenarios.length).toBeGreaterThan(3);
    const sources = Object.fromEntries(
      scenarios.map((f) => [`/${f}`, readFileSync(join(root, f), 'utf8')]),
    );
    expect(check(sources)).toEqual([]);
  });

  it('lets TypeScript catch a wrong option and a wrong value', () => {
    const typo = check(`
import { defineScenario } from 'cloudscope';
export default defineScenario({ services: { a: { replica: 3 } } });`);
    expect(typo.join('\n')).toMatch(
      /'replica' does not exist.*Did you mean to write 'replicas'\?/s,
    );
    const wrongType = check(`
import { defineScenario } from 'cloudscope';
export default defineScenario({ services: { a: { replicas: 'three' } } });`);
    expect(wrongType.join('\n')).toContain("Type 'string' is not assignable to type 'number'");
  });

  it('keeps helper types private to the module', () => {
    const problems = check(`import type { FaultBase } from 'cloudscope';`);
    expect(problems.join('\n')).toContain("declares 'FaultBase' locally, but it is not exported");
  });
});

describe('apiTypesPlugin', () => {
  it('serves the declarations as the default export of a virtual module', async () => {
    const plugin = apiTypesPlugin();
    const resolveId = plugin.resolveId as (source: string) => string | null;
    const id = resolveId(API_TYPES_MODULE);
    expect(id).toBe(`\0${API_TYPES_MODULE}`);
    expect(resolveId('./other.ts')).toBeNull();
    const watched: string[] = [];
    const load = plugin.load as (this: unknown, id: string) => { code: string } | null;
    const loaded = load.call({ addWatchFile: (f: string) => watched.push(f) }, id as string);
    expect(loaded?.code).toBe(`export default ${JSON.stringify(dts)};\n`);
    expect(watched).toEqual(files);
  });
});
