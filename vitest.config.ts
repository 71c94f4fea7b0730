import { defineConfig } from 'vitest/config';

// Three tiers: pure unit tests beside the code, integration tests against a real
// Neo4j (*.int.test.ts), and end-to-end tests in real headless Chromium (tests/e2e).
export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['server/**/*.test.ts', 'common/**/*.test.ts', 'client/**/*.test.ts', 'tests/**/*.test.ts'], exclude: ['**/*.int.test.ts', 'tests/e2e/**', 'node_modules/**'] },
      },
      {
        extends: true,
        test: { name: 'integration', include: ['**/*.int.test.ts'], exclude: ['node_modules/**'], fileParallelism: false },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], fileParallelism: false },
      },
    ],
  },
});
