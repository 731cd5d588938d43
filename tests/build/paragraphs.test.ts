/**
 * Every paragraph of an essay citable, on the built sites: an id of its own words on each paragraph
 * of the text (src/server/citations/rehype-paragraph-ids.ts) and a "¶" link to it, which adds no
 * text; none of it in the notes, the asides or the page's description. That the ids
 * hold when another paragraph is edited is tested through the pipeline (tests/unit/paragraph-ids.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILDS, builtFolder, DIST, ensureBuilt } from './support';

function findAll(node: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    found.push(...findAll(child, test));
  }
  return found;
}
const classes = (node: Element) => ([] as unknown[]).concat(node.properties.className ?? []).map(String);
const text = (node: Element) => toString(node).replace(/\s+/g, ' ').trim();

let fixture: string;
beforeAll(async () => {
  await ensureBuilt();
  fixture = builtFolder(BUILDS[1]!);
});

const page = (folder: string, essay: string) => fromHtml(readFileSync(path.join(folder, 'essays', essay, 'index.html'), 'utf8'));

describe.each([
  { site: 'launch', folder: () => DIST, essays: ['a-stripping-vision', 'between-control-and-losing-it'] },
  { site: 'fixture', folder: () => fixture, essays: ['notes-fixture', 'second-fixture', 'two-reels'] },
])('the paragraphs of the $site site’s essays', ({ folder, essays }) => {
  it.each(essays)('%s: each paragraph of the text has an id of its own, numbered in order, with a ¶ link to it', (essay) => {
    const tree = page(folder(), essay);
    const prose = findAll(tree, (node) => node.tagName === 'essay-notes')[0]!;
    // Every paragraph of the text: outside the notes and the asides.
    const outside = new Set(
      findAll(prose, (node) => ['footnotes', 'essay-aside'].some((name) => classes(node).includes(name))).flatMap((node) =>
        findAll(node, (child) => child.tagName === 'p'),
      ),
    );
    const paragraphs = findAll(prose, (node) => node.tagName === 'p' && !outside.has(node));
    expect(paragraphs.length).toBeGreaterThan(1);
    const ids = findAll(tree, (node) => node.properties.id !== undefined).map((node) => String(node.properties.id));
    expect(new Set(ids).size).toBe(ids.length);
    paragraphs.forEach((paragraph, index) => {
      const id = String(paragraph.properties.id);
      expect(id).toMatch(/^p-[0-9a-f]{6}(-\d+)?$/);
      expect(paragraph.properties.dataParagraph).toBe(String(index + 1));
      const links = findAll(paragraph, (node) => classes(node).includes('paragraph-link'));
      expect(links).toHaveLength(1);
      expect(links[0]!.properties).toMatchObject({ href: `#${id}`, ariaLabel: `Link to paragraph ${index + 1}`, dataPagefindIgnore: '' });
      expect(text(links[0]!)).toBe('');
    });
  });

  it.each(essays)('%s: the page’s description and metadata say nothing of paragraphs', (essay) => {
    const tree = page(folder(), essay);
    const head = findAll(tree, (node) => node.tagName === 'meta');
    expect(head.length).toBeGreaterThan(5);
    for (const meta of head) expect(String(meta.properties.content ?? '')).not.toMatch(/¶|para\. \d/);
  });
});

describe('an essay revised and first published elsewhere (the fixture’s Second Fixture)', () => {
  it('says “Revised” with the date on the page, and dateModified in its JSON-LD', () => {
    const tree = page(fixture, 'second-fixture');
    const meta = findAll(tree, (node) => classes(node).includes('essay-meta'))[0]!;
    expect(text(meta)).toContain('Revised March 10, 2024');
    const jsonLd = findAll(tree, (node) => node.tagName === 'script' && node.properties.type === 'application/ld+json').map((node) =>
      JSON.parse(toString(node)),
    );
    expect(jsonLd.find((data) => data['@type'] === 'Review')).toMatchObject({ datePublished: '2024-02-20', dateModified: '2024-03-10' });
  });

  it('cites it with its author, its revision and where it first appeared', () => {
    const tree = page(fixture, 'second-fixture');
    const cite = findAll(tree, (node) => classes(node).includes('cite-essay'))[0]!;
    // The essay's own list, the first: "Cite this paragraph" has a list of its own after it.
    const list = findAll(cite, (node) => classes(node).includes('cite-styles'))[0]!;
    const forms = Object.fromEntries(
      findAll(
        list,
        (node) => node.tagName === 'div' && node.children.some((child) => child.type === 'element' && child.tagName === 'dt'),
      ).map((row) => {
        const [dt, dd] = findAll(row, (node) => node.tagName === 'dt' || node.tagName === 'dd');
        return [text(dt!), text(dd!)];
      }),
    );
    expect(Object.keys(forms)).toEqual(['Chicago note', 'Chicago bibliography', 'MLA', 'APA']);
    expect(forms['Chicago note']).toBe(
      'Sam Writer and Ann Critic, “Second Fixture,” Long Take, February 20, 2024, https://example.com/essays/second-fixture/. Last modified March 10, 2024. Originally published in a fixture journal of film writing.',
    );
    // APA 7 6.17: the title in sentence case.
    expect(forms.APA).toBe(
      'Writer, S., & Critic, A. (2024, March 10). Second fixture. Long Take. https://example.com/essays/second-fixture/ (Original work published 2024)',
    );
  });
});
