import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { attributeOf, essayData, isElement } from '../markdown/essay-file';

/** One place in an essay that cites a source: a note (its number and first mark) or an element crediting it. */
export interface CitationPlace {
  /** The source's id in the essay. */
  source: string;
  /** The id of the element to link to: the note's first mark, or the aside. */
  anchor: string;
  /** The note's number, as the reader sees it. */
  note?: number;
  /** The title of the aside that credits the source. */
  aside?: string;
  /**
   * The scope tokens the aside's title waits for (the essay's gate, the passages around it), from
   * remark-spoiler-scopes: wherever the title is shown again, it keeps them.
   */
  scopes?: string;
}

const MARK_HREF = /^#user-content-fn-(.+)$/;

/**
 * Records where the essay cites each source, for the site's bibliography: every note citing it
 * (by the number GFM gave the note and the id of its first mark) and every aside crediting it.
 * The list goes into the essay's exported frontmatter (`citations`), which pages read from
 * `render(essay).remarkPluginFrontmatter` without rendering the essay again.
 */
export default function rehypeCitationIndex() {
  return (tree: Root, file: VFile) => {
    const data = essayData(file);
    const firstMarks = new Map<string, { number: number; id: string }>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || node.properties?.dataFootnoteRef === undefined) return;
      const note = MARK_HREF.exec(String(node.properties.href ?? ''))?.[1];
      const number = Number(node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''));
      if (note === undefined || firstMarks.has(decodeURIComponent(note)) || !node.properties.id) return;
      firstMarks.set(decodeURIComponent(note), { number, id: String(node.properties.id) });
    });
    const places: CitationPlace[] = [];
    for (const [note, sources] of data.noteSources ?? []) {
      const mark = firstMarks.get(note);
      if (!mark) continue;
      for (const source of sources) places.push({ source, anchor: mark.id, note: mark.number });
    }
    // Asides that credit a source, by the id rehype-aside-ids gave them (it runs first).
    visit(tree, (node) => {
      const source = attributeOf(node, 'source');
      const id = attributeOf(node, 'id');
      if (isElement(node as { type: string }, 'Aside') && source && id)
        places.push({
          source,
          anchor: id,
          aside: attributeOf(node, 'title') ?? '',
          ...(attributeOf(node, 'scopes') ? { scopes: attributeOf(node, 'scopes') } : {}),
        });
    });
    places.sort((a, b) => (a.note ?? Infinity) - (b.note ?? Infinity));
    const astro = (data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, citations: places };
  };
}
