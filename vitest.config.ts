import { defineConfig } from 'vitest/config';

// Three tiers: pure unit tests beside the code, integration tests against a real
// Neo4j (*.int.test.ts), and end-to-end tests in real headless Chromium (tests/e2e).
// Only the tiers that need Neo4j start it (once for the whole run: see global-setup).
// They share that one database, so they run one after the other (groupOrder), and
// the files of a tier one at a time.
const neo4jSetup = ['tests/global-setup.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          // Some unit tests run the CLI in a child process: slow on a loaded machine.
          testTimeout: 30_000,
          include: ['server/**/*.test.ts', 'common/**/*.test.ts', 'client/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'tests/e2e/**', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: neo4jSetup,
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: neo4jSetup,
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
