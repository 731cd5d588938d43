/**
 * Issue 23: scoped text copied by a later step (contents, ids, search records, the bibliography,
 * the vocabulary) must keep its scope. tests/fixtures/spoiler-content puts a unique token in each
 * placement; this walks every file of its build (`npm run build:spoilers`), Pagefind's compressed
 * records included, and fails on any occurrence outside a scope that covers the token
 * (tests/build/scope-leaks.ts says how each kind of file is read).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { filesOf, sightings, type SpoilerToken } from './scope-leaks';
import { builtFolder, SPOILERS_BUILD as SPOILER_BUILD } from './support';

/**
 * Each token of the fixture and the scopes it needs; essays: inline-only (ungated), gated-strong
 * (gated alpha:mild). `attribute`: the token is in an attribute (alt text, a title), which search
 * does not index, so no record holds it.
 */
const TOKENS: (SpoilerToken & { attribute?: true })[] = [
  { token: 'ZQXLEAK01', needs: ['alpha:mild'], where: 'an h2 inside <Spoiler block>' },
  { token: 'ZQXLEAK02', needs: ['alpha:mild'], where: 'an h3 inside <Spoiler block>' },
  { token: 'ZQXLEAK03', needs: ['alpha:mild'], where: 'a paragraph under those headings' },
  { token: 'ZQXLEAK04', needs: ['alpha:major'], where: 'a <Spoiler> inside an h2' },
  { token: 'ZQXLEAK05', needs: ['alpha:mild'], where: 'an outer mild passage for alpha' },
  { token: 'ZQXLEAK06', needs: ['alpha:mild', 'beta:major'], where: 'a major passage for beta nested in it' },
  { token: 'ZQXLEAK07', needs: ['alpha:major', 'beta:major'], where: 'a <Spoiler> for beta in a note citing a late scene of alpha' },
  { token: 'ZQXLEAK08', needs: ['alpha:major'], where: 'the text of that note' },
  { token: 'ZQXLEAK09', needs: ['gamma:mild'], where: 'an <Aside title> crediting a source, inside a passage' },
  { token: 'ZQXLEAK10', needs: ['gamma:mild'], where: 'that aside’s text' },
  { token: 'ZQXLEAK11', needs: ['gamma:mild'], where: 'an <Aside title={…}> written as an expression, inside a passage' },
  { token: 'ZQXLEAK13', needs: ['gamma:mild'], attribute: true, where: 'an image’s alt text inside a passage' },
  { token: 'ZQXLEAK14', needs: ['gamma:mild'], attribute: true, where: 'an image’s title inside a passage' },
  { token: 'ZQXLEAK15', needs: ['gamma:mild'], attribute: true, where: 'a link’s title inside a passage' },
  { token: 'ZQXLEAK16', needs: ['gamma:mild'], where: 'a definition-like list inside a passage' },
  { token: 'ZQXLEAK17', needs: ['gamma:mild'], where: 'a table inside a passage' },
  { token: 'ZQXLEAK18', needs: ['beta:mild'], where: 'an inline <Spoiler> in a paragraph' },
  { token: 'ZQXLEAK20', needs: ['alpha:major'], where: 'a heading in a major passage of an essay gated at mild' },
  { token: 'ZQXLEAK21', needs: ['alpha:major'], where: 'that passage’s text' },
  { token: 'ZQXLEAK22', needs: ['alpha:mild'], where: 'the text of an essay gated at mild' },
  { token: 'ZQXLEAK23', needs: ['alpha:mild'], where: 'an <Aside title> crediting a source in a gated essay' },
  { token: 'ZQXLEAK24', needs: ['alpha:mild', 'gamma:major'], where: 'a <Spoiler> in a note of a gated essay' },
  { token: 'ZQXPUBLIC01', needs: [], where: 'a film’s logline, public by design' },
  { token: 'ZQXPOLICY01', needs: [], where: 'the title of a source cited only inside a spoiler note, listed by policy' },
];
/**
 * Tokens the build publishes nowhere: a draft's, and the label of a scoped note (`[^ZQXLEAK12]`,
 * which GFM would write into ids and links; the build gives such notes neutral labels).
 */
const ABSENT_TOKENS = [
  { token: 'ZQXDRAFT01', where: 'a draft’s title' },
  { token: 'ZQXDRAFT02', where: 'a draft’s heading' },
  { token: 'ZQXDRAFT03', where: 'a draft’s text' },
  { token: 'ZQXLEAK12', where: 'the label of a note marked inside a passage' },
];

let site: string;
let files: string[];

beforeAll(() => {
  site = builtFolder(SPOILER_BUILD);
  files = filesOf(site);
});

describe('a build of adversarial spoiler content (tests/fixtures/spoiler-content)', () => {
  it('wrote the fixture’s essays, films, search index and vocabulary', () => {
    for (const file of [
      'essays/inline-only/index.html',
      'essays/gated-strong/index.html',
      'films/alpha/index.html',
      'search-vocabulary/index.json',
    ])
      expect(files).toContain(file);
    expect(files.filter((file) => file.startsWith('pagefind/fragment/')).length).toBeGreaterThan(5);
  });

  describe.each(TOKENS)('$token ($where)', (token) => {
    it('appears somewhere, in a page or a search record', () => {
      const seen = sightings(site, files, token);
      expect(seen.filter(({ file }) => file.endsWith('.html')).length).toBeGreaterThan(0);
      if (token.needs.length > 0 && !token.attribute)
        expect(seen.filter(({ file }) => file.startsWith('pagefind/fragment/')).length).toBeGreaterThan(0);
    });

    it('appears only where a scope covering it holds it', () => {
      const leaks = sightings(site, files, token).filter(({ covered }) => !covered);
      expect(leaks.map(({ file, where }) => `${file}: ${where}`)).toEqual([]);
    });
  });

  it.each(ABSENT_TOKENS)('publishes $token ($where) in no file', (token) => {
    expect(sightings(site, files, { ...token, needs: [] }).map(({ file, where }) => `${file}: ${where}`)).toEqual([]);
  });
});
