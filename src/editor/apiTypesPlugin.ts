import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { generateApiTypes } from './generateApiTypes.ts';

/** The virtual module whose default export is the scenario API's `.d.ts` text. */
export const API_TYPES_MODULE = 'virtual:cloudscope-api-types';
const RESOLVED = `\0${API_TYPES_MODULE}`;

/**
 * Vite plugin: `import apiTypes from 'virtual:cloudscope-api-types'` gives the
 * declarations of the `'cloudscope'` module as one string, generated at build
 * time from `src/scenario/index.ts` (see `generateApiTypes`). The editor hands
 * it to Monaco's TypeScript service; editing the scenario API regenerates it.
 */
export function apiTypesPlugin(options: { entry?: string; moduleName?: string } = {}): Plugin {
  const entry = options.entry ?? fileURLToPath(new URL('../scenario/index.ts', import.meta.url));
  let files = new Set<string>();
  return {
    name: 'cloudscope:api-types',
    resolveId(source) {
      return source === API_TYPES_MODULE ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const types = generateApiTypes(entry, options.moduleName);
      files = new Set(types.files);
      for (const file of types.files) this.addWatchFile(file);
      return {
        code: `export default ${JSON.stringify(types.dts)};\n`,
        map: null,
        moduleType: 'js',
      };
    },
    handleHotUpdate({ file, server, modules }) {
      if (!files.has(file)) return;
      const module = server.moduleGraph.getModuleById(RESOLVED);
      if (!module) return;
      server.moduleGraph.invalidateModule(module);
      return [...modules, module];
    },
  };
}
