import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontmatter, readYaml } from '../../src/server/content/yaml';
import { cslLocator, cslName, typographicQuotes, type CslItem } from '../../src/server/citations/csl';
import { formatNote, stats } from '../../src/server/citations/engine';
import { runsFromHtml } from '../../src/server/citations/runs';
import { citationText, formatCitation } from '../../src/server/citations/format';
import { sharedSourceSchema, sourceSchema, type Source } from '../../src/server/schemas/source';

const TODAY = new Date('2025-06-01T00:00:00Z');

/** A source as an essay lists it: written out, or the id of a shared source in the content folder's sources/. */
function parseSource(input: unknown, contentDir: string): Source {
  if (typeof input !== 'string') return sourceSchema(TODAY).parse(input);
  const yaml = readFileSync(`${contentDir}/sources/${input}.yaml`, 'utf8');
  return { id: input, ...sharedSourceSchema(TODAY).parse(readYaml(yaml)) };
}

/** Every source of the launch essays and the fixture essays, parsed as the build parses them. */
const essaySources = new Map<string, Source>(
  [
    ['content', 'a-stripping-vision'],
    ['content', 'between-control-and-losing-it'],
    ['tests/fixtures/content', 'notes-fixture'],
    ['tests/fixtures/content', 'second-fixture'],
  ]
    .flatMap(([dir, id]) =>
      ((readFrontmatter(readFileSync(`${dir}/essays/${id}.mdx`, 'utf8')).sources as unknown[]) ?? []).map((input) =>
        parseSource(input, dir!),
      ),
    )
    .map((source) => [source.id, source]),
);

const source = (input: Record<string, unknown>) => sourceSchema(TODAY).parse({ id: 'fixture', ...input });
const note = (input: Source, pinpoint?: string) => citationText(formatCitation(input, 'note', { pinpoint }));
const bibliography = (input: Source) => citationText(formatCitation(input, 'bibliography'));

describe.each([
  {
    id: 'variety-2024',
    // The comma and the full stop go inside both closing quotation marks, single and double (CMOS 17
    // 6.9); the title's straight closing mark is read as ’ (src/server/citations/csl.ts,
    // typographicQuotes). The access date is the house's (CMOS 17 14.12, decision 0037); the
    // archive date is not printed without the archived copy's address.
    note: 'Alex Ritman and Ellise Shafer, “Sean Baker Makes Movies About Sex Workers in Hopes of ‘Helping Remove the Stigma’ — and He’s ‘Already Talking About the Next One,’” Variety, May 22, 2024, para. 4, accessed April 3, 2025.',
    pinpoint: 'para. 4',
    bibliography:
      'Ritman, Alex, and Ellise Shafer. “Sean Baker Makes Movies About Sex Workers in Hopes of ‘Helping Remove the Stigma’ — and He’s ‘Already Talking About the Next One.’” Variety, May 22, 2024. Accessed April 3, 2025.',
  },
  {
    id: 'filmmaker-2024',
    // A magazine, cited by date though it numbers volumes (CMOS 17 14.171).
    note: 'Scott Macaulay, “Swept Off Her Feet,” Filmmaker, 2024, 68, accessed April 3, 2025.',
    pinpoint: '68',
    bibliography: 'Macaulay, Scott. “Swept Off Her Feet.” Filmmaker, 2024. Accessed April 3, 2025.',
  },
  {
    id: 'indiewire-2024',
    // A magazine article online, by date (CMOS 17 14.171); its access date, the URL lost (CMOS 17 14.12, decision 0037).
    note: 'Vincent Perella, “Sean Baker Didn’t Pick Up on the Similarities Between ‘Anora’ and ‘Pretty Woman’ Until Halfway Through Production,” IndieWire, September 8, 2024, accessed April 3, 2025.',
    pinpoint: undefined,
    bibliography:
      'Perella, Vincent. “Sean Baker Didn’t Pick Up on the Similarities Between ‘Anora’ and ‘Pretty Woman’ Until Halfway Through Production.” IndieWire, September 8, 2024. Accessed April 3, 2025.',
  },
  {
    id: 'wikipedia-werhun',
    note: '“Andrea Werhun,” Wikipedia.',
    pinpoint: undefined,
    bibliography: 'Wikipedia. “Andrea Werhun.”',
  },
  {
    id: 'werhun-modern-whore',
    note: 'Andrea Werhun, Modern Whore (2018; expanded edition, Penguin Random House Canada, 2022).',
    pinpoint: undefined,
    bibliography: 'Werhun, Andrea. Modern Whore. 2018. Expanded edition. Penguin Random House Canada, 2022.',
  },
  {
    id: 'adler-inferiority',
    // A description in place of a title: lower case, roman, unquoted, and no "n.d." (decision 0037).
    // The editor's remark annotates the entry, not the note.
    note: 'Alfred Adler, on the feeling of inferiority.',
    pinpoint: undefined,
    bibliography: 'Adler, Alfred. On the feeling of inferiority. The essay draws on Adler’s idea without naming one of his works.',
  },
  {
    id: 'dowling-cinderella-complex',
    note: 'Colette Dowling, The Cinderella Complex (1981).',
    pinpoint: undefined,
    bibliography: 'Dowling, Colette. The Cinderella Complex. 1981.',
  },
  {
    id: 'madison-interviews',
    // An unpublished interview, under the person interviewed (CMOS 17 14.211); listed, though Chicago lists none, since the site's source lists show every source.
    note: 'Mikey Madison, interviews on preparing the role of Ani.',
    pinpoint: undefined,
    bibliography: 'Madison, Mikey. Interviews on preparing the role of Ani. Quoted and paraphrased in the essay; no interview is named.',
  },
  {
    id: 'baker-interviews',
    note: 'Sean Baker, interviews on the making of Anora.',
    pinpoint: undefined,
    bibliography: 'Baker, Sean. Interviews on the making of Anora. Paraphrased in the essay; no interview is named.',
  },
  {
    id: 'web-source',
    note: 'Sam Writer, “A Page With a Link,” Example Review, May 1, 2023, para. 4, accessed January 2, 2024, https://example.com/review, archived at https://web.archive.org/web/2024/https://example.com/review.',
    pinpoint: 'para. 4',
    bibliography:
      'Writer, Sam. “A Page With a Link.” Example Review, May 1, 2023. Accessed January 2, 2024. https://example.com/review. Archived at https://web.archive.org/web/2024/https://example.com/review.',
  },
  {
    id: 'the-film',
    note: 'Test Pattern, directed by Ada Example, 1999, at 0:02:10.',
    pinpoint: '0:02:10',
    bibliography: 'Example, Ada, dir. Test Pattern. 1999.',
  },
  {
    id: 'pattern-book',
    note: 'Ada Example, Patterns on Screen (Example Press, 2001), 12.',
    pinpoint: '12',
    bibliography: 'Example, Ada. Patterns on Screen. Example Press, 2001.',
  },
])('the launch and fixture source $id', ({ id, note: expectedNote, pinpoint, bibliography: expectedEntry }) => {
  it(`reads as a note${pinpoint ? ` at ${pinpoint}` : ''}`, () => {
    expect(essaySources.get(id), `no source "${id}" in the essays`).toBeDefined();
    expect(note(essaySources.get(id)!, pinpoint)).toBe(expectedNote);
  });

  it('reads as a bibliography entry', () => {
    expect(essaySources.get(id), `no source "${id}" in the essays`).toBeDefined();
    expect(bibliography(essaySources.get(id)!)).toBe(expectedEntry);
  });
});

describe('the house style, one kind of source at a time', () => {
  const anora = source({ kind: 'film', authors: ['Sean Baker'], title: 'Anora', publisher: 'Neon', date: '2024' });
  const book = { kind: 'book', authors: ['Andrea Werhun'], title: 'Modern Whore', publisher: 'Penguin Random House Canada', date: '2022' };
  const filmBodies = source({
    kind: 'chapter',
    authors: ['Linda Williams'],
    title: 'Film Bodies: Gender, Genre, and Excess',
    container: 'Film Genre Reader IV',
    editors: ['Barry Keith Grant'],
    publisher: 'University of Texas Press',
    date: '2012',
    pages: '159–77',
  });
  const neonPage = source({
    kind: 'web',
    title: 'Anora',
    container: 'Neon',
    url: 'https://www.neonrated.com/films/anora',
    archiveUrl: 'https://web.archive.org/web/20250301000000/https://www.neonrated.com/films/anora',
    archived: '2025-03-01',
  });
  const archivedOnly = source({
    kind: 'web',
    title: 'Anora',
    container: 'Neon',
    archiveUrl: 'https://web.archive.org/web/20250301000000/https://www.neonrated.com/films/anora',
  });
  const filmmakerWithPages = source({
    kind: 'article',
    authors: ['Scott Macaulay'],
    title: 'Swept Off Her Feet',
    container: 'Filmmaker',
    volume: 33,
    issue: 1,
    date: '2024',
    pages: '12–19',
  });
  const questionTitle = source({
    kind: 'article',
    title: 'Does Anora Offer a New Form of Storytelling?',
    container: 'Variety',
    date: '2025-03-03',
  });
  const interview = source({ kind: 'interview', authors: ['Mikey Madison'], title: 'Interviews on preparing the role of Ani' });
  const publishedInterview = source({
    kind: 'interview',
    authors: ['Sean Baker'],
    interviewers: ['Scott Macaulay'],
    title: 'Swept Off Her Feet',
    container: 'Filmmaker',
    date: '2024',
  });
  const retrievedOnly = source({
    kind: 'article',
    authors: ['Vincent Perella'],
    title: 'A Retrieved Article',
    container: 'IndieWire',
    date: '2024-09-08',
    accessed: '2025-04-03',
    archived: '2024-09-21',
  });
  const idea = source({ kind: 'other', authors: ['Alfred Adler'], title: 'On the feeling of inferiority' });

  it.each([
    {
      what: 'a film, at a timecode',
      input: anora,
      pinpoint: '1:52:10',
      expected: 'Anora, directed by Sean Baker (Neon, 2024), at 1:52:10.',
    },
    {
      what: 'a book, at a page',
      input: source(book),
      pinpoint: '40',
      expected: 'Andrea Werhun, Modern Whore (Penguin Random House Canada, 2022), 40.',
    },
    {
      what: 'a book, at a labelled page ("p." is dropped)',
      input: source(book),
      pinpoint: 'p. 40',
      expected: 'Andrea Werhun, Modern Whore (Penguin Random House Canada, 2022), 40.',
    },
    {
      what: 'a chapter in an edited book',
      input: filmBodies,
      pinpoint: '161',
      expected:
        'Linda Williams, “Film Bodies: Gender, Genre, and Excess,” in Film Genre Reader IV, ed. Barry Keith Grant (University of Texas Press, 2012), 161.',
    },
    {
      what: 'a web page with an archived copy',
      input: neonPage,
      pinpoint: undefined,
      expected:
        '“Anora,” Neon, https://www.neonrated.com/films/anora, archived March 1, 2025, at https://web.archive.org/web/20250301000000/https://www.neonrated.com/films/anora.',
    },
    {
      what: 'a web page known only by its archived copy',
      input: archivedOnly,
      pinpoint: undefined,
      expected: '“Anora,” Neon, archived at https://web.archive.org/web/20250301000000/https://www.neonrated.com/films/anora.',
    },
    {
      what: 'a journal article, at a page',
      input: filmmakerWithPages,
      pinpoint: '14',
      expected: 'Scott Macaulay, “Swept Off Her Feet,” Filmmaker 33, no. 1 (2024): 14.',
    },
    {
      what: 'a title ending in a question mark',
      input: questionTitle,
      pinpoint: undefined,
      expected: '“Does Anora Offer a New Form of Storytelling?,” Variety, March 3, 2025.',
    },
    {
      what: 'an interview known only by a description',
      input: interview,
      pinpoint: undefined,
      expected: 'Mikey Madison, interviews on preparing the role of Ani.',
    },
    {
      what: 'an undated idea, at a page, without "n.d."',
      input: idea,
      pinpoint: '68',
      expected: 'Alfred Adler, on the feeling of inferiority, 68.',
    },
    {
      // CMOS 17 14.213: a published interview under the person interviewed, "interview by".
      what: 'a published interview, under the person interviewed',
      input: publishedInterview,
      pinpoint: undefined,
      expected: 'Sean Baker, “Swept Off Her Feet,” interview by Scott Macaulay, Filmmaker, 2024.',
    },
    {
      // The house prints an access date without a URL (CMOS 17 14.12), and an archive date only
      // with the archived copy's address (decision 0037).
      what: 'an article whose URL was lost, with its access date and without its archive date',
      input: retrievedOnly,
      pinpoint: undefined,
      expected: 'Vincent Perella, “A Retrieved Article,” IndieWire, September 8, 2024, accessed April 3, 2025.',
    },
    {
      what: 'a source with words after it',
      input: source(book),
      pinpoint: 'quoting the jacket',
      expected: 'Andrea Werhun, Modern Whore (Penguin Random House Canada, 2022), quoting the jacket.',
    },
  ])('writes a note for $what', ({ input, pinpoint, expected }) => {
    expect(note(input, pinpoint)).toBe(expected);
  });

  it.each([
    { what: 'a film, under its director', input: anora, expected: 'Baker, Sean, dir. Anora. Neon, 2024.' },
    {
      // CMOS 17 14.106–8: the chapter's page range after the book's editors.
      what: 'a chapter in an edited book',
      input: filmBodies,
      expected:
        'Williams, Linda. “Film Bodies: Gender, Genre, and Excess.” In Film Genre Reader IV, edited by Barry Keith Grant, 159–77. University of Texas Press, 2012.',
    },
    {
      what: 'a web page with an archived copy, under its site',
      input: neonPage,
      expected:
        'Neon. “Anora.” https://www.neonrated.com/films/anora. Archived March 1, 2025, at https://web.archive.org/web/20250301000000/https://www.neonrated.com/films/anora.',
    },
    {
      what: 'a journal article, with its pages',
      input: filmmakerWithPages,
      expected: 'Macaulay, Scott. “Swept Off Her Feet.” Filmmaker 33, no. 1 (2024): 12–19.',
    },
    {
      what: 'an unsigned magazine article, under the magazine',
      input: questionTitle,
      expected: 'Variety. “Does Anora Offer a New Form of Storytelling?” March 3, 2025.',
    },
    { what: 'an interview Chicago would not list', input: interview, expected: 'Madison, Mikey. Interviews on preparing the role of Ani.' },
    {
      what: 'a published interview, under the person interviewed (CMOS 17 14.213)',
      input: publishedInterview,
      expected: 'Baker, Sean. “Swept Off Her Feet.” Interview by Scott Macaulay. Filmmaker, 2024.',
    },
    {
      what: 'an article whose URL was lost, with its access date and without its archive date',
      input: retrievedOnly,
      expected: 'Perella, Vincent. “A Retrieved Article.” IndieWire, September 8, 2024. Accessed April 3, 2025.',
    },
    {
      // The remark annotates the entry as a sentence of its own; a note leaves it out (decision 0037).
      what: 'a source with a remark',
      input: source({ ...book, note: 'Quoted from the jacket.' }),
      expected: 'Werhun, Andrea. Modern Whore. Penguin Random House Canada, 2022. Quoted from the jacket.',
    },
  ])('writes a bibliography entry for $what', ({ input, expected }) => {
    expect(bibliography(input)).toBe(expected);
  });

  it('links the url and the archived copy, and nothing else', () => {
    const links = formatCitation(neonPage, 'note').filter((run) => run.href);
    expect(links).toEqual([
      { text: 'https://www.neonrated.com/films/anora', href: 'https://www.neonrated.com/films/anora' },
      {
        text: 'https://web.archive.org/web/20250301000000/https://www.neonrated.com/films/anora',
        href: 'https://web.archive.org/web/20250301000000/https://www.neonrated.com/films/anora',
      },
    ]);
  });

  it('prints and links a DOI as its address, as Chicago (CMOS 17 14.8) and APA (7th, 9.35) give it', () => {
    const article = source({
      kind: 'article',
      authors: ['Ann Critic'],
      title: 'A Study',
      container: 'A Film Journal',
      containerType: 'journal',
      volume: 78,
      issue: 2,
      pages: '10–20',
      date: '2024',
      doi: '10.1234/example.2024.78.2.10',
    });
    expect(bibliography(article)).toBe(
      'Critic, Ann. “A Study.” A Film Journal 78, no. 2 (2024): 10–20. https://doi.org/10.1234/example.2024.78.2.10.',
    );
    expect(formatCitation(article, 'note').filter((run) => run.href)).toEqual([
      { text: 'https://doi.org/10.1234/example.2024.78.2.10', href: 'https://doi.org/10.1234/example.2024.78.2.10' },
    ]);
  });

  it.each([
    { what: 'a film’s title', input: anora, italic: ['Anora'] },
    { what: 'a book’s title', input: source(book), italic: ['Modern Whore'] },
    { what: 'the book a chapter is in, not the chapter', input: filmBodies, italic: ['Film Genre Reader IV'] },
    { what: 'a periodical’s name, not the article', input: filmmakerWithPages, italic: ['Filmmaker'] },
    { what: 'nothing of a web page', input: neonPage, italic: [] },
  ])('italicises $what', ({ input, italic }) => {
    for (const form of ['note', 'bibliography'] as const) {
      expect(
        formatCitation(input, form)
          .filter((run) => run.italic)
          .map((run) => run.text),
      ).toEqual(italic);
    }
  });

  it('formats a citation once per build: the same work and pinpoint again comes from memory', () => {
    const item: CslItem = { id: 'memo', type: 'book', title: 'A Book Cited Twice', author: [{ family: 'Writer', given: 'Sam' }] };
    const first = formatNote('chicago', item, { locator: '7', label: 'page' });
    const formatted = stats.formatted;
    expect(formatNote('chicago', { ...item, id: 'another-essays-id' }, { locator: '7', label: 'page' })).toBe(first);
    expect(stats.formatted).toBe(formatted);
  });
});

describe('typographicQuotes', () => {
  it.each([
    // The Variety title as received: a straight mark closes the quotation ‘ opened.
    ["He’s ‘Already Talking About the Next One'", 'He’s ‘Already Talking About the Next One’'],
    ["'Anora' and 'Pretty Woman'", '‘Anora’ and ‘Pretty Woman’'],
    ['Baker\'s "Anora"', 'Baker’s “Anora”'],
    ['A — "Quoted" Title', 'A — “Quoted” Title'],
    ["('Nested')", '(‘Nested’)'],
    ['Already ‘curly’ and “curly”', 'Already ‘curly’ and “curly”'],
  ])('writes %j as %j', (input, expected) => {
    expect(typographicQuotes(input)).toBe(expected);
  });

  it('puts the comma and the full stop inside both closing quotation marks (CMOS 17 6.9)', () => {
    const title = "He’s ‘Already Talking About the Next One'";
    const quoted = source({ kind: 'article', title, container: 'Variety', date: '2024-05-22' });
    expect(note(quoted)).toBe('“He’s ‘Already Talking About the Next One,’” Variety, May 22, 2024.');
    expect(bibliography(quoted)).toBe('Variety. “He’s ‘Already Talking About the Next One.’” May 22, 2024.');
  });
});

describe('cslLocator', () => {
  it.each([
    ['68', { label: 'page', locator: '68' }],
    ['12–19', { label: 'page', locator: '12–19' }],
    ['xiv', { label: 'page', locator: 'xiv' }],
    ['p. 12', { label: 'page', locator: '12' }],
    ['para. 4', { label: 'paragraph', locator: '4' }],
    ['chap. 3', { label: 'chapter', locator: '3' }],
    ['n. 9', { label: 'note', locator: '9' }],
    ['1:52:10', { label: 'timestamp', locator: '1:52:10' }],
    ['2:10', { label: 'timestamp', locator: '2:10' }],
    ['quoting the jacket', { suffix: ', quoting the jacket' }],
  ])('reads "%s" as %o', (pinpoint, expected) => {
    expect(cslLocator(pinpoint)).toEqual(expected);
  });
});

describe('cslName', () => {
  it.each([
    ['Alex Ritman', { family: 'Ritman', given: 'Alex' }],
    ['Barry Keith Grant', { family: 'Grant', given: 'Barry Keith' }],
    ['  Scott   Macaulay ', { family: 'Macaulay', given: 'Scott' }],
    ['Madonna', { literal: 'Madonna' }],
    ['Le Guin, Ursula K.', { family: 'Le Guin', given: 'Ursula K.' }],
  ])('reads "%s" as %o', (name, expected) => {
    expect(cslName(name)).toEqual(expected);
  });
});

describe('runsFromHtml', () => {
  it('keeps italics, links and text, and decodes entities', () => {
    expect(runsFromHtml('A &#38; B, <i>Title</i>, <a href="https://example.com/?a=1&#38;b=2">https://example.com/</a>.')).toEqual([
      { text: 'A & B, ' },
      { text: 'Title', italic: true },
      { text: ', ' },
      { text: 'https://example.com/', href: 'https://example.com/?a=1&b=2' },
      { text: '.' },
    ]);
  });

  it('sets a title inside an italic title in roman, as citeproc marks it', () => {
    expect(runsFromHtml('<i>Reading <span style="font-style:normal;">Anora</span> Closely</i>')).toEqual([
      { text: 'Reading ', italic: true },
      { text: 'Anora' },
      { text: ' Closely', italic: true },
    ]);
  });

  it('keeps the text of tags it does not style', () => {
    expect(runsFromHtml('<b>Bold</b> and <sup>2</sup>nd <i>it</i>')).toEqual([{ text: 'Bold and 2nd ' }, { text: 'it', italic: true }]);
  });
});
