import { defineConfig } from 'vitest/config';

// Every test runs on PGlite. When TEST_DATABASE_URL is set, the integration tests (*.int.test.ts) run a
// second time on PostgreSQL.
const integration = ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'pglite',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts', 'web/src/**/*.test.ts'],
          env: { LINCHPIN_TEST_DB: 'pglite' },
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              extends: true as const,
              test: { name: 'postgres', include: integration, env: { LINCHPIN_TEST_DB: 'postgres' } },
            },
          ]
        : []),
    ],
  },
});
