import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchPageHintsOf, withSearchPageHints, writeSearchPageHints } from '../../src/server/search/search-page-hints';

const WASM = (base: string) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${base}pagefind/wasm.en.pagefind">`;
const HINTS = { module: 'search-page-Ab_1.js', entryTag: '0123456789abcdef', metaFile: 'pagefind.en_8ed1f97b4c.pf_meta' };

describe('withSearchPageHints', () => {
  it('puts the module, entry and metadata hints right after the WebAssembly’s, under the site’s base', () => {
    const html = `<head><meta charset="utf-8">${WASM('/long-take/')}<title>Search</title></head>`;
    expect(withSearchPageHints(html, HINTS)).toBe(
      `<head><meta charset="utf-8">${WASM('/long-take/')}` +
        '<link rel="modulepreload" href="/long-take/_astro/search-page-Ab_1.js">' +
        '<link rel="preload" as="fetch" crossorigin="anonymous" href="/long-take/pagefind/pagefind-entry.json?ts=0123456789abcdef" data-pagefind-entry>' +
        '<link rel="preload" as="fetch" crossorigin="anonymous" href="/long-take/pagefind/pagefind.en_8ed1f97b4c.pf_meta">' +
        '<title>Search</title></head>',
    );
  });

  it('refuses a page without the WebAssembly hint, or with another language’s', () => {
    expect(() => withSearchPageHints('<head><title>Search</title></head>', HINTS)).toThrow(/no preload of Pagefind’s WebAssembly/);
    const other = WASM('/').replace('wasm.en.', 'wasm.fr.');
    expect(() => withSearchPageHints(`<head>${other}</head>`, HINTS)).toThrow(/no preload of Pagefind’s WebAssembly/);
  });
});

describe('searchPageHintsOf and writeSearchPageHints, on a built site’s files', () => {
  let site = '';
  afterEach(() => rmSync(site, { recursive: true, force: true }));

  /** A site folder with an entry file, `_astro/` holding `modules`, and a search page if `searchPage`. */
  function builtSite(entry: unknown, modules: string[], searchPage = true) {
    site = mkdtempSync(path.join(tmpdir(), 'search-hints-'));
    mkdirSync(path.join(site, 'pagefind'));
    mkdirSync(path.join(site, '_astro'));
    writeFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), JSON.stringify(entry));
    for (const module of modules) writeFileSync(path.join(site, '_astro', module), '');
    if (searchPage) {
      mkdirSync(path.join(site, 'search'));
      writeFileSync(path.join(site, 'search', 'index.html'), `<head>${WASM('/')}</head>`);
    }
  }

  it('names the language’s metadata file, the one search page module and a tag that follows the entry’s content', () => {
    builtSite({ version: '1.6.0', languages: { en: { hash: 'en_8ed1f97b4c', wasm: 'en' } } }, [
      'search-page-C_D_3pl5.js',
      'search-highlight-x.js',
      'header-search-y.js',
    ]);
    const hints = searchPageHintsOf(site);
    expect(hints.module).toBe('search-page-C_D_3pl5.js');
    expect(hints.metaFile).toBe('pagefind.en_8ed1f97b4c.pf_meta');
    expect(hints.entryTag).toMatch(/^[0-9a-f]{16}$/);
    // Another index, another tag: a browser that cached the old entry never reads it for the new.
    writeFileSync(
      path.join(site, 'pagefind', 'pagefind-entry.json'),
      JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_0000000000' } } }),
    );
    expect(searchPageHintsOf(site).entryTag).not.toBe(hints.entryTag);
  });

  it('stops the build when the entry has no index in the site’s language, or the module is not exactly one', () => {
    builtSite({ languages: { fr: { hash: 'fr_1' } } }, ['search-page-a.js']);
    expect(() => searchPageHintsOf(site)).toThrow(/names no index in the site's language \(en\)/);
    rmSync(site, { recursive: true });
    builtSite({ languages: { en: { hash: 'en_1' } } }, []);
    expect(() => searchPageHintsOf(site)).toThrow(/expected one search page module in _astro\/, found 0: none/);
    rmSync(site, { recursive: true });
    builtSite({ languages: { en: { hash: 'en_1' } } }, ['search-page-a.js', 'search-page-b.js']);
    expect(() => searchPageHintsOf(site)).toThrow(/found 2: search-page-a\.js, search-page-b\.js/);
  });

  it('writes the hints into search/index.html, and leaves a site without a search page alone', () => {
    builtSite({ languages: { en: { hash: 'en_1' } } }, ['search-page-a.js']);
    expect(writeSearchPageHints(site)).toBe(true);
    const page = readFileSync(path.join(site, 'search', 'index.html'), 'utf8');
    expect(page).toContain('<link rel="modulepreload" href="/_astro/search-page-a.js">');
    expect(page).toContain('href="/pagefind/pagefind.en_1.pf_meta"');
    rmSync(site, { recursive: true });
    builtSite({ languages: { en: { hash: 'en_1' } } }, ['search-page-a.js'], false);
    expect(writeSearchPageHints(site)).toBe(false);
  });
});
