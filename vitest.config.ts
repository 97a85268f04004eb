import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Every test runs on PGlite. When TEST_DATABASE_URL is set, the integration tests (*.int.test.ts) run a
// second time on PostgreSQL.
const integration = ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'];

// What both projects share. Spelled out rather than inherited with `extends: true`: a project inherits
// `maxWorkers` too, and a project's own value wins over `--maxWorkers` on the command line.
const shared = {
  globalSetup: ['test/global-setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  // A worker keeps the modules it loaded from one test file to the next instead of importing the app
  // afresh for each (~370 modules a file): importing fell from ~417 s to ~52 s of the suite's worker time
  // (bench/README.md, "CI time"). Test files share no state through modules: each makes its own database,
  // server, clock and data directory. VITEST_ISOLATE=1 restores a fresh module graph per file, to tell a
  // failure caused by sharing from any other.
  isolate: process.env.VITEST_ISOLATE === '1',
};

export default defineConfig({
  test: {
    ...shared,
    // At least two files at once. Vitest's default (one worker fewer than the cores) runs one file at a
    // time on a 2-core machine, which leaves a core idle while a test waits on a spawned `linchpin`,
    // Chromium, PostgreSQL or SMTP: neighbouring runs of the same 14 files took 18–23% less time with
    // two workers than with one (bench/README.md, "CI time"). Larger machines keep the default.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          ...shared,
          name: 'pglite',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts', 'web/src/**/*.test.ts'],
          env: { LINCHPIN_TEST_DB: 'pglite' },
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              test: {
                ...shared,
                name: 'postgres',
                include: integration,
                env: { LINCHPIN_TEST_DB: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
});
