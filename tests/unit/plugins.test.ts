import { readdirSync, readFileSync } from 'node:fs';
import { isUnifiedProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { rehypeEssayPlugins, remarkEssayPlugins } from '../../src/server/markdown/plugins';

const FIXTURE = 'content/essays/fixture.mdx';

/** The essay pipeline's own plugins, as astro.config.mjs runs them (Astro types them for its own options). */
const essayRemark = remarkEssayPlugins({ base: '/' }) as PluggableList;
const essayRehype = rehypeEssayPlugins as PluggableList;

const sources = [
  {
    id: 'werhun-modern-whore',
    kind: 'book',
    authors: ['Andrea Werhun'],
    title: 'Modern Whore',
    publisher: 'Penguin Random House Canada',
    date: '2022',
  },
  {
    id: 'neon-anora',
    kind: 'web',
    title: 'Anora',
    container: 'Neon',
    url: 'https://www.neonrated.com/films/anora',
  },
];
const description = 'How Anora portrays sex work as work, with dignity and humour.';

/** Markdown to HTML through the essay plugins, with the frontmatter where Astro puts it. */
async function render(
  markdown: string,
  frontmatter: Record<string, unknown> = { description, sources },
  remarkRehypeOptions: RemarkRehypeOptions = {},
) {
  const file = new VFile({ path: FIXTURE, value: markdown, data: { astro: { frontmatter } } });
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(essayRemark)
    .use(remarkRehype, remarkRehypeOptions)
    .use(essayRehype)
    .use(rehypeStringify);
  return String(await processor.process(file));
}

/** The error the build would stop with. */
async function failure(markdown: string, frontmatter?: Record<string, unknown>): Promise<Error> {
  try {
    await render(markdown, frontmatter);
  } catch (error) {
    return error as Error;
  }
  throw new Error('the essay was accepted');
}

const lines = (...text: string[]) => `${text.join('\n')}\n`;

describe('the essay plugins', () => {
  it.each([
    {
      problem: 'a mark without a note',
      markdown: lines('Anora opens in a club.', '', 'Ani marries Vanya in Las Vegas.[^wedding]'),
      at: `${FIXTURE}:3:`,
      says: 'mark [^wedding] has no note: add a line "[^wedding]: …" at the end of the essay',
    },
    {
      problem: 'a note never cited',
      markdown: lines('Anora opens in a club.', '', '[^wedding]: They marry in Las Vegas.'),
      at: `${FIXTURE}:3:`,
      says: 'note [^wedding] is never cited: add its mark [^wedding] in the text, or delete the note',
    },
    {
      problem: 'a note defined twice',
      markdown: lines('Ani marries Vanya.[^wedding]', '', '[^wedding]: In Las Vegas.', '[^wedding]: At a chapel.'),
      at: `${FIXTURE}:4:`,
      says: 'note [^wedding] is defined twice: give each note its own label',
    },
    {
      problem: 'a note citing a source the essay does not list',
      markdown: lines('Werhun consulted on the film.[^werhun]', '', '[^werhun]: [@werhun-2018]'),
      at: `${FIXTURE}:3:`,
      says: 'note cites [@werhun-2018], which is not in this essay\'s sources: add a source with id "werhun-2018" or correct the id',
    },
    {
      problem: 'a source never cited in an essay with notes',
      markdown: lines('Werhun consulted on the film.[^werhun]', '', '[^werhun]: [@werhun-modern-whore]'),
      at: `${FIXTURE}: `,
      says: 'source "neon-anora" is never cited: cite it in a note as [@neon-anora], or remove it from sources',
    },
  ])('stops the build on $problem, saying where', async ({ markdown, at, says }) => {
    const { message } = await failure(markdown);
    expect(message.slice(0, at.length)).toBe(at);
    expect(message).toContain(says);
  });

  it('gives the line and column of the problem to the error', async () => {
    expect(await failure(lines('Text.', '', '[^orphan]: A note.'))).toMatchObject({ line: 3, column: 1 });
  });

  it('lets an essay without notes list sources it never cites', async () => {
    await expect(render(lines('Anora opens in a club.'))).resolves.toMatch(
      /<p id="p-[0-9a-f]{6}" data-paragraph="1">Anora opens in a club\.<a /,
    );
  });

  it('leaves invalid sources to the content schema', async () => {
    const html = await render(lines('Text.[^a]', '', '[^a]: [@werhun-modern-whore]'), { sources: [{ id: 'Not An Id' }] });
    expect(html).toContain('[@werhun-modern-whore]');
  });

  it('reads a source’s unquoted date, which @astrojs/mdx hands over as a Date, as the day written', async () => {
    const dated = { id: 'variety-2024', kind: 'article', title: 'Sean Baker', container: 'Variety', date: new Date('2024-05-22') };
    const html = await render(lines('Text.[^a]', '', '[^a]: [@variety-2024]'), { sources: [dated] });
    expect(html).toContain('“Sean Baker,” <cite>Variety</cite>, May 22, 2024.');
  });

  it('renders [@id, p. 12] as the source’s citation at page 12, as Chicago writes a page: without “p.”', async () => {
    const html = await render(
      lines(
        'Werhun consulted.[^werhun] Neon released it.[^neon]',
        '',
        '[^werhun]: See [@werhun-modern-whore, p. 12] on the stage name.',
        '[^neon]: [@neon-anora]',
      ),
    );
    expect(html).toContain(
      'See <span class="citation" data-source="werhun-modern-whore">Andrea Werhun, <cite>Modern Whore</cite> (Penguin Random House Canada, 2022), 12.</span> on the stage name.',
    );
  });

  it('links a cited source’s url', async () => {
    const html = await render(
      lines('Werhun consulted.[^werhun] Neon released it.[^neon]', '', '[^werhun]: [@werhun-modern-whore]', '[^neon]: [@neon-anora]'),
    );
    expect(html).toContain(
      '<span class="citation" data-source="neon-anora">“Anora,” Neon, <a href="https://www.neonrated.com/films/anora">https://www.neonrated.com/films/anora</a>.</span>',
    );
  });
});

describe('the essay plugins on MDX', () => {
  async function check(mdx: string, path = FIXTURE) {
    const { frontmatter, content } = parseFrontmatter(mdx, { frontmatter: 'empty-with-spaces' });
    const file = new VFile({ path, value: content, data: { astro: { frontmatter } } });
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(essayRemark);
    return processor.run(processor.parse(file), file);
  }

  it.each(readdirSync('content/essays').filter((name) => name.endsWith('.mdx')))('accepts the notes of content/essays/%s', async (name) => {
    await expect(check(readFileSync(`content/essays/${name}`, 'utf8'), `content/essays/${name}`)).resolves.toBeDefined();
  });

  it('counts a source credited by an element as cited, and gives the element its citation', async () => {
    const tree = await check(
      lines(
        '---',
        `description: ${description}`,
        'sources: [{ id: neon-anora, kind: web, title: Anora, container: Neon }]',
        '---',
        '',
        'Ani marries Vanya.[^wedding]',
        '',
        '<Aside title="Who is Neon?" source="neon-anora">A distributor.</Aside>',
        '',
        '[^wedding]: In Las Vegas.',
      ),
    );
    const credits: unknown[] = [];
    visit(tree, (node) => {
      const attributes = (node as { attributes?: { name: string; value: unknown }[] }).attributes ?? [];
      credits.push(...attributes.filter((attribute) => attribute.name === 'credit').map((attribute) => attribute.value));
    });
    expect(credits).toEqual(['“Anora,” Neon.']);
  });

  it('gives asides ids from their titles that no heading, note or other aside has', async () => {
    const file = new VFile({
      path: FIXTURE,
      value: lines(
        'Ani dances.[^1]',
        '',
        '## Aside: Who is Ani?',
        '',
        '<Aside title="Who is Ani?">One.</Aside>',
        '',
        '<Aside title="Who is Ani?">Two.</Aside>',
        '',
        '<Aside title="Кто такая Аня?">Three.</Aside>',
        '',
        '[^1]: A note.',
      ),
      data: { astro: { frontmatter: { description, sources: [] } } },
    });
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGfm)
      .use(essayRemark)
      .use(remarkRehype, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] })
      .use(rehypeSlug)
      .use(essayRehype);
    const tree = await processor.run(processor.parse(file), file);
    const asideIds: unknown[] = [];
    visit(tree, (node) => {
      if ((node as { name?: string }).name !== 'Aside') return;
      const attributes = (node as { attributes: { name: string; value: unknown }[] }).attributes;
      asideIds.push(attributes.find((attribute) => attribute.name === 'id')?.value);
    });
    expect(asideIds).toEqual(['aside-who-is-ani-1', 'aside-who-is-ani-2', 'aside-кто-такая-аня']);
  });

  it('stops the build on an element crediting a source the essay does not list', async () => {
    await expect(
      check(lines('---', `description: ${description}`, 'sources: []', '---', '', '<Aside source="nobody">Text.</Aside>')),
    ).rejects.toThrow(`source="nobody" is not in this essay's sources`);
  });
});

describe('spoiler scopes and film mentions', () => {
  /** An essay about Anora that also discusses Pretty Woman, with `body` as its text. */
  const essay = (...body: string[]) =>
    lines(
      '---',
      `description: ${description}`,
      'subject: anora',
      'films: [{ id: anora, spoilers: none }, { id: pretty-woman, spoilers: none }]',
      '---',
      '',
      ...body,
    );

  async function compile(mdx: string) {
    const { frontmatter, content } = parseFrontmatter(mdx, { frontmatter: 'empty-with-spaces' });
    const file = new VFile({ path: FIXTURE, value: content, data: { astro: { frontmatter } } });
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(essayRemark);
    const tree = await processor.run(processor.parse(file), file);
    return { tree, file, frontmatter };
  }

  /** The attributes the build gave each <Spoiler>, by name. */
  function spoilerAttributes(tree: Awaited<ReturnType<typeof compile>>['tree']) {
    const found: Record<string, unknown>[] = [];
    visit(tree, (node) => {
      const element = node as { name?: string; attributes?: { name: string; value: unknown }[] };
      if (element.name === 'Spoiler')
        found.push(Object.fromEntries((element.attributes ?? []).map((attribute) => [attribute.name, attribute.value])));
    });
    return found;
  }

  it('gives a <Spoiler> the essay’s subject and major by default, and the film’s title', async () => {
    const { tree, frontmatter } = await compile(essay('Ani <Spoiler>leaves</Spoiler>.'));
    expect(spoilerAttributes(tree)).toEqual([{ film: 'anora', level: 'major', filmTitle: 'Anora' }]);
    expect(frontmatter.spoilerScopes).toEqual(['anora:major']);
  });

  it('keeps a <Spoiler>’s own film and level, and scopes the notes inside it', async () => {
    const { tree, file, frontmatter } = await compile(
      essay('Vivian <Spoiler film="pretty-woman" level="mild">stays.[^stays]</Spoiler>', '', '[^stays]: With Edward.'),
    );
    expect(spoilerAttributes(tree)).toEqual([{ film: 'pretty-woman', level: 'mild', filmTitle: 'Pretty Woman' }]);
    expect((file.data as { spoilerNotes: unknown }).spoilerNotes).toEqual({ 'spoiler-note-1': [{ film: 'pretty-woman', level: 'mild' }] });
    expect(frontmatter.spoilerScopes).toEqual(['pretty-woman:mild']);
  });

  it.each([
    {
      problem: 'a <Spoiler> for a film the essay does not list',
      body: 'Ani <Spoiler film="hustlers">steals</Spoiler>.',
      says: '<Spoiler film="hustlers">: "hustlers" is not among this essay\'s films: add it to films, with its spoilers',
    },
    {
      problem: 'a <Spoiler> with a typo in its film',
      body: 'Ani <Spoiler film="pretty-womann">stays</Spoiler>.',
      says: '"pretty-womann" is not among this essay\'s films (did you mean "pretty-woman"?)',
    },
    {
      problem: 'a <Spoiler> at level none',
      body: 'Ani <Spoiler level="none">leaves</Spoiler>.',
      says: "a spoiler's level is mild or major",
    },
    {
      problem: 'a mention of a film the essay does not list',
      body: 'As in [Hustlers](film:hustlers).',
      says: '[…](film:hustlers): "hustlers" is not among this essay\'s films: add it to films, with its spoilers',
    },
    {
      problem: 'a mention of a film that does not exist',
      body: 'As in [Pretty Woman](film:pretty-womn).',
      says: '[…](film:pretty-womn): "pretty-womn" is not a film in content/films (did you mean "pretty-woman"?)',
    },
  ])('stops the build on $problem, saying where', async ({ body, says }) => {
    await expect(compile(essay(body))).rejects.toThrow(`${FIXTURE}:7:`);
    await expect(compile(essay(body))).rejects.toThrow(says);
  });

  /** The essay, citing Pretty Woman as a film whose scenes from 1:30:00 on are spoilers; `film` says which film it is. */
  const citingTheFilm = (film: string, ...body: string[]) =>
    essay(...body).replace(
      '---\n\n',
      `sources: [{ id: pw, kind: film, title: Pretty Woman, date: "1990", spoilersFrom: "1:30:00", film: ${film} }]\n---\n\n`,
    );

  /** The essay through every plugin and the site's remark-rehype options, to the tree MDX compiles. */
  async function compileAll(mdx: string) {
    const { frontmatter, content } = parseFrontmatter(mdx, { frontmatter: 'empty-with-spaces' });
    const file = new VFile({ path: FIXTURE, value: content, data: { astro: { frontmatter } } });
    const options = config.markdown?.processor;
    if (!options || !isUnifiedProcessor(options)) throw new Error('markdown.processor is not unified');
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGfm)
      .use(essayRemark)
      .use(remarkRehype, {
        ...(options.options.remarkRehype as RemarkRehypeOptions),
        passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression'],
      })
      .use(essayRehype);
    return { tree: (await processor.run(processor.parse(file), file)) as Root, file };
  }

  /** The essay's notes section as the page gets it. */
  async function notesSection(mdx: string): Promise<string> {
    const sections: Element[] = [];
    visit((await compileAll(mdx)).tree, 'element', (node: Element) => {
      if (node.tagName === 'section') sections.push(node);
    });
    expect(sections).toHaveLength(1);
    return toHtml(sections[0]!);
  }

  it('shapes each note for readers: its text in a body, its back links after it, a withheld note saying what it waits for', async () => {
    const html = await notesSection(
      citingTheFilm(
        'pretty-woman',
        'Ani marries Vanya.[^wedding] Twice.[^wedding] Vivian stays.[^end]',
        '',
        '[^wedding]: In Las Vegas, as in [@pw, 0:10:00]',
        '',
        '[^end]: [@pw, 1:50:00]',
      ),
    );
    const scene = (at: string) =>
      `<span class="citation" data-source="pw"><span class="scene-citation"><cite>Pretty Woman</cite>, 1990, at <span class="timecode">${at}</span>.</span></span>`;
    const back = (note: number, mark?: number) =>
      `aria-label="Back to the text of note ${note}${mark ? `, mark ${mark}` : ''}" class="data-footnote-backref">↩${mark ? `<sup>${mark}</sup>` : ''}</a>`;
    expect(html).toBe(
      [
        '<section data-footnotes class="footnotes"><h2 class="notes-heading" id="footnote-label">Notes</h2>',
        '<ol>',
        '<li id="user-content-fn-wedding">' +
          `<div class="note-body" id="note-wedding"><p>In Las Vegas, as in ${scene('0:10:00')}</p></div>` +
          '<p class="note-backrefs">' +
          `<a href="#user-content-fnref-wedding" data-footnote-backref="" ${back(1)} ` +
          `<a href="#user-content-fnref-wedding-2" data-footnote-backref="" ${back(1, 2)}` +
          '</p></li>',
        '<li id="user-content-fn-spoiler-note-1">' +
          '<div class="note-body" id="note-spoiler-note-1" data-spoiler-scope="pretty-woman:major" data-pagefind-ignore="all">' +
          `<p>${scene('1:50:00')}</p></div>` +
          '<p class="note-withheld" id="note-spoiler-note-1-withheld" data-spoiler-ask="pretty-woman:major" data-pagefind-ignore="">' +
          'Spoiler: shown once you accept major spoilers for <cite>Pretty Woman</cite>.</p>' +
          `<p class="note-backrefs"><a href="#user-content-fnref-spoiler-note-1" data-footnote-backref="" ${back(2)}</p></li>`,
        '</ol>',
        '</section>',
      ].join('\n'),
    );
  });

  it('records every place that cites a source for the bibliography: each note at its first mark, then each aside', async () => {
    const { file } = await compileAll(
      citingTheFilm(
        'pretty-woman',
        'Ani marries Vanya.[^wedding] Vivian stays.[^both] Again.[^wedding]',
        '',
        '<Aside title="Who is Edward?" source="pw">A client.</Aside>',
        '',
        '<Spoiler film="anora" block>',
        '',
        '<Aside title="Who leaves?" source="pw">Ani.</Aside>',
        '',
        '</Spoiler>',
        '',
        '[^wedding]: As in [@pw, 0:10:00]',
        '',
        '[^both]: [@pw, 0:20:00] and again [@pw, 0:30:00]',
      ),
    );
    const { frontmatter } = (file.data as { astro: { frontmatter: { citations: unknown } } }).astro;
    expect(frontmatter.citations).toEqual([
      { source: 'pw', anchor: 'user-content-fnref-wedding', note: 1 },
      { source: 'pw', anchor: 'user-content-fnref-both', note: 2 },
      { source: 'pw', anchor: 'aside-who-is-edward', aside: 'Who is Edward?' },
      { source: 'pw', anchor: 'aside-who-leaves', aside: 'Who leaves?', scopes: 'anora:major' },
    ]);
  });

  it('gives a block aside and an untitled aside their ids, after the ids authors gave their own', async () => {
    const { tree } = await compileAll(
      essay(
        '<Aside title="Who is Ani?" id="aside-who-is-ani">One.</Aside>',
        '',
        '<Aside title="Who is Ani?">',
        '',
        'Two.',
        '',
        '</Aside>',
        '',
        '<Aside>Three.</Aside>',
      ),
    );
    const ids: unknown[] = [];
    visit(tree, (node) => {
      const element = node as { type: string; name?: string; attributes?: { name: string; value: unknown }[] };
      if (element.name === 'Aside') ids.push([element.type, element.attributes?.find((attribute) => attribute.name === 'id')?.value]);
    });
    expect(ids).toEqual([
      ['mdxJsxTextElement', 'aside-who-is-ani'],
      ['mdxJsxFlowElement', 'aside-who-is-ani-1'],
      ['mdxJsxTextElement', 'aside'],
    ]);
  });

  it('names every scope a withheld note waits for, in words', async () => {
    const html = await notesSection(
      citingTheFilm('pretty-woman', '<Spoiler film="anora" level="mild">Ani leaves.[^end]</Spoiler>', '', '[^end]: [@pw, 1:50:00]'),
    );
    expect(html).toContain(
      '>Spoiler: shown once you accept mild spoilers for <cite>Anora</cite> and major spoilers for <cite>Pretty Woman</cite>.</p>',
    );
  });

  it('scopes a note citing a late scene of a film the essay discusses to that film, not to the subject', async () => {
    const { file, frontmatter } = await compile(citingTheFilm('pretty-woman', 'Vivian stays.[^end]', '', '[^end]: [@pw, 1:50:00]'));
    expect((file.data as { spoilerNotes: unknown }).spoilerNotes).toEqual({ 'spoiler-note-1': [{ film: 'pretty-woman', level: 'major' }] });
    expect(frontmatter.spoilerScopes).toEqual(['pretty-woman:major']);
  });

  it('scopes a note citing a late scene of a film release as it does a film', async () => {
    const release = `sources: [{ id: pw, kind: film-release, title: Pretty Woman, publisher: Touchstone, date: "2015", format: Blu-ray, spoilersFrom: "1:30:00", film: pretty-woman }]\n---\n\n`;
    const mdx = essay('Vivian stays.[^end]', '', '[^end]: [@pw, 1:50:00]').replace('---\n\n', release);
    const { file } = await compile(mdx);
    expect((file.data as { spoilerNotes: unknown }).spoilerNotes).toEqual({ 'spoiler-note-1': [{ film: 'pretty-woman', level: 'major' }] });
  });

  it('stops the build on a film source naming a film the essay does not list', async () => {
    const mdx = citingTheFilm('hustlers', 'Vivian stays.[^end]', '', '[^end]: [@pw, 1:50:00]');
    await expect(compile(mdx)).rejects.toThrow(FIXTURE);
    await expect(compile(mdx)).rejects.toThrow(
      `[@pw]: the source is the film "hustlers", which is not among this essay's films: add it to films, with its spoilers`,
    );
  });

  it('links a mention under the site’s base, written with or without its last slash, and leaves other links alone', async () => {
    for (const base of ['/long-take', '/long-take/']) {
      const html = String(
        await unified()
          .use(remarkParse)
          .use(remarkEssayPlugins({ base }) as PluggableList)
          .use(remarkRehype)
          .use(rehypeStringify)
          .process(
            new VFile({
              path: FIXTURE,
              value: 'As in [Pretty Woman](film:pretty-woman), not [this](https://example.org/film:anora).',
              data: { astro: { frontmatter: { subject: 'anora', films: [{ id: 'anora' }, { id: 'pretty-woman' }] } } },
            }),
          ),
      );
      expect(html).toContain('<a href="/long-take/films/pretty-woman/" class="film-mention"');
      expect(html).toContain('<a href="https://example.org/film:anora">this</a>');
    }
  });

  it('stops the build on a mention of no film at all without guessing, when no listed film is close', async () => {
    await expect(compile(essay('As in [Zardoz](film:zardoz).'))).rejects.toThrow(/"zardoz" is not a film in content\/films$/);
  });

  it('turns a mention into a link to the film’s page, described by its preview', async () => {
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkGfm)
        .use(essayRemark)
        .use(remarkRehype)
        .use(rehypeStringify)
        .process(
          new VFile({
            path: FIXTURE,
            value: 'As in [Pretty Woman](film:pretty-woman), and not in Scream.',
            data: { astro: { frontmatter: { subject: 'anora', films: [{ id: 'anora' }, { id: 'pretty-woman' }] } } },
          }),
        ),
    );
    expect(html).toBe(
      '<p>As in <a href="/films/pretty-woman/" class="film-mention" data-film="pretty-woman" aria-describedby="film-preview-pretty-woman">Pretty Woman</a>, and not in Scream.</p>',
    );
  });
});

describe('rehype-note-marks', () => {
  const markdown = lines(
    'Werhun consulted.[^werhun] Neon released it.[^neon]',
    '',
    '[^werhun]: [@werhun-modern-whore]',
    '[^neon]: [@neon-anora]',
  );

  /** The attributes of the mark that points at note `id`. */
  function markOf(html: string, id: string) {
    const mark = new RegExp(`<a href="#user-content-fn-${id}"[^>]*>`).exec(html)?.[0];
    if (!mark) throw new Error(`no mark for note ${id} in ${html}`);
    return mark;
  }

  it.each([
    { number: 1, id: 'werhun' },
    { number: 2, id: 'neon' },
  ])('names mark $number "Note $number" and tags it as a note mark', async ({ number, id }) => {
    const mark = markOf(await render(markdown), id);
    expect(mark).toContain(`aria-label="Note ${number}"`);
    expect(mark).toContain('class="note-mark"');
  });

  it('describes each mark by its own note, not by the notes heading', async () => {
    const html = await render(markdown);
    const withoutPlugin = String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).process(markdown));
    expect(markOf(withoutPlugin, 'werhun')).toContain('aria-describedby="footnote-label"');
    expect(markOf(html, 'werhun')).toContain('aria-describedby="note-werhun"');
    expect(html).toMatch(/id="note-werhun"[^>]*>\s*<p><span class="citation" data-source="werhun-modern-whore">/);
  });
});

describe('astro.config.mjs', () => {
  const processor = config.markdown?.processor;

  function unifiedOptions() {
    if (!processor || !isUnifiedProcessor(processor)) {
      throw new Error(`markdown.processor is ${processor?.name ?? 'not set'}, not unified: no remark or rehype plugin would run`);
    }
    return processor.options;
  }

  it('renders Markdown with the unified processor, which runs remark and rehype plugins', () => {
    expect(processor?.name).toBe('unified');
  });

  it.each([
    { name: 'remark-gfm', list: 'remarkPlugins', plugin: remarkGfm },
    ...remarkEssayPlugins({ base: '/' }).map((entry) => {
      const plugin = Array.isArray(entry) ? entry[0] : entry;
      return { name: (plugin as { name: string }).name, list: 'remarkPlugins', plugin } as const;
    }),
    { name: 'rehype-slug', list: 'rehypePlugins', plugin: rehypeSlug },
    ...rehypeEssayPlugins.map((entry) => {
      const plugin = Array.isArray(entry) ? entry[0] : entry;
      return { name: (plugin as { name: string }).name, list: 'rehypePlugins', plugin } as const;
    }),
  ] as const)('runs $name among its $list', ({ list, plugin }) => {
    const plugins = unifiedOptions()[list].map((entry) => (Array.isArray(entry) ? entry[0] : entry));
    expect(plugins).toContain(plugin);
  });

  it('heads the notes "Notes" and names each back link after its note', async () => {
    const html = await render(
      lines('Ani marries Vanya.[^wedding] Twice.[^wedding]', '', '[^wedding]: In Las Vegas.'),
      { description },
      unifiedOptions().remarkRehype as RemarkRehypeOptions,
    );
    expect(html).toContain('>Notes</h2>');
    expect(html).toContain('aria-label="Back to the text of note 1"');
    expect(html).toContain('aria-label="Back to the text of note 1, mark 2"');
  });
});
