import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = { cloudscope: fileURLToPath(new URL('./src/scenario/index.ts', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'node', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
    ],
  },
});
