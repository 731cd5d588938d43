import type { Root, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { closest } from '../../shared/did-you-mean';
import { scopeToken, type Scope } from '../../shared/spoilers/scopes';
import { CITATION_PATTERN } from '../citations/format';
import { parseTimecode } from '../citations/timecode';
import { filmNamesNow } from '../content/film-files';
import { attributeOf, essayData, essayFilms, essaySources, fail, isElement } from '../markdown/essay-file';

const LEVELS = ['mild', 'major'] as const;

/** The scopes an essay's text opens, for the page to list on its head script (`data-scopes`). */
export const SCOPES_FRONTMATTER_KEY = 'spoilerScopes';

/**
 * Works out the spoiler scopes inside an essay's text, at build time:
 * - each `<Spoiler>` passage is "`level` spoilers for `film`": the film defaults to the essay's
 *   (first) subject and must be one the essay lists in `films`; the level defaults to major. The
 *   element receives both, and the film's title, as attributes;
 * - a note whose mark sits in a passage waits for the passage's scope; a note citing a film's scene
 *   at or after the source's `spoilersFrom` waits for major spoilers of that film: the source's
 *   `film`, which the essay must list, or else the essay's (first) subject.
 * The notes' scopes go to rehype-note-marks; the list of all scopes to the page, as
 * `remarkPluginFrontmatter.spoilerScopes`.
 */
export default function remarkSpoilerScopes() {
  return (tree: Root, file: VFile) => {
    const { subjects, listed } = essayFilms(file);
    const names = filmNamesNow();
    const used = new Map<string, Scope>();
    const passages = new Map<unknown, Scope>();

    visit(tree, (node) => {
      if (!isElement(node, 'Spoiler')) return;
      const element = node as typeof node & { attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[] };
      const film = attributeOf(element, 'film') ?? subjects[0];
      const level = attributeOf(element, 'level') ?? 'major';
      if (!film) fail(file, element, '<Spoiler> needs a film: the essay names none in subject or film');
      if (!listed.has(film)) {
        const guess = closest(film, [...listed]);
        fail(
          file,
          element,
          `<Spoiler film="${film}">: "${film}" is not among this essay's films${guess ? ` (did you mean "${guess}"?)` : ': add it to films, with its spoilers'}`,
        );
      }
      if (!LEVELS.includes(level as 'mild')) fail(file, element, `<Spoiler level="${level}">: a spoiler's level is mild or major`);
      const scope: Scope = { film, level: level as Scope['level'] };
      passages.set(element, scope);
      used.set(scopeToken(scope), scope);
      const set = (name: string, value: string) => {
        const others = element.attributes.filter((attribute) => attribute.type !== 'mdxJsxAttribute' || attribute.name !== name);
        element.attributes = [...others, { type: 'mdxJsxAttribute', name, value }];
      };
      set('film', film);
      set('level', scope.level);
      set('filmTitle', names.get(film)?.title ?? film);
    });

    const spoilerNotes: Record<string, Scope[]> = {};
    const add = (note: string, scope: Scope) => {
      const scopes = (spoilerNotes[note] ??= []);
      if (!scopes.some((known) => scopeToken(known) === scopeToken(scope))) scopes.push(scope);
      used.set(scopeToken(scope), scope);
    };
    visitParents(tree, 'footnoteReference', (node, ancestors) => {
      const passage = ancestors.findLast((ancestor) => passages.has(ancestor));
      if (passage) add(node.identifier, passages.get(passage)!);
    });
    const sources = essaySources(file);
    visit(tree, 'footnoteDefinition', (definition) => {
      visit(definition, 'text', (node: Text) => {
        for (const [, id, pinpoint] of node.value.matchAll(CITATION_PATTERN)) {
          const source = sources?.get(id!);
          if (source?.kind !== 'film' || source.spoilersFrom === undefined || !pinpoint) continue;
          const film = source.film ?? subjects[0];
          if (!film) continue;
          if (!listed.has(film)) {
            const guess = closest(film, [...listed]);
            fail(
              file,
              node,
              `[@${id}]: the source is the film "${film}", which is not among this essay's films${guess ? ` (did you mean "${guess}"?)` : ': add it to films, with its spoilers'}`,
            );
          }
          const at = parseTimecode(pinpoint);
          if (at !== undefined && at >= parseTimecode(source.spoilersFrom)!) add(definition.identifier, { film, level: 'major' });
        }
      });
    });

    const data = essayData(file);
    data.spoilerNotes = spoilerNotes;
    if (data.astro?.frontmatter) data.astro.frontmatter[SCOPES_FRONTMATTER_KEY] = [...used.keys()];
  };
}
