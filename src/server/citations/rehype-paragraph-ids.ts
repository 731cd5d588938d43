import { createHash } from 'node:crypto';
import type { Element, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';
import { attributeOf, isElement } from '../markdown/essay-file';

/** The prefix of every paragraph's id: `p-3f9a2c`. Headings, notes and asides use others. */
export const PARAGRAPH_ID_PREFIX = 'p-';
/** Hex digits of the hash in an id: 24 bits, so two paragraphs of one essay share a hash about once in 30,000 essays of 100 paragraphs. */
const HASH_LENGTH = 6;

type Node = Root | RootContent;

/**
 * A paragraph's words as its id is made from them: letters and digits only, lower case, in
 * Unicode's compatibility form, one space between words. Punctuation, quotation marks, case,
 * italics and links may change without moving the id; a changed word moves it.
 */
export function normaliseParagraph(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The id a paragraph with these words gets when no other paragraph of the essay has them: `p-` and a short hash. */
export function paragraphId(words: string): string {
  return `${PARAGRAPH_ID_PREFIX}${createHash('sha256').update(normaliseParagraph(words)).digest('hex').slice(0, HASH_LENGTH)}`;
}

/**
 * What of a paragraph its id is made of: its text, without its note marks (their numbers move
 * when a note is added before them) and, unless `spoilers` says otherwise, without an inline
 * `<Spoiler>`: the paragraph and its id show before consent, and a hash of a short secret ("the
 * usher") could be matched against a cast list. A paragraph inside a spoiler passage is hidden
 * as a whole, so its hash is of all its text.
 */
function wordsOf(node: Node, spoilers: boolean): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.properties.dataFootnoteRef !== undefined) return '';
  if (!spoilers && isElement(node, 'Spoiler')) return '';
  if ('children' in node) return (node.children as Node[]).map((child) => wordsOf(child, spoilers)).join('');
  return '';
}

/**
 * Whether a node is where an essay's paragraphs stop being its text: the notes (the one element
 * marked `data-footnotes`), an aside (its own id).
 */
const isOutsideText = (node: Node) =>
  (node.type === 'element' && node.properties.dataFootnotes !== undefined) || isElement(node as { type: string }, 'Aside');

/**
 * Gives every paragraph of an essay's text an id made from its own words, so that a link or a
 * citation to it survives edits to every other paragraph (docs/editing.md, "Citing a
 * paragraph"), and a "¶" link to itself, which the page shows on hover and focus:
 * - the id is `p-` and a short hash of the paragraph's normalised words (`normaliseParagraph`);
 *   paragraphs with the same words, or an id some heading, note or aside already has, take the
 *   next free `-2`, `-3`, in the order they come;
 * - `data-paragraph` is its number in the essay, for a pinpoint ("para. 4"): numbers follow
 *   the order and change when a paragraph is added before it, as a printed text's would;
 * - the link is named "Link to paragraph 4" and left out of search (`data-pagefind-ignore`).
 * Paragraphs of the notes and of asides are not counted: notes are cited by number, asides by id.
 * A paragraph without words (an image alone) gets nothing. Runs after rehype-slug and the note
 * plugins, which write the ids it must not take.
 */
export default function rehypeParagraphIds() {
  return (tree: Root) => {
    const taken = new Set<string>();
    visit(tree, (node) => {
      const id = node.type === 'element' ? node.properties.id : attributeOf(node, 'id');
      // Stryker disable next-line ConditionalExpression: a missing id added as `undefined` is never a paragraph's id.
      if (typeof id === 'string') taken.add(id);
    });
    let number = 0;
    const label = (paragraph: Element, inSpoiler: boolean) => {
      // A paragraph without words (an image alone) is not one a reader cites.
      if (normaliseParagraph(wordsOf(paragraph, true)) === '') return;
      const words = wordsOf(paragraph, inSpoiler);
      const base = paragraphId(words);
      let id = base;
      for (let repeat = 2; taken.has(id); repeat += 1) id = `${base}-${repeat}`;
      taken.add(id);
      number += 1;
      paragraph.properties.id = id;
      paragraph.properties.dataParagraph = number;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['paragraph-link'], href: `#${id}`, ariaLabel: `Link to paragraph ${number}`, dataPagefindIgnore: '' },
        // The "¶" is drawn by CSS: the paragraph's text, as search, copying and the fidelity test read it, stays the author's.
        children: [],
      };
      paragraph.children.push(link);
    };
    const walk = (node: Node, inSpoiler: boolean) => {
      if (isOutsideText(node)) return;
      // Stryker disable next-line ConditionalExpression: only elements have a tag name; the type check narrows the node's type.
      if (node.type === 'element' && node.tagName === 'p') return label(node, inSpoiler);
      if (!('children' in node)) return;
      const spoiler = inSpoiler || isElement(node as { type: string }, 'Spoiler');
      for (const child of node.children as Node[]) walk(child, spoiler);
    };
    walk(tree, false);
  };
}
