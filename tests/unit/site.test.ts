/**
 * The site's shared configuration where it is logic: the collation every list sorts by, the id
 * pattern editors' file names and citations must match, titles made into ids, and the films
 * index's page count.
 */
import { describe, expect, it } from 'vitest';
import { ID_PART, ID_PATTERN, compareText, filmsIndexPages, slugify } from '../../src/shared/site';

describe('compareText', () => {
  it('sorts as English does, whatever the build machine’s locale: Å with A, before Z', () => {
    expect(['Zoe', 'Åsa', 'Bo'].sort(compareText)).toEqual(['Åsa', 'Bo', 'Zoe']);
    expect(compareText('Anora', 'Anora')).toBe(0);
  });
});

describe('ids', () => {
  it.each(['anora', 'a-stripping-vision', 'variety-2024', '2001'])('accepts %j', (id) => {
    expect(id).toMatch(ID_PATTERN);
  });

  it.each(['', '-anora', 'anora-', 'a--b', 'Anora', 'a b', 'anóra'])('refuses %j', (id) => {
    expect(id).not.toMatch(ID_PATTERN);
  });

  it('finds a whole id inside other syntax', () => {
    const citation = new RegExp(`\\[@(${ID_PART}), (\\d+)\\]`);
    expect(citation.exec('as [@variety-2024, 12] says')?.slice(1)).toEqual(['variety-2024', '12']);
  });
});

describe('slugify', () => {
  it('spells out every Latin letter that has no accent to drop', () => {
    expect(slugify('łæøœßđðþı')).toBe('laeooessddthi');
  });
});

describe('filmsIndexPages', () => {
  it('has one page for no films, and a new page after every full one', () => {
    expect(filmsIndexPages(0)).toBe(1);
    expect(filmsIndexPages(50)).toBe(1);
    expect(filmsIndexPages(51)).toBe(2);
  });
});
