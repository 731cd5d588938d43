import path from 'node:path';
import type { FootnoteDefinition, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { ElementContent } from 'hast';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { CITATION_PATTERN, citationText, formatCitation, type Run } from './citations';
import { parseTimecode } from './timecode';
import { formatPartialDate } from '../content/dates';
import { sourceSchema, type Source } from '../schemas/source';

/** Shared with rehype-note-marks through the file: notes that must wait for spoiler consent. */
export interface NotesFileData {
  /** Note identifier → spoiler level its popover or sidenote needs. */
  spoilerNotes?: Record<string, 'mild' | 'major'>;
}

interface Positioned {
  position?: { start: { line: number; column: number } };
}

/** Stops the build with `file:line:column: message`, so the editor knows where to look. */
function fail(file: VFile, node: Positioned | undefined, message: string): never {
  const where = path.relative(process.cwd(), file.path || 'unknown file');
  const start = node?.position?.start;
  const error = new Error(`${where}${start ? `:${start.line}:${start.column}` : ''}: ${message}`);
  Object.assign(error, start ? { line: start.line, column: start.column } : {});
  throw error;
}

function runsToHast(runs: readonly Run[]): ElementContent[] {
  return runs.map((run): ElementContent => {
    const text: ElementContent = { type: 'text', value: run.text };
    if (run.href) return { type: 'element', tagName: 'a', properties: { href: run.href }, children: [text] };
    if (run.italic) return { type: 'element', tagName: 'cite', properties: {}, children: [text] };
    return text;
  });
}

/** A film cited at a scene: title, year, director, timecode. */
function filmCard(source: Source, timecode: string): ElementContent[] {
  const text = (value: string): ElementContent => ({ type: 'text', value });
  const year = source.date ? ` (${formatPartialDate(source.date)})` : '';
  const director = source.authors?.length ? [text(', directed by '), text(source.authors.join(' and '))] : [];
  return [
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['film-card'] },
      children: [
        { type: 'element', tagName: 'cite', properties: {}, children: [text(source.title)] },
        text(year),
        ...director,
        text(', at '),
        { type: 'element', tagName: 'span', properties: { className: ['timecode'] }, children: [text(timecode)] },
        text('.'),
      ],
    },
  ];
}

function plainText(node: { children?: unknown[]; value?: unknown }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((child) => plainText(child as never)).join('');
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Checks an essay's notes and renders its citations, at build time:
 * - every `[^mark]` has its note, every note is cited, no note is defined twice;
 * - `[@id]` / `[@id, pinpoint]` in a note becomes the source's Chicago citation;
 * - an essay that uses marks cites each of its sources at least once (an unused source is an error,
 *   not a warning: it would list a work in the bibliography that the essay never points to);
 * - the description is not a copy of the opening paragraph.
 */
export default function remarkEssayNotes() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
    const parsedSources = sourceSchema()
      .array()
      .safeParse(frontmatter.sources ?? []);
    // Invalid sources are reported by the content collection's schema, with field names; skip them here.
    const sources = new Map<string, Source>(parsedSources.success ? parsedSources.data.map((s) => [s.id, s]) : []);
    const cited = new Set<string>();

    const definitions = new Map<string, FootnoteDefinition>();
    visit(tree, 'footnoteDefinition', (node) => {
      if (definitions.has(node.identifier))
        fail(file, node, `note [^${node.label ?? node.identifier}] is defined twice: give each note its own label`);
      definitions.set(node.identifier, node);
    });

    const referenced = new Set<string>();
    let marks = 0;
    visit(tree, 'footnoteReference', (node) => {
      referenced.add(node.identifier);
      marks++;
    });

    // A mark whose note is missing is left as literal text by the GFM parser.
    visit(tree, 'text', (node: Text) => {
      const orphan = /\[\^([^\]\s]+)\]/.exec(node.value);
      if (orphan) fail(file, node, `mark [^${orphan[1]}] has no note: add a line "[^${orphan[1]}]: …" at the end of the essay`);
    });

    for (const [id, definition] of definitions) {
      if (!referenced.has(id))
        fail(
          file,
          definition,
          `note [^${definition.label ?? id}] is never cited: add its mark [^${definition.label ?? id}] in the text, or delete the note`,
        );
    }

    const spoilerNotes: Record<string, 'mild' | 'major'> = {};
    (file.data as NotesFileData).spoilerNotes = spoilerNotes;

    // A mark inside a <Spoiler> passage: its note waits for the same consent as the passage.
    visitParents(tree, 'footnoteReference', (node, ancestors) => {
      const passage = ancestors.findLast(
        (ancestor) =>
          (ancestor.type === 'mdxJsxTextElement' || ancestor.type === 'mdxJsxFlowElement') &&
          (ancestor as { name?: string }).name === 'Spoiler',
      );
      if (!passage) return;
      const levelAttribute = (passage as { attributes?: { name?: string; value?: unknown }[] }).attributes?.find(
        (attribute) => attribute.name === 'level',
      );
      spoilerNotes[node.identifier] = levelAttribute?.value === 'mild' ? 'mild' : 'major';
    });

    visit(tree, 'footnoteDefinition', (definition) => {
      visit(definition, 'text', (node: Text, index, parent) => {
        if (!parent || index === undefined) return;
        const parts: PhrasingContent[] = [];
        let last = 0;
        for (const match of node.value.matchAll(CITATION_PATTERN)) {
          const [whole, id, pinpoint] = match;
          const source = sources.get(id!);
          if (!source) {
            if (parsedSources.success)
              fail(file, node, `note cites [@${id}], which is not in this essay's sources: add a source with id "${id}" or correct the id`);
            continue;
          }
          cited.add(source.id);
          const at = pinpoint?.trim();
          const seconds = source.kind === 'film' && at ? parseTimecode(at) : undefined;
          if (source.kind === 'film' && at && seconds === undefined) {
            fail(file, node, `[@${id}, ${at}]: a film is cited at a timecode such as 1:52:10 (H:MM:SS)`);
          }
          const spoilersFrom = source.spoilersFrom === undefined ? undefined : parseTimecode(source.spoilersFrom);
          if (seconds !== undefined && spoilersFrom !== undefined && seconds >= spoilersFrom) spoilerNotes[definition.identifier] = 'major';
          if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
          parts.push({
            type: 'text',
            value: whole,
            data: {
              hName: 'span',
              hProperties: { className: ['citation'], dataSource: source.id, ...(at ? { dataPinpoint: at } : {}) },
              hChildren: seconds !== undefined ? filmCard(source, at!) : runsToHast(formatCitation(source, 'note', { pinpoint: at })),
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

    // Sources credited by an element, such as <Aside source="wikipedia-werhun">, count as cited.
    visit(tree, (node) => {
      const element = node as { type: string; attributes?: { type: string; name?: string; value?: unknown }[] } & Positioned;
      if (element.type !== 'mdxJsxFlowElement' && element.type !== 'mdxJsxTextElement') return;
      for (const attribute of element.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'source' || typeof attribute.value !== 'string') continue;
        const source = sources.get(attribute.value);
        if (parsedSources.success && !source) fail(file, element, `source="${attribute.value}" is not in this essay's sources`);
        cited.add(attribute.value);
        if (source)
          element.attributes!.push({ type: 'mdxJsxAttribute', name: 'credit', value: citationText(formatCitation(source, 'note')) });
      }
    });

    if (marks > 0) {
      for (const source of sources.values()) {
        if (!cited.has(source.id))
          fail(file, undefined, `source "${source.id}" is never cited: cite it in a note as [@${source.id}], or remove it from sources`);
      }
    }

    const description = typeof frontmatter.description === 'string' ? normalise(frontmatter.description) : '';
    const firstParagraph = tree.children.find((node) => node.type === 'paragraph');
    if (description && firstParagraph) {
      const opening = normalise(plainText(firstParagraph));
      if (opening.startsWith(description) || description.startsWith(opening.slice(0, 120))) {
        fail(
          file,
          firstParagraph,
          'description copies the opening paragraph: write one spoiler-free sentence of your own for listings and link previews',
        );
      }
    }
  };
}
