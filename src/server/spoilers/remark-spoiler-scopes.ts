import type { Heading, Nodes, Root, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { closest } from '../../shared/did-you-mean';
import { scopeToken, scopeTokens, type Scope } from '../../shared/spoilers/scopes';
import { CITATION_PATTERN } from '../citations/format';
import { parseTimecode } from '../citations/timecode';
import { filmNamesNow } from '../content/film-files';
import { essayData, essayFilms, essaySources, fail, isElement } from '../markdown/essay-file';
import { gateOf, literalAttribute, repeatedRun, textOf } from './scope-model';

const LEVELS = ['mild', 'major'] as const;
/** What a `<Spoiler>` without `block` may not hold: it renders as a `<span>`. */
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'list',
  'table',
  'blockquote',
  'code',
  'thematicBreak',
  'mdxJsxFlowElement',
  // Stryker disable next-line StringLiteral: MDX parses no raw HTML, and the pipeline has no math plugin; kept in case either arrives.
  'html',
  // Stryker disable next-line StringLiteral: as above.
  'math',
]);

/** The scopes an essay's text opens, for the page to list on its head script (`data-scopes`). */
export const SCOPES_FRONTMATTER_KEY = 'spoilerScopes';
/** Heading id → the scope tokens of its text, for the contents list (TableOfContents.astro). */
export const HEADING_SCOPES_FRONTMATTER_KEY = 'spoilerHeadings';

type Element = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * The essay's scope model, worked out once, at build time, before any later step copies text: a
 * piece of text waits for the union of every scope it sits in.
 * - The gate: a gated essay's text waits for each film it spoils (the page wraps the text in it).
 * - Passages: each `<Spoiler>` is "`level` spoilers for `film`" (film: the essay's first subject
 *   by default, and one the essay lists; level: major by default); a passage inside another adds
 *   its scope to the outer ones'. `film`, `level` and `block` must be written as literals
 *   (`film="b"`, or `film={"b"}`): anything else stops the build, never a silent default. A
 *   passage without `block` may hold no block (paragraph, heading, list…).
 * - Notes: a note whose mark sits in passages waits for theirs; a note citing a film's scene at or
 *   after the source's `spoilersFrom` waits for major spoilers of that film (the source's `film`,
 *   which the essay must list, or else its first subject). A scoped note's label, which GFM puts in
 *   ids and links, is replaced by a neutral one (`spoiler-note-1`).
 * - Headings: a heading inside passages or holding one waits for their scopes; its id is neutral
 *   (`section-3`, by its place among the headings), so no fragment, anchor or link repeats it, and
 *   the contents list scopes its entry (`spoilerHeadings` in the frontmatter).
 * - Asides: an `<Aside>` gets `scopes`, the gate's and its passages' tokens, which the
 *   bibliography keeps beside its title (rehype-citation-index); its `title` is read like the
 *   spoiler's attributes, since the bibliography and the aside's id copy it.
 * - The description, shown unscoped in listings, feeds and link previews, may not repeat a run of
 *   scoped text: passages, scoped notes, and all of a gated essay's text.
 * Results: the notes' scopes for rehype-note-marks (`file.data.spoilerNotes`); every scope used,
 * as `remarkPluginFrontmatter.spoilerScopes`, for the page's head script.
 */
export default function remarkSpoilerScopes() {
  return (tree: Root, file: VFile) => {
    const { subjects, listed } = essayFilms(file);
    const frontmatter = essayData(file).astro?.frontmatter ?? {};
    const gate = gateOf(frontmatter);
    const names = filmNamesNow();
    const used = new Map<string, Scope>();
    /** Each passage and the scopes its text waits for, outer passages' included. */
    const passages = new Map<Nodes, Scope[]>();
    const withinPassages = (ancestors: readonly Nodes[]) => union(...ancestors.map((ancestor) => passages.get(ancestor) ?? []));
    const notFilm = (film: string) => {
      const guess = closest(film, [...listed]);
      return guess ? ` (did you mean "${guess}"?)` : ': add it to films, with its spoilers';
    };

    visitParents(tree, (node, ancestors) => {
      if (!isElement(node, 'Spoiler')) return;
      const element = node as Element;
      const film = literalString(file, element, 'film') ?? subjects[0];
      const level = literalString(file, element, 'level') ?? 'major';
      const block = literalAttribute(file, element, 'block', 'Spoiler') ?? false;
      if (typeof block !== 'boolean')
        fail(file, element, `<Spoiler block="${block}">: write block alone (<Spoiler block>) or leave it out`);
      if (!film) fail(file, element, '<Spoiler> needs a film: the essay names none in subject or film');
      if (!listed.has(film)) fail(file, element, `<Spoiler film="${film}">: "${film}" is not among this essay's films${notFilm(film)}`);
      if (!LEVELS.includes(level as 'mild')) fail(file, element, `<Spoiler level="${level}">: a spoiler's level is mild or major`);
      const blockChild = block ? undefined : element.children.find((child) => BLOCKS.has(child.type));
      if (blockChild)
        fail(
          file,
          element,
          `<Spoiler> without block holds a ${blockChild.type === 'heading' ? 'heading' : 'block (a paragraph, list, table or element on lines of its own)'}: write <Spoiler block>, with blank lines around what it holds`,
        );
      const scope: Scope = { film, level: level as Scope['level'] };
      passages.set(element, union(withinPassages(ancestors), [scope]));
      used.set(scopeToken(scope), scope);
      element.attributes = [
        ...element.attributes.filter(
          (attribute) => !(attribute.type === 'mdxJsxAttribute' && ['film', 'level', 'block', 'filmTitle'].includes(attribute.name)),
        ),
        { type: 'mdxJsxAttribute', name: 'film', value: film },
        { type: 'mdxJsxAttribute', name: 'level', value: scope.level },
        { type: 'mdxJsxAttribute', name: 'filmTitle', value: names.get(film)?.title ?? film },
        ...(block ? [{ type: 'mdxJsxAttribute' as const, name: 'block', value: null }] : []),
      ];
    });

    const spoilerNotes: Record<string, Scope[]> = {};
    const add = (note: string, scopes: readonly Scope[]) => {
      spoilerNotes[note] = union(spoilerNotes[note] ?? [], scopes);
      for (const scope of scopes) used.set(scopeToken(scope), scope);
    };
    visitParents(tree, 'footnoteReference', (node, ancestors) => {
      const scopes = withinPassages(ancestors);
      if (scopes.length > 0) add(node.identifier, scopes);
    });
    const sources = essaySources(file);
    visit(tree, 'footnoteDefinition', (definition) => {
      visit(definition, 'text', (node: Text) => {
        for (const [, id, pinpoint] of node.value.matchAll(CITATION_PATTERN)) {
          const source = sources?.get(id!);
          // Only the kinds whose record takes `spoilersFrom` (a film, a film release) have one.
          if (source?.spoilersFrom === undefined || !pinpoint) continue;
          const film = source.film ?? subjects[0];
          if (!film) continue;
          if (!listed.has(film))
            fail(file, node, `[@${id}]: the source is the film "${film}", which is not among this essay's films${notFilm(film)}`);
          const at = parseTimecode(pinpoint);
          if (at !== undefined && at >= parseTimecode(source.spoilersFrom)!) add(definition.identifier, [{ film, level: 'major' }]);
        }
      });
    });
    neutralNoteLabels(tree, spoilerNotes);

    const headingScopes: Record<string, string> = {};
    let headings = 0;
    visitParents(tree, 'heading', (heading: Heading, ancestors) => {
      headings++;
      const inside: Scope[][] = [];
      visit(heading, (node) => {
        if (passages.has(node as Nodes)) inside.push(passages.get(node as Nodes)!);
      });
      const scopes = union(withinPassages(ancestors), ...inside);
      if (scopes.length === 0) return;
      const id = `section-${headings}`;
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
      headingScopes[id] = scopeTokens(scopes);
    });

    visitParents(tree, (node, ancestors) => {
      if (!isElement(node, 'Aside')) return;
      const aside = node as Element;
      // The bibliography and the aside's id copy its title: a literal in braces is read as written.
      const title = literalAttribute(file, aside, 'title', 'Aside');
      if (typeof title === 'string') {
        aside.attributes = [
          ...aside.attributes.filter((attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name === 'title')),
          { type: 'mdxJsxAttribute', name: 'title', value: title },
        ];
      }
      const scopes = union(gate, withinPassages(ancestors));
      if (scopes.length > 0) aside.attributes.push({ type: 'mdxJsxAttribute', name: 'scopes', value: scopeTokens(scopes) });
    });

    const description = typeof frontmatter.description === 'string' ? frontmatter.description : '';
    const scopedTexts = [
      ...[...passages.keys()].map(textOf),
      ...(Object.keys(spoilerNotes).length > 0
        ? tree.children.filter((node) => node.type === 'footnoteDefinition' && node.identifier in spoilerNotes).map(textOf)
        : []),
      ...(gate.length > 0 ? [textOf(tree)] : []),
    ];
    const repeated = repeatedRun(description, scopedTexts);
    if (repeated)
      fail(
        file,
        undefined,
        `description repeats spoiler text ("${repeated}"): listings, feeds and link previews show it to every reader; write one spoiler-free sentence of your own`,
      );

    const data = essayData(file);
    data.spoilerNotes = spoilerNotes;
    if (data.astro?.frontmatter) {
      data.astro.frontmatter[SCOPES_FRONTMATTER_KEY] = [...used.keys()];
      data.astro.frontmatter[HEADING_SCOPES_FRONTMATTER_KEY] = headingScopes;
    }
  };
}

/** Scopes, each once, in order of first appearance. */
function union(...lists: readonly (readonly Scope[])[]): Scope[] {
  const seen = new Map<string, Scope>();
  // A token seen again keeps its first place in the map: its scope is the same.
  for (const scope of lists.flat()) seen.set(scopeToken(scope), scope);
  return [...seen.values()];
}

/** A `<Spoiler>` attribute that must be a string: `film="b"` or `film={"b"}`. */
function literalString(file: VFile, element: Element, name: string): string | undefined {
  const value = literalAttribute(file, element, name, 'Spoiler');
  if (typeof value === 'boolean')
    fail(file, element, `<Spoiler ${name}>: ${name} needs a value, such as ${name}="${name === 'level' ? 'mild' : 'anora'}"`);
  return value;
}

/**
 * Gives each scoped note a neutral label (`spoiler-note-1`, …), marks and definition alike: GFM
 * writes a note's label into ids and links (`#user-content-fn-<label>`), which the page and the
 * bibliography show outside the note's scope. The scopes move to the new label.
 */
function neutralNoteLabels(tree: Root, spoilerNotes: Record<string, Scope[]>) {
  const renamed = new Map<string, string>();
  for (const identifier of Object.keys(spoilerNotes)) renamed.set(identifier, `spoiler-note-${renamed.size + 1}`);
  visit(tree, (node) => {
    if ((node.type === 'footnoteReference' || node.type === 'footnoteDefinition') && renamed.has(node.identifier)) {
      node.identifier = renamed.get(node.identifier)!;
      node.label = node.identifier;
    }
  });
  for (const [from, to] of renamed) {
    spoilerNotes[to] = spoilerNotes[from]!;
    delete spoilerNotes[from];
  }
}
