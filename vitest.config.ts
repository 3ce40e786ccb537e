import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Process tests run the production build (`npm start`): made once, before the test files.
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC' },
    // CI runs on a 2-core machine where browser, Redis and multi-process tests share the CPU with
    // servers they start; a test that fails there is run once more before it fails the build (a
    // second failure still does). Locally every failure shows at once.
    retry: process.env.CI ? 1 : 0,
  },
});
