/**
 * A build for deployment needs SITE_URL; local and test builds say so with LOCAL_BUILD=1 and get
 * the placeholder; other Astro commands never need it. The npm scripts keep to that split.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE_URL, siteUrl, siteUrlProblem } from '../../src/server/publishing/site-url';

describe('siteUrlProblem', () => {
  it.each([
    { command: 'build', env: {}, stops: true },
    { command: 'build', env: { SITE_URL: '' }, stops: true },
    { command: 'build', env: { LOCAL_BUILD: '0' }, stops: true },
    { command: 'build', env: { SITE_URL: 'https://longtake.example' }, stops: false },
    { command: 'build', env: { LOCAL_BUILD: '1' }, stops: false },
    { command: 'dev', env: {}, stops: false },
    { command: 'preview', env: {}, stops: false },
    { command: 'sync', env: {}, stops: false },
  ])('$command with $env: stops $stops', ({ command, env, stops }) => {
    const problem = siteUrlProblem(command, env);
    if (stops) expect(problem).toMatch(/^SITE_URL is not set: .*npm run build:local/);
    else expect(problem).toBeUndefined();
  });

  it('gives Astro SITE_URL, or the placeholder', () => {
    expect(siteUrl({ SITE_URL: 'https://longtake.example' })).toBe('https://longtake.example');
    expect(siteUrl({})).toBe(PLACEHOLDER_SITE_URL);
  });
});

describe('the npm scripts', () => {
  const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  };

  it('keep `npm run build` for deployment, needing SITE_URL', () => {
    expect(scripts.build).toBe('node scripts/build.ts');
  });

  it.each(['build:local', 'build:fixture', 'build:subpath'])('make %s a local build', (name) => {
    expect(scripts[name]).toMatch(/^LOCAL_BUILD=1 .*node scripts\/build\.ts$/);
  });

  it.each(['start', 'test'])('build locally in %s', (name) => {
    expect(scripts[name]).toContain('npm run build:local');
    expect(scripts[name]).not.toMatch(/(^|&& )(astro build|node scripts\/build\.ts)/);
  });
});
