import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/*
 * Budget: the JavaScript a reader downloads to read the first lesson, before
 * ever opening the editor, is at most 200 KB gzipped. Counted from the built
 * site: the entry script, everything it imports statically, the simulation
 * worker, and the first lesson's own chunks.
 */

const dist = join(process.cwd(), 'dist');
const assets = join(dist, 'assets');
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** Static imports of a built chunk (`import ... from "./x.js"` and `import "./x.js"`). */
function staticImports(file: string): string[] {
  const code = readFileSync(join(dist, file), 'utf8');
  const found = new Set<string>();
  for (const m of code.matchAll(
    /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
  )) {
    found.add(join('assets', m[1].replace(/^\.\//, '')));
  }
  return [...found];
}

function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(file)) visit(next);
  };
  visit(entry);
  return seen;
}

describe('bundle budget', () => {
  it('loads at most 200 KB of gzipped JavaScript for the first lesson (editor not opened)', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const entry = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const files = closure(entry as string);
    const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
    // What opening a lesson loads on demand: the lesson page, its panel, the
    // simulation worker, and the first lesson's content and scenario chunks.
    // (Scenario files the lesson page needs are static imports of its chunk: its closure.)
    const opened = /^(LessonPage|SimPanel|simWorker|01-tour)-/;
    for (const f of js.filter((name) => opened.test(name))) {
      for (const g of closure(join('assets', f))) files.add(g);
    }
    expect([...files].filter((f) => /LessonPage|SimPanel|simWorker/.test(f))).toHaveLength(3);
    const sizes = [...files].map((f) => ({ f, kb: gz(f) / 1024 }));
    const total = sizes.reduce((sum, s) => sum + s.kb, 0);
    const list = sizes.map((s) => `${s.f.replace('assets/', '')} ${s.kb.toFixed(1)}`).join(', ');
    console.log(
      `first lesson JavaScript: ${total.toFixed(1)} KB gzipped in ${sizes.length} files (${list})`,
    );
    expect(total).toBeLessThanOrEqual(200);
    // The editor (when it exists) must not be among them.
    expect([...files].filter((f) => EDITOR.test(f))).toEqual([]);
  });

  it('keeps the editor out of the service worker’s precache, and the rest in it', () => {
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const editor = js.filter((f) => MONACO.test(`assets/${f}`));
    expect(editor.length).toBeGreaterThanOrEqual(5);
    for (const f of editor) expect(sw, f).not.toContain(f);
    for (const f of js.filter((name) => /^(LessonPage|SimPanel|simWorker|index)-/.test(name)))
      expect(sw, f).toContain(f);
  });
});

/** Monaco and TypeScript, their workers: megabytes, cached only once the editor is opened. */
const MONACO = /assets\/(ScenarioEditor|editor\.api|editor\.worker|ts\.worker|tsMode|typescript)-/;
/** Everything of the scenario editor: Monaco, the editor panel, the sandbox worker. */
const EDITOR = new RegExp(`${MONACO.source}|assets\\/(EditorPanel|sandboxWorker)-`);
