import { defineConfig, devices } from '@playwright/test';

/** Astro `base` of the builds under test, so the same suite runs against a sub-path build. */
const BASE_PATH = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const SITE_PORT = 4321;
const FIXTURE_PORT = 4322;

/** Serves an already built folder with Astro's preview server (the build is `npm test`'s job). */
const preview = (port: number, outDir: string) => ({
  command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
  env: { OUT_DIR: outDir, BASE_PATH },
  url: `http://127.0.0.1:${port}${BASE_PATH}`,
  reuseExistingServer: false,
  timeout: 60_000,
});

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    ...devices['Desktop Chrome'],
    // Playwright cannot download its browsers here: drive Debian's Chromium.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    // The real site, with the launch essays.
    { name: 'site', testIgnore: /fixture\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${SITE_PORT}${BASE_PATH}` } },
    // The same code over tests/fixtures/content: notes with links, film citations, spoiler notes.
    { name: 'fixture', testMatch: /fixture\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}${BASE_PATH}` } },
  ],
  webServer: [preview(SITE_PORT, process.env.OUT_DIR ?? './dist'), preview(FIXTURE_PORT, './dist-fixture')],
});
