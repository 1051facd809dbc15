import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { lessonPlugin } from './src/lessons/lessonPlugin.ts';
import { serviceWorkerPlugin } from './src/app/serviceWorkerPlugin.ts';
import { apiTypesPlugin } from './src/editor/apiTypesPlugin.ts';

export default defineConfig({
  // Relative base: the built site works from any sub-path of any static host.
  base: './',
  plugins: [lessonPlugin(), svelte(), serviceWorkerPlugin(), apiTypesPlugin()],
  resolve: {
    alias: { cloudscope: fileURLToPath(new URL('./src/scenario/index.ts', import.meta.url)) },
  },
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
});
