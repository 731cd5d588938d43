/**
 * A broken essay stops the build, and the message says which file and which field, in words an
 * editor can act on. Each case builds tests/fixtures/broken-site (the real config, plugins and
 * content schemas with a one-essay site) in its own throw-away copy, with its own essay.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { essayScaffold } from '../../src/server/content/scaffold';
import { astroInFixture, buildFixture, copyFixture, PROJECT_ROOT, type FixtureBuild } from './support';

const ESSAY = 'content/essays/broken.mdx';

/**
 * Builds a copy of the fixture, with `essay` as its essay when given (else the fixture's own), and
 * `files` (paths relative to the fixture, such as shared sources in `content/sources/`) written over it.
 */
async function buildWith(essay?: string, files: Record<string, string> = {}): Promise<FixtureBuild & { html?: string }> {
  const copy = copyFixture('broken-site');
  try {
    if (essay !== undefined) writeFileSync(path.join(copy.root, ESSAY), essay);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(copy.root, file)), { recursive: true });
      writeFileSync(path.join(copy.root, file), text);
    }
    const build = await buildFixture(copy.root);
    const index = path.join(copy.root, 'dist', 'index.html');
    return { ...build, html: existsSync(index) ? readFileSync(index, 'utf8') : undefined };
  } finally {
    copy.remove();
  }
}

const FRONTMATTER = `title: A Broken Essay
description: An essay that breaks one rule, so that the build must stop and say where.
published: "2025-04"
spoilers:
  level: none
  ending: false`;

/** A shared source, for the cases that need one. */
const SHARED = 'content/sources/variety-2024.yaml';
const VARIETY = 'kind: article\ntitle: Sean Baker Makes Movies About Sex Workers\ncontainer: Variety\ndate: 2024-05-22\n';

const OPENING = 'A short paragraph of prose, long enough to be an opening, which the description does not copy.';

interface BrokenCase {
  name: string;
  /** The essay's MDX; the fixture's own essay (a film id with a typo) when left out. */
  essay?: string;
  /** Other files of the fixture to write, by path: shared sources, films. */
  files?: Record<string, string>;
  /** The file the build must name; the essay when left out. */
  file?: string;
  /** What the build's output must say, besides the file's path. */
  expected: string[];
}

/** A mended essay (the fixture's film id spelled right) with `frontmatter` lines added. */
const essayWith = (frontmatter: string) => `---
${FRONTMATTER}
film: anora
${frontmatter}
---

${OPENING}
`;

const FILM = 'content/films/anora.yaml';

const CASES: BrokenCase[] = [
  {
    name: 'a film id with a typo',
    expected: ['film: "anroa" is not a film in content/films (did you mean "anora"?)'],
  },
  {
    name: 'a note mark without its note',
    essay: `---
${FRONTMATTER}
film: anora
---

${OPENING}

A second paragraph, with a mark.[^2]
`,
    // The remark plugin names the line of the paragraph holding the mark.
    expected: [`${ESSAY}:13:1`, 'mark [^2] has no note: add a line "[^2]: …" at the end of the essay'],
  },
  {
    name: 'a source accessed before its own date',
    essay: `---
${FRONTMATTER}
film: anora
sources:
  - id: indiewire-2024
    kind: article
    title: Sean Baker Didn’t Pick Up on the Similarities Between ‘Anora’ and ‘Pretty Woman’
    container: IndieWire
    date: 2024-09-08
    accessed: 2024-04-03
---

${OPENING}[^1]

[^1]: [@indiewire-2024]
`,
    expected: ['sources.0.accessed', "accessed 2024-04-03 is before the source's own date 2024-09-08: check the year"],
  },
  {
    name: 'a note citing a source the essay does not list',
    essay: `---
${FRONTMATTER}
film: anora
sources:
  - id: variety-2024
    kind: article
    title: Sean Baker Makes Movies About Sex Workers
    container: Variety
    date: 2024-05-22
---

${OPENING}[^1]

[^1]: [@varietty-2024]
`,
    expected: [`note cites [@varietty-2024], which is not in this essay's sources`],
  },
  {
    name: 'a films list naming a film that does not exist',
    essay: `---
title: A Broken Essay
description: An essay that breaks one rule, so that the build must stop and say where.
published: "2025-04"
subject: anora
films:
  - { id: anora, spoilers: none }
  - { id: anorra-2, spoilers: mild }
---

${OPENING}
`,
    expected: ['films.1.id', '"anorra-2" is not a film in content/films'],
  },
  {
    name: 'a film mention of a film the essay does not list',
    essay: `---
${FRONTMATTER}
film: anora
---

${OPENING} It recalls [Tangerine](film:tangerine).
`,
    expected: ['[…](film:tangerine): "tangerine" is not a film in content/films'],
  },
  {
    name: 'a shared source id with a typo',
    essay: `---
${FRONTMATTER}
film: anora
sources:
  - varietty-2024
---

${OPENING}[^1]

[^1]: [@variety-2024]
`,
    files: { [SHARED]: VARIETY },
    expected: ['sources.0', '"varietty-2024" is not a shared source in content/sources (did you mean "variety-2024"?)'],
  },
];

/**
 * Dates that do not exist, as editors write them: YAML reads an unquoted date-like value as a
 * timestamp and rolls it over (2024-13-45 became February 14, 2025), so each is tried unquoted and
 * quoted, in every kind of date field.
 */
const IMPOSSIBLE_DATES: BrokenCase[] = ['2024-13-45', '2025-02-30', '"2025-02-30"'].flatMap((date) => {
  const text = date.replaceAll('"', '');
  const message = `"${text}" is not a real date`;
  return [
    {
      name: `an essay published ${date}`,
      essay: `---
${FRONTMATTER.replace('published: "2025-04"', `published: ${date}`)}
film: anora
---

${OPENING}
`,
      expected: ['published', message],
    },
    {
      name: `a source dated ${date}`,
      essay: essayWith(`sources:
  - id: variety-2024
    kind: article
    title: Sean Baker Makes Movies About Sex Workers
    date: ${date}`).replace(OPENING, `${OPENING}[^1]\n\n[^1]: [@variety-2024]`),
      expected: ['sources.0.date', message],
    },
    {
      name: `a film that premiered ${date}`,
      essay: essayWith(''),
      files: {
        [FILM]: `title: Anora
year: 2024
directors: [Sean Baker]
runtime: 139
premiere:
  date: ${date}
  festival: Cannes Film Festival
`,
      },
      file: FILM,
      expected: ['premiere.date', message],
    },
  ];
});

describe('a build with a broken essay', () => {
  it.each([...CASES, ...IMPOSSIBLE_DATES])('stops on $name, naming the file and the field', async ({ essay, files, file, expected }) => {
    const build = await buildWith(essay, files);
    expect(build.code, build.output).not.toBe(0);
    expect(build.output).toContain(file ?? ESSAY);
    for (const words of expected) expect(build.output).toContain(words);
  });

  // The description check once compared with an empty "first paragraph" when the essay opened
  // with an image, and reported that the description copied it.
  it.each([
    { opening: 'an image', body: `![A still from the film: Ani at the bar.](https://example.com/still.jpg)\n\n${OPENING}` },
    { opening: 'a component', body: `<Aside title="Before the film">A note outside the argument.</Aside>\n\n${OPENING}` },
    { opening: 'only a component, without prose', body: '<Aside title="Before the film">A note outside the argument.</Aside>' },
  ])('builds an essay that opens with $opening', async ({ body }) => {
    const build = await buildWith(essayWith('').replace(`${OPENING}\n`, `${body}\n`));
    expect(build.code, build.output).toBe(0);
    expect(build.html).toContain('A Broken Essay');
    expect(build.html).toMatch(/<img src="https:\/\/example\.com\/still\.jpg"|Before the film/);
  });

  describe('with the placeholder description `npm run new` writes', () => {
    const scaffold = essayScaffold({ title: 'A Broken Essay', film: 'anora', published: '2025-04-03' });
    const published = scaffold.replace(/^draft: true\n/m, '');
    const expected = 'description is still the placeholder that `npm run new` wrote';

    it('stops the build of an essay published by deleting its draft line', async () => {
      expect(published).not.toBe(scaffold);
      const build = await buildWith(published);
      expect(build.code, build.output).not.toBe(0);
      expect(build.output).toContain(ESSAY);
      expect(build.output).toContain(expected);
    });

    it('stops `npm run check` on that essay', async () => {
      const copy = copyFixture('broken-site');
      try {
        writeFileSync(path.join(copy.root, ESSAY), published);
        const check = await astroInFixture(copy.root, 'check');
        expect(check.code, check.output).not.toBe(0);
        expect(check.output).toContain(ESSAY);
        expect(check.output).toContain(expected);
      } finally {
        copy.remove();
      }
    });

    it('lets a draft keep it', async () => {
      const build = await buildWith(scaffold);
      expect(build.code, build.output).toBe(0);
    });
  });

  // Without this, a fixture that cannot build at all would pass every case above.
  it('succeeds once the essay is mended', async () => {
    const essay = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'broken-site', ESSAY), 'utf8');
    const mended = essay.replace(/^film: anroa$/m, 'film: anora');
    expect(mended).not.toBe(essay);
    const build = await buildWith(mended);
    expect(build.code, build.output).toBe(0);
    expect(build.html).toContain('A Broken Essay');
  });
});
