/**
 * "Cite this essay": each form, for an essay first published elsewhere,
 * revised, with an author or without, as the official styles write them, with what the manuals add
 * that the styles cannot (a revision date, the original publication). Each case names the
 * guidance it follows: The Chicago Manual of Style, 17th ed. (CMOS), the MLA Handbook, 9th ed.,
 * and the APA Publication Manual, 7th ed.
 */
import { describe, expect, it } from 'vitest';
import { apaTitle, cslTitle } from '../../src/server/citations/csl';
import { citationMeta, citeEssay, citeParagraph, essayItem, type CitableEssay } from '../../src/server/citations/essay-citation';
import { runsFromHtml, runsText, type Run } from '../../src/server/citations/runs';
import { parsePartialDate } from '../../src/server/schemas/partial-date';

const date = (text: string) => parsePartialDate(text)!;
const urlOf = (id: string) => `https://example.com/essays/${id}/`;
const forms = (essay: CitableEssay) =>
  Object.fromEntries(citeEssay(essay, essayItem(essay, urlOf(essay.id))).map(({ label, runs }) => [label, runsText(runs)]));

/** As the launch essay A Stripping Vision… is: no author, dated to the month, first published on a blog. */
const republished: CitableEssay = {
  id: 'a-stripping-vision',
  title: 'A Stripping Vision…',
  authors: [],
  published: date('2025-04'),
  origin: 'moviestohistory.com, a film-and-history blog',
};
/** As the fixture essay Second Fixture is: an author, a day, revised, first published in a journal. */
const revised: CitableEssay = {
  id: 'second-fixture',
  title: 'Second Fixture',
  authors: ['Sam Writer'],
  published: date('2024-02-20'),
  updated: date('2024-03-10'),
  origin: 'A fixture journal of film writing',
};

describe('Cite this essay', () => {
  it('says where an essay first appeared: “Originally published in…” (Chicago, MLA), “(Original work published …)” (APA)', () => {
    expect(forms(republished)).toEqual({
      // CMOS 14.208 (blog posts: “Title,” Blog, date, URL), with the original publication after the citation, as a sentence of commentary (CMOS 14.35).
      'Chicago note':
        '“A Stripping Vision…,” Long Take, April 2025, https://example.com/essays/a-stripping-vision/. Originally published in moviestohistory.com, a film-and-history blog.',
      'Chicago bibliography':
        '“A Stripping Vision….” Long Take, April 2025. https://example.com/essays/a-stripping-vision/. Originally published in moviestohistory.com, a film-and-history blog.',
      // MLA 9: the core elements, then the optional element of the original publication at the end.
      MLA: '“A Stripping Vision….” Long Take, Apr. 2025, https://example.com/essays/a-stripping-vision/. Originally published in moviestohistory.com, a film-and-history blog.',
      // APA 7, republished works: the reference ends “(Original work published year)”, without a full stop;
      // the title in sentence case (APA 7 6.17).
      APA: 'A stripping vision…. (2025, April). Long Take. https://example.com/essays/a-stripping-vision/ (Original work published 2025)',
    });
  });

  it('names the author, and gives the revision: “Last modified” (Chicago), the revised version’s date (MLA, APA)', () => {
    expect(forms(revised)).toEqual({
      // CMOS 14.207–208 with 14.8 (a revision date as “last modified”), author first as given name, family name in a note.
      'Chicago note':
        'Sam Writer, “Second Fixture,” Long Take, February 20, 2024, https://example.com/essays/second-fixture/. Last modified March 10, 2024. Originally published in a fixture journal of film writing.',
      'Chicago bibliography':
        'Writer, Sam. “Second Fixture.” Long Take, February 20, 2024. https://example.com/essays/second-fixture/. Last modified March 10, 2024. Originally published in a fixture journal of film writing.',
      // MLA 9: a source updated since publication is dated by the version consulted.
      MLA: 'Writer, Sam. “Second Fixture.” Long Take, 10 Mar. 2024, https://example.com/essays/second-fixture/. Originally published in a fixture journal of film writing.',
      // APA 7: the date of the version cited (the last update), and the original's year.
      APA: 'Writer, S. (2024, March 10). Second fixture. Long Take. https://example.com/essays/second-fixture/ (Original work published 2024)',
    });
  });

  it('names two authors in the order of the byline, as each style joins them', () => {
    const coauthored: CitableEssay = {
      id: 'two-hands',
      title: 'Two Hands',
      authors: ['Ann Critic', 'Bo Writer'],
      published: date('2024-05-02'),
    };
    expect(forms(coauthored)).toEqual({
      // CMOS 14.23 (two authors: in a note both given name first, joined by “and”), 14.208.
      'Chicago note': 'Ann Critic and Bo Writer, “Two Hands,” Long Take, May 2, 2024, https://example.com/essays/two-hands/.',
      // CMOS 14.23: in a bibliography only the first author is inverted, then a comma and “and”.
      'Chicago bibliography': 'Critic, Ann, and Bo Writer. “Two Hands.” Long Take, May 2, 2024. https://example.com/essays/two-hands/.',
      // MLA 9, 5.6: two authors, the first reversed, “and”, the second in normal order.
      MLA: 'Critic, Ann, and Bo Writer. “Two Hands.” Long Take, 2 May 2024, https://example.com/essays/two-hands/.',
      // APA 7, 9.8 and 10.1: each author surname first with initials, joined by “&”; the title in sentence case (6.17).
      APA: 'Critic, A., & Writer, B. (2024, May 2). Two hands. Long Take. https://example.com/essays/two-hands/',
    });
    // Scholar's inclusion guidelines: one citation_author tag per author, in the byline's order.
    expect(
      citationMeta(coauthored, urlOf('two-hands'))
        .filter(({ name }) => name === 'citation_author')
        .map(({ content }) => content),
    ).toEqual(['Ann Critic', 'Bo Writer']);
  });

  it('gives each citation its style and form, in the order the page shows them', () => {
    const kinds = (citations: readonly { style: string; form: string; label: string }[]) =>
      citations.map(({ style, form, label }) => [style, form, label]);
    expect(kinds(citeEssay(revised, essayItem(revised, urlOf(revised.id))))).toEqual([
      ['chicago', 'note', 'Chicago note'],
      ['chicago', 'bibliography', 'Chicago bibliography'],
      ['mla', 'bibliography', 'MLA'],
      ['apa', 'bibliography', 'APA'],
    ]);
    expect(kinds(citeParagraph(revised, essayItem(revised, urlOf(revised.id))))).toEqual([
      ['chicago', 'note', 'Chicago note'],
      ['mla', 'in-text', 'MLA in text'],
      ['apa', 'in-text', 'APA in text'],
    ]);
  });

  it.each([
    { origin: 'An online journal of film', phrase: 'an online journal of film' },
    { origin: 'The Film Quarterly', phrase: 'the Film Quarterly' },
    { origin: 'Cinema Scope, The Film Magazine', phrase: 'Cinema Scope, The Film Magazine' },
    { origin: 'Another Journal', phrase: 'Another Journal' },
  ])('writes “Originally published in” $origin as “…in $phrase”', ({ origin, phrase }) => {
    const essay: CitableEssay = { ...revised, updated: undefined, origin };
    const [note] = citeEssay(essay, essayItem(essay, urlOf(essay.id)));
    expect(runsText(note!.runs)).toMatch(new RegExp(` Originally published in ${phrase}\\.$`));
  });

  it('makes the essay a post on the site, with its authors only when it has some', () => {
    expect(essayItem(revised, urlOf(revised.id))).toEqual({
      id: 'second-fixture',
      type: 'post-weblog',
      title: 'Second Fixture',
      author: [{ family: 'Writer', given: 'Sam' }],
      'container-title': 'Long Take',
      issued: { 'date-parts': [[2024, 2, 20]] },
      URL: 'https://example.com/essays/second-fixture/',
      language: 'en',
    });
    expect(essayItem(republished, urlOf(republished.id))).not.toHaveProperty('author');
  });

  it('dates the citation_* tags as Scholar asks: year, month and day, or the year alone', () => {
    const dateOf = (essay: CitableEssay) =>
      citationMeta(essay, urlOf(essay.id)).find(({ name }) => name === 'citation_publication_date')?.content;
    expect(dateOf(revised)).toBe('2024/2/20');
    expect(dateOf(republished)).toBe('2025');
    expect(dateOf({ ...revised, published: date('2024-02') })).toBe('2024');
  });

  it('cites a paragraph of an essay revised in a later year than it first appeared with both years in APA’s text', () => {
    const later: CitableEssay = { ...revised, published: date('2023-11-02') };
    const apa = citeParagraph(later, essayItem(later, urlOf(later.id))).find(({ label }) => label === 'APA in text')!;
    expect(apa.runs.map((run) => (run.slot === 'paragraph' ? '3' : run.text)).join('')).toBe('(Writer, 2023/2024, para. 3)');
  });

  it('cites a paragraph of an essay that appeared nowhere else, with no run left empty but the slot', () => {
    const citations = citeParagraph(titled, essayItem(titled, urlOf(titled.id)), LAUNCH_NAMES);
    const filled = citations.map(({ label, runs }) => [label, runs.map((run) => (run.slot === 'paragraph' ? '2' : run.text)).join('')]);
    // Without an author, MLA and APA cite by the title, which their styles write (MLA 9 6.7, APA 7 8.14).
    expect(Object.fromEntries(filled)).toEqual({
      'Chicago note':
        '“Between Control and Losing It: Anora and the Cost of the Dream,” Long Take, 2025, para. 2, https://example.com/essays/between-control-and-losing-it/.',
      'MLA in text': expect.stringMatching(/^\(“Between Control and Losing It.*,” par\. 2\)$/),
      'APA in text': expect.stringMatching(/^\(“Between Control and Losing It.*,” 2025, para\. 2\)$/),
    });
    const empty = citations.flatMap(({ runs }) => runs.filter((run) => run.text === ''));
    expect(empty).toEqual([
      { text: '', slot: 'paragraph' },
      { text: '', slot: 'paragraph' },
      { text: '', slot: 'paragraph' },
    ]);
  });

  it('cites a paragraph with its number where each style puts a pinpoint, as a slot the page fills', () => {
    const citations = citeParagraph(revised, essayItem(revised, urlOf(revised.id)));
    // The page writes the number of the paragraph the address points at into each slot.
    const filled = citations.map(({ label, runs }) => [label, runs.map((run) => (run.slot === 'paragraph' ? '12' : run.text)).join('')]);
    expect(citations.map(({ runs }) => runs.filter((run) => run.slot === 'paragraph'))).toEqual([
      [{ text: '', slot: 'paragraph' }],
      [{ text: '', slot: 'paragraph' }],
      [{ text: '', slot: 'paragraph' }],
    ]);
    // The slot is a run of its own between the text around it, which keeps its own runs.
    expect(citations.find(({ label }) => label === 'MLA in text')?.runs).toEqual([
      { text: '(Writer, par. ' },
      { text: '', slot: 'paragraph' },
      { text: ')' },
    ]);
    expect(Object.fromEntries(filled)).toEqual({
      // CMOS 17 14.22: a locator other than a page, after the date and before the URL.
      'Chicago note':
        'Sam Writer, “Second Fixture,” Long Take, February 20, 2024, para. 12, https://example.com/essays/second-fixture/. Last modified March 10, 2024. Originally published in a fixture journal of film writing.',
      // MLA 9 ch. 6: a work with numbered paragraphs, “par.” after a comma.
      'MLA in text': '(Writer, par. 12)',
      // APA 7 8.28: a work without page numbers, the paragraph as “para.”.
      'APA in text': '(Writer, 2024, para. 12)',
    });
  });
});

/** As the launch essay Between Control and Losing It is: a film's title inside its title, undated but for the year. */
const titled: CitableEssay = {
  id: 'between-control-and-losing-it',
  title: 'Between Control and Losing It: Anora and the Cost of the Dream',
  titleMarkup: 'Between Control and Losing It: *Anora* and the Cost of the Dream',
  authors: [],
  published: date('2025'),
};
/** The proper nouns the launch site knows: its films' titles and directors, its sources' people. */
const LAUNCH_NAMES = [
  'Anora',
  'Sean Baker',
  'Pretty Woman',
  'Garry Marshall',
  'Vincent Perella',
  'Alex Ritman',
  'Ellise Shafer',
  'Mikey Madison',
];
const italics = (runs: readonly Run[]) => runs.filter((run) => run.italic).map((run) => run.text);

describe('a title with a title in it', () => {
  it('italicises the film’s title in every style, and writes the rest as each style does', () => {
    const citations = citeEssay(titled, essayItem(titled, urlOf(titled.id)), LAUNCH_NAMES);
    const byLabel = Object.fromEntries(citations.map(({ label, runs }) => [label, runs]));
    expect(Object.fromEntries(citations.map(({ label, runs }) => [label, runsText(runs)]))).toEqual({
      // CMOS 17 14.94: a title within a quoted title keeps its italics; headline case as given (8.159).
      'Chicago note':
        '“Between Control and Losing It: Anora and the Cost of the Dream,” Long Take, 2025, https://example.com/essays/between-control-and-losing-it/.',
      'Chicago bibliography':
        '“Between Control and Losing It: Anora and the Cost of the Dream.” Long Take, 2025. https://example.com/essays/between-control-and-losing-it/.',
      // MLA Handbook 9th ed. (titles within titles): a title within a quoted title keeps its italics; title case.
      MLA: '“Between Control and Losing It: Anora and the Cost of the Dream.” Long Take, 2025, https://example.com/essays/between-control-and-losing-it/.',
      // APA 7 6.17: sentence case, the first word after a colon capitalised, proper nouns kept.
      APA: 'Between control and losing it: Anora and the cost of the dream. (2025). Long Take. https://example.com/essays/between-control-and-losing-it/',
    });
    for (const label of ['Chicago note', 'Chicago bibliography', 'MLA', 'APA']) expect(italics(byLabel[label]!), label).toContain('Anora');
  });

  it('keeps the plain title, without its markup, for the exports', () => {
    expect(essayItem(titled, urlOf(titled.id)).title).toBe('Between Control and Losing It: Anora and the Cost of the Dream');
    expect(runsFromHtml(cslTitle(titled.titleMarkup!))).toEqual([
      { text: 'Between Control and Losing It: ' },
      { text: 'Anora', italic: true },
      { text: ' and the Cost of the Dream' },
    ]);
  });
});

describe('APA’s sentence case (APA 7 6.17), proper nouns kept', () => {
  it.each([
    {
      title: 'Sean Baker Didn’t Pick Up on the Similarities Between ‘Anora’ and ‘Pretty Woman’ Until Halfway Through Production',
      expected: 'Sean Baker didn’t pick up on the similarities between ‘Anora’ and ‘Pretty Woman’ until halfway through production',
    },
    {
      // The first word after an em dash is capitalised, as after a colon.
      title:
        "Sean Baker Makes Movies About Sex Workers in Hopes of ‘Helping Remove the Stigma’ — and He’s ‘Already Talking About the Next One'",
      expected:
        'Sean Baker makes movies about sex workers in hopes of ‘helping remove the stigma’ — And he’s ‘already talking about the next one’',
    },
    {
      title: 'Between Control and Losing It: *Anora* and the Cost of the Dream',
      expected: 'Between control and losing it: Anora and the cost of the dream',
    },
    { title: 'Does Anora Offer a New Form of Storytelling?', expected: 'Does Anora offer a new form of storytelling?' },
    // Capitals of a word's own (a name written so, an acronym) are kept; a word that merely contains a name is not a name.
    { title: 'Why IndieWire Loved the DVD Extras', expected: 'Why IndieWire loved the DVD extras' },
    { title: 'Wearing Anoraks to See Anora', expected: 'Wearing anoraks to see Anora' },
  ])('writes “$title” as “$expected”', ({ title, expected }) => {
    expect(runsText(runsFromHtml(apaTitle(title, LAUNCH_NAMES)))).toBe(expected);
  });

  it('marks what it keeps, so that a style that changes case leaves it alone', () => {
    expect(apaTitle('A Night With *Anora* and Sean Baker', LAUNCH_NAMES)).toBe(
      'A night with <span class="nocase"><i>Anora</i></span> and <span class="nocase">Sean Baker</span>',
    );
  });
});
