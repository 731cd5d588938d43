/**
 * src/server/citations/csl.ts on its own: how a source's fields become CSL-JSON (the exports' and
 * the metadata's item) and the house style's item, how names, dates, titles and pinpoints are read.
 * What the styles then print is tested in citations.test.ts and citations-by-kind.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  apaTitle,
  cslDate,
  cslItem,
  cslLocator,
  cslName,
  cslTitle,
  cslType,
  houseItem,
  isDescribedOnly,
  typographicQuotes,
  webArchiveName,
} from '../../src/server/citations/csl';
import { parsePartialDate } from '../../src/server/schemas/partial-date';
import { sourceSchema, type Source } from '../../src/server/schemas/source';

const TODAY = new Date('2025-06-01T00:00:00Z');
const source = (input: Record<string, unknown>): Source => sourceSchema(TODAY).parse({ id: 'a-work', title: 'A Work', ...input });

describe('cslName', () => {
  it('keeps every comma after the family name in the given name', () => {
    expect(cslName('King, Martin Luther, Jr.')).toEqual({ family: 'King', given: 'Martin Luther, Jr.' });
  });

  it('keeps every word before the last as the given name, spaced', () => {
    expect(cslName('Martin Luther King')).toEqual({ family: 'King', given: 'Martin Luther' });
  });

  it('reads runs of spaces as one, around a comma too', () => {
    expect(cslName(' Le   Guin ,   Ursula  K. ')).toEqual({ family: 'Le Guin', given: 'Ursula K.' });
    expect(cslName('Sean\t Baker')).toEqual({ family: 'Baker', given: 'Sean' });
    expect(cslName(' Cher ')).toEqual({ literal: 'Cher' });
  });
});

describe('cslDate', () => {
  it('keeps the parts that are known, and nothing for no date', () => {
    expect(cslDate(undefined)).toBeUndefined();
    expect(cslDate(parsePartialDate('2025'))).toEqual({ 'date-parts': [[2025]] });
    expect(cslDate(parsePartialDate('2025-04'))).toEqual({ 'date-parts': [[2025, 4]] });
    expect(cslDate(parsePartialDate('2025-04-03'))).toEqual({ 'date-parts': [[2025, 4, 3]] });
  });

  it('writes no day without its month', () => {
    expect(cslDate({ ...parsePartialDate('2025')!, day: 3 })).toEqual({ 'date-parts': [[2025]] });
  });
});

describe('cslItem', () => {
  it('writes every field a source records under its CSL name', () => {
    const release = source({
      kind: 'film-release',
      authors: ['Sean Baker'],
      editors: ['Ann Editor'],
      title: 'Anora',
      container: 'The Criterion Collection',
      publisher: 'Neon',
      edition: "Director's cut",
      date: '2025-03-18',
      originalDate: '2024-10-18',
      accessed: '2025-04-03',
      url: 'https://example.com/anora',
      archiveUrl: 'https://web.archive.org/web/2025/https://example.com/anora',
      archived: '2025-04-01',
      doi: '10.1234/anora.2025',
      isbn: '978-0-7710-9857-4',
      format: 'Blu-ray',
      runtime: '2:19:00',
      note: 'Seen twice.',
    });
    expect(cslItem(release)).toEqual({
      id: 'a-work',
      type: 'motion_picture',
      title: 'Anora',
      director: [{ family: 'Baker', given: 'Sean' }],
      editor: [{ family: 'Editor', given: 'Ann' }],
      'container-title': 'The Criterion Collection',
      publisher: 'Neon',
      edition: "Director's cut",
      medium: 'Blu-ray',
      dimensions: '2:19:00',
      issued: { 'date-parts': [[2025, 3, 18]] },
      'original-date': { 'date-parts': [[2024, 10, 18]] },
      accessed: { 'date-parts': [[2025, 4, 3]] },
      URL: 'https://example.com/anora',
      DOI: '10.1234/anora.2025',
      ISBN: '978-0-7710-9857-4',
      note: 'Seen twice.',
      archive: 'Internet Archive',
      archive_location: 'https://web.archive.org/web/2025/https://example.com/anora',
    });
  });

  it('writes numbers as text, and the people of episodes and interviews in their roles', () => {
    const journal = cslItem(source({ kind: 'article', title: 'A Study', container: 'A Journal', volume: 78, issue: 2, pages: 10 }));
    expect([journal.type, journal.volume, journal.issue, journal.page]).toEqual(['article-journal', '78', '2', '10']);
    const episode = cslItem(source({ kind: 'tv-episode', container: 'Mad Men', writers: ['Robin Veith'], episode: 12 }));
    expect(episode['script-writer']).toEqual([{ family: 'Veith', given: 'Robin' }]);
    expect(episode.number).toBe('12');
    expect(cslItem(source({ kind: 'tv-episode', container: 'Mad Men', season: 1, episode: 12 })).number).toBe('season 1, episode 12');
    const podcast = cslItem(source({ kind: 'podcast-episode', container: 'The Big Picture', guests: ['Sean Baker'] }));
    expect(podcast.guest).toEqual([{ family: 'Baker', given: 'Sean' }]);
    const interview = cslItem(source({ kind: 'interview', authors: ['Sean Baker'], interviewers: ['Scott Macaulay'] }));
    expect([interview.author, interview.interviewer]).toEqual([
      [{ family: 'Baker', given: 'Sean' }],
      [{ family: 'Macaulay', given: 'Scott' }],
    ]);
  });

  it('writes no number for a season without its episode', () => {
    const seasonOnly = { ...source({ kind: 'tv-episode', container: 'Mad Men', season: 1, episode: 12 }), episode: undefined };
    expect(cslItem(seasonOnly)).not.toHaveProperty('number');
  });

  it('takes the id it is given, the source’s by default', () => {
    expect(cslItem(source({ kind: 'book' })).id).toBe('a-work');
    expect(cslItem(source({ kind: 'book' }), 'an-essay--a-work').id).toBe('an-essay--a-work');
  });

  it('leaves out fields without a value and empty lists, keeping those with one', () => {
    const item = cslItem({ ...source({ kind: 'book', authors: ['Sam Writer'] }), editors: [] });
    expect(item).toEqual({ id: 'a-work', type: 'book', title: 'A Work', author: [{ family: 'Writer', given: 'Sam' }] });
    expect(Object.keys(item)).toEqual(['id', 'type', 'title', 'author']);
  });

  it('writes the plain title, without its markup', () => {
    expect(cslItem(source({ kind: 'book', title: 'Reading *Anora* Closely' })).title).toBe('Reading Anora Closely');
  });
});

describe('cslType', () => {
  it('is the kind’s type, a journal’s with a volume or an issue, a container’s when the source says', () => {
    expect(cslType({ kind: 'article' })).toBe('article-magazine');
    expect(cslType({ kind: 'article', volume: 3 })).toBe('article-journal');
    expect(cslType({ kind: 'article', issue: 2 })).toBe('article-journal');
    expect(cslType({ kind: 'article', volume: 3, containerType: 'newspaper' })).toBe('article-newspaper');
    expect(cslType({ kind: 'book', volume: 3 })).toBe('book');
  });
});

describe('webArchiveName', () => {
  it('names the Internet Archive and archive.today by any of their hosts, and anything else by its host', () => {
    const cases: [string, string][] = [
      ['https://web.archive.org/web/2024/https://example.com/', 'Internet Archive'],
      ['https://archive.org/details/a-film', 'Internet Archive'],
      ['https://archive.today/abcde', 'archive.today'],
      ['https://archive.ph/abcde', 'archive.today'],
      ['https://archive.is/abcde', 'archive.today'],
      ['https://archive.li/abcde', 'archive.today'],
      ['https://archive.md/abcde', 'archive.today'],
      ['https://archive.vn/abcde', 'archive.today'],
      ['https://archive.fo/abcde', 'archive.today'],
      ['https://www.archive.ph/abcde', 'archive.today'],
      ['https://notarchive.org/a', 'notarchive.org'],
      ['https://archive.org.example.com/a', 'archive.org.example.com'],
      ['https://myarchive.ph/a', 'myarchive.ph'],
      ['https://archive.phx.example/a', 'archive.phx.example'],
      ['https://perma.cc/ABCD-1234', 'perma.cc'],
    ];
    expect(cases.map(([url]) => webArchiveName(url))).toEqual(cases.map(([, name]) => name));
  });
});

describe('isDescribedOnly', () => {
  it('is a title of a kind that may describe, with nothing to find the work by', () => {
    expect(isDescribedOnly(source({ kind: 'interview', authors: ['Sean Baker'], title: 'Interviews on the making of Anora' }))).toBe(true);
    expect(isDescribedOnly(source({ kind: 'other', title: 'Conversations with the cast' }))).toBe(true);
    expect(isDescribedOnly(source({ kind: 'article', title: 'Conversations with the cast' }))).toBe(false);
  });

  it('is not, once the work has anything to find it by', () => {
    const findable: Record<string, unknown>[] = [
      { container: 'Filmmaker' },
      { publisher: 'Neon' },
      { url: 'https://example.com/' },
      { archiveUrl: 'https://web.archive.org/web/2024/https://example.com/' },
      { date: '2024' },
      { pages: '12' },
    ];
    expect(findable.map((field) => isDescribedOnly(source({ kind: 'interview', ...field })))).toEqual(findable.map(() => false));
  });
});

describe('typographicQuotes', () => {
  it('opens a quotation at the start and after a space, a dash, a hyphen, a bracket or an opening quote', () => {
    const cases: [string, string][] = [
      ['"A"', '\u201cA\u201d'],
      ["'A'", '\u2018A\u2019'],
      ['x "A"', 'x \u201cA\u201d'],
      ['x\n"A"', 'x\n\u201cA\u201d'],
      ['("A")', '(\u201cA\u201d)'],
      ['["A"]', '[\u201cA\u201d]'],
      ['{"A"}', '{\u201cA\u201d}'],
      ['x\u2014"A"', 'x\u2014\u201cA\u201d'],
      ['x\u2013"A"', 'x\u2013\u201cA\u201d'],
      ['x-"A"', 'x-\u201cA\u201d'],
      ["\u201c'A'\u201d", '\u201c\u2018A\u2019\u201d'],
      ['\u2018"A"\u2019', '\u2018\u201cA\u201d\u2019'],
    ];
    expect(cases.map(([text]) => typographicQuotes(text))).toEqual(cases.map(([, expected]) => expected));
  });

  it('closes, or writes an apostrophe, anywhere else', () => {
    expect(typographicQuotes('Baker\'s "Anora"!')).toBe('Baker\u2019s \u201cAnora\u201d!');
    expect(typographicQuotes("rock 'n' roll")).toBe('rock \u2018n\u2019 roll');
    expect(typographicQuotes('x."')).toBe('x.\u201d');
  });
});

describe('cslTitle', () => {
  it('puts <i> around each title inside the title, and typographic quotation marks in', () => {
    expect(cslTitle('*Anora* and *Tangerine*: "Sex Work" on Screen')).toBe(
      '<i>Anora</i> and <i>Tangerine</i>: \u201cSex Work\u201d on Screen',
    );
    expect(cslTitle('No Markup')).toBe('No Markup');
  });
});

describe('apaTitle', () => {
  it('keeps the longest of overlapping names, and each name wherever it occurs', () => {
    expect(apaTitle('Sean Baker Talks', ['Sean', 'Sean Baker'])).toBe('<span class="nocase">Sean Baker</span> talks');
    expect(apaTitle('Anora on Baker Street', ['Baker Street', 'Anora'])).toBe(
      '<span class="nocase">Anora</span> on <span class="nocase">Baker Street</span>',
    );
    expect(apaTitle('Sean Baker Street Walk', ['Sean Baker', 'Baker Street'])).toBe('Sean <span class="nocase">Baker Street</span> walk');
    expect(apaTitle('Anora Meets Anora', ['Anora', 'Anora'])).toBe(
      '<span class="nocase">Anora</span> meets <span class="nocase">Anora</span>',
    );
  });

  it('ignores empty names, and names of spaces alone', () => {
    expect(apaTitle('A Quiet Title', ['', '  '])).toBe('A quiet title');
    expect(apaTitle('Why?   Because', ['  '])).toBe('Why?   Because');
  });

  it('keeps a name only as a whole word, not inside another', () => {
    expect(apaTitle('Reading bell hooks, Not Tinkerbell hooks', ['bell hooks'])).toBe(
      'Reading <span class="nocase">bell hooks</span>, not tinkerbell hooks',
    );
  });

  it('capitalises the first word after a colon, a question or exclamation mark or a dash, spaced or not', () => {
    expect(apaTitle('Why? Because Cinema Matters', [])).toBe('Why? Because cinema matters');
    expect(apaTitle('Wow! Such Film', [])).toBe('Wow! Such film');
    expect(apaTitle('Title:Subtitle Here', [])).toBe('Title:Subtitle here');
    expect(apaTitle('One Film \u2014 Another Film', [])).toBe('One film \u2014 Another film');
    expect(apaTitle('"Quoted" Opening Words', [])).toBe('\u201cQuoted\u201d opening words');
  });

  it('reads a title inside the title as the text before the next word, like any other', () => {
    expect(apaTitle('*8½* Is a Film', [])).toBe('<span class="nocase"><i>8½</i></span> Is a film');
    expect(apaTitle('8½ Is a Film', [])).toBe('8½ Is a film');
  });

  it('reads where a sentence begins across a title inside the title', () => {
    expect(apaTitle('*Anora* Is a Film', [])).toBe('<span class="nocase"><i>Anora</i></span> is a film');
    expect(apaTitle('On *Anora*: The Dream Examined', [])).toBe('On <span class="nocase"><i>Anora</i></span>: The dream examined');
  });

  it('keeps words with capitals of their own: an inner capital or an acronym, not a capitalised word', () => {
    expect(apaTitle('Steve McQueen at the BFI Today', [])).toBe('Steve McQueen at the BFI today');
    expect(apaTitle('The Comedy-Drama of Anora', [])).toBe('The comedy-drama of anora');
    expect(apaTitle('Read on IndieWire', [])).toBe('Read on IndieWire');
    expect(apaTitle('Growing Up As A Critic', [])).toBe('Growing up as a critic');
  });

  it('keeps the pronoun I and its contractions, and a Roman numeral one, in capitals', () => {
    expect(apaTitle('When I Watched Anora, I’d Seen Pretty Woman', [])).toBe('When I watched anora, I’d seen pretty woman');
    expect(apaTitle("What I'm Watching: Part I", [])).toBe('What I’m watching: Part I');
    expect(apaTitle("What I'll Watch, What I’ve Seen", [])).toBe('What I’ll watch, what I’ve seen');
    expect(apaTitle('In Praise of Ice', [])).toBe('In praise of ice');
  });
});

describe('houseItem', () => {
  it('keeps the archived copy’s address without an archive name, dated by when it was made', () => {
    const page = source({
      kind: 'web',
      title: 'A Page',
      url: 'https://example.com/',
      archiveUrl: 'https://web.archive.org/web/2024/https://example.com/',
      archived: '2024-02',
    });
    const item = houseItem(page, 'the-id');
    expect(item.id).toBe('the-id');
    expect(item).not.toHaveProperty('archive');
    expect(item.archive_location).toBe('https://web.archive.org/web/2024/https://example.com/');
    expect(item.submitted).toEqual({ 'date-parts': [[2024, 2]] });
    expect(houseItem({ ...page, archived: undefined }, 'the-id')).not.toHaveProperty('submitted');
  });

  it('writes an edition lower case, and typographic quotation marks in the title and container', () => {
    const book = source({ kind: 'chapter', title: 'On "Anora"', container: 'Film "Genre" Reader', edition: 'Expanded Edition' });
    const item = houseItem(book, 'a-work');
    expect([item.edition, item.title, item['container-title']]).toEqual([
      'expanded Edition',
      'On \u201cAnora\u201d',
      'Film \u201cGenre\u201d Reader',
    ]);
    expect(houseItem(source({ kind: 'book', title: 'Reading *Anora*' }), 'a-work').title).toBe('Reading <i>Anora</i>');
  });

  it('writes no season for an episode without its number', () => {
    const seasonOnly = { ...source({ kind: 'tv-episode', container: 'Mad Men', season: 1, episode: 12 }), episode: undefined };
    const item = houseItem(seasonOnly, 'a-work');
    expect([item['container-title'], item.genre, item.number]).toEqual(['Mad Men', undefined, undefined]);
  });

  it('writes an episode’s season as its genre only when both are known', () => {
    const both = houseItem(source({ kind: 'tv-episode', container: 'Mad Men', season: 1, episode: 12 }), 'a-work');
    expect([both.genre, both.number]).toEqual(['season 1, episode', '12']);
    const episodeOnly = houseItem(source({ kind: 'tv-episode', container: 'Mad Men', episode: 12 }), 'a-work');
    expect([episodeOnly.genre, episodeOnly.number]).toEqual([undefined, '12']);
  });

  it('writes a description in place of a title as a genre, lower case, and no title', () => {
    const described = houseItem(source({ kind: 'interview', authors: ['Sean Baker'], title: 'Interviews on "*Anora*"' }), 'a-work');
    expect(described.genre).toBe('interviews on \u201cAnora\u201d');
    expect(described).not.toHaveProperty('title');
    const titled = houseItem(source({ kind: 'interview', title: 'Interviews', container: 'Filmmaker' }), 'a-work');
    expect([titled.title, titled.genre]).toEqual(['Interviews', undefined]);
  });
});

describe('cslLocator', () => {
  it('reads each labelled place, singular or plural, spaced or not', () => {
    const cases: [string, { label: string; locator: string }][] = [
      ['p. 12', { label: 'page', locator: '12' }],
      ['pp.12–14', { label: 'page', locator: '12–14' }],
      ['para.4', { label: 'paragraph', locator: '4' }],
      ['paras. 4–5', { label: 'paragraph', locator: '4–5' }],
      ['chap. 2', { label: 'chapter', locator: '2' }],
      ['chaps. 2–3', { label: 'chapter', locator: '2–3' }],
      ['n. 3', { label: 'note', locator: '3' }],
      ['nn. 3–4', { label: 'note', locator: '3–4' }],
      ['fig. 2', { label: 'figure', locator: '2' }],
      ['figs. 2–3', { label: 'figure', locator: '2–3' }],
      ['sec. 4', { label: 'section', locator: '4' }],
      ['secs. 4–5', { label: 'section', locator: '4–5' }],
      ['vol. 2', { label: 'volume', locator: '2' }],
      ['vols. 2–3', { label: 'volume', locator: '2–3' }],
      ['l. 5', { label: 'line', locator: '5' }],
      ['ll. 5–6', { label: 'line', locator: '5–6' }],
      ['sc. 3', { label: 'scene', locator: '3' }],
      ['scs. 3–4', { label: 'scene', locator: '3–4' }],
      ['chap.2', { label: 'chapter', locator: '2' }],
      ['nn.3–4', { label: 'note', locator: '3–4' }],
      ['fig.2', { label: 'figure', locator: '2' }],
      ['secs.4–5', { label: 'section', locator: '4–5' }],
      ['vol.2', { label: 'volume', locator: '2' }],
      ['ll.5–6', { label: 'line', locator: '5–6' }],
      ['sc.3', { label: 'scene', locator: '3' }],
    ];
    expect(cases.map(([pinpoint]) => cslLocator(pinpoint))).toEqual(cases.map(([, expected]) => expected));
  });

  it('keeps a label word inside other words as words', () => {
    const cases = ['see p. 12', 'on para. 4', 'in chap. 2', 'cf. n. 3', 'at fig. 2', 'per sec. 4', 'in vol. 2', 'all. 5', 'disc. 3'];
    expect(cases.map((pinpoint) => cslLocator(pinpoint))).toEqual(cases.map((pinpoint) => ({ suffix: `, ${pinpoint}` })));
  });

  it('reads timecodes of minutes and hours, and nothing that only looks like one', () => {
    const cases: [string, object][] = [
      ['0:05', { label: 'timestamp', locator: '0:05' }],
      ['59:59', { label: 'timestamp', locator: '59:59' }],
      ['12:05:09', { label: 'timestamp', locator: '12:05:09' }],
      ['60:00', { suffix: ', 60:00' }],
      ['1:60', { suffix: ', 1:60' }],
      ['123:00:00', { suffix: ', 123:00:00' }],
      ['at 1:00', { suffix: ', at 1:00' }],
      ['1:00 on', { suffix: ', 1:00 on' }],
    ];
    expect(cases.map(([pinpoint]) => cslLocator(pinpoint))).toEqual(cases.map(([, expected]) => expected));
  });

  it('reads pages, roman or arabic, single, ranges and lists, and nothing else as pages', () => {
    const cases: [string, object][] = [
      [' 68 ', { label: 'page', locator: '68' }],
      ['IV', { label: 'page', locator: 'IV' }],
      ['12 - 14', { label: 'page', locator: '12 - 14' }],
      ['12-14', { label: 'page', locator: '12-14' }],
      ['12, 15 – 17', { label: 'page', locator: '12, 15 – 17' }],
      ['12, 15–17, xii', { label: 'page', locator: '12, 15–17, xii' }],
      ['12,15', { label: 'page', locator: '12,15' }],
      ['12 and 15', { suffix: ', 12 and 15' }],
      ['12–', { suffix: ', 12–' }],
      ['x 12', { suffix: ', x 12' }],
      ['12 x', { suffix: ', 12 x' }],
    ];
    expect(cases.map(([pinpoint]) => cslLocator(pinpoint))).toEqual(cases.map(([, expected]) => expected));
  });

  it('reads no pinpoint, or only spaces, as none', () => {
    expect(cslLocator(undefined)).toEqual({});
    expect(cslLocator('   ')).toEqual({});
  });
});
