import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { CITATION_PATTERN } from '../notes/citations';
import { parseTimecode } from '../notes/timecode';
import { attributeOf, essayData, essaySources, isElement } from '../markdown/essay-file';

/**
 * Finds the notes whose text is a spoiler, for rehype-note-marks to tag: a note whose mark sits
 * inside a `<Spoiler>` passage waits for the passage's level, and a note citing a film's scene
 * at or after the source's `spoilersFrom` waits for major spoilers.
 */
export default function remarkSpoilerNotes() {
  return (tree: Root, file: VFile) => {
    const spoilerNotes: Record<string, 'mild' | 'major'> = {};
    essayData(file).spoilerNotes = spoilerNotes;

    visitParents(tree, 'footnoteReference', (node, ancestors) => {
      const passage = ancestors.findLast((ancestor) => isElement(ancestor, 'Spoiler'));
      if (passage) spoilerNotes[node.identifier] = attributeOf(passage, 'level') === 'mild' ? 'mild' : 'major';
    });

    const sources = essaySources(file);
    visit(tree, 'footnoteDefinition', (definition) => {
      visit(definition, 'text', (node: Text) => {
        for (const [, id, pinpoint] of node.value.matchAll(CITATION_PATTERN)) {
          const source = sources?.get(id!);
          if (source?.kind !== 'film' || source.spoilersFrom === undefined || !pinpoint) continue;
          const at = parseTimecode(pinpoint);
          if (at !== undefined && at >= parseTimecode(source.spoilersFrom)!) spoilerNotes[definition.identifier] = 'major';
        }
      });
    });
  };
}
