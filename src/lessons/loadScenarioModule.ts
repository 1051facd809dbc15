import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ScenarioLoader } from './scenarioFiles.ts';

/**
 * A loader for scenario files at build time, in Node: tsx compiles the
 * TypeScript and resolves `'cloudscope'` through the project's tsconfig paths,
 * as `npm run sim` does. Each call loads the file afresh. tsx itself is loaded
 * on first use only.
 */
export function loadScenarioModule(root: string): ScenarioLoader {
  const tsconfig = join(root, 'tsconfig.json');
  return async (path) => {
    const { tsImport } = await import('tsx/esm/api');
    return (await tsImport(pathToFileURL(path).href, {
      parentURL: pathToFileURL(join(root, 'index.js')).href,
      tsconfig: existsSync(tsconfig) ? tsconfig : false,
    })) as { default?: unknown };
  };
}
