import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { serviceWorkerSource } from './serviceWorkerSource.ts';

function listFiles(dir: string, root = dir): string[] {
  let out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(listFiles(path, root));
    else out.push(relative(root, path).split('\\').join('/'));
  }
  return out;
}

/**
 * Emits `sw.js` with every built file to precache, except source maps and the
 * files matched by `lazy` (heavy parts loaded on demand, cached when first used).
 */
export function serviceWorkerPlugin(options: { lazy?: RegExp } = {}): Plugin {
  let publicDir = '';
  return {
    name: 'cloudscope-service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const built = Object.keys(bundle);
      const files = [...built, ...listFiles(publicDir)]
        .filter(
          (f) => !f.endsWith('.map') && f !== 'sw.js' && !(options.lazy && options.lazy.test(f)),
        )
        .sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource(files, version),
      });
    },
  };
}
