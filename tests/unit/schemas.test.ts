import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontmatter, readYaml } from '../../src/server/content/yaml';
import { descriptionProblem, essaySchema, openingParagraph } from '../../src/server/schemas/essay';
import { filmSchema } from '../../src/server/schemas/film';
import { sourceSchema } from '../../src/server/schemas/source';
import { parsePartialDate, partialDate } from '../../src/server/schemas/partial-date';

const ESSAYS = 'content/essays';
const FILMS = 'content/films';
const TODAY = new Date('2025-06-01T00:00:00Z');

/** Essay frontmatter as the essays' loader hands it to the schema: as written, dates as text. */
const frontmatterOf = (file: string) => readFrontmatter(readFileSync(`${ESSAYS}/${file}`, 'utf8'));

const essayFiles = readdirSync(ESSAYS).filter((name) => name.endsWith('.mdx') && !name.startsWith('_'));
const filmFiles = readdirSync(FILMS).filter((name) => name.endsWith('.yaml') && !name.startsWith('_'));
const filmIds = filmFiles.map((name) => name.slice(0, -'.yaml'.length));

/**
 * Zod's kinds of issue. Astro's error map reads an issue's kind before its message, so a refusal
 * of a kind it does not know (an empty code, say) is not one the build reports as written.
 */
const ISSUE_CODES = [
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
];

/** The path and message of each issue, so a failing test shows what the editor would read; each issue of a kind zod knows. */
function issuesOf(result: { success: boolean; error?: { issues: { code?: string; path: PropertyKey[]; message: string }[] } }) {
  const issues = result.error?.issues ?? [];
  expect(issues.filter(({ code }) => !ISSUE_CODES.includes(code ?? '')).map(({ message }) => message)).toEqual([]);
  return issues.map(({ path, message }) => ({ path, message }));
}

describe('the real content', () => {
  it('is read as the loaders read it: unquoted dates stay text', () => {
    const text = 'date: 2024-05-22\nmonth: 2024-05\nyear: "2024"\n';
    expect(readYaml(text)).toEqual(readFrontmatter(`---\n${text}---\n`));
    expect(readYaml(text)).toEqual({ date: '2024-05-22', month: '2024-05', year: '2024' });
  });

  it.each(filmFiles)('accepts content/films/%s', (file) => {
    const result = filmSchema().safeParse(readYaml(readFileSync(`${FILMS}/${file}`, 'utf8')));
    expect(issuesOf(result)).toEqual([]);
  });

  it.each(essayFiles)('accepts the frontmatter of content/essays/%s', (file) => {
    const result = essaySchema({ filmIds }).safeParse(frontmatterOf(file));
    expect(issuesOf(result)).toEqual([]);
  });

  it('finds both Anora essays and the film they are about', () => {
    expect(essayFiles).toEqual(expect.arrayContaining(['a-stripping-vision.mdx', 'between-control-and-losing-it.mdx']));
    expect(filmIds).toContain('anora');
  });
});

describe('essaySchema', () => {
  // Built in each test, not here: Stryker switches a mutant on per test, after this body has run.
  const schema = () => essaySchema({ filmIds: ['anora'], today: TODAY });

  const variety = {
    id: 'variety-2024',
    kind: 'article',
    authors: ['Alex Ritman', 'Ellise Shafer'],
    title: 'Sean Baker Makes Movies About Sex Workers',
    container: 'Variety',
    date: '2024-05-22',
  };
  const essay = {
    title: 'A Stripping Vision…',
    description: 'How Sean Baker’s Anora portrays sex work as work, with dignity and humour.',
    film: 'anora',
    published: '2025-04',
    spoilers: { level: 'mild', ending: false },
    sources: [variety],
  };
  /** The IndieWire source as the seed gave it: "Retrieved April 03, 2024", months before it appeared. */
  const indiewireAsSeeded = {
    id: 'indiewire-2024',
    kind: 'article',
    authors: ['Vincent Perella'],
    title: 'Sean Baker Didn’t Pick Up on the Similarities Between ‘Anora’ and ‘Pretty Woman’ Until Halfway Through Production',
    container: 'IndieWire',
    date: '2024-09-08',
    accessed: '2024-04-03',
  };

  it('reads a title with a film’s title in it as plain text, keeping the markup as written', () => {
    const data = schema().parse({ ...essay, title: 'Between Control and Losing It: *Anora* and the Cost of the Dream' });
    expect(data.title).toBe('Between Control and Losing It: Anora and the Cost of the Dream');
    expect(data.titleMarkup).toBe('Between Control and Losing It: *Anora* and the Cost of the Dream');
  });

  it('reads the single-film form as the essay’s one subject and fills in the defaults', () => {
    const { sources: _sources, ...rest } = essay;
    const data = schema().parse(rest);
    expect(data.films).toEqual([{ id: 'anora', subject: true, spoilers: { level: 'mild', ending: false } }]);
    expect(data.sources).toEqual([]);
    expect(data.draft).toBe(false);
    expect(data.published).toMatchObject({ year: 2025, month: 4, iso: '2025-04' });
  });

  it.each([
    { what: 'a year alone', change: { published: '2025' } },
    { what: 'a full day', change: { published: '2025-04-03' } },
    { what: 'a year as a number, as YAML gives an unquoted year', change: { published: 2025 } },
    { what: 'a publication on the build day itself', change: { published: '2025-06-01' } },
    { what: 'an update within the month of publication', change: { updated: '2025-04-20' } },
    { what: 'an author', change: { author: 'Andrea Werhun' } },
    { what: 'two authors', change: { author: ['Ann Critic', 'Bo Writer'] } },
    { what: 'a source accessed within the year it is dated by', change: { sources: [{ ...variety, date: '2024', accessed: '2024-05' }] } },
    {
      what: 'a source with a url and an archived copy',
      change: {
        sources: [
          {
            ...variety,
            url: 'https://variety.com/2024/film/news/sean-baker-anora-1236012345/',
            archiveUrl: 'https://web.archive.org/web/20240921/https://variety.com/',
          },
        ],
      },
    },
    { what: 'a spoiler level of major with the ending', change: { spoilers: { level: 'major', ending: true } } },
  ])('accepts an essay with $what', ({ change }) => {
    expect(issuesOf(schema().safeParse({ ...essay, ...change }))).toEqual([]);
  });

  it('keeps the description without the spaces around it', () => {
    expect(schema().parse({ ...essay, description: `  ${essay.description}\n` }).description).toBe(essay.description);
  });

  it.each([
    {
      problem: 'write out a shared source',
      sources: [{ ...variety, id: 'web-source' }],
      path: ['sources', 0, 'id'],
      message: '"web-source" is a shared source in content/sources: list it by id ("- web-source")',
    },
    {
      problem: 'list a shared source twice',
      sources: ['web-source', 'web-source'],
      path: ['sources', 1],
      message: 'source id "web-source" is used twice: list a shared source once',
    },
  ])('rejects an essay whose sources $problem', ({ sources, path, message }) => {
    const withShared = essaySchema({ filmIds: ['anora'], sourceIds: ['web-source'], today: TODAY });
    const issues = issuesOf(withShared.safeParse({ ...essay, sources }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(path);
    expect(issues[0]!.message).toContain(message);
  });

  it('gives pages its authors as a list in the byline’s order, empty when nobody is credited', () => {
    expect(schema().parse({ ...essay, author: 'Andrea Werhun' }).authors).toEqual(['Andrea Werhun']);
    expect(schema().parse({ ...essay, author: ['Bo Writer', 'Ann Critic'] }).authors).toEqual(['Bo Writer', 'Ann Critic']);
    expect(schema().parse(essay).authors).toEqual([]);
  });

  it.each([
    {
      problem: 'whose film is a typo',
      change: { film: 'anorra' },
      path: ['film'],
      message: '"anorra" is not a film in content/films (did you mean "anora"?)',
    },
    {
      problem: 'whose film is like no film at all',
      change: { film: 'tangerine' },
      path: ['film'],
      message: '"tangerine" is not a film in content/films: add its YAML file first',
    },
    {
      problem: 'whose title leaves a * unclosed',
      change: { title: 'Between Control and Losing It: *Anora and the Cost of the Dream' },
      path: ['title'],
      message: 'title has an unclosed *: put *…* around the title of a work inside it, as in *Anora*',
    },
    {
      problem: 'whose source’s title has an empty *…*',
      change: { sources: [{ ...variety, title: 'A Review of ** Itself' }] },
      path: ['sources', 0, 'title'],
      message: 'title has an empty *…*: put it around the title of a work inside it, as in *Anora*',
    },
    {
      problem: 'published after the build day',
      change: { published: '2025-06-02' },
      path: ['published'],
      message: '2025-06-02 is in the future: give the date it actually happened',
    },
    {
      problem: 'published in a month still to come',
      change: { published: '2025-07' },
      path: ['published'],
      message: '2025-07 is in the future',
    },
    {
      problem: 'published on a day that does not exist',
      change: { published: '2025-02-30' },
      path: ['published'],
      message: '"2025-02-30" is not a real date: write YYYY, YYYY-MM or YYYY-MM-DD',
    },
    {
      problem: 'published as "April 2025"',
      change: { published: 'April 2025' },
      path: ['published'],
      message: '"April 2025" is not a real date',
    },
    {
      problem: 'updated before it was published',
      change: { updated: '2025-03' },
      path: ['updated'],
      message: 'updated 2025-03 is before published 2025-04',
    },
    {
      problem: 'with an empty author',
      change: { author: '' },
      path: ['author'],
      message: 'author is empty: leave the field out when no author is named',
    },
    {
      problem: 'with an empty name among its authors',
      change: { author: ['Ann Critic', ' '] },
      path: ['author', 1],
      message: 'author is empty: leave the field out when no author is named',
    },
    {
      problem: 'with an empty list of authors',
      change: { author: [] },
      path: ['author'],
      message: 'author: name at least one author, or leave the field out',
    },
    {
      problem: 'with an author named twice',
      change: { author: ['Ann Critic', 'Bo Writer', 'Ann Critic'] },
      path: ['author', 2],
      message: 'author "Ann Critic" is named twice: list each author once',
    },
    { problem: 'with an empty title', change: { title: '  ' }, path: ['title'], message: 'title is empty' },
    {
      problem: 'without a description',
      change: { description: undefined },
      path: ['description'],
      message: 'description is missing: write one spoiler-free sentence',
    },
    { problem: 'with an empty description', change: { description: '' }, path: ['description'], message: 'description is too short' },
    {
      problem: 'with too short a description',
      change: { description: 'Anora, reviewed.' },
      path: ['description'],
      message: 'description is too short: write one spoiler-free sentence of 20 to 300 characters',
    },
    {
      problem: 'with too long a description',
      change: { description: 'Anora is long. '.repeat(21) },
      path: ['description'],
      message: 'description is too long',
    },
    {
      problem: 'with spoilers.level "some"',
      change: { spoilers: { level: 'some', ending: false } },
      path: ['spoilers', 'level'],
      message: 'spoilers.level must be one of none, mild, major',
    },
    {
      problem: 'that reveals the ending at a mild level',
      change: { spoilers: { level: 'mild', ending: true } },
      path: ['spoilers', 'level'],
      message: 'an essay that reveals the ending spoils the film: set spoilers.level to major',
    },
    {
      problem: 'that does not say whether it reveals the ending',
      change: { spoilers: { level: 'mild' } },
      path: ['spoilers', 'ending'],
      message: 'spoilers.ending must be true or false',
    },
    {
      problem: 'with a field the schema does not know',
      change: { subtitle: 'Anora and sex work' },
      path: [],
      message: 'Unrecognized key: "subtitle"',
    },
    {
      problem: 'with a source accessed before its own date (IndieWire as seeded)',
      change: { sources: [indiewireAsSeeded] },
      path: ['sources', 0, 'accessed'],
      message: "accessed 2024-04-03 is before the source's own date 2024-09-08: check the year",
    },
    {
      problem: 'with an article that gives a film id, as only films may',
      change: { sources: [{ ...variety, film: 'anora' }] },
      path: ['sources', 0, 'film'],
      message: 'film applies to films or film releases only: set kind to film or film-release or remove it',
    },
    {
      problem: 'with a source archived before its own date',
      change: { sources: [{ ...variety, archived: '2024-04' }] },
      path: ['sources', 0, 'archived'],
      message: "archived 2024-04 is before the source's own date 2024-05-22",
    },
    {
      problem: 'with a source first published after the edition cited',
      change: { sources: [{ ...variety, originalDate: '2025' }] },
      path: ['sources', 0, 'originalDate'],
      message: 'originalDate 2025 is after date 2024-05-22',
    },
    {
      problem: 'with an http url',
      change: { sources: [{ ...variety, url: 'http://variety.com/2024/film/' }] },
      path: ['sources', 0, 'url'],
      message: 'url "http://variety.com/2024/film/" is not an absolute https URL: write it in full, starting https://',
    },
    {
      problem: 'with a relative url',
      change: { sources: [{ ...variety, url: '/2024/film/' }] },
      path: ['sources', 0, 'url'],
      message: 'url "/2024/film/" is not an absolute https URL',
    },
    {
      problem: 'with an archive url on a bare host name',
      change: { sources: [{ ...variety, archiveUrl: 'https://archive/variety' }] },
      path: ['sources', 0, 'archiveUrl'],
      message: 'archiveUrl "https://archive/variety" is not an absolute https URL',
    },
    {
      problem: 'with a DOI written as its address',
      change: { sources: [{ ...variety, doi: 'https://doi.org/10.1525/fq.2024.78.2.10' }] },
      path: ['sources', 0, 'doi'],
      message: 'doi is a DOI such as 10.1525/fq.2024.78.2.10 (no https://doi.org/ before it)',
    },
    {
      problem: 'with an ISBN of the wrong length',
      change: { sources: [{ ...variety, isbn: '978-0-7710' }] },
      path: ['sources', 0, 'isbn'],
      message: 'isbn is an ISBN of 10 or 13 digits (hyphens allowed), such as 978-0-306-40615-7',
    },
    {
      problem: 'with an article in a kind of publication the site does not know',
      change: { sources: [{ ...variety, containerType: 'zine' }] },
      path: ['sources', 0, 'containerType'],
      message: 'containerType must be one of magazine, newspaper, journal, website',
    },
    {
      problem: 'with two sources of one id',
      change: { sources: [variety, { ...variety, title: 'Another article' }] },
      path: ['sources', 1, 'id'],
      message: 'source id "variety-2024" is used twice: give each source its own id',
    },
    {
      problem: 'with a source id that is not lower-case words and hyphens',
      change: { sources: [{ ...variety, id: 'Variety 2024' }] },
      path: ['sources', 0, 'id'],
      message: 'a source id is lower-case words joined by hyphens',
    },
    {
      problem: 'with a source of an unknown kind',
      change: { sources: [{ ...variety, kind: 'blog' }] },
      path: ['sources', 0, 'kind'],
      message: 'kind must be one of article, book, chapter, interview, film, film-release, tv-episode, podcast-episode, video, web, other',
    },
    {
      problem: 'with a source field the schema does not know',
      change: { sources: [{ ...variety, author: 'Alex Ritman' }] },
      path: ['sources', 0],
      message: 'Unrecognized key: "author"',
    },
    {
      problem: 'updated the day before it was published',
      change: { published: '2025-04-01', updated: '2025-03-31' },
      path: ['updated'],
      message: 'updated 2025-03-31 is before published 2025-04-01',
    },
    {
      problem: 'with a film but no spoilers',
      change: { spoilers: undefined },
      path: ['spoilers'],
      message: 'spoilers is missing: say what the essay gives away of the film',
    },
    {
      problem: 'with spoilers but no film',
      change: { film: undefined },
      path: ['film'],
      message: 'film is missing: give the id of the film the essay is about',
    },
    {
      problem: 'naming its film by something else than an id',
      change: { film: 7 },
      path: ['film'],
      message: 'a film is named by its id, such as anora',
    },
    {
      problem: 'with an empty origin',
      change: { origin: ' ' },
      path: ['origin'],
      message: 'origin is empty: leave the field out when it is not known',
    },
    { problem: 'marked a draft in words', change: { draft: 'yes' }, path: ['draft'], message: 'expected boolean' },
    { problem: 'without a title', change: { title: undefined }, path: ['title'], message: 'title is missing' },
    {
      problem: 'too short a description once the spaces around it are gone',
      change: { description: '   Anora, reviewed.      ' },
      path: ['description'],
      message: 'description is too short',
    },
    {
      problem: 'with one film, its spoilers and a subject',
      change: { subject: 'anora' },
      path: ['film'],
      message: 'use either film and spoilers (one film) or subject and films (several), not both',
    },
    {
      problem: 'with an empty entry among its sources',
      change: { sources: [null, variety] },
      path: ['sources', 0],
      message: 'a source is the id of a shared source in content/sources',
    },
  ])('rejects an essay $problem', ({ change, path, message }) => {
    const issues = issuesOf(schema().safeParse({ ...essay, ...change }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(path);
    expect(issues[0]!.message).toContain(message);
  });
});

describe('essaySchema with several films', () => {
  const schema = () => essaySchema({ filmIds: ['anora', 'pretty-woman', 'hustlers', 'tangerine'], today: TODAY });
  const essay = {
    title: 'A Stripping Vision…',
    description: 'How Sean Baker’s Anora portrays sex work as work, with dignity and humour.',
    published: '2025-04',
    subject: 'anora',
    films: [
      { id: 'anora', spoilers: 'mild' },
      { id: 'pretty-woman', spoilers: 'major', ending: true },
      { id: 'hustlers', spoilers: 'none' },
    ],
  };

  it('lists the subject first, then the others, each with its own spoilers', () => {
    const data = schema().parse({ ...essay, films: [essay.films[1], essay.films[0], essay.films[2]] });
    expect(data.films).toEqual([
      { id: 'anora', subject: true, spoilers: { level: 'mild', ending: false } },
      { id: 'pretty-woman', subject: false, spoilers: { level: 'major', ending: true } },
      { id: 'hustlers', subject: false, spoilers: { level: 'none', ending: false } },
    ]);
  });

  it('rejects an empty list of films, and the subject it no longer lists', () => {
    expect(issuesOf(schema().safeParse({ ...essay, films: [] }))).toEqual([
      { path: ['films'], message: 'films: list at least the film the essay is about' },
      { path: ['subject'], message: 'subject "anora" is not in films: add it there with its spoilers' },
    ]);
  });

  it('takes several subjects', () => {
    const data = schema().parse({ ...essay, subject: ['anora', 'hustlers'] });
    expect(data.films.map((film) => [film.id, film.subject])).toEqual([
      ['anora', true],
      ['hustlers', true],
      ['pretty-woman', false],
    ]);
  });

  it.each([
    {
      problem: 'naming a film that does not exist',
      change: {
        films: [
          { id: 'anora', spoilers: 'mild' },
          { id: 'pretty-womann', spoilers: 'none' },
        ],
      },
      path: ['films', 1, 'id'],
      message: '"pretty-womann" is not a film in content/films (did you mean "pretty-woman"?)',
    },
    {
      problem: 'listing a film twice',
      change: { films: [...essay.films, { id: 'hustlers', spoilers: 'mild' }] },
      path: ['films', 3, 'id'],
      message: 'film "hustlers" is listed twice: list each film once',
    },
    {
      problem: 'whose subject is missing from films',
      change: { subject: 'tangerine' },
      path: ['subject'],
      message: 'subject "tangerine" is not in films: add it there with its spoilers',
    },
    {
      problem: 'without a subject',
      change: { subject: undefined },
      path: ['subject'],
      message: 'subject is missing: name the film the essay is about, such as subject: anora',
    },
    {
      problem: 'without films',
      change: { films: undefined },
      path: ['films'],
      message: 'films is missing: list the films the essay discusses',
    },
    {
      problem: 'giving away an ending at a mild level',
      change: { films: [{ id: 'anora', spoilers: 'mild', ending: true }] },
      path: ['films', 0, 'spoilers'],
      message: 'an essay that reveals the ending spoils the film: set spoilers to major',
    },
    {
      problem: 'with a spoiler level that does not exist',
      change: { films: [{ id: 'anora', spoilers: 'severe' }] },
      path: ['films', 0, 'spoilers'],
      message: 'spoilers must be one of none, mild, major',
    },
    {
      problem: 'with an empty list of subjects',
      change: { subject: [] },
      path: ['subject'],
      message: 'subject: name at least one film',
    },
    {
      problem: 'with films that are not a list',
      change: { films: 'anora' },
      path: ['films'],
      message: 'films must be a list: - { id: anora, spoilers: mild }',
    },
    {
      problem: 'saying whether it gives away the ending in words',
      change: { films: [{ id: 'anora', spoilers: 'major', ending: 'yes' }] },
      path: ['films', 0, 'ending'],
      message: 'ending must be true or false',
    },
    {
      problem: 'with a film entry field the schema does not know',
      change: { films: [{ id: 'anora', spoilers: 'mild', minutes: 3 }] },
      path: ['films', 0],
      message: 'Unrecognized key: "minutes"',
    },
    {
      problem: 'with the single-film form’s spoilers beside films',
      change: { spoilers: { level: 'mild', ending: false } },
      path: ['film'],
      message: 'use either film and spoilers (one film) or subject and films (several), not both',
    },
    {
      problem: 'mixing the single-film form with films',
      change: { film: 'anora' },
      path: ['film'],
      message: 'use either film and spoilers (one film) or subject and films (several), not both',
    },
  ])('rejects an essay $problem, naming the field', ({ change, path, message }) => {
    const issues = issuesOf(schema().safeParse({ ...essay, ...change }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(path);
    expect(issues[0]!.message).toContain(message);
  });
});

describe('parsePartialDate', () => {
  const day = (date: Date | undefined) => date?.toISOString().slice(0, 10);

  it.each([
    { text: '2025', year: 2025, month: undefined, day: undefined, start: '2025-01-01', end: '2026-01-01' },
    { text: '2025-04', year: 2025, month: 4, day: undefined, start: '2025-04-01', end: '2025-05-01' },
    { text: '2025-12', year: 2025, month: 12, day: undefined, start: '2025-12-01', end: '2026-01-01' },
    { text: '2025-04-03', year: 2025, month: 4, day: 3, start: '2025-04-03', end: '2025-04-04' },
    { text: '2024-02-29', year: 2024, month: 2, day: 29, start: '2024-02-29', end: '2024-03-01' },
    { text: '2025-12-31', year: 2025, month: 12, day: 31, start: '2025-12-31', end: '2026-01-01' },
  ])('reads "$text" as the period from $start up to $end', ({ text, start, end, ...known }) => {
    const date = parsePartialDate(text);
    expect(date).toMatchObject({ ...known, iso: text });
    expect(day(date?.start)).toBe(start);
    expect(day(date?.end)).toBe(end);
  });

  it('starts a period at midnight UTC', () => {
    expect(parsePartialDate('2025-04-03')?.start.toISOString()).toBe('2025-04-03T00:00:00.000Z');
  });

  it('ignores spaces around the date', () => {
    expect(parsePartialDate(' 2025-04 \n')?.iso).toBe('2025-04');
  });

  it.each([
    '2025-02-29',
    '2025-02-30',
    '2025-04-31',
    '2025-04-00',
    '2025-13',
    '2025-00',
    '25-04',
    '2025-4',
    '2025/04/03',
    'April 2025',
    '2025-04-03T10:00',
    '',
  ])('rejects "%s"', (text) => {
    expect(parsePartialDate(text)).toBeUndefined();
  });

  // A Date means YAML read the field as a timestamp and already rolled 2025-02-30 over into March 2.
  it('refuses a Date, whose written day is lost', () => {
    const result = partialDate(TODAY).safeParse(new Date('2025-03-02'));
    expect(result.error?.issues[0]?.message).toMatch(/must be a date: write YYYY, YYYY-MM or YYYY-MM-DD/);
  });
});

describe('filmSchema', () => {
  const anora = readYaml(readFileSync(`${FILMS}/anora.yaml`, 'utf8')) as Record<string, unknown>;
  const schema = () => filmSchema(TODAY);

  it('accepts a film released up to five years after the build, and the first films', () => {
    expect(issuesOf(schema().safeParse({ ...anora, year: 2030 }))).toEqual([]);
    expect(issuesOf(schema().safeParse({ ...anora, year: 1878 }))).toEqual([]);
    expect(issuesOf(schema().safeParse({ ...anora, runtime: 1000 }))).toEqual([]);
  });

  it('reads the premiere as a partial date and fills in the lists left out', () => {
    const film = schema().parse({ title: 'Anora', year: 2024, directors: ['Sean Baker'], runtime: 139, premiere: { date: '2024-05' } });
    expect(film.premiere?.date).toMatchObject({ year: 2024, month: 5, iso: '2024-05' });
    expect(film).toMatchObject({ writers: [], cast: [], awards: [], aliases: [] });
  });

  it.each([
    { problem: 'without directors', change: { directors: undefined }, path: ['directors'], message: 'directors must be a list of names' },
    { problem: 'with no director named', change: { directors: [] }, path: ['directors'], message: 'directors: name at least one' },
    {
      problem: 'with its runtime as text',
      change: { runtime: '139 minutes' },
      path: ['runtime'],
      message: 'runtime must be a number of minutes',
    },
    { problem: 'with its year as text', change: { year: '2024' }, path: ['year'], message: 'year must be a number, such as 2024' },
    {
      problem: 'with an alias group of one name',
      change: { aliases: [['Anora']] },
      path: ['aliases', 0],
      message: 'an alias group needs two names or more',
    },
    {
      problem: 'premiering on a day that does not exist',
      change: { premiere: { date: '2024-05-32' } },
      path: ['premiere', 'date'],
      message: '"2024-05-32" is not a real date',
    },
    {
      problem: 'with a cast entry the schema does not know',
      change: { cast: [{ actor: 'Mikey Madison', role: 'Ani', billing: 1 }] },
      path: ['cast', 0],
      message: 'Unrecognized key: "billing"',
    },
    { problem: 'without a title', change: { title: undefined }, path: ['title'], message: 'title must be text' },
    { problem: 'with an empty title', change: { title: ' ' }, path: ['title'], message: 'title is empty' },
    { problem: 'with an empty original title', change: { originalTitle: '' }, path: ['originalTitle'], message: 'originalTitle is empty' },
    { problem: 'from before cinema', change: { year: 1877 }, path: ['year'], message: 'year is before 1878, before any film: check it' },
    {
      problem: 'more than five years ahead',
      change: { year: 2031 },
      path: ['year'],
      message: 'year is more than five years ahead: give the year of first release',
    },
    { problem: 'in a fractional year', change: { year: 2024.5 }, path: ['year'], message: 'year is a whole year, such as 2024' },
    { problem: 'running part of a minute', change: { runtime: 139.5 }, path: ['runtime'], message: 'runtime is a whole number of minutes' },
    { problem: 'running no minutes', change: { runtime: 0 }, path: ['runtime'], message: 'runtime is a number of minutes above 0' },
    {
      problem: 'running over a thousand minutes',
      change: { runtime: 1001 },
      path: ['runtime'],
      message: 'runtime is over 1000 minutes: give it in minutes',
    },
    { problem: 'with an empty director', change: { directors: [''] }, path: ['directors', 0], message: 'a director is empty' },
    { problem: 'with an empty writer', change: { writers: [''] }, path: ['writers', 0], message: 'a writer is empty' },
    { problem: 'with an empty producer', change: { producers: [''] }, path: ['producers', 0], message: 'a producer is empty' },
    { problem: 'with an empty editor', change: { editors: [''] }, path: ['editors', 0], message: 'an editor is empty' },
    {
      problem: 'with an empty cinematographer',
      change: { cinematographers: [''] },
      path: ['cinematographers', 0],
      message: 'a cinematographer is empty',
    },
    {
      problem: 'with a role but no actor',
      change: { cast: [{ actor: '', role: 'Ani' }] },
      path: ['cast', 0, 'actor'],
      message: 'cast actor is empty',
    },
    {
      problem: 'with an empty role',
      change: { cast: [{ actor: 'Mikey Madison', role: '' }] },
      path: ['cast', 0, 'role'],
      message: 'cast role is empty',
    },
    { problem: 'with an empty country', change: { countries: [''] }, path: ['countries', 0], message: 'a country is empty' },
    { problem: 'with an empty language', change: { languages: [''] }, path: ['languages', 0], message: 'a language is empty' },
    {
      problem: 'with an empty festival',
      change: { premiere: { date: '2024-05', festival: '' } },
      path: ['premiere', 'festival'],
      message: 'premiere.festival is empty',
    },
    {
      problem: 'with a premiere field the schema does not know',
      change: { premiere: { date: '2024-05', city: 'Cannes' } },
      path: ['premiere'],
      message: 'Unrecognized key: "city"',
    },
    {
      problem: 'with an award from before the awards',
      change: { awards: [{ body: 'Academy Awards', category: 'Best Picture', year: 1899, won: true }] },
      path: ['awards', 0, 'year'],
      message: '>=1900',
    },
    {
      problem: 'with an award field the schema does not know',
      change: { awards: [{ body: 'Academy Awards', category: 'Best Picture', year: 2025, won: true, votes: 3 }] },
      path: ['awards', 0],
      message: 'Unrecognized key: "votes"',
    },
    {
      problem: 'with an empty award body',
      change: { awards: [{ body: '', category: 'Best Picture', year: 2025, won: true }] },
      path: ['awards', 0, 'body'],
      message: 'award body is empty',
    },
    {
      problem: 'with an empty award category',
      change: { awards: [{ body: 'Academy Awards', category: '', year: 2025, won: true }] },
      path: ['awards', 0, 'category'],
      message: 'award category is empty',
    },
    {
      problem: 'with an empty award recipient',
      change: { awards: [{ body: 'Academy Awards', category: 'Best Actress', year: 2025, won: true, recipient: '' }] },
      path: ['awards', 0, 'recipient'],
      message: 'award recipient is empty',
    },
    { problem: 'with an empty logline', change: { logline: '' }, path: ['logline'], message: 'logline is empty' },
    { problem: 'with an empty alias', change: { aliases: [['Anora', '']] }, path: ['aliases', 0, 1], message: 'an alias is empty' },
    { problem: 'with a field the schema does not know', change: { budget: 6 }, path: [], message: 'Unrecognized key: "budget"' },
  ])('rejects a film $problem', ({ change, path, message }) => {
    const issues = issuesOf(schema().safeParse({ ...anora, ...change }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(path);
    expect(issues[0]!.message).toContain(message);
  });
});

describe('partial dates from YAML', () => {
  it('reads an unquoted year as a year, and says what a date must look like', () => {
    const schema = partialDate(new Date('2026-01-01'));
    expect(schema.parse(2025).iso).toBe('2025');
    const wrong = schema.safeParse(true);
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
  });
});

describe('an essay’s description against its opening paragraph', () => {
  const description = 'How Anora portrays sex work as work, with dignity and humour.';
  const essay = (...body: string[]) => ['---', `description: ${description}`, '---', '', ...body].join('\n');

  it('rejects a description that copies the opening paragraph', () => {
    expect(descriptionProblem(description, essay(`${description} It premiered at Cannes.`, '', 'More.'))).toMatch(
      /^copies the opening paragraph: write one spoiler-free sentence of your own/,
    );
  });

  it('lets a description of its own open an essay', () => {
    expect(descriptionProblem(description, essay('Sean Baker’s Anora arrives as a profound entry into his body of work.'))).toBeUndefined();
  });

  it('reads the opening paragraph past headings, imports, components and note definitions, without markup', () => {
    const mdx = essay(
      'import X from "x";',
      '',
      '## Opening',
      '',
      '<Aside title="A">Boxed.</Aside>',
      '',
      'Ani *dances*.[^1] [A link](https://example.com).',
    );
    expect(openingParagraph(mdx)).toBe('Ani dances. A link.');
  });

  it.each([
    {
      what: 'a frontmatter with a blank line in it',
      mdx: ['---', 'title: A', '', `description: ${description}`, '---', '', 'Ani dances.'].join('\n'),
      text: 'Ani dances.',
    },
    {
      what: 'a frontmatter with Windows line ends',
      mdx: ['---', 'title: A', '', `description: ${description}`, '---', '', 'Ani dances.'].join('\r\n'),
      text: 'Ani dances.',
    },
    // Without a frontmatter, two thematic breaks are not one: the paragraph between them opens the essay.
    {
      what: 'no frontmatter and thematic breaks',
      mdx: ['# Anora', '', '---', '', 'Ani dances.', '', '---', '', 'The end.'].join('\n'),
      text: 'Ani dances.',
    },
    { what: 'a line of spaces between blocks', mdx: essay('# Anora', '   ', 'Ani dances.'), text: 'Ani dances.' },
    {
      what: 'an export and a note definition first',
      mdx: essay('export const x = 1;', '', '[^long-note]: A note.', '', 'Ani dances.'),
      text: 'Ani dances.',
    },
    { what: 'a note mark with a long label', mdx: essay('Ani dances.[^long-note]'), text: 'Ani dances.' },
    {
      what: 'a component inside its prose',
      mdx: essay('Ani <Spoiler film="anora">dances</Spoiler> at the bar.'),
      text: 'Ani dances at the bar.',
    },
    { what: 'a break of asterisks first, which has no words', mdx: essay('* * *', '', 'Ani dances.'), text: 'Ani dances.' },
  ])('finds the opening paragraph of an essay with $what', ({ mdx, text }) => {
    expect(openingParagraph(mdx)).toBe(text);
  });

  it.each([
    { what: 'in other letter case and spacing', own: description.replace(' as ', '\n   as ').toUpperCase() },
    { what: 'with line breaks around it', own: `\n${description}\n` },
    { what: 'going on after the whole opening paragraph', own: `${description} It asks who pays for it.` },
  ])('rejects a description that copies the opening paragraph $what', ({ own }) => {
    expect(descriptionProblem(own, essay(description))).toMatch(/^copies the opening paragraph/);
  });

  it('rejects a description that copies the first 120 characters of a long opening and then goes its own way', () => {
    const opening = `${description} It premiered at Cannes in May 2024, won the Palme d’Or, and then five Academy Awards.`;
    expect(opening.length).toBeGreaterThan(130);
    const own = `${opening.slice(0, 125)}, and more.`;
    expect(opening.startsWith(own)).toBe(false);
    expect(descriptionProblem(own, essay(opening))).toMatch(/^copies the opening paragraph/);
  });

  it('tells words apart: a description that runs two of the opening’s words together is its own', () => {
    expect(descriptionProblem(description.replace('sex work', 'sexwork'), essay(description))).toBeUndefined();
  });

  it.each([
    { opening: 'an image', body: ['![A still: Ani at the bar.](https://example.com/still.jpg)', '', 'Ani dances.'], text: 'Ani dances.' },
    { opening: 'an image without alternative text', body: ['![](https://example.com/still.jpg)', '', 'Ani dances.'], text: 'Ani dances.' },
    { opening: 'a component', body: ['<Aside title="Before the film">A note.</Aside>', '', 'Ani dances.'], text: 'Ani dances.' },
    { opening: 'only an image', body: ['![A still.](https://example.com/still.jpg)'], text: '' },
    { opening: 'only a component', body: ['<Aside title="Only this">A note.</Aside>'], text: '' },
  ])('accepts a description of an essay that opens with $opening', ({ body, text }) => {
    expect(openingParagraph(essay(...body))).toBe(text);
    expect(descriptionProblem(description, essay(...body))).toBeUndefined();
  });
});

describe('sourceSchema', () => {
  const article = { id: 'variety-2024', kind: 'article', title: 'Sean Baker Makes Movies', container: 'Variety', date: '2024-05-22' };
  const film = { id: 'pw', kind: 'film', title: 'Pretty Woman', date: '1990' };
  const check = (source: Record<string, unknown>) => issuesOf(sourceSchema(TODAY).safeParse(source));

  it.each([
    { what: 'accessed on the day it appeared', source: { ...article, accessed: '2024-05-22' } },
    { what: 'first published on the day of the edition cited', source: { ...article, originalDate: '2024-05-22' } },
    { what: 'a DOI, spaces around it', source: { ...article, doi: ' 10.1525/fq.2024.78.2.10 ' } },
    { what: 'a ten-digit ISBN ending in X', source: { ...article, isbn: '0-7710-9857-X' } },
    { what: 'a thirteen-digit ISBN with spaces', source: { ...article, isbn: '978 0 7710 9857 4' } },
    { what: 'a thirteen-digit ISBN beginning 979', source: { ...article, isbn: '979-10-90636-07-1' } },
    { what: 'a ten-digit ISBN whose check digit is 0', source: { ...article, isbn: '0-306-40616-0' } },
    {
      what: 'a season and an episode numbered with letters, as a series may number them',
      source: { id: 'ep', kind: 'tv-episode', title: 'Part Two', container: 'A Series', season: '1A', episode: '12b' },
    },
    {
      what: 'a podcast episode’s number written as text',
      source: { id: 'pod', kind: 'podcast-episode', title: 'T', container: 'Show', episode: '42' },
    },
    { what: 'a film’s spoiler point and film', source: { ...film, spoilersFrom: '1:30:00', film: 'pretty-woman' } },
    { what: 'an https address', source: { ...article, url: 'https://variety.com/' } },
  ])('accepts a source with $what', ({ source }) => {
    expect(check(source)).toEqual([]);
  });

  it('keeps a DOI and an ISBN without the spaces around them', () => {
    const parsed = sourceSchema(TODAY).parse({ ...article, doi: ' 10.1525/fq.2024.78.2.10 ', isbn: ' 0-7710-9857-X ' });
    expect([parsed.doi, parsed.isbn]).toEqual(['10.1525/fq.2024.78.2.10', '0-7710-9857-X']);
  });

  it.each([
    {
      problem: 'accessed the day before it appeared',
      source: { ...article, accessed: '2024-05-21' },
      path: ['accessed'],
      message: "accessed 2024-05-21 is before the source's own date 2024-05-22: check the year",
    },
    {
      problem: 'first published the day after the edition cited',
      source: { ...article, originalDate: '2024-05-23' },
      path: ['originalDate'],
      message: 'originalDate 2024-05-23 is after date 2024-05-22: date is the edition cited, originalDate the first',
    },
    { problem: 'a title that is not text', source: { ...article, title: 7 }, path: ['title'], message: 'title must be text' },
    { problem: 'an empty note', source: { ...article, note: ' ' }, path: ['note'], message: 'note is empty: remove it or fill it in' },
    { problem: 'a DOI of three digits', source: { ...article, doi: '10.152/fq' }, path: ['doi'], message: 'doi is a DOI such as' },
    {
      problem: 'a DOI with its address',
      source: { ...article, doi: 'https://doi.org/10.1525/fq' },
      path: ['doi'],
      message: 'doi is a DOI such as',
    },
    {
      problem: 'a DOI with words after it',
      source: { ...article, doi: '10.1525/fq.2024 and more' },
      path: ['doi'],
      message: 'doi is a DOI such as',
    },
    {
      problem: 'an ISBN whose check digit is a letter other than X',
      source: { ...article, isbn: '077109857Y' },
      path: ['isbn'],
      message: 'isbn is an ISBN of 10 or 13 digits',
    },
    {
      problem: 'an ISBN of twelve digits',
      source: { ...article, isbn: '978-0-7710-9857' },
      path: ['isbn'],
      message: 'isbn is an ISBN of 10 or 13 digits',
    },
    {
      problem: 'an ISBN-13 with a mistyped digit',
      source: { ...article, isbn: '978-0-7710-9857-7' },
      path: ['isbn'],
      message:
        'isbn "978-0-7710-9857-7" is not a valid ISBN: its last digit, the check digit, would be 4 for the digits before it; copy the ISBN again from the book',
    },
    {
      problem: 'an ISBN-10 with two digits swapped',
      source: { ...article, isbn: '0-7710-9587-X' },
      path: ['isbn'],
      message: 'isbn "0-7710-9587-X" is not a valid ISBN: its last digit, the check digit, would be 2 for the digits before it',
    },
    {
      problem: 'thirteen digits that are not an ISBN (an EAN that is not a book’s)',
      source: { ...article, isbn: '5012345678900' },
      path: ['isbn'],
      message: 'isbn "5012345678900" is not an ISBN: a 13-digit ISBN begins 978 or 979',
    },
    {
      problem: 'an ISBN with a letter inside',
      source: { ...article, isbn: '07710X9857' },
      path: ['isbn'],
      message: 'isbn is an ISBN of 10 or 13 digits',
    },
    {
      problem: 'an address that is no URL',
      source: { ...article, url: 'variety' },
      path: ['url'],
      message: 'url "variety" is not an absolute https URL',
    },
    {
      problem: 'a spoiler point that is not a timecode',
      source: { ...film, spoilersFrom: '90 minutes' },
      path: ['spoilersFrom'],
      message: 'spoilersFrom is a timecode such as 1:05:00 (H:MM:SS)',
    },
    {
      problem: 'a film named by its title',
      source: { ...film, film: 'Pretty Woman' },
      path: ['film'],
      message: 'film is the id of a film, its file name in content/films, such as pretty-woman',
    },
    {
      problem: 'a spoiler point on an article',
      source: { ...article, spoilersFrom: '1:30:00' },
      path: ['spoilersFrom'],
      message: 'spoilersFrom applies to films or film releases only: set kind to film or film-release or remove it',
    },
    {
      problem: 'a film release without the format it was seen in',
      source: { ...film, kind: 'film-release', publisher: 'Touchstone' },
      path: ['format'],
      message: 'format is required for a film release: add it',
    },
    {
      problem: 'a TV episode numbered in words',
      source: { id: 'mad-men-12', kind: 'tv-episode', title: 'Nixon vs. Kennedy', container: 'Mad Men', season: 1, episode: 'Twelve' },
      path: ['episode'],
      message:
        'episode "Twelve" is not a number: write it in figures, as the styles print it (episode 12), with a letter after them if the series numbers so (12b)',
    },
    {
      problem: 'a season numbered in words',
      source: { id: 'mad-men-12', kind: 'tv-episode', title: 'Nixon vs. Kennedy', container: 'Mad Men', season: 'One', episode: 12 },
      path: ['season'],
      message: 'season "One" is not a number: write it in figures',
    },
    {
      problem: 'a TV episode’s season without its episode',
      source: { id: 'mad-men-1', kind: 'tv-episode', title: 'Smoke Gets in Your Eyes', container: 'Mad Men', season: 1 },
      path: ['season'],
      message: "season is given without episode: add the episode's number",
    },
  ])('rejects a source with $problem', ({ source, path, message }) => {
    const issues = check(source);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(path);
    expect(issues[0]!.message).toContain(message);
  });
});
