/**
 * The published essays say what the publisher received, word for word: each built essay page is
 * compared sentence by sentence with its seed text (tests/fixtures/seeds), after removing only what
 * docs/editorial.md allows the conversion to drop. Typography is compared as is: curly quotes, dashes
 * and ellipses must survive the build. Then the notes, the bibliography and the heading ids.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, PROJECT_ROOT, readBuiltPage } from './support';

/** One edit docs/editorial.md allows, applied to the seed text, and how many times it must apply. */
interface SeedEdit {
  /** What the edit removes, for messages. */
  what: string;
  /** A line to drop: the whole line, exactly, or a pattern tested against each line. */
  drop?: string | RegExp;
  /** Replace matches of `find` by `by` in the whole text (`$1` refers to a group). */
  find?: string | RegExp;
  by?: string;
  /** How many lines or matches the edit must hit: a seed that changes shape fails here, not silently. */
  times: number;
}

interface EssayCase {
  id: string;
  edits: SeedEdit[];
  /** Page text that is not in the seed and may be: the aside's title and its credit. */
  extras: (string | RegExp)[];
}

const ESSAYS: EssayCase[] = [
  {
    id: 'a-stripping-vision',
    edits: [
      { what: 'the "APRIL 2025:" line', drop: 'APRIL 2025:', times: 1 },
      { what: 'the title line', drop: 'A Stripping Vision…', times: 1 },
      { what: 'the notes list (kept entries are structured citations, checked below)', drop: /^- .* ↩︎$/, times: 7 },
      { what: 'the "Archives" heading', drop: 'Archives', times: 1 },
      { what: 'the Archives month list', drop: /^- (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/, times: 38 },
      { what: 'the Hulu promotion', drop: 'Anora is available now with a subscription to Hulu…', times: 1 },
      { what: 'note mark 4', find: 'livelihood.”4', by: 'livelihood.”', times: 1 },
      { what: 'note mark 5', find: 'Filmmaker Magazine5', by: 'Filmmaker Magazine', times: 1 },
      { what: 'note mark 6', find: 'IndieWire 6', by: 'IndieWire', times: 1 },
      { what: 'note mark 7', find: 'livelihood.”7', by: 'livelihood.”', times: 1 },
      { what: 'the image markdown around the Werhun note', find: /^!\[(.*)\]\(https:\/\/[^\s)]+\)$/gm, by: '$1', times: 1 },
      { what: 'the Wikipedia marks [1]…[7] in the Werhun note', find: /\[[1-7]\]/g, by: '', times: 11 },
    ],
    extras: ['Who is Andrea Werhun?', /^Source: .*Wikipedia/],
  },
  {
    id: 'between-control-and-losing-it',
    edits: [
      { what: 'the spoiler warning', drop: '⚠️ SPOILER WARNING!', times: 1 },
      { what: 'the spoiler warning’s paragraph', drop: /^This article contains major spoilers for Anora, /, times: 1 },
      { what: 'the empty table of contents', drop: 'Table of Contents', times: 1 },
      { what: 'the advertisement label', drop: '📢 Werbung', times: 1 },
      { what: 'the advertised product', drop: 'Anora (The Criterion Collection)', times: 1 },
      { what: 'the product blurb', drop: 'Winner of five Academy Awards, including Best Picture, Best Director, and Best Actress.', times: 1 },
      { what: 'the affiliate disclosure', drop: '*As an Amazon Associate, we earn from qualifying purchases.*', times: 1 },
    ],
    extras: [],
  },
];

// ---------------------------------------------------------------------------------------------
// Text on both sides

/** Whitespace is the only thing normalised: typography is compared exactly as received. */
const normaliseSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Splits after . ! ? … (and any closing quotes or brackets) where the next sentence begins. */
const SENTENCE_BREAK = /(?<=[.!?…][”’"')\]]*)\s+(?=[“‘"'(\[]?[\p{Lu}\p{N}])/u;

function sentencesOf(blocks: readonly string[]): string[] {
  return blocks.flatMap((block) => normaliseSpace(block).split(SENTENCE_BREAK)).filter((sentence) => sentence !== '');
}

/** The seed's paragraphs (its non-empty lines) after the allowed edits, and how often each edit applied. */
function editSeed(text: string, edits: readonly SeedEdit[]): { paragraphs: string[]; hits: Map<string, number> } {
  const hits = new Map<string, number>();
  let body = text;
  for (const edit of edits.filter((e) => e.find !== undefined)) {
    const pattern = typeof edit.find === 'string' ? new RegExp(edit.find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : edit.find!;
    hits.set(edit.what, [...body.matchAll(pattern)].length);
    body = body.replace(pattern, edit.by ?? '');
  }
  const drops = edits.filter((e) => e.drop !== undefined);
  for (const edit of drops) hits.set(edit.what, 0);
  const paragraphs = body.split('\n').filter((line) => {
    if (line.trim() === '') return false;
    const edit = drops.find(({ drop }) => (typeof drop === 'string' ? line === drop : drop!.test(line)));
    if (!edit) return true;
    hits.set(edit.what, hits.get(edit.what)! + 1);
    return false;
  });
  return { paragraphs, hits };
}

// ---------------------------------------------------------------------------------------------
// The built page

/** Elements whose text is a paragraph of its own; any other element's text belongs to its block. */
const BLOCK_TAGS = new Set([
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'th', 'td', 'pre', 'figcaption', 'summary'],
  ...['div', 'section', 'aside', 'article', 'header', 'footer', 'nav', 'blockquote', 'figure', 'details', 'ul', 'ol', 'dl', 'table', 'tr'],
]);

const isElement = (node: RootContent | ElementContent | Root): node is Element => node.type === 'element';
const hasClass = (node: Element, name: string) => ([] as unknown[]).concat(node.properties.className ?? []).includes(name);
const hasProperty = (node: Element, name: string) => node.properties[name] !== undefined && node.properties[name] !== false;

function findAll(node: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (test(child)) found.push(child);
    found.push(...findAll(child, test));
  }
  return found;
}

function textOf(node: Root | Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.tagName === 'br') return ' ';
  if (node.type === 'element' || node.type === 'root') return node.children.map((child) => textOf(child as ElementContent)).join('');
  return '';
}

/** A footnote mark as GFM renders it: `<sup><a data-footnote-ref …>1</a></sup>`. */
const isMark = (node: Element) => node.tagName === 'sup' && findAll(node, (a) => a.tagName === 'a' && hasProperty(a, 'dataFootnoteRef')).length > 0;
const isNotesSection = (node: Element) => node.tagName === 'section' && hasProperty(node, 'dataFootnotes');

/** The block's own text (nested blocks are blocks of their own), without footnote marks. */
function ownText(node: Element): string {
  return node.children
    .map((child) => {
      if (!isElement(child)) return child.type === 'text' ? child.value : '';
      // A mark sits against the word it follows ("Magazine[^5],"): it leaves nothing behind.
      if (isMark(child)) return '';
      if (BLOCK_TAGS.has(child.tagName)) return ' ';
      return ownText(child);
    })
    .join('');
}

interface Block {
  text: string;
  /** Inside an <aside>: where the Aside component's title and credit live. */
  inAside: boolean;
}

/** Every block of text under `node`, footnote marks and the notes section left out. */
function blocksOf(node: Element, inAside = false): Block[] {
  if (isNotesSection(node) || isMark(node)) return [];
  const here = inAside || node.tagName === 'aside';
  // A wrapper's own text counts too: words lying loose in a <div> must be compared like a paragraph's.
  const own = BLOCK_TAGS.has(node.tagName) ? normaliseSpace(ownText(node)) : '';
  const blocks: Block[] = own ? [{ text: own, inAside: here }] : [];
  for (const child of node.children) if (isElement(child)) blocks.push(...blocksOf(child, here));
  return blocks;
}

interface EssayPage {
  article: Element;
  prose: Element;
}

function parseEssayPage(id: string): EssayPage {
  const tree = fromHtml(readBuiltPage(`essays/${id}/`));
  const articles = findAll(tree, (node) => node.tagName === 'article');
  expect(articles, `dist/essays/${id}/index.html has one <article>`).toHaveLength(1);
  const proses = findAll(articles[0]!, (node) => hasClass(node, 'prose'));
  expect(proses, `the article of ${id} has one .prose element`).toHaveLength(1);
  return { article: articles[0]!, prose: proses[0]! };
}

// ---------------------------------------------------------------------------------------------
// Comparison

interface Fidelity {
  seedSentences: number;
  found: number;
  missing: string[];
  /** On the page more often than in the seed. */
  repeated: string[];
  /** On the page, not in the seed, and not an allowed extra. */
  added: string[];
  hits: Map<string, number>;
}

function countOf(sentences: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
  return counts;
}

function compare(essay: EssayCase): Fidelity {
  const seed = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'seeds', `${essay.id}.txt`), 'utf8');
  const { paragraphs, hits } = editSeed(seed, essay.edits);
  const seedSentences = sentencesOf(paragraphs);

  const { prose } = parseEssayPage(essay.id);
  const isExtra = (block: Block) => block.inAside && essay.extras.some((extra) => (typeof extra === 'string' ? block.text === extra : extra.test(block.text)));
  const blocks = blocksOf(prose).filter((block) => !isExtra(block));
  const pageSentences = sentencesOf(blocks.map((block) => block.text));

  const seedCounts = countOf(seedSentences);
  const pageCounts = countOf(pageSentences);
  const missing: string[] = [];
  const repeated: string[] = [];
  for (const [sentence, inSeed] of seedCounts) {
    const onPage = pageCounts.get(sentence) ?? 0;
    for (let n = onPage; n < inSeed; n++) missing.push(sentence);
    if (onPage > inSeed) repeated.push(sentence);
  }
  const added = [...pageCounts.keys()].filter((sentence) => !seedCounts.has(sentence));
  return { seedSentences: seedSentences.length, found: seedSentences.length - missing.length, missing, repeated, added, hits };
}

const list = (sentences: readonly string[]) => sentences.map((s) => `  • ${s}`).join('\n');

beforeAll(async () => {
  await ensureBuilt();
});

describe.each(ESSAYS)('the built essay $id', (essay) => {
  it('is compared with a seed from which only the edits docs/editorial.md allows were removed', () => {
    const { hits } = compare(essay);
    for (const edit of essay.edits) expect(hits.get(edit.what), `seed edit "${edit.what}"`).toBe(edit.times);
  });

  it('has every sentence of its seed exactly once, and none the seed lacks', () => {
    const result = compare(essay);
    console.log(
      `${essay.id}: ${result.seedSentences} sentences in the seed, ${result.found} found, ` +
        `${result.missing.length} missing, ${result.repeated.length} repeated, ${result.added.length} added`,
    );
    expect(result.seedSentences).toBeGreaterThan(100);
    // One assertion for the three lists, so that a sentence changed in the build shows up twice,
    // as missing in its original form and added in its new one, side by side.
    expect(
      { missing: result.missing, repeated: result.repeated, added: result.added },
      `missing from the page:\n${list(result.missing)}\nrepeated on the page:\n${list(result.repeated)}\nnot in the seed:\n${list(result.added)}`,
    ).toEqual({ missing: [], repeated: [], added: [] });
  });
});

describe('the notes of “A Stripping Vision…”', () => {
  const notesOf = () => {
    const { prose } = parseEssayPage('a-stripping-vision');
    const marks = findAll(prose, (node) => node.tagName === 'a' && hasProperty(node, 'dataFootnoteRef'));
    const sections = findAll(prose, isNotesSection);
    expect(sections).toHaveLength(1);
    const notes = findAll(sections[0]!, (node) => node.tagName === 'li');
    const noteCiting = (source: string) => {
      const note = notes.find((li) => findAll(li, (node) => node.properties.dataSource === source).length > 0);
      expect(note, `a note citing ${source}`).toBeDefined();
      return note!;
    };
    const backLinks = (note: Element) => findAll(note, (node) => node.tagName === 'a' && hasProperty(node, 'dataFootnoteBackref'));
    return { marks, notes, noteCiting, backLinks };
  };

  it('has four marks and three notes, every mark pointing at a note', () => {
    const { marks, notes } = notesOf();
    expect(marks).toHaveLength(4);
    expect(notes).toHaveLength(3);
    const noteIds = new Set(notes.map((note) => `#${String(note.properties.id)}`));
    for (const mark of marks) expect(noteIds).toContain(String(mark.properties.href));
  });

  it('cites the Variety article once, from two marks', () => {
    const { noteCiting, backLinks } = notesOf();
    const variety = noteCiting('variety-2024');
    expect(normaliseSpace(textOf(variety))).toContain('Variety');
    expect(backLinks(variety)).toHaveLength(2);
  });

  it('gives the IndieWire article its corrected access date, April 3, 2025', () => {
    const { noteCiting } = notesOf();
    const text = normaliseSpace(textOf(noteCiting('indiewire-2024')));
    expect(text).toContain('accessed April 3, 2025');
    expect(text).not.toMatch(/accessed [^,]*2024/i);
  });

  it('cites none of the three entries that leaked in from another article', () => {
    const text = textOf(parseEssayPage('a-stripping-vision').article);
    for (const stray of ['John Q', 'Childress', 'U.S.C.', 'C.F.R.']) expect(text).not.toContain(stray);
  });
});

describe('the sources of the long analysis', () => {
  it('has no note marks and no notes', () => {
    const { article } = parseEssayPage('between-control-and-losing-it');
    expect(findAll(article, (node) => hasProperty(node, 'dataFootnoteRef'))).toHaveLength(0);
    expect(findAll(article, isNotesSection)).toHaveLength(0);
  });

  it('lists its five sources under a “Sources” heading', () => {
    const { article } = parseEssayPage('between-control-and-losing-it');
    const sections = findAll(article, (node) => node.tagName === 'section' && findAll(node, (h) => h.tagName === 'h2' && textOf(h).trim() === 'Sources').length > 0);
    expect(sections).toHaveLength(1);
    const entries = findAll(sections[0]!, (node) => node.tagName === 'li');
    expect(entries).toHaveLength(5);
    const text = entries.map((entry) => normaliseSpace(textOf(entry))).join('\n');
    for (const name of ['Werhun', 'Adler', 'Dowling', 'Madison', 'Baker']) expect(text).toContain(name);
  });
});

describe.each([
  {
    id: 'a-stripping-vision',
    headings: 10,
    ids: ['plot-overview-and-character-analysis', 'depiction-of-sex-work-in-anora', 'avoiding-the-saving-narrative', 'a-radical-film-in-the-context-of-modern-cinema'],
  },
  {
    id: 'between-control-and-losing-it',
    headings: 25,
    ids: [
      'the-genesis-of-anora--sean-bakers-creative-inspiration',
      'heirs-without-agency',
      'andrea-werhun-from-the-stage-to-the-page--how-authentic-perspectives-reshape-narratives',
      'does-anora-offer-a-new-form-of-storytelling',
    ],
  },
])('the headings of $id', ({ id, headings, ids }) => {
  const headingsOf = () => {
    const { prose } = parseEssayPage(id);
    const inNotes = new Set(findAll(prose, isNotesSection).flatMap((section) => findAll(section, () => true)));
    return findAll(prose, (node) => /^h[2-6]$/.test(node.tagName) && !inNotes.has(node));
  };

  it('carry the ids rehype-slug gives them', () => {
    const found = headingsOf().map((heading) => String(heading.properties.id));
    expect(found).toHaveLength(headings);
    expect(found).toEqual(expect.arrayContaining(ids));
  });

  it('have unique ids', () => {
    const found = headingsOf().map((heading) => heading.properties.id);
    expect(found.every((value) => typeof value === 'string' && value !== '')).toBe(true);
    expect(new Set(found).size).toBe(found.length);
  });
});
