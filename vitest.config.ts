import { defineConfig } from 'vitest/config';

// Suites: `unit` (domain, storage on fake-indexeddb, exporters, main process in Node), run
// twice, under a zone east and a zone west of UTC, because meeting times must come out as
// planned whatever the computer's zone (a suite run only in UTC cannot see that); and `e2e`
// (the built web edition in Debian's Chromium, driven by playwright-core; each browser
// context gets a real user's zone, see tests/e2e/support/browser.ts).
// The JSON report is what .ci/run counts for its closing "N passed, N failed" line.
const unitZones = { 'unit-berlin': 'Europe/Berlin', 'unit-new-york': 'America/New_York' };

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      ...Object.entries(unitZones).map(([name, zone]) => ({
        test: {
          name,
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/migrations/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
          env: { TZ: zone },
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
