import { z } from 'astro/zod';
import { closest } from '../../shared/did-you-mean';
import type { Source } from './source';

/** Where shared sources live, for messages: one YAML file per work, named by its id. */
export const SHARED_SOURCES = 'content/sources';

/** A shared source, as an essay's `sources` holds it once parsed: a reference into the `sources` collection. */
export interface SharedSourceReference {
  collection: 'sources';
  id: string;
}

/** One entry of an essay's `sources`: a shared source it refers to, or one of its own. */
export type SourceEntry = Source | SharedSourceReference;

export const isSharedReference = (entry: SourceEntry): entry is SharedSourceReference => 'collection' in entry;

interface Context {
  /** The ids of the shared sources (file names in content/sources). */
  sourceIds: readonly string[];
  /** The schema of a source written out in the essay. */
  inline: z.ZodType<Source>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * An entry of an essay's `sources`: a string is the id of a shared source (checked against the
 * files in content/sources, with a "did you mean" for a typo) and becomes a reference; an object
 * is a source of the essay's own. Not a `z.union`: a union reports a wrong inline source as one
 * "invalid input" for the whole entry, where this reports each field (`sources.0.kind: …`) as a
 * source in an essay always did. Editors' completion still sees both shapes (the JSON schema
 * Astro writes for the collection), through the schema's metadata.
 */
export function sourceReference({ sourceIds, inline }: Context) {
  const reference = z.string().superRefine((id, ctx) => {
    if (sourceIds.includes(id)) return;
    const guess = closest(id, sourceIds);
    ctx.addIssue({
      // Stryker disable next-line StringLiteral: the entry's check below passes the message on as an issue of its own kind
      code: 'custom',
      message: `"${id}" is not a shared source in ${SHARED_SOURCES}${guess ? ` (did you mean "${guess}"?)` : `: add ${SHARED_SOURCES}/${id}.yaml, or write the source out here with its id, kind and title`}`,
    });
  });
  // A source's dates are partial dates, read as text or a year: no field is a Date that would need Astro's date-time form.
  const { $schema: _schema, ...inlineJson } = z.toJSONSchema(inline, { unrepresentable: 'any', io: 'input' });
  return z
    .custom<string | Record<string, unknown>>((value) => typeof value === 'string' || isRecord(value), {
      error: `a source is the id of a shared source in ${SHARED_SOURCES} ("- variety-2024") or a source written out (id, kind, title…)`,
    })
    .superRefine((value, ctx) => {
      const result = typeof value === 'string' ? reference.safeParse(value) : inline.safeParse(value);
      for (const issue of result.error?.issues ?? []) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    })
    .transform((value): SourceEntry => (typeof value === 'string' ? { collection: 'sources', id: value } : inline.parse(value)))
    .meta({ anyOf: [{ type: 'string', description: `The id of a shared source in ${SHARED_SOURCES}` }, inlineJson] });
}
