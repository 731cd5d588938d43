import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareNewestFirst, formatPartialDate } from '../../src/server/content/dates';
import { closest, editDistance } from '../../src/shared/did-you-mean';
import { countWords, proseOfMdx, readingMinutes, WORDS_PER_MINUTE } from '../../src/server/content/reading-time';
import { scopesOf } from '../../src/shared/spoilers/scopes';
import { spoilerDescription, spoilerLabel } from '../../src/shared/spoilers/words';
import { parsePartialDate } from '../../src/server/schemas/partial-date';
import type { Spoilers } from '../../src/shared/spoilers/levels';

const date = (text: string) => {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`fixture "${text}" is not a partial date`);
  return parsed;
};

describe('formatPartialDate', () => {
  it.each([
    ['2025', '2025'],
    ['2025-04', 'April 2025'],
    ['2025-04-03', 'April 3, 2025'],
    ['2024-05-22', 'May 22, 2024'],
    ['2024-12-01', 'December 1, 2024'],
    ['2024-01', 'January 2024'],
    ['0079-08', 'August 79'],
  ])('writes %s as "%s"', (text, expected) => {
    expect(formatPartialDate(date(text))).toBe(expected);
  });

  describe('with the site or the machine set otherwise', () => {
    const timeZone = process.env.TZ;
    afterEach(() => {
      vi.doUnmock('../../src/shared/site');
      vi.resetModules();
      if (timeZone === undefined) delete process.env.TZ;
      else process.env.TZ = timeZone;
    });

    /** formatPartialDate as a fresh build would load it, with SITE_LANGUAGE set to `language`. */
    async function formatIn(language: string) {
      vi.resetModules();
      vi.doMock('../../src/shared/site', async (original) => ({ ...(await original<object>()), SITE_LANGUAGE: language }));
      return (await import('../../src/server/content/dates')).formatPartialDate;
    }

    it('writes the months in the site’s language', async () => {
      const format = await formatIn('fr');
      expect([format(date('2025')), format(date('2025-04')), format(date('2024-05-22'))]).toEqual(['2025', 'avril 2025', '22 mai 2024']);
    });

    // Partial dates are UTC days: a machine west of Greenwich must not write the day before.
    it.each(['America/Los_Angeles', 'Pacific/Kiritimati'])('writes the day as given in the time zone %s', async (zone) => {
      process.env.TZ = zone;
      const format = await formatIn('en');
      expect([format(date('2024-05-22')), format(date('2025-01')), format(date('2025'))]).toEqual(['May 22, 2024', 'January 2025', '2025']);
    });
  });
});

describe('compareNewestFirst', () => {
  it('puts the newest first', () => {
    const sorted = ['2024-05-22', '2025-04', '2024-09-08', '2023'].map(date).sort(compareNewestFirst);
    expect(sorted.map((d) => d.iso)).toEqual(['2025-04', '2024-09-08', '2024-05-22', '2023']);
  });

  it('puts the more precise of two dates that start together first', () => {
    const sorted = ['2025', '2025-01', '2025-01-01'].map(date).sort(compareNewestFirst);
    expect(sorted.map((d) => d.iso)).toEqual(['2025-01-01', '2025-01', '2025']);
  });

  it('finds two equal dates equal', () => {
    expect(compareNewestFirst(date('2025-04'), date('2025-04'))).toBe(0);
  });
});

describe('countWords', () => {
  it.each([
    { text: '', words: 0 },
    { text: 'Anora', words: 1 },
    { text: 'Ani’s arc didn’t end well', words: 5 },
    { text: "Ani's arc didn't end well", words: 5 },
    { text: 'a rags-to-riches fairy tale', words: 4 },
    { text: 'performance—negotiation', words: 2 },
    { text: 'shot on 35mm in the 1970s style', words: 7 },
    { text: 'Анора и Ваня', words: 3 },
    { text: ' — … “ ” ', words: 0 },
  ])('counts $words words in "$text"', ({ text, words }) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('readingMinutes', () => {
  it.each([
    { words: 0, minutes: 1 },
    { words: 100, minutes: 1 },
    { words: WORDS_PER_MINUTE, minutes: 1 },
    { words: 344, minutes: 1 },
    { words: 345, minutes: 2 },
    { words: 2300, minutes: 10 },
  ])('reads $words words in $minutes min', ({ words, minutes }) => {
    expect(readingMinutes(words)).toBe(minutes);
  });

  it('takes another reading speed', () => {
    expect(readingMinutes(1000, 100)).toBe(10);
  });
});

describe('proseOfMdx', () => {
  const mdx = [
    '---',
    'title: A Stripping Vision…',
    'description: Not part of the prose.',
    '---',
    "import Aside from '../../src/components/notes/Aside.astro';",
    '',
    '## The Genesis of *Anora*',
    '',
    'Baker’s stated mission is **clear**.[^variety]',
    '',
    '<Aside title="Who is Andrea Werhun?" source="wikipedia-werhun">',
    'A Canadian writer.',
    '</Aside>',
    '',
    '> A quoted `line`.',
    '',
    '[^variety]: [@variety-2024]',
    '',
  ].join('\n');
  const prose = proseOfMdx(mdx);

  it.each([
    'title:',
    'Not part of the prose',
    'import',
    'Aside',
    'Who is Andrea Werhun',
    '[^variety]',
    'variety-2024',
    '##',
    '*',
    '`',
    '>',
  ])('leaves out %s', (text) => {
    expect(prose).not.toContain(text);
  });

  it('keeps the words a reader reads', () => {
    expect(prose.split(/\s+/).filter(Boolean)).toEqual([
      'The',
      'Genesis',
      'of',
      'Anora',
      'Baker’s',
      'stated',
      'mission',
      'is',
      'clear.',
      'A',
      'Canadian',
      'writer.',
      'A',
      'quoted',
      'line.',
    ]);
  });
});

describe('editDistance', () => {
  it.each([
    ['anora', 'anora', 0],
    ['', 'anora', 5],
    ['anorra', 'anora', 1],
    ['werhum', 'werhun', 1],
    ['aonra', 'anora', 1],
    ['kitten', 'sitting', 3],
    ['ab', 'ca', 2], // a letter shared at a shift is not a swap
    ['ab', 'bc', 2],
  ])('puts "%s" and "%s" %i edits apart', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closest', () => {
  const names = ['Anora', 'Werhun', 'Cinderella', 'Vanya', 'Igor'];

  it.each([
    { word: 'Werhum', suggestion: 'Werhun' },
    { word: 'Cinderela', suggestion: 'Cinderella' },
    { word: 'Cindrelela', suggestion: 'Cinderella' },
    { word: 'anorra', suggestion: 'Anora' },
    { word: 'aonra', suggestion: 'Anora' },
    { word: 'IGOT', suggestion: 'Igor' },
    { word: 'Wxrhxn', suggestion: 'Werhun' },
  ])('suggests $suggestion for $word', ({ word, suggestion }) => {
    expect(closest(word, names)).toBe(suggestion);
  });

  it.each([
    { word: 'Tangerine', why: 'it is like no name' },
    { word: 'Ivan', why: 'two edits are too many for a short word' },
    { word: 'Anoxy', why: 'two edits are too many for a word of five letters' },
    { word: 'Cindy', why: 'a shared start is not a typo' },
    { word: 'Werhxyz', why: 'three edits are too many even for a long word' },
    { word: 'anora', why: 'the word is already a name, in another case' },
  ])('suggests nothing for $word: $why', ({ word }) => {
    expect(closest(word, names)).toBeUndefined();
  });

  it('prefers the nearer of two candidates', () => {
    expect(closest('Werhuun', ['Werhuuun2', 'Werhun'])).toBe('Werhun');
  });

  it('keeps the first of equally near candidates', () => {
    expect(closest('Vanja', ['Vanka', 'Vanya', 'Vania'])).toBe('Vanka');
  });
});

describe('spoilers', () => {
  it.each<Spoilers & { label: string; description: string; gated: boolean }>([
    { level: 'none', ending: false, label: 'No spoilers', description: 'Safe to read before seeing the film.', gated: false },
    {
      level: 'mild',
      ending: false,
      label: 'Mild spoilers',
      description: 'Reveals the premise and turns of the plot, not the ending.',
      gated: true,
    },
    {
      level: 'major',
      ending: false,
      label: 'Major spoilers',
      description: 'Discusses the whole plot in detail; the ending is not revealed.',
      gated: true,
    },
    { level: 'major', ending: true, label: 'Major spoilers', description: 'Discusses the whole plot, including the ending.', gated: true },
  ])('labels $level spoilers (ending: $ending) "$label"', ({ label, description, gated, ...spoilers }) => {
    expect(spoilerLabel(spoilers)).toBe(label);
    expect(spoilerDescription(spoilers)).toBe(description);
    expect(scopesOf('anora', spoilers.level).length > 0).toBe(gated);
  });
});
