/** The bench's own instruments: the byte-for-byte comparison of two builds, the edit it saves, the Pagefind API page. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffFolders, identical } from '../compare';
import { editedEssay } from '../dev';
import { misspell, pagefindApiPage } from '../search';

describe('diffFolders', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bench-diff-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const folder = (name: string, files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name, file)), { recursive: true });
      writeFileSync(path.join(root, name, file), text);
    }
    return path.join(root, name);
  };

  it('finds two builds identical when every file has the same bytes', () => {
    const a = folder('a', { 'index.html': 'x', 'essays/one/index.html': 'one' });
    const b = folder('b', { 'index.html': 'x', 'essays/one/index.html': 'one' });
    const diff = diffFolders(a, b);
    expect(diff).toEqual({ compared: 2, differing: [], onlyInFirst: [], onlyInSecond: [] });
    expect(identical(diff)).toBe(true);
  });

  it('names files whose bytes differ and files only one build wrote', () => {
    const a = folder('c', { 'index.html': 'x', 'old.txt': '', 'essays/one/index.html': 'one' });
    const b = folder('d', { 'index.html': 'x ', 'new.txt': '', 'essays/one/index.html': 'one' });
    const diff = diffFolders(a, b);
    expect(diff).toEqual({ compared: 2, differing: ['index.html'], onlyInFirst: ['old.txt'], onlyInSecond: ['new.txt'] });
    expect(identical(diff)).toBe(false);
  });
});

describe('editedEssay', () => {
  const essay = [
    '---',
    'title: T',
    'description: A sentence. Another.',
    '---',
    '',
    '## Heading',
    '',
    'Marked sentence.[^a] More.',
    '',
    'First sentence here. Second one stays.',
    '',
    '[^a]: A note.',
    '',
  ].join('\n');

  it('changes the first sentence of the first paragraph without a note mark, and nothing else', () => {
    const edited = editedEssay(essay, 'EDITED.');
    expect(edited).toBe(essay.replace('First sentence here.', 'EDITED.'));
  });

  it('says so when there is no paragraph to edit', () => {
    expect(() => editedEssay('---\ntitle: T\n---\n\n## Only a heading\n', 'X')).toThrow(/no paragraph/);
  });
});

describe('pagefindApiPage', () => {
  it('uses Pagefind’s JS API only: options with the base URL, search, the first result’s data', () => {
    const page = pagefindApiPage('/long-take/');
    expect(page).toContain('import("/long-take/pagefind/pagefind.js")');
    expect(page).toContain('pagefind.options({ baseUrl: "/long-take/" })');
    expect(page).toContain('await pagefind.search(query)');
    expect(page).toContain('search.results[0].data()');
    expect(page).not.toMatch(/<link|<style/);
  });

  it('searches again in place when its field is submitted, for the later query', () => {
    const page = pagefindApiPage('/');
    expect(page).toContain('<main>');
    expect(page).toContain('<input type="search"');
    expect(page).toContain("addEventListener('submit'");
  });
});

describe('misspell', () => {
  it('drops the fifth letter of the first word (the last of a shorter one), as a typo would', () => {
    expect(misspell('Thihibe')).toBe('Thihbe');
    expect(misspell('Ana Lark')).toBe('An Lark');
    expect(misspell('Werhun')).toBe('Werhn');
  });
});
