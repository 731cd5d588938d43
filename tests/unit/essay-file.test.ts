/**
 * What the essay plugins share about the file they work on (src/server/markdown/essay-file.ts):
 * where a problem is said to be, the essay's sources and films read from its frontmatter once, and
 * how an MDX element is recognised and read.
 */
import path from 'node:path';
import { VFile } from 'vfile';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attributeOf, essayFilms, essaySources, fail, isElement, isSharedSource, markCited } from '../../src/server/markdown/essay-file';

const essay = (frontmatter: Record<string, unknown>) =>
  new VFile({ path: path.join(process.cwd(), 'content/essays/x.mdx'), data: { astro: { frontmatter } } });

describe('a problem in an essay', () => {
  it('names the file relative to the project, the line and the column', () => {
    const error = (() => {
      try {
        fail(essay({}), { position: { start: { line: 3, column: 5 } } }, 'a note without its mark');
      } catch (thrown) {
        return thrown as Error & { line?: number; column?: number };
      }
    })();
    expect(error?.message).toBe('content/essays/x.mdx:3:5: a note without its mark');
    expect(error).toMatchObject({ line: 3, column: 5 });
  });

  it('names the file alone when no node says where', () => {
    let error: (Error & { line?: number }) | undefined;
    try {
      fail(essay({}), undefined, 'description repeats spoiler text');
    } catch (thrown) {
      error = thrown as Error;
    }
    expect(error?.message).toBe('content/essays/x.mdx: description repeats spoiler text');
    expect(error).not.toHaveProperty('line');
  });

  it('names the file alone when the node has no position (one a plugin made)', () => {
    expect(() => fail(essay({}), {}, 'an aside without a title')).toThrow(/^content\/essays\/x\.mdx: an aside without a title$/);
  });

  it('says so when the file has no path', () => {
    expect(() => fail(new VFile(), undefined, 'broken')).toThrow(/^unknown file: broken$/);
  });
});

describe('the essay’s sources', () => {
  const article = { id: 'variety-2024', kind: 'article', title: 'Sean Baker Makes Movies', container: 'Variety' };

  it('are read by id, with dates YAML turned into Dates read back as written', () => {
    const sources = essaySources(essay({ sources: [{ ...article, date: new Date('2024-05-22T00:00:00Z') }] }));
    expect([...sources!.keys()]).toEqual(['variety-2024']);
    expect(sources!.get('variety-2024')?.date?.iso).toBe('2024-05-22');
  });

  it('are read once per file', () => {
    const file = essay({ sources: [article] });
    const first = essaySources(file);
    (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter.sources = [];
    expect(essaySources(file)).toBe(first);
    expect(first?.size).toBe(1);
  });

  it('are none for an essay that lists none', () => {
    expect(essaySources(essay({}))?.size).toBe(0);
  });

  it('are none for a file without frontmatter, or without what Astro adds', () => {
    expect(essaySources(new VFile({ path: 'content/essays/x.mdx', data: { astro: {} } }))?.size).toBe(0);
    expect(essaySources(new VFile({ path: 'content/essays/x.mdx' }))?.size).toBe(0);
  });

  describe('shared with other essays', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    it('are read by id from the content folder’s sources', () => {
      vi.stubEnv('CONTENT_DIR', 'tests/fixtures/content');
      const sources = essaySources(essay({ sources: ['web-source', article] }));
      expect([...sources!.keys()]).toEqual(['web-source', 'variety-2024']);
      expect(sources!.get('web-source')).toMatchObject({ kind: 'web', title: 'A Page With a Link' });
    });

    it('are known by id whether the essay lists them or not', () => {
      vi.stubEnv('CONTENT_DIR', 'tests/fixtures/content');
      expect(isSharedSource('web-source')).toBe(true);
      expect(isSharedSource('variety-2024')).toBe(false);
    });
  });

  it.each([
    { what: 'given as a map, not a list', sources: { 'variety-2024': article } },
    { what: 'holding a source that does not parse', sources: [article, { id: 'x', kind: 'article' }] },
    { what: 'holding a field left empty (null in YAML)', sources: [{ ...article, date: null }] },
    { what: 'naming a shared source that does not exist', sources: ['no-such-source'] },
  ])('are unknown when $what, for the schema to report', ({ sources }) => {
    expect(essaySources(essay({ sources }))).toBeUndefined();
  });

  it('remember which the essay cites', () => {
    const file = essay({});
    markCited(file, 'a');
    markCited(file, 'b');
    markCited(file, 'a');
    expect([...((file.data as { citedSources?: Set<string> }).citedSources ?? [])]).toEqual(['a', 'b']);
  });
});

describe('the essay’s films', () => {
  it.each([
    { form: 'one film', frontmatter: { film: 'anora' }, subjects: ['anora'], listed: ['anora'] },
    {
      form: 'subjects and films',
      frontmatter: { subject: ['anora', 'tangerine'], films: [{ id: 'pretty-woman' }, { id: 'anora' }, { id: 3 }, null] },
      subjects: ['anora', 'tangerine'],
      listed: ['anora', 'tangerine', 'pretty-woman'],
    },
    { form: 'films that are not a list', frontmatter: { subject: 'anora', films: 'pretty-woman' }, subjects: ['anora'], listed: ['anora'] },
    { form: 'nothing', frontmatter: {}, subjects: [], listed: [] },
  ])('are read from $form', ({ frontmatter, subjects, listed }) => {
    const films = essayFilms(essay(frontmatter));
    expect(films.subjects).toEqual(subjects);
    expect([...films.listed]).toEqual(listed);
  });

  it('are none for a file without what Astro adds', () => {
    const films = essayFilms(new VFile({ path: 'content/essays/x.mdx' }));
    expect(films.subjects).toEqual([]);
    expect(films.listed.size).toBe(0);
  });

  it('are read once per file', () => {
    const file = essay({ film: 'anora' });
    expect(essayFilms(file)).toBe(essayFilms(file));
  });
});

describe('MDX elements', () => {
  const spoiler = (type: string) => ({
    type,
    name: 'Spoiler',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'level', value: 'mild' },
      { type: 'mdxJsxAttribute', name: 'film', value: { type: 'mdxJsxAttributeValueExpression', value: 'films[0]' } },
    ],
  });

  it('are recognised inline and on lines of their own, by name', () => {
    expect(isElement(spoiler('mdxJsxTextElement'), 'Spoiler')).toBe(true);
    expect(isElement(spoiler('mdxJsxFlowElement'), 'Spoiler')).toBe(true);
    expect(isElement(spoiler('mdxJsxFlowElement'), 'Aside')).toBe(false);
    expect(isElement({ type: 'paragraph', name: 'Spoiler' }, 'Spoiler')).toBe(false);
  });

  it('give their string attributes, and nothing for an expression or an attribute not there', () => {
    expect(attributeOf(spoiler('mdxJsxTextElement'), 'level')).toBe('mild');
    expect(attributeOf(spoiler('mdxJsxTextElement'), 'film')).toBeUndefined();
    expect(attributeOf(spoiler('mdxJsxTextElement'), 'block')).toBeUndefined();
    expect(attributeOf({ type: 'text' }, 'level')).toBeUndefined();
  });
});
