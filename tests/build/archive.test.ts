/**
 * The archive lists every published essay, and the home page stays bounded: it shows the newest
 * essays and links the archive, so that only the paginated archive grows with the site.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus';
import { astroInProject, ensureBuilt, readBuiltPage, type FixtureBuild } from './support';

describe('the archive', () => {
  beforeAll(() => ensureBuilt());

  it('lists both launch essays, newest first, and is linked from every page’s navigation', () => {
    const archive = readBuiltPage('archive/');
    const short = archive.indexOf('href="/essays/a-stripping-vision/"');
    const long = archive.indexOf('href="/essays/between-control-and-losing-it/"');
    expect(short).toBeGreaterThan(-1);
    expect(long).toBeGreaterThan(short); // April 2025 before "2025"
    for (const route of ['', 'films/anora/', 'essays/a-stripping-vision/']) {
      expect(readBuiltPage(route)).toMatch(/<nav[^>]*aria-label="Site"[\s\S]*?href="\/archive\/"[^>]*>Essays</);
    }
  });

  it('has no second page while the essays fit on one, and the home page no “All essays” link', () => {
    expect(() => readBuiltPage('archive/2/')).toThrow();
    expect(readBuiltPage('')).not.toContain('All 2 essays');
  });
});

describe('at more essays than fit on the home page', () => {
  const ESSAYS = 30;
  let folder: { content: string; out: string; remove: () => void };
  let build: FixtureBuild;

  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'long-take-archive-'));
    folder = {
      content: path.join(root, 'content'),
      out: path.join(root, 'dist'),
      remove: () => rmSync(root, { recursive: true, force: true }),
    };
    // The benchmark's generator (run from the project's root, as Vitest is): the launch essays
    // plus synthetic ones over synthetic films.
    generateCorpus({ essays: ESSAYS, films: 5, out: folder.content });
    build = await astroInProject(['build'], { CONTENT_DIR: folder.content, OUT_DIR: folder.out });
  }, 180_000);

  afterAll(() => folder?.remove());

  const page = (route: string) => readFileSync(path.join(folder.out, route, 'index.html'), 'utf8');
  const essayLinks = (html: string) => html.match(/<li class="listing-item">/g)?.length ?? 0;

  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('shows the twelve newest essays on the home page and links the rest', () => {
    const home = page('');
    expect(essayLinks(home)).toBe(12);
    expect(home).toContain(`All ${ESSAYS} essays`);
    expect(home).toContain('href="/archive/"');
  });

  it('pages the archive twenty at a time, linked both ways', () => {
    expect(essayLinks(page('archive'))).toBe(20);
    expect(essayLinks(page('archive/2'))).toBe(ESSAYS - 20);
    expect(page('archive')).toMatch(/href="\/archive\/2\/" rel="next"/);
    expect(page('archive/2')).toMatch(/href="\/archive\/" rel="prev"/);
    expect(existsSync(path.join(folder.out, 'archive', '3'))).toBe(false);
  });
});
