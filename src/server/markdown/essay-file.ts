/**
 * What the essay plugins share about the file they work on: where to say a problem is, the
 * essay's sources from its frontmatter, and the facts one plugin leaves for the next.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import type { Scope } from '../../shared/spoilers/scopes';
import { sharedSourcesOnDisk } from '../content/shared-sources';
import { sourceSchema, type Source } from '../schemas/source';

/** Facts the plugins leave on `file.data` for the ones that run after them. */
export interface EssayFileData {
  /** Note identifier → the scopes its text waits for (remark-spoiler-scopes → rehype-note-marks). */
  spoilerNotes?: Record<string, Scope[]>;
  /** Ids of the sources something in the essay cites or credits (remark-aside-credits, remark-citations). */
  citedSources?: Set<string>;
  /** The essay's sources by id, shared ones resolved, parsed once; `undefined` when they are invalid (the schema reports that). */
  sources?: Map<string, Source> | undefined;
  /** The films the frontmatter names, read once (see `essayFilms`). */
  films?: EssayFilms;
  /** Note identifier → the ids of the sources it cites, in order (remark-citations → rehype-citation-index). */
  noteSources?: Map<string, string[]>;
  astro?: { frontmatter?: Record<string, unknown> };
}

/** The films an essay's frontmatter names, as the plugins need them. */
export interface EssayFilms {
  /** The films it is about, in order; the first is the default film of a `<Spoiler>`. */
  subjects: string[];
  /** Every film it discusses. */
  listed: Set<string>;
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
 * A frontmatter value with its Dates back as the `YYYY-MM-DD` they were written as. @astrojs/mdx
 * hands the plugins frontmatter read by js-yaml, which turns an unquoted date into a Date; the
 * essays' loader has already checked the text as written (content is synced before any essay
 * compiles, and a date that does not exist stops the build there), so a Date here is a real day.
 */
function datesAsWritten(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(datesAsWritten);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, datesAsWritten(field)]));
  }
  return value;
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
    // Stryker disable next-line ArrayDeclaration: entries that are not a list are already invalid, and whatever is looped over then is dropped with the map.
    for (const entry of Array.isArray(entries) ? entries : []) {
      const parsed = typeof entry === 'string' ? shared.get(entry) : inline.safeParse(datesAsWritten(entry)).data;
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
  // Stryker disable next-line ArrayDeclaration: a string in place of the empty list has no `name`, so it matches no attribute either.
  const attributes = (node as { attributes?: { type?: string; name?: string; value?: unknown }[] }).attributes ?? [];
  const value = attributes.find((attribute) => attribute.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** Whether a node is the MDX element `<name>`, inline or on lines of its own. */
export function isElement(node: { type: string; name?: unknown }, name: string): boolean {
  return (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === name;
}

/**
 * The films an essay's frontmatter names, in either form (`film:` alone, or `subject:` and
 * `films:`), read leniently: the collection's schema reports what is malformed, with field names.
 */
export function essayFilms(file: VFile): EssayFilms {
  const data = essayData(file);
  if (data.films) return data.films;
  const frontmatter = data.astro?.frontmatter ?? {};
  const ids = (value: unknown): string[] => [value].flat().filter((id): id is string => typeof id === 'string');
  const listed = Array.isArray(frontmatter.films) ? frontmatter.films.flatMap((film: { id?: unknown }) => ids(film?.id)) : [];
  const subjects = [...ids(frontmatter.film), ...ids(frontmatter.subject)];
  data.films = { subjects, listed: new Set([...subjects, ...listed]) };
  return data.films;
}
