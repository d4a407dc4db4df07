import { defineConfig } from '@playwright/test';
import type { CrumbWorkerOptions } from './tests/e2e/harness/fixtures';

// The extension must be built first (`npm test` does); the test site and the browser are
// started once per worker by the fixtures in tests/e2e/harness/fixtures.ts.
export default defineConfig<object, CrumbWorkerOptions>({
  testDir: 'tests/e2e',
  // Two browsers at a time: a test spends most of its time waiting on a browser, not computing,
  // and on this 2-core machine the suite took 10.0 min with one worker and 6.6 min with two.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Generous for a busy 2-core machine; a passing test takes 1-3 s.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  projects: [
    { name: 'chromium', use: { crumbBrowser: 'chromium' } },
    { name: 'firefox', use: { crumbBrowser: 'firefox' } },
  ],
});
