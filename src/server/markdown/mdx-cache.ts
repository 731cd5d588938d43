/**
 * A persistent cache of compiled essays, around the unified() processor's MDX renderer. Compiling
 * MDX through the essay pipeline is most of a build's bundling time (about 30 s of 1,000 essays on
 * two cores), and an edit to one essay changes one compile: a rebuild takes the other 999 from
 * here. Astro 7 keeps no such cache itself (its content layer caches data, not modules).
 *
 * A compile is a function of the essay (its path, text and frontmatter), the pipeline (the site's
 * code, the config, every package version) and what the plugins read beside the essay (the films'
 * and shared sources' YAML, BASE_PATH). All of these are in the key, so a cached compile is always
 * what compiling would give; nothing is invalidated by hand. Failures are never stored: a broken
 * essay fails every build, cached or not. `MDX_CACHE=0` turns the cache off.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MarkdownProcessor } from '@astrojs/markdown-remark';
import { contentFolder } from '../content/content-dir';

/** The project: this file is src/server/markdown/ in it (a test's copy of a fixture links back here). */
const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Beside the site's other caches (the preview images', the citations'), which CI keeps between runs. */
// Stryker disable next-line StringLiteral: where the cache lives; any of these as '' still gives a folder a build can use, and a unit test could only see which by writing into the project's own cache.
const CACHE_FOLDER = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'long-take', 'mdx');
/** Raised when what is stored changes shape, so that old entries are never read as new. */
// Stryker disable next-line StringLiteral: any other text changes every key, which is what raising it is for.
const FORMAT = 'long-take-mdx-1';
/** Entries unused for this long are removed when a build starts. */
const UNUSED_FOR_MS = 14 * 24 * 60 * 60 * 1000;

type MdxRenderer = Awaited<ReturnType<NonNullable<MarkdownProcessor['createMdxRenderer']>>>;
type Compiled = Awaited<ReturnType<MdxRenderer['process']>>;

function hash(parts: Iterable<string | Buffer>): string {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part).update('\0');
  return digest.digest('hex');
}

/** Every file under `folder`, sorted, as path and contents; nothing if it does not exist. */
function* filesUnder(folder: string, keep: (name: string) => boolean = () => true): Generator<string | Buffer> {
  let names: string[];
  try {
    // Sorted: a folder lists its files in an order of the file system's own, and a key must not change
    // with it (CI restores the cache on another machine).
    // Stryker disable next-line StringLiteral: Node reads an empty encoding as its default, UTF-8.
    names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(folder, name);
    if (!keep(name) || !statSync(file).isFile()) continue;
    yield name;
    yield readFileSync(file);
  }
}

/**
 * What every compile depends on besides the essay. The site's code is taken whole (src/server and
 * src/shared, where the plugins and everything they import live): a change anywhere there costs one
 * cold compile, and no import can be missed.
 */
export function pipelineKey(root = PROJECT_ROOT): string {
  return hash([
    FORMAT,
    ...filesUnder(path.join(root, 'src', 'server')),
    ...filesUnder(path.join(root, 'src', 'shared')),
    readFileSync(path.join(root, 'astro.config.mjs')),
    readFileSync(path.join(root, 'package-lock.json')),
  ]);
}

/** What the plugins read beside the essay, which varies with CONTENT_DIR and BASE_PATH. */
function surroundingsKey(): string {
  const yaml = (name: string) => name.endsWith('.yaml');
  // Stryker disable next-line StringLiteral: any text stands for "no base path" alike (none is a real base path).
  const base = process.env.BASE_PATH ?? '';
  return hash([base, ...filesUnder(contentFolder('films'), yaml), ...filesUnder(contentFolder('sources'), yaml)]);
}

/**
 * `surroundingsKey`, read again when a second has passed: a build reads the YAML a few dozen
 * times rather than once per essay, and the dev server sees an edited film file.
 */
function currentSurroundings(): () => string {
  // Stryker disable next-line StringLiteral: never read; the first call reads the files.
  let key = '';
  let readAt = -Infinity;
  return () => {
    if (performance.now() - readAt > 1000) {
      key = surroundingsKey();
      readAt = performance.now();
    }
    return key;
  };
}

/** Removes entries (or pipelines' folders) no build has used for a while: the cache holds what current builds use. */
function prune(folder: string): void {
  const now = Date.now();
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    if (now - statSync(file).mtimeMs > UNUSED_FOR_MS) {
      rmSync(file, {
        recursive: true,
        // Stryker disable next-line BooleanLiteral: only matters when another build removes the entry first, and the catch around pruning then costs this build only time.
        force: true,
      });
    }
  }
}

/**
 * The processor, compiling MDX through the cache in `cacheFolder`. Everything else about it (its
 * name, options and Markdown renderer) is the processor's own, so Astro treats it as unified().
 */
export function cachedMdx(processor: MarkdownProcessor, cacheFolder = CACHE_FOLDER): MarkdownProcessor {
  const { createMdxRenderer } = processor;
  if (!createMdxRenderer || process.env.MDX_CACHE === '0') return processor;
  return {
    ...processor,
    async createMdxRenderer(shared, mdx) {
      const renderer = await createMdxRenderer.call(processor, shared, mdx);
      const pipeline = pipelineKey();
      // One folder per pipeline: a change to the code leaves the old folder unused, to be pruned.
      // Stryker disable next-line MethodExpression: the whole key names the folder as well; a prefix keeps paths short.
      const folder = path.join(cacheFolder, pipeline.slice(0, 16));
      try {
        mkdirSync(cacheFolder, { recursive: true });
        prune(cacheFolder);
        mkdirSync(folder, { recursive: true });
        // Stryker disable BlockStatement: without the return below, a cache that cannot be made fails every read and write after, each caught, and one that cannot be pruned is used anyway; either way only time differs.
        prune(folder);
      } catch {
        // A cache that cannot be written only costs time.
        return renderer;
      }
      // Stryker restore BlockStatement
      const settings = hash([pipeline, JSON.stringify(shared), JSON.stringify(mdx)]);
      const surroundings = currentSurroundings();
      return {
        async process(content, filePath, frontmatter) {
          const key = hash([settings, surroundings(), filePath, content, JSON.stringify(frontmatter)]);
          const file = path.join(folder, `${key}.json`);
          try {
            const stored = JSON.parse(readFileSync(file, 'utf8')) as Compiled;
            const now = new Date();
            utimesSync(file, now, now);
            utimesSync(folder, now, now);
            return stored;
          } catch {
            // Not stored yet, or unreadable: compile.
          }
          const compiled = await renderer.process(content, filePath, frontmatter);
          try {
            // Written whole, then renamed: a build stopped halfway never leaves half an entry.
            const partial = `${file}.${process.pid}.partial`;
            writeFileSync(partial, JSON.stringify(compiled));
            renameSync(partial, file);
          } catch {
            // As above: only time is lost.
          }
          return compiled;
        },
      };
    },
  };
}
