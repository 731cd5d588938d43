/**
 * What the essay plugins share about the file they work on: where to say a problem is, the
 * essay's sources from its frontmatter, and the facts one plugin leaves for the next.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import { sharedSourcesOnDisk } from '../content/shared-sources';
import { sourceSchema, type Source } from '../schemas/source';

/** Facts the plugins leave on `file.data` for the ones that run after them. */
export interface EssayFileData {
  /** Note identifier → the spoiler level its text needs (remark-spoiler-notes → rehype-note-marks). */
  spoilerNotes?: Record<string, 'mild' | 'major'>;
  /** Ids of the sources something in the essay cites or credits (remark-aside-credits, remark-citations). */
  citedSources?: Set<string>;
  /** The essay's sources by id, shared ones resolved, parsed once; `undefined` when they are invalid (the schema reports that). */
  sources?: Map<string, Source> | undefined;
  /** Note identifier → the ids of the sources it cites, in order (remark-citations → rehype-citation-index). */
  noteSources?: Map<string, string[]>;
  /** Sources credited by an element such as `<Aside>`: its title and the source's id (remark-aside-credits). */
  credits?: { source: string; title: string }[];
  astro?: { frontmatter?: Record<string, unknown> };
}

interface Positioned {
  position?: { start: { line: number; column: number } };
}

export const essayData = (file: VFile) => file.data as EssayFileData;

/** Stops the build with `file:line:column: message`, so the editor knows where to look. */
export function fail(file: VFile, node: Positioned | undefined, message: string): never {
  const where = path.relative(process.cwd(), file.path || 'unknown file');
  const start = node?.position?.start;
  const error = new Error(`${where}${start ? `:${start.line}:${start.column}` : ''}: ${message}`);
  Object.assign(error, start ? { line: start.line, column: start.column } : {});
  throw error;
}

/**
 * The essay's sources by id, from its frontmatter, parsed once per file: each entry is the id of
 * a shared source (read from content/sources on disk) or a source written out. `undefined` when
 * any does not parse or names no shared source: the content collection's schema reports that with
 * field names, so the plugins skip their own checks of source ids.
 */
export function essaySources(file: VFile): Map<string, Source> | undefined {
  const data = essayData(file);
  if (!('sources' in data)) {
    const entries: unknown = data.astro?.frontmatter?.sources ?? [];
    const shared = sharedSourcesOnDisk();
    const inline = sourceSchema();
    const sources = new Map<string, Source>();
    let valid = Array.isArray(entries);
    for (const entry of Array.isArray(entries) ? entries : []) {
      const parsed = typeof entry === 'string' ? shared.get(entry) : inline.safeParse(entry).data;
      if (parsed) sources.set(parsed.id, parsed);
      else valid = false;
    }
    data.sources = valid ? sources : undefined;
  }
  return data.sources;
}

/** Whether an id names a shared source, listed by this essay or not: for the "cited but unlisted" message. */
export const isSharedSource = (id: string) => sharedSourcesOnDisk().has(id);

/** Records that the essay cites a source, so the never-cited check can tell. */
export function markCited(file: VFile, id: string) {
  const data = essayData(file);
  (data.citedSources ??= new Set()).add(id);
}

/** An MDX element's string attribute, such as `level` of `<Spoiler level="mild">`. */
export function attributeOf(node: unknown, name: string): string | undefined {
  const attributes = (node as { attributes?: { type?: string; name?: string; value?: unknown }[] }).attributes ?? [];
  const value = attributes.find((attribute) => attribute.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** Whether a node is the MDX element `<name>`, inline or on lines of its own. */
export function isElement(node: { type: string; name?: unknown }, name: string): boolean {
  return (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === name;
}
