/**
 * Where a build says the site lives. A build for deployment (`npm run build`) must be told
 * (`SITE_URL`), or canonical URLs, the feed, the sitemap and link previews would point at another
 * site; local and test builds (`LOCAL_BUILD=1`: `npm start`, `npm test`, the fixture and
 * sub-path builds) may use the placeholder origin. Each case builds a copy of
 * tests/fixtures/broken-site with its essay mended; its sitemap shows the origin it was built for.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroInFixture, copyFixture, PROJECT_ROOT } from './support';

const ESSAY = 'content/essays/broken.mdx';

/** Builds a mended copy of the fixture with `env`; returns the build and its sitemap index, if written. */
async function buildFor(env: Record<string, string | undefined>) {
  const copy = copyFixture('broken-site');
  try {
    const essay = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'broken-site', ESSAY), 'utf8');
    writeFileSync(path.join(copy.root, ESSAY), essay.replace(/^film: anroa$/m, 'film: anora'));
    const build = await astroInFixture(copy.root, 'build', env);
    const sitemap = path.join(copy.root, 'dist', 'sitemap-index.xml');
    return { ...build, sitemap: existsSync(sitemap) ? readFileSync(sitemap, 'utf8') : undefined };
  } finally {
    copy.remove();
  }
}

describe('the site’s address', () => {
  it('stops a build for deployment without SITE_URL, saying how to give it', async () => {
    // As `npm run build` runs: neither SITE_URL nor LOCAL_BUILD.
    const build = await buildFor({ LOCAL_BUILD: undefined });
    expect(build.code, build.output).not.toBe(0);
    expect(build.output).toContain('SITE_URL is not set');
    expect(build.output).toContain('npm run build:local');
    expect(build.sitemap).toBeUndefined();
  });

  it('builds for the SITE_URL it is given', async () => {
    const build = await buildFor({ SITE_URL: 'https://longtake.example', LOCAL_BUILD: undefined });
    expect(build.code, build.output).toBe(0);
    expect(build.sitemap).toContain('<loc>https://longtake.example/sitemap-0.xml</loc>');
  });

  it('lets a local build use the placeholder origin', async () => {
    const build = await buildFor({ LOCAL_BUILD: '1' });
    expect(build.code, build.output).toBe(0);
    expect(build.sitemap).toContain('<loc>https://example.com/sitemap-0.xml</loc>');
  });
});
