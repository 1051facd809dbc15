import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compileScenario } from '../scenario/compileScenario.ts';
import { formatError } from '../scenario/problems.ts';
import type { WorldSpec } from '../sim/worldSpec.ts';
import type { DirectiveFields } from './directiveFields.ts';

/** Loads a scenario file (an absolute path) as a module: its default export is the scenario. */
export type ScenarioLoader = (absPath: string) => Promise<{ default?: unknown }>;

/** A scenario file beside a lesson, loaded and compiled. */
export interface LoadedScenario {
  /** As the lesson names it: `'start.ts'`. */
  name: string;
  path: string;
  /** Its default export, as written. */
  scenario: unknown;
  spec: WorldSpec;
}

/** The scenario files a lesson uses, each loaded once. */
export interface ScenarioFiles {
  /** Loads and compiles `name`; any problem fails at the line of the directive's `key`. */
  load(name: string, fields: DirectiveFields, key: string): Promise<LoadedScenario>;
  /** The files loaded so far (for the dev server to watch). */
  readonly paths: string[];
  /** A file `load` has loaded and compiled, by the name the lesson gives it. */
  loaded(name: string): LoadedScenario | undefined;
}

const FILE_NAME = /^[A-Za-z0-9][\w.-]*\.ts$/;

/** Scenario files beside a lesson in `dir` (absolute), loaded with `loader`. */
export function scenarioFiles(
  dir: string,
  loader: ScenarioLoader,
  exists: (path: string) => boolean = existsSync,
): ScenarioFiles {
  const loaded = new Map<string, Promise<{ default?: unknown }>>();
  const paths: string[] = [];
  const compiledByName = new Map<string, LoadedScenario>();
  return {
    paths,
    loaded: (name) => compiledByName.get(name),
    async load(name, fields, key) {
      if (!FILE_NAME.test(name) || name.endsWith('.d.ts'))
        fields.fail(
          [key],
          `${key}: "${name}" should name a .ts file beside the lesson, like start.ts`,
        );
      const path = join(dir, name);
      if (!exists(path)) fields.fail([key], `${key}: there is no file ${name} beside this lesson`);
      if (!loaded.has(path)) {
        loaded.set(path, loader(path));
        paths.push(path);
      }
      let module: { default?: unknown };
      try {
        module = await (loaded.get(path) as Promise<{ default?: unknown }>);
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        return fields.fail([key], `${key}: ${name} did not load: ${message}`);
      }
      if (module.default === undefined)
        fields.fail(
          [key],
          `${key}: ${name} has no default export (write "export default defineScenario({...})")`,
        );
      const compiled = compileScenario(module.default);
      if (!compiled.ok) {
        const more = compiled.errors.length > 1 ? ` (and ${compiled.errors.length - 1} more)` : '';
        return fields.fail([key], `${key}: ${name}: ${formatError(compiled.errors[0])}${more}`);
      }
      const result = { name, path, scenario: module.default, spec: compiled.spec };
      compiledByName.set(name, result);
      return result;
    },
  };
}
