import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { normaliseParagraph, paragraphId } from '../../src/server/citations/rehype-paragraph-ids';
import { rehypeEssayPlugins, remarkEssayPlugins } from '../../src/server/markdown/plugins';

const FIXTURE_ESSAY = 'tests/fixtures/content/essays/notes-fixture.mdx';

/** An essay's MDX through the essay pipeline as astro.config.mjs runs it, to the tree MDX compiles to JSX. */
async function compile(mdx: string): Promise<Root> {
  const { frontmatter, content } = parseFrontmatter(mdx, { frontmatter: 'empty-with-spaces' });
  const file = new VFile({ path: 'content/essays/paragraphs.mdx', value: content, data: { astro: { frontmatter } } });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkEssayPlugins({ base: '/' }) as PluggableList)
    .use(remarkRehype, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression'] })
    .use(rehypeSlug)
    .use(rehypeEssayPlugins as PluggableList);
  return (await processor.run(processor.parse(file), file)) as Root;
}

/** Each numbered paragraph: its id, its number and its "¶" link. */
async function paragraphs(mdx: string) {
  const found: { id: string; number: number; link: Element | undefined; text: string }[] = [];
  visit(await compile(mdx), 'element', (node: Element) => {
    if (node.tagName !== 'p' || node.properties.dataParagraph === undefined) return;
    const link = node.children.find(
      (child): child is Element => child.type === 'element' && child.tagName === 'a' && child.properties.href === `#${node.properties.id}`,
    );
    const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    found.push({ id: String(node.properties.id), number: Number(node.properties.dataParagraph), link, text });
  });
  return found;
}

/** Every id in the compiled essay, from elements and MDX elements. */
async function allIds(mdx: string): Promise<string[]> {
  const ids: string[] = [];
  visit(await compile(mdx), (node) => {
    if (node.type === 'element' && typeof node.properties.id === 'string') ids.push(node.properties.id);
    for (const attribute of (node as { attributes?: { name: string; value: unknown }[] }).attributes ?? [])
      if (attribute.name === 'id' && typeof attribute.value === 'string') ids.push(attribute.value);
  });
  return ids;
}

const essay = (...blocks: string[]) =>
  [
    '---',
    'description: A fixture essay for paragraph ids, with enough words.',
    'film: anora',
    'spoilers: { level: none, ending: false }',
    '---',
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');

describe('paragraph ids', () => {
  it('are p- and a short hash of the paragraph’s words, numbered in order, each with a ¶ link named for its number', async () => {
    const found = await paragraphs(essay('Ani dances at the club.', 'Vanya pays for the week.'));
    expect(found.map(({ id, number }) => ({ id, number }))).toEqual([
      { id: paragraphId('Ani dances at the club.'), number: 1 },
      { id: paragraphId('Vanya pays for the week.'), number: 2 },
    ]);
    expect(found[0]!.id).toMatch(/^p-[0-9a-f]{6}$/);
    expect(found[1]!.link?.properties).toMatchObject({
      href: `#${found[1]!.id}`,
      ariaLabel: 'Link to paragraph 2',
      dataPagefindIgnore: '',
    });
  });

  it('hold when another paragraph is edited, added or removed', async () => {
    const before = await paragraphs(essay('Ani dances at the club.', 'Vanya pays for the week.', 'They fly to Las Vegas.'));
    const after = await paragraphs(
      essay('A new opening.', 'Ani dances at the club.', 'Vanya pays for a week, then more.', 'They fly to Las Vegas.'),
    );
    expect(after[1]!.id).toBe(before[0]!.id);
    expect(after[3]!.id).toBe(before[2]!.id);
    expect(after[2]!.id).not.toBe(before[1]!.id);
    // Numbers follow the order: the pinpoint of the same paragraph moves from 3 to 4.
    expect(after[3]!.number).toBe(4);
  });

  it('differ for different words, and ignore case, punctuation, markup and note marks', async () => {
    expect(paragraphId('Ani dances.')).not.toBe(paragraphId('Ani sings.'));
    expect(normaliseParagraph('“Ani,” she  says — *dances*!')).toBe('ani she says dances');
    const [plain] = await paragraphs(essay('Ani dances at the club.'));
    const [marked] = await paragraphs(essay('*Ani* dances at the [club](https://example.org).[^club]', '[^club]: The Headquarters.'));
    expect(marked!.id).toBe(plain!.id);
  });

  it('tell identical paragraphs apart by their order, and keep the first one’s id', async () => {
    const found = await paragraphs(essay('Again.', 'Between them.', 'Again.', 'Again.'));
    const again = paragraphId('Again.');
    expect(found.map(({ id }) => id)).toEqual([again, paragraphId('Between them.'), `${again}-2`, `${again}-3`]);
  });

  it('never take an id an author gave an aside', async () => {
    const id = paragraphId('Ani dances.');
    const ids = await allIds(essay(`<Aside title="Who is Ani?" id="${id}">A dancer.</Aside>`, 'Ani dances.'));
    expect(ids.filter((each) => each.startsWith(id))).toEqual([id, `${id}-2`]);
  });

  it('leave an expression’s value out of its paragraph’s id, as the page may print it otherwise', async () => {
    const found = await paragraphs(essay("Ani dances {'tonight'} at the club."));
    expect(found.map(({ id }) => id)).toEqual([paragraphId('Ani dances  at the club.')]);
  });

  it('never take an id a heading, note or aside already has', async () => {
    // A heading whose slug is the paragraph's own id: the paragraph takes the next free one.
    const id = paragraphId('Ani dances.');
    const ids = await allIds(
      essay(`## ${id.replace('-', ' ')}`, 'Ani dances.[^a]', '<Aside title="Who is Ani?">A dancer.</Aside>', '[^a]: A note.'),
    );
    expect(ids).toContain(id);
    expect(ids).toContain(`${id}-2`);
    expect(ids.length).toBeGreaterThan(4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leave notes and asides unnumbered', async () => {
    const found = await paragraphs(
      essay('Ani dances.[^a]', '<Aside title="Who is Ani?">', 'A dancer in Brooklyn.', '</Aside>', '[^a]: A note of several words.'),
    );
    expect(found.map(({ number }) => number)).toEqual([1]);
  });

  it('leave an inline <Spoiler>’s words out of its paragraph’s id, which shows before consent', async () => {
    const [secret] = await paragraphs(essay('The thief is <Spoiler>the usher</Spoiler>, at last.'));
    const [other] = await paragraphs(essay('The thief is <Spoiler>the projectionist</Spoiler>, at last.'));
    expect(secret!.id).toBe(paragraphId('The thief is , at last.'));
    expect(other!.id).toBe(secret!.id);
  });

  it('number a paragraph that is all inline <Spoiler>, its id from none of its words', async () => {
    const found = await paragraphs(essay('<Spoiler>The usher took the reel.</Spoiler>', 'After.'));
    expect(found.map(({ id, number }) => ({ id, number }))).toEqual([
      { id: paragraphId(''), number: 1 },
      { id: paragraphId('After.'), number: 2 },
    ]);
  });

  it('leave a paragraph without words (an image alone) unnumbered, without an id or a link', async () => {
    const found = await paragraphs(essay('![A still from the club](still.jpg)', 'Ani dances.'));
    expect(found.map(({ id, number }) => ({ id, number }))).toEqual([{ id: paragraphId('Ani dances.'), number: 1 }]);
    const ids = await allIds(essay('![A still from the club](still.jpg)'));
    expect(ids.filter((id) => id.startsWith('p-'))).toEqual([]);
    expect(await allIds(essay('![A still from the club](still.jpg)', 'Ani dances.'))).toContain(paragraphId('Ani dances.'));
  });

  it('give each ¶ link its class and no text: the "¶" is drawn by CSS', async () => {
    const [found] = await paragraphs(essay('Ani dances at the club.'));
    expect(found!.link?.properties.className).toEqual(['paragraph-link']);
    expect(found!.link?.children).toEqual([]);
    expect(found!.text).toBe('Ani dances at the club.');
  });

  it('keep digits and read compatibility forms as the letters they stand for', () => {
    expect(normaliseParagraph('Act 2: the ﬁnal reel, ２ hours')).toBe('act 2 the final reel 2 hours');
    expect(paragraphId('Act 2.')).not.toBe(paragraphId('Act 3.'));
  });

  it('hash all of a paragraph inside a <Spoiler block> passage, an inline <Spoiler> in it too: the passage hides the whole paragraph', async () => {
    const found = await paragraphs(essay('<Spoiler block>', 'The thief is <Spoiler>the usher</Spoiler>, at last.', '</Spoiler>'));
    expect(found.map(({ id }) => id)).toEqual([paragraphId('The thief is the usher, at last.')]);
  });

  it('number the paragraphs of a <Spoiler block> passage, from their own words', async () => {
    const found = await paragraphs(essay('Before.', '<Spoiler block>', 'The usher took the reel.', '</Spoiler>', 'After.'));
    expect(found.map(({ id }) => id)).toEqual([paragraphId('Before.'), paragraphId('The usher took the reel.'), paragraphId('After.')]);
  });
});

describe('paragraph ids of the fixture essay', () => {
  const source = readFileSync(FIXTURE_ESSAY, 'utf8');

  it('hold for every paragraph but the edited one when one paragraph of the essay is edited', async () => {
    const before = await paragraphs(source);
    expect(before.length).toBeGreaterThanOrEqual(3);
    const edited = source.replace('The first paragraph has a note', 'The opening paragraph has a note');
    expect(edited).not.toBe(source);
    const after = await paragraphs(edited);
    expect(after).toHaveLength(before.length);
    expect(after[0]!.id).not.toBe(before[0]!.id);
    expect(after.slice(1).map(({ id }) => id)).toEqual(before.slice(1).map(({ id }) => id));
  });
});
