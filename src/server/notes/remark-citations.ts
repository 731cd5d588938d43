import type { ElementContent } from 'hast';
import type { Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CITATION_PATTERN, formatCitation, type Run } from '../citations/format';
import { sourceKind } from '../citations/source-kinds';
import { parseTimecode } from '../citations/timecode';
import { essayData, essaySources, fail, isSharedSource, markCited } from '../markdown/essay-file';

function runsToHast(runs: readonly Run[]): ElementContent[] {
  return runs.map((run): ElementContent => {
    const text: ElementContent = { type: 'text', value: run.text };
    if (run.href) return { type: 'element', tagName: 'a', properties: { href: run.href }, children: [text] };
    if (run.italic) return { type: 'element', tagName: 'cite', properties: {}, children: [text] };
    return text;
  });
}

/**
 * A film cited at a scene, set apart: the house note (Chicago writes the timecode "at 1:52:10",
 * CSL's `timestamp` locator), with the timecode marked for tabular figures.
 */
function sceneCitation(runs: readonly Run[], timecode: string): ElementContent[] {
  const children = runsToHast(runs).flatMap((node): ElementContent[] => {
    if (node.type !== 'text' || !node.value.includes(timecode)) return [node];
    const at = node.value.lastIndexOf(timecode);
    return [
      { type: 'text', value: node.value.slice(0, at) },
      { type: 'element', tagName: 'span', properties: { className: ['timecode'] }, children: [{ type: 'text', value: timecode }] },
      { type: 'text', value: node.value.slice(at + timecode.length) },
    ];
  });
  return [{ type: 'element', tagName: 'span', properties: { className: ['scene-citation'] }, children }];
}

/**
 * Renders citations in notes at build time: `[@id]` or `[@id, pinpoint]` becomes the source's
 * citation in the house style, and `[@film, 1:52:10]` a scene citation. Then, in an essay that uses marks, every
 * source must be cited (or credited) somewhere: an unused source is an error, not a warning, since
 * it would list a work in the bibliography that the essay never points to.
 */
export default function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const sources = essaySources(file);
    let marks = 0;
    visit(tree, 'footnoteReference', () => {
      marks++;
    });

    const noteSources = (essayData(file).noteSources = new Map<string, string[]>());
    visit(tree, 'footnoteDefinition', (definition) => {
      visit(definition, 'text', (node: Text, index, parent) => {
        if (!parent || index === undefined) return;
        const parts: PhrasingContent[] = [];
        let last = 0;
        for (const match of node.value.matchAll(CITATION_PATTERN)) {
          const [whole, id, pinpoint] = match;
          const source = sources?.get(id!);
          if (!source) {
            if (sources && isSharedSource(id!))
              fail(file, node, `note cites [@${id}], a shared source this essay does not list: add "- ${id}" to its sources`);
            if (sources)
              fail(file, node, `note cites [@${id}], which is not in this essay's sources: add a source with id "${id}" or correct the id`);
            continue;
          }
          markCited(file, source.id);
          const cites = noteSources.get(definition.identifier) ?? [];
          if (!cites.includes(source.id)) noteSources.set(definition.identifier, [...cites, source.id]);
          const at = pinpoint?.trim();
          const kind = sourceKind(source.kind);
          const seconds = kind.pinpoint === 'timecode' && at ? parseTimecode(at) : undefined;
          if (kind.pinpoint === 'timecode' && at && seconds === undefined) {
            fail(file, node, `[@${id}, ${at}]: ${kind.one} is cited at a timecode such as 1:52:10 (H:MM:SS)`);
          }
          if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
          parts.push({
            type: 'text',
            value: whole,
            data: {
              hName: 'span',
              hProperties: { className: ['citation'], dataSource: source.id },
              hChildren:
                seconds !== undefined
                  ? sceneCitation(formatCitation(source, 'note', { pinpoint: at }), at!)
                  : runsToHast(formatCitation(source, 'note', { pinpoint: at })),
            },
          } as Text);
          last = match.index + whole.length;
        }
        if (parts.length === 0) return;
        if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
        (parent as Paragraph).children.splice(index, 1, ...parts);
        return index + parts.length;
      });
    });

    if (marks === 0 || !sources) return;
    const cited = essayData(file).citedSources ?? new Set();
    for (const source of sources.values()) {
      if (!cited.has(source.id))
        fail(file, undefined, `source "${source.id}" is never cited: cite it in a note as [@${source.id}], or remove it from sources`);
    }
  };
}
