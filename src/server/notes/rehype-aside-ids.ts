import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { createSlugger } from '../../shared/site';
import { attributeOf, isElement } from '../markdown/essay-file';

/**
 * Gives each `<Aside title="…">` of an essay the fragment id it is labelled by, with the slugger
 * rehype-slug gives headings: `aside-` and the title in any script ("aside-кто-такая-аня"; an
 * untitled aside is `aside`), a number for a repeat, and never an id the essay already has
 * (headings, notes), which the slugger is told first. Runs after rehype-slug and the note
 * plugins, which write those ids; the Aside component prints what this writes as its `id`.
 */
export default function rehypeAsideIds() {
  return (tree: Root) => {
    const slugger = createSlugger();
    visit(tree, (node) => {
      const id = node.type === 'element' ? node.properties.id : attributeOf(node, 'id');
      // Stryker disable next-line ConditionalExpression: the slugger takes anything but a string as no slug.
      if (typeof id === 'string') slugger.slug(id);
    });
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      if (!isElement(node, 'Aside') || attributeOf(node, 'id') !== undefined) return;
      node.attributes.push({
        type: 'mdxJsxAttribute',
        name: 'id',
        value: slugger.slug(`aside ${attributeOf(node, 'title') ?? ''}`.trim()),
      });
    });
  };
}
