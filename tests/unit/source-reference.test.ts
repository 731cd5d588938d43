/**
 * An entry of an essay's `sources` (src/server/schemas/source-reference.ts): the id of a shared
 * source or a source written out, told apart once parsed, and both shapes offered to editors'
 * completion through the JSON schema Astro writes for the collection.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/server/schemas/source';
import { isSharedReference, sourceReference } from '../../src/server/schemas/source-reference';

const TODAY = new Date('2025-06-01T00:00:00Z');
const book = { id: 'modern-whore', kind: 'book', title: 'Modern Whore', date: '2018' };

describe('an entry of an essay’s sources', () => {
  const reference = () => sourceReference({ sourceIds: ['web-source'], inline: sourceSchema(TODAY) });

  it('is a shared reference when it is an id, and a source of the essay’s own when written out', () => {
    const shared = reference().parse('web-source');
    const own = reference().parse(book);
    expect(shared).toEqual({ collection: 'sources', id: 'web-source' });
    expect(own).toMatchObject({ id: 'modern-whore', kind: 'book' });
    expect(isSharedReference(shared)).toBe(true);
    expect(isSharedReference(own)).toBe(false);
  });

  it('offers editors both shapes: the id of a shared source, or the fields of a source', () => {
    const json = z.toJSONSchema(reference(), { unrepresentable: 'any', io: 'input' }) as {
      anyOf?: { type?: string; description?: string; properties?: Record<string, unknown>; required?: string[] }[];
    };
    expect(json.anyOf).toHaveLength(2);
    expect(json.anyOf![0]).toEqual({ type: 'string', description: 'The id of a shared source in content/sources' });
    expect(Object.keys(json.anyOf![1]!.properties ?? {})).toEqual(expect.arrayContaining(['id', 'kind', 'title', 'date', 'url']));
    expect(json.anyOf![1]!.required).toEqual(expect.arrayContaining(['id', 'kind', 'title']));
    expect(json.anyOf![1]).not.toHaveProperty('$schema');
  });
});
