import { defineConfig, devices } from '@playwright/test';
import { BUILDS, builtFolder, SPOILERS_BUILD } from './tests/build/support';

// The browser tests serve built folders: each must be there and newer than the code and content
// it is built from, or the run stops with the command that builds it again.
for (const build of [...BUILDS, SPOILERS_BUILD]) builtFolder(build);

/** Ports of the four preview servers; move them with E2E_PORT_BASE when 4321–4324 are taken. */
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 4321);
const SITE_PORT = PORT_BASE;
const FIXTURE_PORT = PORT_BASE + 1;
const SUBPATH_PORT = PORT_BASE + 2;
/** The adversarial spoiler fixture (`build:spoilers`, tests/fixtures/spoiler-content). */
const SPOILERS_PORT = PORT_BASE + 3;
/** The sub-path the `build:subpath` build is made for, as a project page would be served. */
export const SUBPATH = '/long-take/';

/** Serves an already built folder with Astro's preview server (the build is `npm test`'s job). */
const preview = (port: number, outDir: string, base = '/') => ({
  command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
  env: { OUT_DIR: outDir, BASE_PATH: base },
  url: `http://127.0.0.1:${port}${base}`,
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
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    // The real site, with the launch essays.
    { name: 'site', testIgnore: /(fixture|spoilers)\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${SITE_PORT}/` } },
    // The same code over tests/fixtures/content: notes with links, film citations, spoiler notes.
    { name: 'fixture', testMatch: /fixture\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}/` } },
    // Adversarial spoiler content (tests/fixtures/spoiler-content): a token in every placement.
    { name: 'spoilers', testMatch: /spoilers\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${SPOILERS_PORT}/` } },
    // The launch site built for a sub-path (a project page): links, assets and search must hold.
    { name: 'subpath', testMatch: /(navigation|search)\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}` } },
  ],
  webServer: [
    preview(SITE_PORT, './dist'),
    preview(FIXTURE_PORT, './dist-fixture'),
    preview(SUBPATH_PORT, './dist-subpath', SUBPATH),
    preview(SPOILERS_PORT, './dist-spoilers'),
  ],
});
