import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serviceWorkerPlugin } from '../../../src/app/serviceWorkerPlugin.ts';

interface Emitted {
  type: string;
  fileName: string;
  source: string;
}

const dirs: string[] = [];

/** A public folder with the given files (paths with "/" make sub-folders). */
function publicDir(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'cloudscope-public-'));
  dirs.push(dir);
  for (const file of files) {
    const path = join(dir, ...file.split('/'));
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, 'x');
  }
  return dir;
}

/** Runs the plugin's hooks as a build would; returns the emitted sw.js. */
function build(bundleFiles: string[], pub: string, options?: { lazy?: RegExp }): Emitted {
  const plugin = serviceWorkerPlugin(options);
  const configResolved = plugin.configResolved as (config: { publicDir: string }) => void;
  const generateBundle = plugin.generateBundle as (
    this: { emitFile(file: Emitted): void },
    options: unknown,
    bundle: Record<string, unknown>,
  ) => void;
  configResolved({ publicDir: pub });
  const emitted: Emitted[] = [];
  generateBundle.call(
    { emitFile: (file) => void emitted.push(file) },
    {},
    Object.fromEntries(bundleFiles.map((f) => [f, {}])),
  );
  expect(emitted).toHaveLength(1);
  return emitted[0];
}

/** The precache list written into a service worker's source. */
function precache(source: string): string[] {
  const line = source.split('\n').find((l) => l.startsWith('const PRECACHE = '))!;
  return JSON.parse(line.slice('const PRECACHE = '.length, -1)) as string[];
}

const version = (source: string) => /const CACHE = 'cloudscope-([0-9a-f]+)';/.exec(source)?.[1];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('serviceWorkerPlugin', () => {
  it('runs at build time only', () => {
    expect(serviceWorkerPlugin().apply).toBe('build');
  });

  it('emits sw.js precaching every built and public file, sorted, with forward slashes', () => {
    const pub = publicDir(['favicon.svg', 'icons/app-192.png', 'icons/deep/a.png']);
    const sw = build(['index.html', 'assets/main-1.js', 'assets/main-1.css'], pub);
    expect(sw).toMatchObject({ type: 'asset', fileName: 'sw.js' });
    expect(precache(sw.source)).toEqual([
      './',
      'assets/main-1.css',
      'assets/main-1.js',
      'favicon.svg',
      'icons/app-192.png',
      'icons/deep/a.png',
      'index.html',
    ]);
  });

  it('leaves out source maps, itself and the lazy files (cached when first used)', () => {
    const pub = publicDir(['sw.js', 'robots.txt']);
    const sw = build(
      [
        'index.html',
        'assets/main.js',
        'assets/main.js.map',
        'assets/editor-9.js',
        'assets/ts.worker-3.js',
      ],
      pub,
      { lazy: /editor|worker/ },
    );
    expect(precache(sw.source)).toEqual(['./', 'assets/main.js', 'index.html', 'robots.txt']);
  });

  it('builds without a public folder', () => {
    const sw = build(['index.html'], join(tmpdir(), 'cloudscope-no-such-folder'));
    expect(precache(sw.source)).toEqual(['./', 'index.html']);
  });

  it('changes its cache version when the files change, and only then', () => {
    const pub = publicDir(['favicon.svg']);
    const a = version(build(['index.html', 'assets/main-1.js'], pub).source);
    const again = version(build(['assets/main-1.js', 'index.html'], pub).source);
    const b = version(build(['index.html', 'assets/main-2.js'], pub).source);
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(again).toBe(a);
    expect(b).not.toBe(a);
  });
});
