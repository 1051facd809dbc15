import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { lessonPlugin } from './src/lessons/lessonPlugin.ts';
import { serviceWorkerPlugin } from './src/app/serviceWorkerPlugin.ts';
import { apiTypesPlugin } from './src/editor/apiTypesPlugin.ts';

export default defineConfig({
  // Relative base: the built site works from any sub-path of any static host.
  base: './',
  plugins: [
    lessonPlugin(),
    svelte(),
    serviceWorkerPlugin({
      // The scenario editor (Monaco and TypeScript, megabytes) is cached when first opened.
      lazy: /^assets\/(ScenarioEditor|editor\.api|editor\.worker|ts\.worker|tsMode|typescript|codicon|editor)-/,
    }),
    apiTypesPlugin(),
  ],
  resolve: {
    alias: { cloudscope: fileURLToPath(new URL('./src/scenario/index.ts', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Monaco's chunks are large by nature and load only when the editor opens;
    // the first load is held to its budget by tests/e2e/bundleBudget.e2e.ts.
    chunkSizeWarningLimit: 3000,
  },
  worker: { format: 'es' },
});
