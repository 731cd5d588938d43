import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { citationText, formatCitation } from '../citations/format';
import { attributeOf, essaySources, fail, markCited } from '../markdown/essay-file';

/**
 * An element that credits a source, such as `<Aside source="wikipedia-werhun">`: the source must be
 * one of the essay's, it counts as cited, and the element receives the citation as `credit`.
 */
export default function remarkAsideCredits() {
  return (tree: Root, file: VFile) => {
    const sources = essaySources(file);
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const id = attributeOf(node, 'source');
      if (id === undefined) return;
      markCited(file, id);
      if (!sources) return;
      const source = sources.get(id);
      if (!source) fail(file, node, `source="${id}" is not in this essay's sources`);
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'credit', value: citationText(formatCitation(source, 'note')) });
    });
  };
}
