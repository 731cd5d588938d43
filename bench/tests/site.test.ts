/** The site the bench measures: its root by path, and the pages it weighs, read from the content. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT, launchPages, ROOT } from '../site';

describe('the site', () => {
  it('is the folder above the bench, with the site’s package.json and the editors’ content', () => {
    expect(path.join(ROOT, 'bench')).toBe(path.resolve(import.meta.dirname, '..'));
    expect(existsSync(path.join(ROOT, 'package.json'))).toBe(true);
    expect(existsSync(path.join(CONTENT, 'essays'))).toBe(true);
  });
});

describe('launchPages', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bench-pages-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const content = (name: string, essays: Record<string, string>) => {
    mkdirSync(path.join(root, name, 'essays'), { recursive: true });
    for (const [file, frontmatter] of Object.entries(essays)) writeFileSync(path.join(root, name, 'essays', file), `---\n${frontmatter}\n---\n\nText.\n`);
    return path.join(root, name);
  };

  it('weighs a launch essay and the film it is about, both in the editors’ content', () => {
    const pages = launchPages();
    expect(pages.home).toBe('');
    expect(pages.search).toBe('search/');
    expect(pages.essay).toMatch(/^essays\/[a-z0-9-]+\/$/);
    expect(existsSync(path.join(CONTENT, `${pages.essay.slice(0, -1)}.mdx`))).toBe(true);
    expect(pages.film).toMatch(/^films\/[a-z0-9-]+\/$/);
    expect(existsSync(path.join(CONTENT, `${pages.film.slice(0, -1)}.yaml`))).toBe(true);
  });

  it('takes the first essay by file name, and its film, else its first subject', () => {
    expect(launchPages(content('one-film', { 'b.mdx': 'film: later', 'a.mdx': 'film: tangerine' }))).toMatchObject({ essay: 'essays/a/', film: 'films/tangerine/' });
    expect(launchPages(content('subjects', { 'a.mdx': 'subject: [anora, hustlers]' })).film).toBe('films/anora/');
  });

  it('says which essay names no film', () => {
    expect(() => launchPages(content('no-film', { 'a.mdx': 'title: A' }))).toThrow(/a\.mdx: neither film nor subject/);
  });
});
