/**
 * The pieces of the spoiler scope model that remark-spoiler-scopes applies to an essay: reading
 * the attributes it depends on strictly, the gate from the frontmatter, and the check that a
 * description repeats no scoped text.
 */
import type { Nodes } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isSpoilerLevel } from '../../shared/spoilers/levels';
import { scopesOf, type Scope } from '../../shared/spoilers/scopes';
import { fail } from '../markdown/essay-file';

/** `"b"`, `'b'`, `` `b` `` (no `${`), `true` or `false`: the expressions read as their value. */
const LITERAL = /^\s*(?:"([^"\\]*)"|'([^'\\]*)'|`([^`\\$]*)`|(true|false))\s*$/;

/**
 * An MDX element's attribute as the scope model may read it: a string (`film="b"`, or a literal
 * string in braces, `film={"b"}`), `true` for a bare attribute (`block`) or `{true}`/`{false}`,
 * or `undefined` when absent. Anything else (a variable, a call, a spread of attributes) stops
 * the build: the build could not know the scope, and guessing would publish the text unscoped.
 */
export function literalAttribute(
  file: VFile,
  element: MdxJsxFlowElement | MdxJsxTextElement,
  name: string,
  tag: string,
): string | boolean | undefined {
  const fix = `write ${name} as plain text, such as ${name === 'block' ? '<' + tag + ' block>' : `${name}="…"`}`;
  let attribute: MdxJsxAttribute | undefined;
  for (const one of element.attributes) {
    if (one.type === 'mdxJsxExpressionAttribute')
      fail(file, element, `<${tag} ${one.value}>: the build cannot read spread attributes; ${fix}`);
    else if (one.name === name) attribute ??= one;
  }
  if (!attribute) return undefined;
  const { value } = attribute;
  // A bare attribute (`block`) has no value: null from the parser, undefined in the type.
  if (value == null) return true;
  if (typeof value === 'string') return value;
  const match = LITERAL.exec(value.value);
  if (!match)
    fail(
      file,
      element,
      `<${tag} ${name}={${value.value}}>: the build cannot work out this expression, so it cannot scope the spoiler; ${fix}`,
    );
  const [, double, single, template, boolean] = match;
  return boolean ? boolean === 'true' : (double ?? single ?? template)!;
}

/** The scopes of an essay's gate, from its frontmatter read leniently (the schema reports what is malformed). */
export function gateOf(frontmatter: Record<string, unknown>): Scope[] {
  // `spoilers: mild`, or `spoilers: { level: mild, ending: true }`.
  const levelOf = (spoilers: unknown) => {
    const level = typeof spoilers === 'string' ? spoilers : (spoilers as { level?: unknown } | undefined)?.level;
    return isSpoilerLevel(level) ? level : 'none';
  };
  if (typeof frontmatter.film === 'string') return scopesOf(frontmatter.film, levelOf(frontmatter.spoilers));
  // Stryker disable next-line ArrayDeclaration: whatever stands in for a missing list, its entries have no string id.
  const films = Array.isArray(frontmatter.films) ? (frontmatter.films as { id?: unknown; spoilers?: unknown }[]) : [];
  return films.flatMap((film) => (typeof film?.id === 'string' ? scopesOf(film.id, levelOf(film.spoilers)) : []));
}

/** The text of a node: its text, code and the alt text of its images, with words kept apart. */
export function textOf(node: Nodes): string {
  const parts: string[] = [];
  visit(node, (child) => {
    if (child.type === 'text' || child.type === 'inlineCode') parts.push(child.value);
    if (child.type === 'image' && child.alt) parts.push(child.alt);
  });
  return parts.join(' ');
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** How many words in a row make a "substantial run"; a shorter scoped text counts whole. */
export const REPEATED_RUN_WORDS = 6;

/**
 * The first run of words the description repeats from scoped text, or undefined: a run of
 * `REPEATED_RUN_WORDS` words in a row, or the whole of a shorter scoped text (an inline spoiler
 * such as "the thief is Quell").
 */
export function repeatedRun(description: string, scopedTexts: readonly string[]): string | undefined {
  const own = ` ${wordsOf(description).join(' ')} `;
  for (const text of scopedTexts) {
    const words = wordsOf(text);
    const length = Math.min(REPEATED_RUN_WORDS, words.length);
    for (let start = 0; length > 0 && start + length <= words.length; start++) {
      const run = words.slice(start, start + length).join(' ');
      if (own.includes(` ${run} `)) return run;
    }
  }
  return undefined;
}
