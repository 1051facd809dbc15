import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { compareTranslations } from './compareTranslations.ts';
import { compileLesson, type CompiledFile } from './compileLesson.ts';
import { LessonError } from './lessonError.ts';
import { lessonMeta, lessonModuleCode } from './lessonModuleCode.ts';
import { loadScenarioModule } from './loadScenarioModule.ts';
import type { ScenarioLoader } from './scenarioFiles.ts';

export interface LessonPluginOptions {
  /** Loads scenario files at build time (default: tsx, see `loadScenarioModule`). */
  loadScenario?: ScenarioLoader;
}

const LESSON_FILE = /\/index(\.zh)?\.md$/;

/** The other language's file beside a lesson file. */
function siblingOf(path: string): string {
  return path.endsWith('.zh.md')
    ? path.replace(/\.zh\.md$/, '.md')
    : path.replace(/\.md$/, '.zh.md');
}

/**
 * Compiles the lesson files (`lessons/**\/index.md`, `index.zh.md`) into
 * JavaScript modules whose default export is the lesson's data (`Lesson` or
 * `PartMeta`, see lessonTypes.ts). `import x from '…/index.md?meta'` gives the
 * lesson's metadata only (`LessonMeta`), for menus, without its content.
 *
 * Every check runs here, at build time: frontmatter, steps, directives, the
 * scenario files they name, challenge goals, and that the English and Chinese
 * versions have the same outline. A mistake stops the build with
 * `file:line: what is wrong`.
 */
export function lessonPlugin(options: LessonPluginOptions = {}): Plugin {
  let root = process.cwd();
  let loader: ScenarioLoader = options.loadScenario ?? loadScenarioModule(root);
  const compiled = new Map<string, { source: string; result: Promise<CompiledFile> }>();

  const relativePath = (path: string) => relative(root, path).split(sep).join('/');
  const isLessonFile = (path: string) =>
    LESSON_FILE.test(path) && relativePath(path).startsWith('lessons/');

  async function compileFile(path: string): Promise<CompiledFile> {
    const source = await readFile(path, 'utf8');
    const cached = compiled.get(path);
    if (cached && cached.source === source) return cached.result;
    const result = compileLesson(source, { file: relativePath(path), root, loadScenario: loader });
    compiled.set(path, { source, result });
    result.catch(() => compiled.delete(path));
    return result;
  }

  return {
    name: 'cloudscope:lessons',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      if (!options.loadScenario) loader = loadScenarioModule(root);
    },
    async load(id) {
      const [path, query = ''] = id.split('?');
      if (!isLessonFile(path) || (query !== '' && query !== 'meta')) return null;
      try {
        const file = await compileFile(path);
        for (const dependency of file.dependencies) this.addWatchFile(dependency);
        const sibling = siblingOf(path);
        const english = path.endsWith('.zh.md') ? sibling : path;
        if (!existsSync(english))
          throw new LessonError(
            relativePath(path),
            1,
            `a translation needs the English ${relativePath(english)} beside it`,
          );
        if (existsSync(sibling)) {
          this.addWatchFile(sibling);
          const other = await compileFile(sibling);
          const [en, zh] = english === path ? [file, other] : [other, file];
          compareTranslations(
            { file: relativePath(english), outline: en.outline },
            { file: relativePath(siblingOf(english)), outline: zh.outline },
          );
        }
        const data =
          query === 'meta' && file.result.kind === 'lesson' ? lessonMeta(file.result) : file.result;
        return {
          code:
            query === 'meta'
              ? lessonModuleCode(data, [])
              : lessonModuleCode(
                  data,
                  file.assets,
                  file.dependencies
                    .filter((dependency) => dependency.endsWith('.ts'))
                    .map((dependency) => relative(dirname(path), dependency)),
                ),
          map: null,
          moduleType: 'js',
        };
      } catch (error) {
        if (error instanceof LessonError) {
          this.error({
            message: error.message,
            id: resolve(root, error.file),
            loc: { line: error.line, column: 0 },
          });
        }
        throw error;
      }
    },
    handleHotUpdate({ file, server, modules }) {
      if (!relativePath(file).startsWith('lessons/')) return;
      // A scenario or a translation changed: recompile the lesson files of its folder.
      const folder = dirname(file);
      const affected = [...compiled.keys()].filter((path) => dirname(path) === folder);
      for (const path of affected) compiled.delete(path);
      const stale = affected.flatMap((path) => [
        ...(server.moduleGraph.getModulesByFile(path) ?? []),
      ]);
      for (const module of stale) server.moduleGraph.invalidateModule(module);
      return [...modules, ...stale];
    },
  };
}
