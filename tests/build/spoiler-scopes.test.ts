/**
 * Spoiler visibility is one property, decided at build time: every piece of text the build writes
 * is safe, or belongs to spoiler scopes, and no channel lets scoped text out of them. This walks
 * every file the fixture build wrote (tests/fixtures/content uses every kind of scope: an essay
 * gated for one film, `<Spoiler>` passages for two films, notes inside them, a note citing a late
 * scene) and looks for each spoiler phrase of the fixture:
 * - in HTML, only inside elements whose `data-spoiler-scope` covers the phrase's scopes (never in
 *   an attribute, a script or the head);
 * - in Pagefind's fragments, only in records whose `scope` covers them; never in its metadata;
 * - never in the vocabulary, the feed, the sitemap, robots.txt, the header file, scripts, styles
 *   or the link-preview images.
 * The checks are tests/build/spoiler-scope-checks.ts; tests/build/leak-detector.test.ts shows each one
 * failing on a copy of the build with a leak put in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fragmentLeaks,
  fragmentsHolding,
  otherLeaks,
  pageLeaks,
  pages,
  readSite,
  SPOILERS,
  vocabulary,
  vocabularyLeaks,
  type BuiltSite,
} from './spoiler-scope-checks';
import { builtFolder, FIXTURE_BUILD } from './support';

let site: BuiltSite;

beforeAll(() => {
  site = readSite(builtFolder(FIXTURE_BUILD));
});

describe('a build of content with every kind of spoiler scope', () => {
  it('has the fixture’s pages, and its spoilers in them', () => {
    expect(site.files).toContain('essays/notes-fixture/index.html');
    expect(site.files).toContain('essays/two-reels/index.html');
    for (const { phrase } of SPOILERS)
      expect(
        pages(site).some(({ html }) => html.includes(phrase)),
        phrase,
      ).toBe(true);
  });

  describe.each(SPOILERS)('“$phrase” ($where)', ({ phrase, scopes }) => {
    it('appears in no page outside its scopes', () => {
      expect(pageLeaks(site, phrase, scopes)).toEqual([]);
    });

    it('appears in no search fragment but those of records in its scopes', () => {
      expect(fragmentLeaks(site, phrase, scopes)).toEqual([]);
      // …and it is still searchable: some record in its scopes holds it.
      expect(fragmentsHolding(site, phrase).length, 'no record holds it: search could not find the essay by it').toBeGreaterThan(0);
    });

    it('appears nowhere else the build writes: search metadata and filters, feed, sitemap, scripts, styles, preview images', () => {
      expect(otherLeaks(site, phrase)).toEqual([]);
    });
  });

  it('keeps every word found only in spoilers out of the vocabulary', () => {
    expect(vocabulary(site).length).toBeGreaterThan(20);
    expect(vocabularyLeaks(site)).toEqual([]);
  });
});
