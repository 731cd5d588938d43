/**
 * The compiled-essay cache: a compile comes from the cache only when compiling again would give
 * the same result, and a failure is never kept. The processor here counts its compiles; the real
 * one is exercised by every build (tests/build), whose output a cached build must equal (the
 * bench compares a rebuild's output with a cold build's, file by file).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MarkdownProcessor } from '@astrojs/markdown-remark';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cachedMdx, pipelineKey } from '../../src/server/markdown/mdx-cache';

let work: string;
let compiles: string[];

/** A processor whose MDX renderer compiles `text` to `compiled(text)`, or fails on "broken". */
function countingProcessor(): MarkdownProcessor {
  return {
    name: 'unified',
    createRenderer: vi.fn(),
    async createMdxRenderer() {
      return {
        async process(content: string) {
          compiles.push(content);
          if (content.includes('broken')) throw new Error('5:1: a footnote without its note');
          return { code: `compiled(${content})`, map: null, astroMetadata: { propagation: 'none' } };
        },
      };
    },
  } as unknown as MarkdownProcessor;
}

async function renderer(cache = path.join(work, 'cache')) {
  const processor = cachedMdx(countingProcessor(), cache);
  return processor.createMdxRenderer!({} as never, { srcDir: work } as never);
}

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'mdx-cache-'));
  mkdirSync(path.join(work, 'content', 'films'), { recursive: true });
  writeFileSync(path.join(work, 'content', 'films', 'anora.yaml'), 'title: Anora\nyear: 2024\n');
  vi.stubEnv('CONTENT_DIR', path.join(work, 'content'));
  vi.stubEnv('MDX_CACHE', '');
  compiles = [];
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(work, { recursive: true, force: true });
});

describe('the compiled-essay cache', () => {
  it('compiles an unchanged essay once, across builds', async () => {
    const first = await (await renderer()).process('Text', 'a.mdx', { title: 'A' });
    const again = await (await renderer()).process('Text', 'a.mdx', { title: 'A' });
    expect(again).toEqual(first);
    expect(compiles).toEqual(['Text']);
  });

  it('compiles again when the text, the frontmatter or the file changes', async () => {
    const build = await renderer();
    await build.process('Text', 'a.mdx', { title: 'A' });
    await build.process('Text, edited', 'a.mdx', { title: 'A' });
    await build.process('Text', 'a.mdx', { title: 'A, retitled' });
    await build.process('Text', 'b.mdx', { title: 'A' });
    expect(compiles).toHaveLength(4);
  });

  it('compiles again when a film the plugins read changes', async () => {
    await (await renderer()).process('Text', 'a.mdx', {});
    writeFileSync(path.join(work, 'content', 'films', 'anora.yaml'), 'title: Anora\nyear: 2025\n');
    await (await renderer()).process('Text', 'a.mdx', {});
    expect(compiles).toHaveLength(2);
  });

  it('compiles again under another base path', async () => {
    await (await renderer()).process('Text', 'a.mdx', {});
    vi.stubEnv('BASE_PATH', '/long-take/');
    await (await renderer()).process('Text', 'a.mdx', {});
    expect(compiles).toHaveLength(2);
  });

  it('never gives an essay the compile of another whose path and text run together alike', async () => {
    const build = await renderer();
    await build.process('xText', 'a.md', {});
    expect(await build.process('Text', 'a.mdx', {})).toMatchObject({ code: 'compiled(Text)' });
    expect(compiles).toEqual(['xText', 'Text']);
  });

  it('never keeps a failure: a broken essay fails every build', async () => {
    await expect((await renderer()).process('broken', 'a.mdx', {})).rejects.toThrow('a footnote without its note');
    await expect((await renderer()).process('broken', 'a.mdx', {})).rejects.toThrow('a footnote without its note');
    expect(compiles).toHaveLength(2);
  });

  it('is off with MDX_CACHE=0', async () => {
    vi.stubEnv('MDX_CACHE', '0');
    await (await renderer()).process('Text', 'a.mdx', {});
    await (await renderer()).process('Text', 'a.mdx', {});
    expect(compiles).toHaveLength(2);
    expect(readdirSync(work)).not.toContain('cache');
  });

  it('removes what no build has used for two weeks', async () => {
    const cache = path.join(work, 'cache');
    await (await renderer(cache)).process('Text', 'a.mdx', {});
    const old = path.join(cache, 'an-old-pipeline');
    mkdirSync(old);
    const weeksAgo = new Date(Date.now() - 15 * 24 * 60 * 60 * 1000);
    utimesSync(old, weeksAgo, weeksAgo);
    await renderer(cache);
    expect(readdirSync(cache)).not.toContain('an-old-pipeline');
    expect(readdirSync(cache)).toHaveLength(1);
  });
});

describe('the compiled-essay cache, kept fresh', () => {
  /** The stored entries of the one pipeline folder under `cache`. */
  const entriesIn = (cache: string) => {
    const folders = readdirSync(cache);
    expect(folders).toHaveLength(1);
    const folder = path.join(cache, folders[0]!);
    return { folder, entries: readdirSync(folder).map((name) => path.join(folder, name)) };
  };
  const DAY = 24 * 60 * 60 * 1000;

  it('removes an entry no build has used for two weeks, and keeps one used within them', async () => {
    const cache = path.join(work, 'cache');
    const build = await renderer(cache);
    await build.process('Old', 'a.mdx', {});
    await build.process('Recent', 'b.mdx', {});
    const { entries } = entriesIn(cache);
    expect(entries).toHaveLength(2);
    const [old, recent] = entries.toSorted((a, b) => a.localeCompare(b));
    utimesSync(old!, new Date(Date.now() - 15 * DAY), new Date(Date.now() - 15 * DAY));
    utimesSync(recent!, new Date(Date.now() - 13 * DAY), new Date(Date.now() - 13 * DAY));
    await renderer(cache);
    expect(entriesIn(cache).entries).toEqual([recent]);
  });

  it('keeps an entry unused for two weeks to the second, and removes it a second later', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Math.floor(Date.now() / 1000) * 1000);
      const cache = path.join(work, 'cache');
      await (await renderer(cache)).process('Text', 'a.mdx', {});
      const [entry] = entriesIn(cache).entries;
      const twoWeeksAgo = new Date(Date.now() - 14 * DAY);
      utimesSync(entry!, twoWeeksAgo, twoWeeksAgo);
      await renderer(cache);
      expect(entriesIn(cache).entries).toEqual([entry]);
      vi.advanceTimersByTime(1000);
      await renderer(cache);
      expect(entriesIn(cache).entries).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('marks an entry and its folder used when a build reads them', async () => {
    const cache = path.join(work, 'cache');
    await (await renderer(cache)).process('Text', 'a.mdx', {});
    const { folder, entries } = entriesIn(cache);
    const daysAgo = new Date(Date.now() - 10 * DAY);
    utimesSync(entries[0]!, daysAgo, daysAgo);
    utimesSync(folder, daysAgo, daysAgo);
    await (await renderer(cache)).process('Text', 'a.mdx', {});
    expect(compiles).toEqual(['Text']);
    expect(statSync(entries[0]!).mtimeMs).toBeGreaterThan(Date.now() - DAY);
    expect(statSync(folder).mtimeMs).toBeGreaterThan(Date.now() - DAY);
  });

  it('compiles again under other MDX options', async () => {
    const processor = cachedMdx(countingProcessor(), path.join(work, 'cache'));
    await (await processor.createMdxRenderer!({} as never, { srcDir: work } as never)).process('Text', 'a.mdx', {});
    await (await processor.createMdxRenderer!({} as never, { srcDir: path.join(work, 'src') } as never)).process('Text', 'a.mdx', {});
    await (await processor.createMdxRenderer!({ gfm: false } as never, { srcDir: work } as never)).process('Text', 'a.mdx', {});
    expect(compiles).toHaveLength(3);
  });

  it('does not compile again when a file other than YAML changes beside the films', async () => {
    writeFileSync(path.join(work, 'content', 'films', 'notes.txt'), 'a draft\n');
    await (await renderer()).process('Text', 'a.mdx', {});
    writeFileSync(path.join(work, 'content', 'films', 'notes.txt'), 'another draft\n');
    await (await renderer()).process('Text', 'a.mdx', {});
    expect(compiles).toEqual(['Text']);
  });

  it('reads the films again once more than a second has passed, not for every essay', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const build = await renderer();
      await build.process('Text', 'a.mdx', {});
      writeFileSync(path.join(work, 'content', 'films', 'anora.yaml'), 'title: Anora\nyear: 2025\n');
      await build.process('Text', 'a.mdx', {});
      expect(compiles).toHaveLength(1);
      vi.advanceTimersByTime(1000);
      await build.process('Text', 'a.mdx', {});
      expect(compiles).toHaveLength(1);
      vi.advanceTimersByTime(1);
      await build.process('Text', 'a.mdx', {});
      expect(compiles).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('compiles as the processor does when the cache cannot be written', async () => {
    const blocked = path.join(work, 'a-file');
    writeFileSync(blocked, '');
    const build = await renderer(path.join(blocked, 'cache'));
    expect(await build.process('Text', 'a.mdx', {})).toMatchObject({ code: 'compiled(Text)' });
    expect(await build.process('Text', 'a.mdx', {})).toMatchObject({ code: 'compiled(Text)' });
    expect(compiles).toHaveLength(2);
  });

  it('leaves a processor without an MDX renderer as it is, and keeps the rest of one with it', () => {
    const plain = { name: 'unified', createRenderer: vi.fn() } as unknown as MarkdownProcessor;
    expect(cachedMdx(plain, path.join(work, 'cache'))).toBe(plain);
    const processor = countingProcessor();
    const cached = cachedMdx(processor, path.join(work, 'cache'));
    expect(cached.name).toBe('unified');
    expect(cached.createRenderer).toBe(processor.createRenderer);
  });
});

describe('the pipeline key', () => {
  /** A project with every file the key reads: the plugins' code, shared code, the config and the lockfile. */
  function project(): string {
    const root = path.join(work, 'project');
    mkdirSync(path.join(root, 'src', 'server', 'notes'), { recursive: true });
    mkdirSync(path.join(root, 'src', 'shared'), { recursive: true });
    writeFileSync(path.join(root, 'astro.config.mjs'), 'export default {};\n');
    writeFileSync(path.join(root, 'package-lock.json'), '{}\n');
    writeFileSync(path.join(root, 'src', 'server', 'notes', 'plugin.ts'), 'export const a = 1;\n');
    writeFileSync(path.join(root, 'src', 'shared', 'words.ts'), 'export const b = 1;\n');
    return root;
  }

  it('is the same for the same code', () => {
    const root = project();
    expect(pipelineKey(root)).toBe(pipelineKey(root));
  });

  it('does not change with the site’s code outside the plugins and shared code (pages, browser scripts)', () => {
    const root = project();
    mkdirSync(path.join(root, 'src', 'pages'), { recursive: true });
    mkdirSync(path.join(root, 'src', 'client'), { recursive: true });
    writeFileSync(path.join(root, 'src', 'pages', 'index.astro'), '<h1>Long Take</h1>\n');
    writeFileSync(path.join(root, 'src', 'client', 'notes.ts'), 'export const c = 1;\n');
    const before = pipelineKey(root);
    writeFileSync(path.join(root, 'src', 'pages', 'index.astro'), '<h1>Long Take, retitled</h1>\n');
    writeFileSync(path.join(root, 'src', 'client', 'notes.ts'), 'export const c = 2;\n');
    expect(pipelineKey(root)).toBe(before);
  });

  it.each([
    ['the plugins’ code', 'src/server/notes/plugin.ts', 'export const a = 2;\n'],
    ['code shared with the browser', 'src/shared/words.ts', 'export const b = 2;\n'],
    ['the Astro config', 'astro.config.mjs', 'export default { base: "/x/" };\n'],
    ['a package version (the lockfile)', 'package-lock.json', '{"lockfileVersion":3}\n'],
  ])('changes with %s', (_what, file, text) => {
    const root = project();
    const before = pipelineKey(root);
    writeFileSync(path.join(root, file), text);
    expect(pipelineKey(root)).not.toBe(before);
  });
});

describe('what the plugins read beside the essay', () => {
  it('does not compile again when YAML outside the films and shared sources changes', async () => {
    mkdirSync(path.join(work, 'content', 'series'), { recursive: true });
    writeFileSync(path.join(work, 'content', 'series', 'westerns.yaml'), 'title: Westerns\n');
    await (await renderer()).process('Text', 'a.mdx', {});
    writeFileSync(path.join(work, 'content', 'series', 'westerns.yaml'), 'title: Late westerns\n');
    await (await renderer()).process('Text', 'a.mdx', {});
    expect(compiles).toEqual(['Text']);
  });

  it('compiles again when a shared source changes', async () => {
    mkdirSync(path.join(work, 'content', 'sources'), { recursive: true });
    writeFileSync(path.join(work, 'content', 'sources', 'bazin.yaml'), 'title: What Is Cinema?\n');
    await (await renderer()).process('Text', 'a.mdx', {});
    writeFileSync(path.join(work, 'content', 'sources', 'bazin.yaml'), 'title: What Is Cinema? Volume 2\n');
    await (await renderer()).process('Text', 'a.mdx', {});
    expect(compiles).toHaveLength(2);
  });
});
