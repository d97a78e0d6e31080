import { defineConfig } from 'vitest/config';

// Suites: pure logic (unit), the built site's HTML (site), and a real browser
// against the built site, served by the project's server (browser) and by
// Debian's nginx under a sub-path (browser-nginx). All but unit share one build.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], setupFiles: ['tests/setup/remove-scratch.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          // Checks that read the whole built archive (hundreds of reports) take seconds, not milliseconds.
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser-nginx',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          env: { TIFA_SERVER: 'nginx' },
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
