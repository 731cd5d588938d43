/**
 * The collections' loaders hand each schema the text the editor wrote. Astro's glob loader is run
 * for real over a temporary folder, with entry types that read files as Astro's do (js-yaml's
 * default schema, unquoted dates as Dates), and a `parseData` that records what the schema got.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { essayLoader, yamlLoader } from '../../src/server/content/loaders';
import { readFrontmatter, readYaml } from '../../src/server/content/yaml';
import { DESCRIPTION_PLACEHOLDER } from '../../src/server/content/scaffold';

/** What Astro's entry types give the glob loader: js-yaml's default schema turns `2024-13-45` into a Date. */
const ENTRY_TYPES = new Map([
  ['.mdx', { getEntryInfo: ({ contents }: { contents: string }) => ({ data: parseFrontmatter(contents).frontmatter, body: '' }) }],
  ['.yaml', { getEntryInfo: ({ contents }: { contents: string }) => ({ data: parseYaml(contents, { customTags: ['timestamp'] }) }) }],
]);

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/**
 * Runs `loader` over a folder holding `files`, with a `parseData` that records the data it is
 * given (standing in for the schema) and returns it unchanged. Rejects with the loader's error.
 */
async function load(makeLoader: (base: string) => Loader, files: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), 'film-essays-loaders-'));
  folders.push(root);
  mkdirSync(path.join(root, 'content'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'content', name), text);
  const given: Record<string, unknown>[] = [];
  const entries = new Map<string, unknown>();
  const context = {
    collection: 'test',
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    logger: { warn: () => {}, error: () => {}, info: () => {} },
    store: {
      keys: () => [...entries.keys()],
      get: () => undefined,
      set: (entry: { id: string }) => entries.set(entry.id, entry),
      delete: (id: string) => entries.delete(id),
    },
    generateDigest: (text: string) => String(text.length),
    entryTypes: ENTRY_TYPES,
    parseData: async ({ data }: { data: Record<string, unknown> }) => {
      given.push(data);
      return data;
    },
  } as unknown as LoaderContext;
  await makeLoader(path.join(root, 'content')).load(context);
  return given;
}

const essay = (frontmatter: string, body = 'An opening paragraph of its own, which the description does not copy.') =>
  `---\ntitle: An Essay\ndescription: One sentence on what the essay argues, in words of its own.\n${frontmatter}\n---\n\n${body}\n`;

describe('the essays’ loader', () => {
  it('gives the schema each date as written, not as YAML rolled it over', async () => {
    const [data] = await load(essayLoader, {
      'x.mdx': essay('published: 2024-13-45\nupdated: 2025-02-30\nsources:\n  - id: a\n    date: 2024-05-22'),
    });
    expect(data).toMatchObject({ published: '2024-13-45', updated: '2025-02-30', sources: [{ id: 'a', date: '2024-05-22' }] });
  });

  it('names the file when the description copies the opening paragraph', async () => {
    const opening = 'One sentence on what the essay argues, in words of its own.';
    await expect(load(essayLoader, { 'copy.mdx': essay('published: 2025-04', opening) })).rejects.toThrow(
      /copy\.mdx: description copies the opening paragraph/,
    );
  });

  it('names the file of a published essay that keeps the scaffold’s placeholder description', async () => {
    const scaffolded = essay('published: 2025-04').replace(/^description: .*$/m, `description: "${DESCRIPTION_PLACEHOLDER}"`);
    await expect(load(essayLoader, { 'new.mdx': scaffolded })).rejects.toThrow(
      /new\.mdx: description is still the placeholder that `npm run new` wrote/,
    );
    await expect(load(essayLoader, { 'new.mdx': scaffolded.replace('published:', 'draft: false\npublished:') })).rejects.toThrow(
      /placeholder/,
    );
    expect(await load(essayLoader, { 'new.mdx': scaffolded.replace('published:', 'draft: true\npublished:') })).toHaveLength(1);
  });

  it('leaves out files whose names start with an underscore', async () => {
    expect(await load(essayLoader, { '_notes.mdx': essay('published: 2025'), 'x.mdx': essay('published: 2025') })).toHaveLength(1);
  });
});

describe('the films’ loader', () => {
  it('gives the schema the premiere date as written', async () => {
    const [data] = await load(yamlLoader, { 'anora.yaml': 'title: Anora\nyear: 2024\npremiere:\n  date: 2024-02-30\n' });
    expect(data).toEqual({ title: 'Anora', year: 2024, premiere: { date: '2024-02-30' } });
  });
});

describe('reading YAML as written', () => {
  it('keeps dates as text and reads numbers, booleans and lists as YAML 1.2 does', () => {
    expect(readYaml('a: 2025-02-30\nb: 2025\nc: "2025"\nd: true\ne: [x, 2024-05]\nf: no\n')).toEqual({
      a: '2025-02-30',
      b: 2025,
      c: '2025',
      d: true,
      e: ['x', '2024-05'],
      f: 'no',
    });
  });

  it('merges `<<` keys, as Astro’s YAML reader does', () => {
    expect(readYaml('base: &base { kind: article }\nsource:\n  <<: *base\n  id: a\n')).toMatchObject({
      source: { kind: 'article', id: 'a' },
    });
  });

  it('gives an empty object for a document that is not a mapping', () => {
    expect(readYaml('')).toEqual({});
    expect(readYaml('- a\n- b\n')).toEqual({});
  });

  it('finds the frontmatter after a byte-order mark or blank lines, and none in a file without', () => {
    expect(readFrontmatter('\uFEFF---\npublished: 2025-04-03\n---\nText')).toEqual({ published: '2025-04-03' });
    expect(readFrontmatter('\n\n---\npublished: 2025\n---\nText')).toEqual({ published: 2025 });
    expect(readFrontmatter('Text only\n')).toEqual({});
  });

  it('reads CRLF line endings', () => {
    expect(readFrontmatter('---\r\ntitle: A\r\npublished: 2025-04\r\n---\r\nText')).toEqual({ title: 'A', published: '2025-04' });
  });
});
