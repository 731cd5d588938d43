import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  aliasGroupsOf,
  aliasPieces,
  decadeOf,
  decodeEntities,
  excerptRuns,
  expandAliases,
  filmFilterLabel,
  normalizeQuery,
  suggestQuery,
  vocabularyKey,
  vocabularyOf,
  vocabularyPieces,
  wordsOf,
} from '../../src/shared/search/query';
import { foldForMatch, matchOptions, resolveOption } from '../../src/shared/search/filter-options';
import { encodeSpoilerBadges, parseSpoilerBadges, spoilerBadges } from '../../src/shared/spoilers/words';
import { compareText } from '../../src/shared/site';

describe('normalizeQuery', () => {
  it('trims and collapses white space', () => {
    expect(normalizeQuery('  Sean \n\t Baker  ')).toBe('Sean Baker');
    expect(normalizeQuery('   ')).toBe('');
  });

  it('cuts hostile lengths without splitting a character', () => {
    expect(normalizeQuery('x'.repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = normalizeQuery('🎬'.repeat(500));
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF]$/); // no lone high surrogate at the end
  });

  it('composes accents, so a decomposed "é" searches like a typed one', () => {
    expect(normalizeQuery('Cle\u0301o')).toBe('Cl\u00e9o');
  });

  it('leaves no space at the end of a cut query, and counts no leading space against the cut', () => {
    expect(normalizeQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 1)} b`)).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
    expect(normalizeQuery(`   ${'a'.repeat(MAX_QUERY_LENGTH)}`)).toBe('a'.repeat(MAX_QUERY_LENGTH));
  });

  it('leaves markup and regex metacharacters as text', () => {
    expect(normalizeQuery('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(normalizeQuery('.*+?^${}()|[]\\')).toBe('.*+?^${}()|[]\\');
  });
});

describe('wordsOf', () => {
  it('keeps apostrophes and hyphens inside words, in any script', () => {
    expect(wordsOf('Ani’s rags-to-riches, «Анора» and 電影!')).toEqual(['Ani’s', 'rags-to-riches', 'Анора', 'and', '電影']);
  });
});

describe('wordsOf, on text without words', () => {
  it('finds none', () => {
    expect(wordsOf('')).toEqual([]);
    expect(wordsOf(' — … ')).toEqual([]);
  });
});

describe('filters', () => {
  it('names films with their year and years by decade', () => {
    expect(filmFilterLabel({ title: 'Anora', year: 2024 })).toBe('Anora (2024)');
    expect(decadeOf(2024)).toBe('2020s');
    expect(decadeOf(1959)).toBe('1950s');
    expect(decadeOf(2000)).toBe('2000s');
  });
});

describe('aliases', () => {
  // Built per test, for Stryker (see the vocabulary below).
  const groupsOf = () =>
    aliasGroupsOf([
      {
        title: 'Anora',
        aliases: [
          ['Anora', 'Анора'],
          ['Vanya', 'Ivan', 'Ваня'],
        ],
      },
      { title: 'Cleo from 5 to 7', originalTitle: 'Cléo de 5 à 7', aliases: [] },
    ]);

  it('gathers the films’ alias groups and original titles', () => {
    expect(groupsOf()).toEqual([
      ['Anora', 'Анора'],
      ['Vanya', 'Ivan', 'Ваня'],
      ['Cleo from 5 to 7', 'Cléo de 5 à 7'],
    ]);
  });

  it('searches each other spelling of a name the query contains, the original first', () => {
    expect(expandAliases('Анора', groupsOf())).toEqual(['Анора', 'Anora']);
    expect(expandAliases('vanya brighton', groupsOf())).toEqual(['vanya brighton', 'Ivan brighton', 'Ваня brighton']);
    expect(expandAliases('cléo de 5 à 7', groupsOf())).toEqual(['cléo de 5 à 7', 'Cleo from 5 to 7']);
  });

  it('matches whole words only, and leaves other queries alone', () => {
    expect(expandAliases('Ivanka', groupsOf())).toEqual(['Ivanka']);
    expect(expandAliases('Tupperware', groupsOf())).toEqual(['Tupperware']);
  });

  it('matches a name with regex metacharacters literally', () => {
    expect(expandAliases('M*A*S*H', [['M*A*S*H', 'MASH']])).toEqual(['M*A*S*H', 'MASH']);
    expect(expandAliases('MAASH', [['M*A*S*H', 'MASH']])).toEqual(['MAASH']);
  });

  it('searches a spelling two films share once, whatever its case', () => {
    expect(
      expandAliases('Ivan', [
        ['Ivan', 'Vanya'],
        ['vanya', 'ivan'],
      ]),
    ).toEqual(['Ivan', 'Vanya']);
  });

  it('splits the groups by the first letter of each name’s first word, so a query fetches only its letters’ pieces', () => {
    const pieces = aliasPieces([...groupsOf(), ['¡Three Amigos!', 'Tres amigos']]);
    expect([...pieces.keys()].sort()).toEqual(['a', 'c', 'i', 't', 'u430', 'u432', 'v']);
    expect(pieces.get('a')).toEqual([['Anora', 'Анора']]);
    expect(pieces.get('u430')).toEqual([['Anora', 'Анора']]);
    // Two names of one group starting alike put it in that piece once.
    expect(pieces.get('c')).toEqual([['Cleo from 5 to 7', 'Cléo de 5 à 7']]);
    // The first word, not the first character: a query holding "¡Three Amigos!" holds "Three".
    expect(pieces.get('t')).toEqual([['¡Three Amigos!', 'Tres amigos']]);
    // Every group the query could name is in a piece of one of its words: the search finds it.
    for (const query of ['Анора', 'vanya brighton', 'cléo de 5 à 7', 'Иван']) {
      const fetched = [...new Set(wordsOf(query).map(vocabularyKey))].flatMap((key) => pieces.get(key) ?? []);
      expect(expandAliases(query, fetched), query).toEqual(expandAliases(query, groupsOf()));
    }
  });

  it('stays bounded however many aliases match', () => {
    const many = [Array.from({ length: 20 }, (_, index) => `name${index}`)];
    expect(expandAliases('name0', many)).toHaveLength(6);
  });
});

describe('vocabulary and suggestions', () => {
  // Built inside each test, not once for the block: Stryker switches a mutant on per test, so
  // work done while the tests are collected would never meet one.
  const vocabularyOfTexts = () =>
    vocabularyOf(
      ['Andrea Werhun wrote Modern Whore.', 'A Cinderella story; cinderella again. Werhun, Werhun.', 'of an to 2024'],
      compareText,
    );

  it('counts each word once, in its most frequent form, most frequent first, skipping short words and numbers', () => {
    const vocabulary = vocabularyOfTexts();
    expect(vocabulary[0]).toBe('Werhun');
    expect(vocabulary).toContain('Cinderella');
    expect(vocabulary.filter((word) => word.toLowerCase() === 'cinderella')).toHaveLength(1);
    expect(vocabulary).not.toContain('of');
    expect(vocabulary).not.toContain('2024');
  });

  it('ranks a word by all its forms together, and names it by its most frequent form', () => {
    expect(vocabularyOf(['Andrea Andrea zoom zoom Zoom'], compareText)).toEqual(['zoom', 'Andrea']);
    expect(vocabularyOf(['anora Anora Anora'], compareText)).toEqual(['Anora']);
  });

  it('prefers the capitalised form at a tie, and orders equally frequent words by the collation', () => {
    expect(vocabularyOf(['cinderella Cinderella'], compareText)).toEqual(['Cinderella']);
    expect(vocabularyOf(['iPhone iphone'], compareText)).toEqual(['iphone']); // a capital inside a word is no capital
    expect(vocabularyOf(['gamma beta alpha'], compareText)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('keeps words of three letters and words that merely contain digits', () => {
    expect(vocabularyOf(['Kes R2D2 8mm 1917 to'], compareText)).toEqual(['8mm', 'Kes', 'R2D2']);
  });

  it('corrects misspelt words from the vocabulary and keeps known ones', () => {
    const vocabulary = vocabularyOfTexts();
    expect(suggestQuery('Werhum', vocabulary)).toBe('Werhun');
    expect(suggestQuery('Cinderela story', vocabulary)).toBe('Cinderella story');
    expect(suggestQuery('Andrea Werhun', vocabulary)).toBeUndefined();
    expect(suggestQuery('xylophone', vocabulary)).toBeUndefined();
  });

  it('never corrects a known word into a neighbour, whatever its case', () => {
    expect(suggestQuery('ivan', ['Iván', 'Ivan'])).toBeUndefined();
  });

  it('keeps its size bounded', () => {
    expect(vocabularyOf(['alpha beta gamma delta'], compareText, 2)).toHaveLength(2);
  });
});

describe('excerptRuns', () => {
  it('reads Pagefind’s marks as highlighted runs and decodes its escapes', () => {
    expect(excerptRuns('the <mark>Werhun</mark> memoir &amp; &lt;b&gt; &#39;x&#39;')).toEqual([
      { text: 'the ', marked: false },
      { text: 'Werhun', marked: true },
      { text: " memoir & <b> 'x'", marked: false },
    ]);
  });

  it('never turns other markup into elements: it stays text', () => {
    const runs = excerptRuns('<img src=x onerror=alert(1)><script>x</script>');
    expect(runs).toEqual([{ text: '<img src=x onerror=alert(1)><script>x</script>', marked: false }]);
  });

  it('joins neighbouring runs of the same kind', () => {
    expect(excerptRuns('<mark>Wer</mark><mark>hun</mark> a</mark>b')).toEqual([
      { text: 'Werhun', marked: true },
      { text: ' ab', marked: false },
    ]);
  });

  it('decodes decimal and hexadecimal references in either case, up to the last code point', () => {
    expect(excerptRuns('&#65;&#X41;&#x41;&#x10FFFF;')).toEqual([{ text: 'AAA\u{10FFFF}', marked: false }]);
  });

  it('leaves references that name no character as text', () => {
    expect(excerptRuns('&#x110000; &axe;')).toEqual([{ text: '&#x110000; &axe;', marked: false }]);
  });

  it('decodes every named reference the site writes, and an apostrophe by number in either base', () => {
    expect(decodeEntities('&quot;a&quot; &apos;b&#x27; &#39;c&#39; d&nbsp;e &AMP;')).toBe("\"a\" 'b' 'c' d\u00a0e &");
  });

  it('tolerates unbalanced marks and odd entities', () => {
    expect(excerptRuns('<mark>open')).toEqual([{ text: 'open', marked: true }]);
    expect(excerptRuns('&bogus; &#0; &#x1F3AC;')).toEqual([{ text: '&bogus; &#0; 🎬', marked: false }]);
  });
});

describe('the film and director comboboxes', () => {
  const films = ['Anora (2024)', 'Pretty Woman (1990)', 'Hustlers (2019)', 'Élite Squad (2007)', 'The Hustler (1961)'];

  it('lists values that start with the typed text first, then a word that does, then any that contain it', () => {
    expect(matchOptions(films, 'hust')).toEqual(['Hustlers (2019)', 'The Hustler (1961)']);
    expect(matchOptions(films, 'or')).toEqual(['Anora (2024)']);
    expect(matchOptions(films, 'wom')).toEqual(['Pretty Woman (1990)']);
  });

  it('ignores case and accents, lists everything for nothing typed, and stops at the limit', () => {
    expect(matchOptions(films, 'ELITE')).toEqual(['Élite Squad (2007)']);
    expect(matchOptions(films, '  ')).toEqual(films);
    expect(matchOptions(films, '', 2)).toEqual(films.slice(0, 2));
  });

  it('lists a value with a word that starts with the typed text before one that only contains it, whatever their order', () => {
    const values = ['Anora (2024)', 'The Orphanage (2007)', 'Sorry to Bother You (2018)', 'Oral History (1999)'];
    expect(matchOptions(values, 'or')).toEqual([
      'Oral History (1999)',
      'The Orphanage (2007)',
      'Anora (2024)',
      'Sorry to Bother You (2018)',
    ]);
    expect(matchOptions(values, 'or', 3)).toEqual(['Oral History (1999)', 'The Orphanage (2007)', 'Anora (2024)']);
    // A word starts after a hyphen too, not after a digit.
    expect(matchOptions(['Room 1222 (1969)', 'Catch-22 (1970)'], '22')).toEqual(['Catch-22 (1970)', 'Room 1222 (1969)']);
    expect(matchOptions(values, 'zardoz')).toEqual([]);
  });

  it('folds a value to lower case without accents', () => {
    expect(foldForMatch('Élite Squad')).toBe('elite squad');
  });

  it('resolves a typed text to the one value it means, and to none when it means several', () => {
    expect(resolveOption(['Hustlers (2019)', 'Hustlers (2019) Extended'], 'HUSTLERS (2019)')).toBe('Hustlers (2019)');
    expect(resolveOption(films, '  anora (2024) ')).toBe('Anora (2024)');
    expect(resolveOption(['Anora (2024)'], ' ')).toBeUndefined();
    expect(resolveOption(films, 'anora (2024)')).toBe('Anora (2024)');
    expect(resolveOption(films, 'pretty')).toBe('Pretty Woman (1990)');
    expect(resolveOption(films, 'elite squad (2007)')).toBe('Élite Squad (2007)');
    expect(resolveOption(films, 'the')).toBe('The Hustler (1961)');
    expect(resolveOption(['Hustlers (2019)', 'Hustlers (2031)'], 'hustlers')).toBeUndefined();
    expect(resolveOption(films, 'Zardoz')).toBeUndefined();
    expect(resolveOption(films, '')).toBeUndefined();
  });
});

describe('the vocabulary in pieces', () => {
  it('puts a word in the piece of its first letter, without accents, with a plain file name for any script', () => {
    expect(vocabularyKey('Werhun')).toBe('w');
    expect(vocabularyKey('Émigré')).toBe('e');
    expect(vocabularyKey('Ваня')).toBe(`u${'в'.codePointAt(0)!.toString(16)}`);
    expect(vocabularyKey('1990s')).toBe('1');
  });

  it('still names a piece for an empty word', () => {
    expect(vocabularyKey('')).toBe('u0');
  });

  it('splits the vocabulary by first letter, keeping its order (most frequent first) in each piece', () => {
    const pieces = vocabularyPieces(['the', 'Werhun', 'Tupperware', 'world', 'émigré', 'Ezample']);
    expect(Object.fromEntries(pieces)).toEqual({ t: ['the', 'Tupperware'], w: ['Werhun', 'world'], e: ['émigré', 'Ezample'] });
  });

  it('keeps a piece to its most frequent words', () => {
    expect(vocabularyPieces(['tea', 'Werhun', 'tide', 'toll', 'tuna'], 2).get('t')).toEqual(['tea', 'tide']);
  });

  it('suggests from the pieces of a query’s words as from the whole vocabulary', () => {
    const vocabulary = ['Werhun', 'Cinderella', 'Anora', 'essay'];
    const pieces = vocabularyPieces(vocabulary);
    const piecesFor = (query: string) => [...new Set(wordsOf(query).map(vocabularyKey))].flatMap((key) => pieces.get(key) ?? []);
    for (const query of ['Werhum', 'Cinderela Anorra', 'essay'])
      expect(suggestQuery(query, piecesFor(query))).toBe(suggestQuery(query, vocabulary));
    expect(suggestQuery('Cinderela Anorra', piecesFor('Cinderela Anorra'))).toBe('Cinderella Anora');
  });
});

describe('spoiler badges, film by film', () => {
  const films = [
    { id: 'anora', title: 'Anora', spoilers: { level: 'mild', ending: false } },
    { id: 'hustlers', title: 'Hustlers', spoilers: { level: 'none', ending: false } },
    { id: 'pretty-woman', title: 'Pretty Woman', spoilers: { level: 'major', ending: true } },
  ] as const;

  it('names every film an essay spoils with its own level, and on a film’s page gives that film’s level alone', () => {
    expect(spoilerBadges(films)).toEqual([
      { film: 'Anora', level: 'mild', ending: false, named: true },
      { film: 'Pretty Woman', level: 'major', ending: true, named: true },
    ]);
    expect(spoilerBadges(films, 'anora')).toEqual([{ film: 'Anora', level: 'mild', ending: false, named: false }]);
    expect(spoilerBadges([films[1]])).toEqual([]);
  });

  it('carries the badges through the search index and back, and drops what is malformed', () => {
    const badges = spoilerBadges(films).map(({ film, level, ending }) => ({ film, level, ending }));
    expect(parseSpoilerBadges(encodeSpoilerBadges(badges))).toEqual(badges);
    expect(parseSpoilerBadges(undefined)).toEqual([]);
    expect(parseSpoilerBadges('not json')).toEqual([]);
    expect(parseSpoilerBadges('[["severe",false,"Anora"],["mild",false,"Anora: Part 2 | x"]]')).toEqual([
      { level: 'mild', ending: false, film: 'Anora: Part 2 | x' },
    ]);
  });
});
