import { defineConfig } from 'vitest/config';

// Suites: `unit` (domain, storage on fake-indexeddb, exporters, main process in Node), run
// twice, under a zone east and a zone west of UTC, because meeting times must come out as
// planned whatever the computer's zone (a suite run only in UTC cannot see that); and `e2e`
// (the built web edition in Debian's Chromium, driven by playwright-core; each browser
// context gets a real user's zone, see tests/e2e/support/browser.ts).
// The JSON report is what .ci/run counts for its closing "N passed, N failed" line.
// The New York run also stores everything through the encryption codec with a keyed audit
// chain (tests/unit/renderer/storage-helpers.ts), so each storage test runs on a plain and on
// an encrypted database.
const unitProjects = {
  'unit-berlin': { TZ: 'Europe/Berlin' },
  'unit-new-york': { TZ: 'America/New_York', ROUNDTABLE_TEST_SEALED: '1' },
};

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      ...Object.entries(unitProjects).map(([name, env]) => ({
        test: {
          name,
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/migrations/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
          env,
        },
      })),
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
