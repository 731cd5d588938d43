/**
 * Issue 23: the spoiler scope model of remark-spoiler-scopes on small essays — what it refuses
 * (attributes it cannot read, block content in an inline spoiler, a description repeating scoped
 * text) and what it carries (headings, asides, notes), and search's reading of nested passages.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { FootnoteDefinition, FootnoteReference, Heading } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkEssayPlugins } from '../../src/server/markdown/plugins';
import { readPageText } from '../../src/server/search/page-text';
import { gateOf, literalAttribute, REPEATED_RUN_WORDS, repeatedRun, textOf } from '../../src/server/spoilers/scope-model';

const FIXTURE = 'content/essays/fixture.mdx';
const lines = (...text: string[]) => `${text.join('\n')}\n`;

/** An essay about Anora that also discusses Pretty Woman; `gate` is Anora's level. */
const essay = (body: string[], { description = 'How Anora portrays work, with dignity and humour.', gate = 'none' } = {}) =>
  lines(
    '---',
    `description: ${description}`,
    'subject: anora',
    `films: [{ id: anora, spoilers: ${gate} }, { id: pretty-woman, spoilers: none }]`,
    '---',
    '',
    ...body,
  );

async function compile(mdx: string) {
  const { frontmatter, content } = parseFrontmatter(mdx, { frontmatter: 'empty-with-spaces' });
  const file = new VFile({ path: FIXTURE, value: content, data: { astro: { frontmatter } } });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkEssayPlugins({ base: '/' }) as PluggableList);
  const tree = await processor.run(processor.parse(file), file);
  return { tree, file, frontmatter };
}

/**
 * Each MDX element's attributes by name, in order, for elements named `name`. An attribute written
 * twice fails: the component would receive the last, so an author's own value left beside the
 * plugin's would go unnoticed in an object; so does an attribute that is not an MDX attribute node.
 */
function attributesOf(tree: Awaited<ReturnType<typeof compile>>['tree'], name: string) {
  const found: Record<string, unknown>[] = [];
  visit(tree, (node) => {
    const element = node as { name?: string; attributes?: { type?: string; name: string; value: unknown }[] };
    if (element.name !== name) return;
    const names = (element.attributes ?? []).map((attribute) => attribute.name);
    expect(names, `<${name}> has an attribute twice`).toEqual([...new Set(names)]);
    // Only what MDX can compile: an attribute node of another type (or none) would stop the build.
    for (const attribute of element.attributes ?? [])
      expect(['mdxJsxAttribute', 'mdxJsxExpressionAttribute'], `${name}`).toContain(attribute?.type);
    found.push(Object.fromEntries((element.attributes ?? []).map((attribute) => [attribute.name, attribute.value])));
  });
  return found;
}

describe('the scope model refuses what it cannot scope', () => {
  it('reads film and level written as literal expressions, never defaulting them', async () => {
    const { tree } = await compile(essay(['Vivian <Spoiler film={"pretty-woman"} level={\'mild\'}>stays</Spoiler>.']));
    expect(attributesOf(tree, 'Spoiler')).toEqual([{ film: 'pretty-woman', level: 'mild', filmTitle: 'Pretty Woman' }]);
  });

  it.each([
    {
      problem: 'a film computed by an expression',
      body: ['Vivian <Spoiler film={films[1]}>stays</Spoiler>.'],
      says: '<Spoiler film={films[1]}>: the build cannot work out this expression, so it cannot scope the spoiler; write film as plain text, such as film="…"',
    },
    {
      problem: 'a level in a variable',
      body: ['Vivian <Spoiler level={strength}>stays</Spoiler>.'],
      says: '<Spoiler level={strength}>: the build cannot work out this expression',
    },
    {
      problem: 'attributes spread from an object',
      body: ['Vivian <Spoiler {...props}>stays</Spoiler>.'],
      says: '<Spoiler ...props>: the build cannot read spread attributes',
    },
    {
      problem: 'a heading and paragraphs in a <Spoiler> without block',
      body: ['<Spoiler>', '', '## The end', '', 'Ani leaves.', '', '</Spoiler>'],
      says: '<Spoiler> without block holds a heading: write <Spoiler block>, with blank lines around what it holds',
    },
    {
      problem: 'paragraphs in a <Spoiler> without block',
      body: ['<Spoiler>', '', 'Ani leaves.', '', 'Igor stays.', '', '</Spoiler>'],
      says: '<Spoiler> without block holds a block',
    },
    ...[
      { kind: 'a list', lines: ['- Ani leaves.'] },
      { kind: 'a table', lines: ['| who | goes |', '| --- | --- |', '| Ani | yes |'] },
      { kind: 'a quotation', lines: ['> Ani leaves.'] },
      { kind: 'code', lines: ['```', 'Ani leaves.', '```'] },
      { kind: 'a rule', lines: ['***'] },
      { kind: 'an element on lines of its own', lines: ['<Aside title="Who">', '', 'Ani.', '', '</Aside>'] },
    ].map(({ kind, lines: block }) => ({
      problem: `${kind} in a <Spoiler> without block`,
      body: ['<Spoiler>', '', ...block, '', '</Spoiler>'],
      says: '<Spoiler> without block holds a block (a paragraph, list, table or element on lines of its own)',
    })),
    {
      problem: 'block given by an expression',
      body: ['Vivian <Spoiler block={open}>stays</Spoiler>.'],
      says: '<Spoiler block={open}>: the build cannot work out this expression, so it cannot scope the spoiler; write block as plain text, such as <Spoiler block>',
    },
    {
      problem: 'block given a value',
      body: ['Vivian <Spoiler block="yes">stays</Spoiler>.'],
      says: '<Spoiler block="yes">: write block alone (<Spoiler block>) or leave it out',
    },
    {
      problem: 'a film without a value',
      body: ['Vivian <Spoiler film>stays</Spoiler>.'],
      says: '<Spoiler film>: film needs a value, such as film="anora"',
    },
    {
      problem: 'a level without a value',
      body: ['Vivian <Spoiler level>stays</Spoiler>.'],
      says: '<Spoiler level>: level needs a value, such as level="mild"',
    },
  ])('stops the build on $problem, naming the file, the line and the fix', async ({ body, says }) => {
    await expect(compile(essay(body))).rejects.toThrow(`${FIXTURE}:7:`);
    await expect(compile(essay(body))).rejects.toThrow(says);
  });

  it.each([
    {
      problem: 'repeats a spoiler passage word for word',
      description: 'In the end Ani drives away from Brighton Beach alone, with Igor.',
      body: ['Ani works.', '', '<Spoiler block>', '', 'In the end Ani drives away from Brighton Beach alone.', '', '</Spoiler>'],
      gate: 'none',
    },
    {
      problem: 'repeats a whole inline spoiler',
      description: 'A film where Vivian stays with Edward, and Ani works.',
      body: ['Ani works. <Spoiler film="pretty-woman">Vivian stays with Edward</Spoiler>.'],
      gate: 'none',
    },
    {
      problem: 'repeats a scoped note',
      description: 'Igor keeps the ring in his pocket at the end of the night.',
      body: ['Ani works. <Spoiler>Igor stays.[^ring]</Spoiler>', '', '[^ring]: Igor keeps the ring in his pocket.'],
      gate: 'none',
    },
    {
      problem: 'repeats a run of a gated essay’s text',
      description: 'Ani marries Vanya in Las Vegas on a whim, and then more.',
      body: ['Ani works a night shift.', '', 'Ani marries Vanya in Las Vegas on a whim.'],
      gate: 'mild',
    },
  ])('stops the build on a description that $problem', async ({ description, body, gate }) => {
    await expect(compile(essay(body, { description, gate }))).rejects.toThrow(
      'description repeats spoiler text (', // the run it repeats follows, then the fix
    );
    await expect(compile(essay(body, { description, gate }))).rejects.toThrow('write one spoiler-free sentence of your own');
  });

  it('accepts a description that shares only a few common words with scoped text', () => {
    expect(
      repeatedRun('How Anora portrays work, with dignity and humour.', ['In the end Ani drives away from the work, with Igor.']),
    ).toBeUndefined();
    expect(repeatedRun('In the end, Ani drives away alone.', ['In the end Ani drives away from it.'])).toBe('in the end ani drives away');
  });
});

describe('the scope model carries scopes to what is derived from text', () => {
  it('stops the build on a <Spoiler> in an essay that names no film it is about', async () => {
    const mdx = lines(
      '---',
      'description: How Anora portrays work, with dignity.',
      'films: [{ id: anora, spoilers: none }]',
      '---',
      '',
      'Ani <Spoiler>leaves</Spoiler>.',
    );
    await expect(compile(mdx)).rejects.toThrow(`${FIXTURE}:6:5: <Spoiler> needs a film: the essay names none in subject or film`);
  });

  it('replaces what an author wrote for the film’s title, keeps block, and names a film without a file by its id', async () => {
    const { tree } = await compile(
      lines(
        '---',
        'description: How Anora portrays work, with dignity.',
        'subject: anora',
        'films: [{ id: anora, spoilers: none }, { id: a-lost-film, spoilers: none }]',
        '---',
        '',
        '<Spoiler block filmTitle="Wrong" title="kept" level="major">',
        '',
        'Ani leaves.',
        '',
        '</Spoiler>',
        '',
        'And <Spoiler film="a-lost-film">it ends</Spoiler>.',
      ),
    );
    expect(attributesOf(tree, 'Spoiler')).toEqual([
      { title: 'kept', film: 'anora', level: 'major', filmTitle: 'Anora', block: null },
      { film: 'a-lost-film', level: 'major', filmTitle: 'a-lost-film' },
    ]);
  });

  it('counts a scope once, however many passages and notes carry it', async () => {
    const { file, frontmatter } = await compile(
      essay([
        '<Spoiler block>',
        '',
        'Outer. <Spoiler>Inner.[^a]</Spoiler> <Spoiler film="pretty-woman" level="mild">Other.</Spoiler>',
        '',
        '</Spoiler>',
        '',
        'Again <Spoiler>here.[^a]</Spoiler>',
        '',
        '[^a]: A note.',
      ]),
    );
    expect(frontmatter.spoilerScopes).toEqual(['anora:major', 'pretty-woman:mild']);
    expect((file.data as { spoilerNotes: unknown }).spoilerNotes).toEqual({ 'spoiler-note-1': [{ film: 'anora', level: 'major' }] });
  });

  it('gives an aside outside any scope no scopes, and leaves notes outside passages their labels', async () => {
    const { tree, file, frontmatter } = await compile(
      essay(['<Aside title="Who is Vivian?">', '', 'Text.[^plain]', '', '</Aside>', '', '[^plain]: A note.']),
    );
    expect(attributesOf(tree, 'Aside')).toEqual([{ title: 'Who is Vivian?' }]);
    expect((file.data as { spoilerNotes: unknown }).spoilerNotes).toEqual({});
    expect(frontmatter.spoilerScopes).toEqual([]);
    expect(frontmatter.spoilerHeadings).toEqual({});
    const labels: string[] = [];
    visit(tree, ['footnoteReference', 'footnoteDefinition'], (node) => {
      labels.push((node as FootnoteReference | FootnoteDefinition).label!);
    });
    expect(labels).toEqual(['plain', 'plain']);
  });

  it('keeps an aside’s other attributes beside the title it reads', async () => {
    const { tree } = await compile(essay(['<Aside lang="fr" title={"Qui est Vivian ?"}>', '', 'Texte.', '', '</Aside>']));
    expect(attributesOf(tree, 'Aside')).toEqual([{ lang: 'fr', title: 'Qui est Vivian ?' }]);
  });

  it('renames notes only: a link definition with a scoped note’s label keeps it', async () => {
    const { tree } = await compile(
      essay(['Ani <Spoiler>leaves.[^end]</Spoiler> See [the end][end].', '', '[^end]: Igor stays.', '', '[end]: https://example.com/']),
    );
    const identifiers: string[] = [];
    visit(tree, ['footnoteReference', 'footnoteDefinition', 'linkReference', 'definition'], (node) => {
      identifiers.push(`${node.type} ${(node as FootnoteReference).identifier}`);
    });
    expect(identifiers).toEqual([
      'footnoteReference spoiler-note-1',
      'linkReference end',
      'footnoteDefinition spoiler-note-1',
      'definition end',
    ]);
  });

  it('accepts a description that repeats unscoped text of an essay with scoped notes', async () => {
    const description = 'Ani works a night shift in a club in Brighton Beach.';
    const mdx = essay(
      ['Ani works a night shift in a club in Brighton Beach.', '', 'Then <Spoiler>she leaves.[^end]</Spoiler>', '', '[^end]: Igor stays.'],
      { description },
    );
    const { file } = await compile(mdx);
    expect(Object.keys((file.data as { spoilerNotes: object }).spoilerNotes)).toEqual(['spoiler-note-1']);
  });

  it('works on a file without frontmatter, leaving the notes’ scopes on the file', async () => {
    const file = new VFile({
      path: FIXTURE,
      value: 'Ani <Spoiler film="anora">leaves.[^end]</Spoiler>\n\n[^end]: Igor stays.\n',
      data: { films: { subjects: [], listed: new Set(['anora']) } },
    });
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGfm)
      .use(remarkEssayPlugins({ base: '/' }) as PluggableList);
    await processor.run(processor.parse(file), file);
    expect((file.data as { spoilerNotes: unknown }).spoilerNotes).toEqual({ 'spoiler-note-1': [{ film: 'anora', level: 'major' }] });
    expect((file.data as { astro?: unknown }).astro).toBeUndefined();
  });

  it('leaves a film’s late scene unscoped in an essay that names no subject for a source without its film', async () => {
    const mdx = lines(
      '---',
      'description: How Anora portrays work, with dignity.',
      'films: [{ id: anora, spoilers: none }]',
      'sources: [{ id: anora-film, kind: film, title: Anora, date: "2024", spoilersFrom: "1:30:00" }]',
      '---',
      '',
      'Text.[^end]',
      '',
      '[^end]: [@anora-film, 1:50:00]',
    );
    const { file } = await compile(mdx);
    expect((file.data as { spoilerNotes: unknown }).spoilerNotes).toEqual({});
  });

  /** The essay citing sources in notes: a film whose scenes from 1:30:00 on are spoilers, without `film:`, and an article. */
  const citing = (...notes: string[]) =>
    lines(
      '---',
      'description: How Anora portrays work, with dignity.',
      'subject: anora',
      'films: [{ id: anora, spoilers: none }, { id: pretty-woman, spoilers: none }]',
      'sources:',
      '  - { id: anora-film, kind: film, title: Anora, date: "2024", spoilersFrom: "1:30:00" }',
      '  - { id: pw-film, kind: film, title: Pretty Woman, date: "1990" }',
      '  - { id: an-article, kind: article, title: On Anora, container: Variety, date: "2024" }',
      '---',
      '',
      notes.map((_, index) => `Text.[^n${index}]`).join(' '),
      '',
      ...notes.map((note, index) => `[^n${index}]: ${note}`),
    );

  it('scopes a note citing a film’s scene from its spoiler point on, to the essay’s subject when the source names no film', async () => {
    const { file } = await compile(
      citing('[@anora-film, 1:30:00]', '[@anora-film, 1:29:59]', '[@anora-film]', '[@pw-film, 1:50:00]', '[@an-article, 1:50:00]'),
    );
    expect((file.data as { spoilerNotes: unknown }).spoilerNotes).toEqual({ 'spoiler-note-1': [{ film: 'anora', level: 'major' }] });
  });

  it('finds a description that repeats a note scoped by its mark', async () => {
    const description = 'Late in the film Ani drives away from Brighton Beach at dawn.';
    const mdx = essay(['Ani works. <Spoiler>Then.[^end]</Spoiler>', '', '[^end]: Ani drives away from Brighton Beach at dawn.'], {
      description,
    });
    await expect(compile(mdx)).rejects.toThrow('description repeats spoiler text ("ani drives away from brighton beach")');
  });

  it('gives headings inside or holding a passage a neutral id and their scopes, and leaves others to rehype-slug', async () => {
    const { tree, frontmatter } = await compile(
      essay([
        '## Plain',
        '',
        '## The end <Spoiler level="mild">is a wedding</Spoiler>',
        '',
        '<Spoiler block film="pretty-woman">',
        '',
        '### Vivian stays',
        '',
        'Text.',
        '',
        '</Spoiler>',
      ]),
    );
    const ids: unknown[] = [];
    visit(tree, 'heading', (heading: Heading) => {
      ids.push(heading.data?.hProperties?.id);
    });
    expect(ids).toEqual([undefined, 'section-2', 'section-3']);
    expect(frontmatter.spoilerHeadings).toEqual({ 'section-2': 'anora:mild', 'section-3': 'pretty-woman:major' });
  });

  it('adds up nested passages, and scopes a note by every passage around its mark, under a neutral label', async () => {
    const { tree, file } = await compile(
      essay([
        '<Spoiler block level="mild">',
        '',
        'Outer.',
        '',
        '<Spoiler block film="pretty-woman">',
        '',
        'Inner.[^secret-label]',
        '',
        '</Spoiler>',
        '',
        '</Spoiler>',
        '',
        '[^secret-label]: A note.',
      ]),
    );
    expect((file.data as { spoilerNotes: unknown }).spoilerNotes).toEqual({
      'spoiler-note-1': [
        { film: 'anora', level: 'mild' },
        { film: 'pretty-woman', level: 'major' },
      ],
    });
    const labels: string[] = [];
    visit(tree, ['footnoteReference', 'footnoteDefinition'], (node) => {
      labels.push((node as FootnoteReference | FootnoteDefinition).identifier);
    });
    expect(labels).toEqual(['spoiler-note-1', 'spoiler-note-1']);
  });

  it('gives an aside the scopes of the gate and the passages around it', async () => {
    const { tree } = await compile(
      essay(
        [
          '<Spoiler block film="pretty-woman" level="mild">',
          '',
          '<Aside title={"Who is Vivian?"}>',
          '',
          'Text.',
          '',
          '</Aside>',
          '',
          '</Spoiler>',
        ],
        {
          gate: 'mild',
        },
      ),
    );
    expect(attributesOf(tree, 'Aside')).toEqual([{ title: 'Who is Vivian?', scopes: 'anora:mild pretty-woman:mild' }]);
  });

  it('reads an aside’s title written as a literal expression, which the bibliography copies, and refuses any other', async () => {
    const { tree } = await compile(essay(['<Aside title={"Who is Vivian?"}>', '', 'Text.', '', '</Aside>']));
    expect(attributesOf(tree, 'Aside').map((aside) => aside.title)).toEqual(['Who is Vivian?']);
    await expect(compile(essay(['<Aside title={names.vivian}>', '', 'Text.', '', '</Aside>']))).rejects.toThrow(
      `${FIXTURE}:7:1: <Aside title={names.vivian}>: the build cannot work out this expression`,
    );
  });
});

describe('search reads nested passages apart', () => {
  it('gives a passage inside another a record of its own under both scopes, and keeps its text out of the outer one', () => {
    const html = [
      '<main><article data-pagefind-body><h1>T</h1><p>Safe words.</p>',
      '<div id="spoiler-1" data-spoiler-scope="anora:mild" data-pagefind-ignore="all">Outer words.',
      '<div id="spoiler-2" data-spoiler-scope="pretty-woman:major" data-pagefind-ignore="all">Inner words.</div></div>',
      '<nav data-pagefind-ignore><ol><li data-spoiler-scope="anora:mild" data-pagefind-ignore="all">Contents words</li></ol></nav>',
      '</article></main>',
    ].join('');
    const { regions, safeText } = readPageText(html);
    expect(regions).toEqual([
      { id: 'spoiler-1', scopes: ['anora:mild'], text: 'Outer words.' },
      { id: 'spoiler-2', scopes: ['anora:mild', 'pretty-woman:major'], text: 'Inner words.' },
    ]);
    expect(safeText).toBe('T Safe words.');
  });
});

describe('the scope model’s pieces', () => {
  /** The first MDX element of `mdx`, as remark-mdx reads it. */
  function firstElement(mdx: string) {
    const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx);
    let found: MdxJsxFlowElement | MdxJsxTextElement | undefined;
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      found ??= node as MdxJsxFlowElement | MdxJsxTextElement;
    });
    return found!;
  }
  const read = (mdx: string, name: string, tag = 'Spoiler') => literalAttribute(new VFile({ path: FIXTURE }), firstElement(mdx), name, tag);

  it.each([
    { written: '<Spoiler film="anora">x</Spoiler>', value: 'anora' },
    { written: '<Spoiler film={"anora"}>x</Spoiler>', value: 'anora' },
    { written: "<Spoiler film={ 'anora' }>x</Spoiler>", value: 'anora' },
    { written: '<Spoiler film={`anora`}>x</Spoiler>', value: 'anora' },
    { written: '<Spoiler film={""}>x</Spoiler>', value: '' },
    { written: '<Spoiler film>x</Spoiler>', value: true },
    { written: '<Spoiler film={true}>x</Spoiler>', value: true },
    { written: '<Spoiler film={false}>x</Spoiler>', value: false },
    { written: '<Spoiler level="mild">x</Spoiler>', value: undefined },
  ])('reads $written as $value', ({ written, value }) => {
    expect(read(written, 'film')).toBe(value);
  });

  it.each([
    { written: '<Spoiler film={`${name}`}>x</Spoiler>', says: 'such as film="…"' },
    { written: '<Spoiler film={"anora" + ""}>x</Spoiler>', says: 'such as film="…"' },
    { written: '<Spoiler film={"ano\\"ra"}>x</Spoiler>', says: 'such as film="…"' },
    { written: '<Spoiler film={trueish}>x</Spoiler>', says: 'such as film="…"' },
    { written: '<Spoiler block={open}>x</Spoiler>', name: 'block', says: 'write block as plain text, such as <Spoiler block>' },
    { written: '<Aside block={open}>x</Aside>', name: 'block', tag: 'Aside', says: 'such as <Aside block>' },
  ])('refuses $written, saying how to write it', ({ written, name = 'film', tag = 'Spoiler', says }) => {
    expect(() => read(written, name, tag)).toThrow(`${FIXTURE}:1:1: <${tag} ${name}={`);
    expect(() => read(written, name, tag)).toThrow(says);
  });

  it('refuses spread attributes even when the attribute asked for is written out', () => {
    expect(() => read('<Spoiler film="anora" {...rest}>x</Spoiler>', 'film')).toThrow(
      `${FIXTURE}:1:1: <Spoiler ...rest>: the build cannot read spread attributes; write film as plain text, such as film="…"`,
    );
  });

  it.each([
    { frontmatter: { film: 'anora', spoilers: 'mild' }, gate: [{ film: 'anora', level: 'mild' }] },
    { frontmatter: { film: 'anora', spoilers: { level: 'major', ending: true } }, gate: [{ film: 'anora', level: 'major' }] },
    { frontmatter: { film: 'anora', spoilers: 'none' }, gate: [] },
    { frontmatter: { film: 'anora', spoilers: 'everything' }, gate: [] },
    { frontmatter: { film: 'anora' }, gate: [] },
    {
      frontmatter: {
        subject: 'anora',
        films: [
          { id: 'anora', spoilers: 'mild' },
          { id: 'pretty-woman', spoilers: { level: 'major' } },
          { id: 'hustlers', spoilers: 'none' },
          { id: 7, spoilers: 'major' },
          null,
        ],
      },
      gate: [
        { film: 'anora', level: 'mild' },
        { film: 'pretty-woman', level: 'major' },
      ],
    },
    { frontmatter: { films: 'anora' }, gate: [] },
    { frontmatter: {}, gate: [] },
  ])('gates $frontmatter as $gate', ({ frontmatter, gate }) => {
    expect(gateOf(frontmatter)).toEqual(gate);
  });

  it('reads a node’s words from its text, code and image descriptions, kept apart', () => {
    const tree = unified().use(remarkParse).parse('Ani *drives*`away`![from Brighton](a.png)![](b.png)alone.');
    expect(textOf(tree).split(/\s+/)).toEqual(['Ani', 'drives', 'away', 'from', 'Brighton', 'alone.']);
  });

  it.each([
    { why: 'the whole of a short scoped text', description: 'Then Vivian stays, happily.', scoped: ['Vivian stays'], run: 'vivian stays' },
    {
      why: 'a run at the end of a long scoped text, whatever the case and punctuation',
      description: 'It ends: ANI DRIVES AWAY FROM BRIGHTON BEACH.',
      scoped: ['Late one night, Ani drives away from Brighton Beach'],
      run: 'ani drives away from brighton beach',
    },
    {
      why: 'words in any script',
      description: 'Анора уходит одна в ночь сейчас.',
      scoped: ['Анора уходит одна в ночь сейчас и'],
      run: 'анора уходит одна в ночь сейчас',
    },
    { why: 'the second scoped text', description: 'Igor stays.', scoped: ['Ani leaves.', 'Igor stays'], run: 'igor stays' },
    {
      why: 'five words of six',
      description: 'Ani drives away from Brighton.',
      scoped: ['Ani drives away from Brighton Beach'],
      run: undefined,
    },
    { why: 'a word inside another', description: 'Theft and ring.', scoped: ['the'], run: undefined },
    { why: 'nothing scoped', description: 'Ani works.', scoped: [], run: undefined },
    { why: 'a scoped text with no words', description: 'Ani works.', scoped: ['…'], run: undefined },
    { why: 'a scoped text with no words, the description none either', description: '…', scoped: ['…'], run: undefined },
    {
      why: 'the last words of a long scoped text, fewer than a run',
      description: 'They meet at Brighton Beach.',
      scoped: ['Late one night, Ani drives away from Brighton Beach'],
      run: undefined,
    },
  ])('finds in a description $why: $run', ({ description, scoped, run }) => {
    expect(repeatedRun(description, scoped)).toBe(run);
  });

  it('counts six words in a row as a run', () => {
    expect(REPEATED_RUN_WORDS).toBe(6);
  });
});
