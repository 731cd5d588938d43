import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { essayData } from '../markdown/essay-file';

const FOOTNOTE_ID = /^user-content-fn-(.+)$/;
const MARK_HREF = /^#user-content-fn-(.+)$/;

const isBackref = (node: ElementContent) => node.type === 'element' && node.properties?.dataFootnoteBackref !== undefined;

/**
 * Shapes GFM's footnote markup for readers, at build time, so the browser only moves what is
 * already in the page:
 * - each mark gets a spoken name ("Note 2") and is described by its note's text;
 * - each note's text is wrapped in `.note-body#note-<id>` (what popovers and sidenotes show),
 *   with its back-links after it in `.note-backrefs`, one per place the note is cited;
 * - marks and notes that must wait for spoiler consent carry `data-spoiler` (see remark-essay-notes).
 */
export default function rehypeNoteMarks() {
  return (tree: Root, file: VFile) => {
    const spoilerNotes = essayData(file).spoilerNotes ?? {};

    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'a' && node.properties?.dataFootnoteRef !== undefined) {
        const id = MARK_HREF.exec(String(node.properties.href ?? ''))?.[1];
        const number = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
        node.properties.ariaLabel = `Note ${number}`;
        node.properties.className = ['note-mark'];
        if (id) {
          node.properties.ariaDescribedBy = `note-${id}`;
          const level = spoilerNotes[decodeURIComponent(id)];
          if (level) node.properties.dataSpoiler = level;
        }
        return;
      }
      const id = node.tagName === 'li' ? FOOTNOTE_ID.exec(String(node.properties?.id ?? ''))?.[1] : undefined;
      if (!id) return;
      const backrefs: ElementContent[] = [];
      const body: ElementContent[] = [];
      for (const child of node.children) {
        if (child.type === 'element' && child.tagName === 'p') {
          const kept = child.children.filter((grandchild) => !isBackref(grandchild));
          backrefs.push(...child.children.filter(isBackref));
          // GFM puts a space before the first back-link: trim it with the links gone.
          const lastKept = kept.at(-1);
          if (lastKept?.type === 'text') lastKept.value = lastKept.value.trimEnd();
          body.push({ ...child, children: kept });
        } else if (!(child.type === 'text' && child.value.trim() === '')) body.push(child);
      }
      const level = spoilerNotes[decodeURIComponent(id)];
      if (level) node.properties.dataSpoiler = level;
      node.children = [
        { type: 'element', tagName: 'div', properties: { className: ['note-body'], id: `note-${id}` }, children: body },
        {
          type: 'element',
          tagName: 'p',
          properties: { className: ['note-backrefs'] },
          children: backrefs.flatMap((link, index) => (index ? [{ type: 'text', value: ' ' }, link] : [link])),
        },
      ];
    });
  };
}
