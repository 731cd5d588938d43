import type { FootnoteDefinition, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fail } from '../markdown/essay-file';

/**
 * Stops the build on notes that do not hold together: a mark without its note, a note that no mark
 * cites, a note defined twice. Each error names the file, line and column.
 */
export default function remarkNoteIntegrity() {
  return (tree: Root, file: VFile) => {
    const definitions = new Map<string, FootnoteDefinition>();
    visit(tree, 'footnoteDefinition', (node) => {
      if (definitions.has(node.identifier))
        fail(file, node, `note [^${node.label ?? node.identifier}] is defined twice: give each note its own label`);
      definitions.set(node.identifier, node);
    });

    const referenced = new Set<string>();
    visit(tree, 'footnoteReference', (node) => {
      referenced.add(node.identifier);
    });

    // A mark whose note is missing is left as literal text by the GFM parser.
    visit(tree, 'text', (node: Text) => {
      const orphan = /\[\^([^\]\s]+)\]/.exec(node.value);
      if (orphan) fail(file, node, `mark [^${orphan[1]}] has no note: add a line "[^${orphan[1]}]: …" at the end of the essay`);
    });

    for (const [id, definition] of definitions) {
      const label = definition.label ?? id;
      if (!referenced.has(id))
        fail(file, definition, `note [^${label}] is never cited: add its mark [^${label}] in the text, or delete the note`);
    }
  };
}
