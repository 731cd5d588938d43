import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/server/content/loaders';
import { citationText, formatCitation, invertName, joinNames } from '../../src/server/notes/citations';
import { essaySchema } from '../../src/server/schemas/essay';
import { sourceSchema, type Source } from '../../src/server/schemas/source';

const TODAY = new Date('2025-06-01T00:00:00Z');

/** Every source the essays list, parsed as the build parses them. */
const essaySources = new Map<string, Source>(
  readdirSync('content/essays')
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => {
      const frontmatter = readFrontmatter(readFileSync(`content/essays/${name}`, 'utf8'));
      return essaySchema({ filmIds: readdirSync('content/films').map((file) => file.replace(/\.yaml$/, '')) }).parse(frontmatter).sources;
    })
    .map((source) => [source.id, source]),
);

const source = (input: Record<string, unknown>) => sourceSchema(TODAY).parse({ id: 'fixture', ...input });
const note = (input: Source, pinpoint?: string) => citationText(formatCitation(input, 'note', { pinpoint }));
const bibliography = (input: Source) => citationText(formatCitation(input, 'bibliography'));

describe.each([
  {
    id: 'variety-2024',
    note: `Alex Ritman and Ellise Shafer, “Sean Baker Makes Movies About Sex Workers in Hopes of ‘Helping Remove the Stigma’ — and He’s ‘Already Talking About the Next One',” Variety, May 22, 2024, accessed April 3, 2025, archived September 21, 2024.`,
    bibliography: `Ritman, Alex, and Ellise Shafer. “Sean Baker Makes Movies About Sex Workers in Hopes of ‘Helping Remove the Stigma’ — and He’s ‘Already Talking About the Next One'.” Variety, May 22, 2024. Accessed April 3, 2025. Archived September 21, 2024.`,
  },
  {
    id: 'filmmaker-2024',
    note: 'Scott Macaulay, “Swept Off Her Feet,” Filmmaker 33, no. 1 (2024), accessed April 3, 2025.',
    bibliography: 'Macaulay, Scott. “Swept Off Her Feet.” Filmmaker 33, no. 1 (2024). Accessed April 3, 2025.',
  },
  {
    id: 'indiewire-2024',
    note: 'Vincent Perella, “Sean Baker Didn’t Pick Up on the Similarities Between ‘Anora’ and ‘Pretty Woman’ Until Halfway Through Production,” IndieWire, September 8, 2024, accessed April 3, 2025, archived September 21, 2024.',
    bibliography:
      'Perella, Vincent. “Sean Baker Didn’t Pick Up on the Similarities Between ‘Anora’ and ‘Pretty Woman’ Until Halfway Through Production.” IndieWire, September 8, 2024. Accessed April 3, 2025. Archived September 21, 2024.',
  },
  {
    id: 'wikipedia-werhun',
    note: '“Andrea Werhun,” Wikipedia.',
    bibliography: '“Andrea Werhun.” Wikipedia.',
  },
  {
    id: 'werhun-modern-whore',
    note: 'Andrea Werhun, Modern Whore, expanded edition (Penguin Random House Canada, 2022), first published 2018.',
    bibliography: 'Werhun, Andrea. Modern Whore. Expanded edition. Penguin Random House Canada, 2022. First published 2018.',
  },
  {
    id: 'adler-inferiority',
    note: 'Alfred Adler, On the feeling of inferiority. The essay draws on Adler’s idea without naming one of his works.',
    bibliography: 'Adler, Alfred. On the feeling of inferiority. The essay draws on Adler’s idea without naming one of his works.',
  },
  {
    id: 'dowling-cinderella-complex',
    note: 'Colette Dowling, The Cinderella Complex (1981).',
    bibliography: 'Dowling, Colette. The Cinderella Complex. 1981.',
  },
  {
    id: 'madison-interviews',
    note: 'Mikey Madison, Interviews on preparing the role of Ani. Quoted and paraphrased in the essay; no interview is named.',
    bibliography: 'Madison, Mikey. Interviews on preparing the role of Ani. Quoted and paraphrased in the essay; no interview is named.',
  },
  {
    id: 'baker-interviews',
    note: 'Sean Baker, Interviews on the making of Anora. Paraphrased in the essay; no interview is named.',
    bibliography: 'Baker, Sean. Interviews on the making of Anora. Paraphrased in the essay; no interview is named.',
  },
])('the essays’ source $id', ({ id, note: expectedNote, bibliography: expectedEntry }) => {
  it('reads as a note', () => {
    expect(essaySources.get(id), `no source "${id}" in content/essays`).toBeDefined();
    expect(note(essaySources.get(id)!)).toBe(expectedNote);
  });

  it('reads as a bibliography entry', () => {
    expect(essaySources.get(id), `no source "${id}" in content/essays`).toBeDefined();
    expect(bibliography(essaySources.get(id)!)).toBe(expectedEntry);
  });
});

describe('formatCitation', () => {
  it('shows the IndieWire article as accessed April 3, 2025, the corrected year', () => {
    expect(note(essaySources.get('indiewire-2024')!)).toContain('accessed April 3, 2025');
  });

  const anora = source({ kind: 'film', authors: ['Sean Baker'], title: 'Anora', publisher: 'Neon', date: '2024' });
  const book = { kind: 'book', authors: ['Andrea Werhun'], title: 'Modern Whore', publisher: 'Penguin Random House Canada', date: '2022' };
  const modernWhore = source({ ...book, pages: '12–19' });
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

  it.each([
    {
      what: 'a film, with a timecode',
      input: anora,
      pinpoint: '1:52:10',
      expected: 'Anora, directed by Sean Baker (Neon, 2024), 1:52:10.',
    },
    {
      what: 'a book, with its pages',
      input: modernWhore,
      pinpoint: undefined,
      expected: 'Andrea Werhun, Modern Whore (Penguin Random House Canada, 2022), 12–19.',
    },
    {
      what: 'a book, with a page pinpoint',
      input: source(book),
      pinpoint: '40',
      expected: 'Andrea Werhun, Modern Whore (Penguin Random House Canada, 2022), 40.',
    },
    {
      what: 'a chapter in an edited book',
      input: filmBodies,
      pinpoint: undefined,
      expected:
        'Linda Williams, “Film Bodies: Gender, Genre, and Excess,” in Film Genre Reader IV, edited by Barry Keith Grant (University of Texas Press, 2012), 159–77.',
    },
    {
      what: 'a web page with an archived copy',
      input: neonPage,
      pinpoint: undefined,
      expected:
        '“Anora,” Neon, https://www.neonrated.com/films/anora, archived March 1, 2025 at https://web.archive.org/web/20250301000000/https://www.neonrated.com/films/anora.',
    },
    {
      what: 'a periodical, with its pages',
      input: filmmakerWithPages,
      pinpoint: undefined,
      expected: 'Scott Macaulay, “Swept Off Her Feet,” Filmmaker 33, no. 1 (2024): 12–19.',
    },
    {
      what: 'a title ending in a question mark',
      input: questionTitle,
      pinpoint: undefined,
      expected: '“Does Anora Offer a New Form of Storytelling?” Variety, March 3, 2025.',
    },
  ])('writes a note for $what', ({ input, pinpoint, expected }) => {
    expect(note(input, pinpoint)).toBe(expected);
  });

  it.each([
    { what: 'a film', input: anora, expected: 'Anora. Directed by Sean Baker. Neon, 2024.' },
    {
      what: 'a book, with its pages',
      input: modernWhore,
      expected: 'Werhun, Andrea. Modern Whore. Penguin Random House Canada, 2022. 12–19.',
    },
    {
      what: 'a chapter in an edited book',
      input: filmBodies,
      expected:
        'Williams, Linda. “Film Bodies: Gender, Genre, and Excess.” In Film Genre Reader IV. Edited by Barry Keith Grant. University of Texas Press, 2012. 159–77.',
    },
    {
      what: 'a web page with an archived copy',
      input: neonPage,
      expected:
        '“Anora.” Neon. https://www.neonrated.com/films/anora. Archived March 1, 2025 at https://web.archive.org/web/20250301000000/https://www.neonrated.com/films/anora.',
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

  it.each([
    { what: 'a film’s title', input: anora, italic: ['Anora'] },
    { what: 'a book’s title', input: modernWhore, italic: ['Modern Whore'] },
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
});

describe('invertName', () => {
  it.each([
    ['Alex Ritman', 'Ritman, Alex'],
    ['Barry Keith Grant', 'Grant, Barry Keith'],
    ['  Scott   Macaulay ', 'Macaulay, Scott'],
    ['Madonna', 'Madonna'],
    ['Le Guin, Ursula K.', 'Le Guin, Ursula K.'],
  ])('turns "%s" into "%s"', (name, expected) => {
    expect(invertName(name)).toBe(expected);
  });
});

describe('joinNames', () => {
  it.each([
    { names: [], form: 'note', expected: '' },
    { names: ['Scott Macaulay'], form: 'note', expected: 'Scott Macaulay' },
    { names: ['Scott Macaulay'], form: 'bibliography', expected: 'Macaulay, Scott' },
    { names: ['Alex Ritman', 'Ellise Shafer'], form: 'note', expected: 'Alex Ritman and Ellise Shafer' },
    { names: ['Alex Ritman', 'Ellise Shafer'], form: 'bibliography', expected: 'Ritman, Alex, and Ellise Shafer' },
    { names: ['Sean Baker', 'Mikey Madison', 'Yura Borisov'], form: 'note', expected: 'Sean Baker, Mikey Madison, and Yura Borisov' },
    {
      names: ['Sean Baker', 'Mikey Madison', 'Yura Borisov'],
      form: 'bibliography',
      expected: 'Baker, Sean, Mikey Madison, and Yura Borisov',
    },
  ] as const)('joins $names in a $form as "$expected"', ({ names, form, expected }) => {
    expect(joinNames(names, form)).toBe(expected);
  });
});
