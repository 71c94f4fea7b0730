// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
    // The extractor is a pure pipeline: no file system, network or database inside.
    files: ['server/extract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', 'neo4j-driver', '../db/*', '../graph/*', '../api/*', '../io/*'] },
      ],
    },
  },
  {
    // Only the database port talks to the driver.
    files: ['server/**/*.ts'],
    ignores: ['server/db/**'],
    rules: { 'no-restricted-imports': ['error', { paths: ['neo4j-driver'] }] },
  },
  {
    files: ['client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
