// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const DRIVER = { name: 'neo4j-driver', message: 'Only server/db talks to the database driver.' };
const DRIVER_SUBPATHS = { group: ['neo4j-driver/*'], message: DRIVER.message };
const PURE = 'The extractor is pure: no file system, network or other Node built-ins.';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'client/dist/', '.neo4j/', '.tmp/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Only the database port talks to the driver.
    files: ['server/**/*.ts'],
    ignores: ['server/db/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [DRIVER], patterns: [DRIVER_SUBPATHS] }] },
  },
  {
    // The extractor is a pure pipeline: no file system, network or database inside.
    // This block must come after the one above: flat config replaces a rule's options
    // instead of merging them, so it repeats the driver restriction. Its tests are exempt
    // (they may read fixtures from disk) and keep the driver restriction above.
    files: ['server/extract/**/*.ts'],
    ignores: ['server/extract/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [DRIVER, ...builtinModules.map((name) => ({ name, message: PURE }))],
          patterns: [
            DRIVER_SUBPATHS,
            { group: ['node:*', ...builtinModules.map((name) => `${name}/*`)], message: PURE },
            {
              // Any relative path that passes through server/db, graph, api or io:
              // '../db/x.ts', '../../server/db/x.ts', './../graph', '../api/sub/x.ts'.
              regex: '^\\.\\.?/(?:.*/)?(?:db|graph|api|io)(?:/|$)',
              message: 'The extractor does no I/O: it may not import server/db, graph, api or io.',
            },
          ],
        },
      ],
      'no-restricted-syntax': ['error', { selector: 'ImportExpression', message: 'The extractor imports statically only.' }],
      // Nor the process, timers or the network through Node's globals.
      'no-restricted-globals': ['error', ...['process', 'require', 'Buffer', 'fetch', 'setTimeout', 'setInterval', 'setImmediate', '__dirname', '__filename'].map((name) => ({ name, message: PURE }))],
    },
  },
  {
    files: ['client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
