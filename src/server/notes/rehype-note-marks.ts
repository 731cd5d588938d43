import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { scopeTokens, type Scope } from '../../shared/spoilers/scopes';
import { filmNamesNow } from '../content/film-files';
import { essayData } from '../markdown/essay-file';

const FOOTNOTE_ID = /^user-content-fn-(.+)$/;
const MARK_HREF = /^#user-content-fn-(.+)$/;

const isBackref = (node: ElementContent) => node.type === 'element' && node.properties?.dataFootnoteBackref !== undefined;
const text = (value: string): ElementContent => ({ type: 'text', value });

/** "major spoilers for *Test Pattern*", and so on for each scope, in words. */
function scopesInWords(scopes: readonly Scope[]): ElementContent[] {
  const names = filmNamesNow();
  return scopes.flatMap((scope, index) => [
    ...(index === 0 ? [] : [text(index === scopes.length - 1 ? ' and ' : ', ')]),
    text(`${scope.level} spoilers for `),
    { type: 'element', tagName: 'cite', properties: {}, children: [text(names.get(scope.film)?.title ?? scope.film)] },
  ]);
}

/**
 * Shapes GFM's footnote markup for readers, at build time, so the browser only moves what is
 * already in the page:
 * - each mark gets a spoken name ("Note 2") and is described by its note's text;
 * - each note's text is wrapped in `.note-body#note-<id>` (what popovers and sidenotes show),
 *   with its back-links after it in `.note-backrefs`, one per place the note is cited;
 * - a note that waits for spoiler consent (remark-spoiler-scopes) keeps its number and back-links,
 *   but its text carries `data-spoiler-scope` and is left out of the page's search record; beside
 *   it, `.note-withheld` says what it waits for. Its mark is described by that line, never by the
 *   hidden text (the browser points it at the text once consent covers it), and lists the scopes
 *   in `data-scopes` for the popover.
 */
export default function rehypeNoteMarks() {
  return (tree: Root, file: VFile) => {
    const spoilerNotes = essayData(file).spoilerNotes ?? {};
    const scopesOf = (id: string) => spoilerNotes[decodeURIComponent(id)] ?? [];

    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'a' && node.properties?.dataFootnoteRef !== undefined) {
        const id = MARK_HREF.exec(String(node.properties.href ?? ''))?.[1];
        const number = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
        node.properties.ariaLabel = `Note ${number}`;
        node.properties.className = ['note-mark'];
        if (id) {
          const scopes = scopesOf(id);
          node.properties.ariaDescribedBy = scopes.length > 0 ? `note-${id}-withheld` : `note-${id}`;
          if (scopes.length > 0) node.properties.dataScopes = scopeTokens(scopes);
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
          // GFM puts a space before each back-link: trim them with the links gone.
          for (let last = kept.at(-1); last?.type === 'text'; last = kept.at(-1)) {
            last.value = last.value.trimEnd();
            if (last.value !== '') break;
            kept.pop();
          }
          body.push({ ...child, children: kept });
        } else if (!(child.type === 'text' && child.value.trim() === '')) body.push(child);
      }
      const scopes = scopesOf(id);
      const spoiler = scopes.length > 0 ? { dataSpoilerScope: scopeTokens(scopes), dataPagefindIgnore: 'all' } : {};
      node.children = [
        { type: 'element', tagName: 'div', properties: { className: ['note-body'], id: `note-${id}`, ...spoiler }, children: body },
        ...(scopes.length > 0
          ? [
              {
                type: 'element',
                tagName: 'p',
                properties: {
                  className: ['note-withheld'],
                  id: `note-${id}-withheld`,
                  dataSpoilerAsk: scopeTokens(scopes),
                  dataPagefindIgnore: '',
                },
                children: [text('Spoiler: shown once you accept '), ...scopesInWords(scopes), text('.')],
              } satisfies Element,
            ]
          : []),
        {
          type: 'element',
          tagName: 'p',
          properties: { className: ['note-backrefs'] },
          children: backrefs.flatMap((link, index) => (index ? [text(' '), link] : [link])),
        },
      ];
    });
  };
}
