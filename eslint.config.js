import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

/** Imports that each room of the house may not make (docs/architecture.md). */
const rooms = {
  'src/sim/**': [
    '**/scenario/**',
    '**/lessons/**',
    '**/player/**',
    '**/views/**',
    '**/editor/**',
    '**/app/**',
    'svelte',
    'svelte/*',
    'd3',
    'd3-*',
    'monaco-editor',
    'monaco-editor/*',
  ],
  'src/scenario/**': [
    '**/lessons/**',
    '**/player/**',
    '**/views/**',
    '**/editor/**',
    '**/app/**',
    'svelte',
    'svelte/*',
    'd3',
    'monaco-editor',
  ],
  'src/lessons/**': ['**/player/**', '**/views/**', '**/editor/**', '**/app/**', 'monaco-editor'],
  'src/player/**': ['**/views/**', '**/editor/**', '**/app/**', 'monaco-editor'],
  'src/views/**': ['**/editor/**', '**/app/**', 'monaco-editor'],
};

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'public/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  ...Object.entries(rooms).map(([glob, patterns]) => ({
    files: [glob],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: patterns.map((group) => ({
            group: [group],
            message: 'Imports flow one way: see docs/architecture.md.',
          })),
        },
      ],
    },
  })),
  {
    files: ['src/sim/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use a seeded RandomStream: the engine is deterministic.',
        },
        {
          object: 'Date',
          property: 'now',
          message: 'Simulated time only: the engine never reads the wall clock.',
        },
        {
          object: 'performance',
          property: 'now',
          message: 'Simulated time only: the engine never reads the wall clock.',
        },
      ],
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'localStorage',
        'setTimeout',
        'setInterval',
        'fetch',
      ],
    },
  },
);
