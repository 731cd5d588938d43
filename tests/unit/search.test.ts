import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  aliasGroupsOf,
  decadeOf,
  excerptRuns,
  expandAliases,
  filmFilterLabel,
  normalizeQuery,
  suggestQuery,
  vocabularyOf,
  wordsOf,
} from '../../src/shared/search/query';
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

describe('filters', () => {
  it('names films with their year and years by decade', () => {
    expect(filmFilterLabel({ title: 'Anora', year: 2024 })).toBe('Anora (2024)');
    expect(decadeOf(2024)).toBe('2020s');
    expect(decadeOf(1959)).toBe('1950s');
    expect(decadeOf(2000)).toBe('2000s');
  });
});

describe('aliases', () => {
  const groups = aliasGroupsOf([
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
    expect(groups).toEqual([
      ['Anora', 'Анора'],
      ['Vanya', 'Ivan', 'Ваня'],
      ['Cleo from 5 to 7', 'Cléo de 5 à 7'],
    ]);
  });

  it('searches each other spelling of a name the query contains, the original first', () => {
    expect(expandAliases('Анора', groups)).toEqual(['Анора', 'Anora']);
    expect(expandAliases('vanya brighton', groups)).toEqual(['vanya brighton', 'Ivan brighton', 'Ваня brighton']);
    expect(expandAliases('cléo de 5 à 7', groups)).toEqual(['cléo de 5 à 7', 'Cleo from 5 to 7']);
  });

  it('matches whole words only, and leaves other queries alone', () => {
    expect(expandAliases('Ivanka', groups)).toEqual(['Ivanka']);
    expect(expandAliases('Tupperware', groups)).toEqual(['Tupperware']);
  });

  it('stays bounded however many aliases match', () => {
    const many = [Array.from({ length: 20 }, (_, index) => `name${index}`)];
    expect(expandAliases('name0', many)).toHaveLength(6);
  });
});

describe('vocabulary and suggestions', () => {
  const vocabulary = vocabularyOf(
    ['Andrea Werhun wrote Modern Whore.', 'A Cinderella story; cinderella again. Werhun, Werhun.', 'of an to 2024'],
    compareText,
  );

  it('counts each word once, in its most frequent form, most frequent first, skipping short words and numbers', () => {
    expect(vocabulary[0]).toBe('Werhun');
    expect(vocabulary).toContain('Cinderella');
    expect(vocabulary.filter((word) => word.toLowerCase() === 'cinderella')).toHaveLength(1);
    expect(vocabulary).not.toContain('of');
    expect(vocabulary).not.toContain('2024');
  });

  it('corrects misspelt words from the vocabulary and keeps known ones', () => {
    expect(suggestQuery('Werhum', vocabulary)).toBe('Werhun');
    expect(suggestQuery('Cinderela story', vocabulary)).toBe('Cinderella story');
    expect(suggestQuery('Andrea Werhun', vocabulary)).toBeUndefined();
    expect(suggestQuery('xylophone', vocabulary)).toBeUndefined();
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

  it('tolerates unbalanced marks and odd entities', () => {
    expect(excerptRuns('<mark>open')).toEqual([{ text: 'open', marked: true }]);
    expect(excerptRuns('&bogus; &#0; &#x1F3AC;')).toEqual([{ text: '&bogus; &#0; 🎬', marked: false }]);
  });
});
