/**
 * `npm run new` and drafts, end to end: in a throw-away copy of the content, the command scaffolds
 * two essays (and refuses to overwrite one); one is published (given a description of its own and
 * rid of `draft: true`), the other stays a draft. One production build of the copy (CONTENT_DIR,
 * OUT_DIR) must succeed, publish the first everywhere, and leave the draft out of pages, listings,
 * the feed, the sitemap, the preview images and the search index's input (Pagefind indexes built
 * pages only).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESCRIPTION_PLACEHOLDER } from '../../src/server/content/scaffold';
import { astroInProject, PROJECT_ROOT } from './support';

const run = promisify(execFile);

const PUBLISHED = { title: 'A Scaffolded Essay: Tested', id: 'a-scaffolded-essay-tested' };
const DRAFT = { title: 'Still a Draft', id: 'still-a-draft' };

let work = '';
let content = '';
let out = '';

/** Runs `npm run new`'s script the way npm does, with the project's Node. */
async function scaffold(...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/new-essay.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CONTENT_DIR: content },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** Every file the build wrote, as paths relative to its folder. */
function filesIn(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix)).flatMap((name) => {
    const relative = path.join(prefix, name);
    return statSync(path.join(dir, relative)).isDirectory() ? filesIn(dir, relative) : [relative];
  });
}

const essayFile = (id: string) => path.join(content, 'essays', `${id}.mdx`);
const built = (file: string) => readFileSync(path.join(out, file), 'utf8');

describe('npm run new', () => {
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'film-essays-scaffold-'));
    content = path.join(work, 'content');
    out = path.join(work, 'dist');
    cpSync(path.join(PROJECT_ROOT, 'content'), content, { recursive: true });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes a draft essay named after its title, with every frontmatter field', async () => {
    const result = await scaffold(PUBLISHED.title);
    expect(result.code, result.output).toBe(0);
    const text = readFileSync(essayFile(PUBLISHED.id), 'utf8');
    expect(text).toContain(`title: "${PUBLISHED.title}"`);
    expect(text).toMatch(/^draft: true$/m);
    for (const field of [
      'description',
      'subject',
      'films',
      'film',
      'spoilers',
      'published',
      'updated',
      'author',
      'origin',
      'sources',
      'draft',
    ]) {
      expect(text, field).toMatch(new RegExp(`^#? *${field}:`, 'm'));
    }
  });

  it('refuses to overwrite an essay, and leaves it as it was', async () => {
    writeFileSync(
      essayFile(PUBLISHED.id),
      readFileSync(essayFile(PUBLISHED.id), 'utf8').replace('Write the essay here', 'The editor already wrote this'),
    );
    const before = readFileSync(essayFile(PUBLISHED.id), 'utf8');
    const result = await scaffold(PUBLISHED.title);
    expect(result.code).toBe(1);
    expect(result.output).toContain('already exists; nothing was written');
    expect(readFileSync(essayFile(PUBLISHED.id), 'utf8')).toBe(before);
  });

  it('refuses a film that does not exist', async () => {
    const result = await scaffold('Another Essay', '--film', 'anorra');
    expect(result.code).toBe(1);
    expect(result.output).toContain('"anorra" is not a film');
    expect(existsSync(essayFile('another-essay'))).toBe(false);
  });

  describe('a production build with one scaffold published and one left a draft', () => {
    let build: { code: number; output: string };

    beforeAll(async () => {
      expect((await scaffold(DRAFT.title)).code).toBe(0);
      // Publishing is writing a description of one's own and deleting the draft line.
      const scaffolded = readFileSync(essayFile(PUBLISHED.id), 'utf8');
      const publishedText = scaffolded
        .replace(JSON.stringify(DESCRIPTION_PLACEHOLDER), 'How a scaffolded essay reaches every listing once it is published.')
        .replace(/^draft: true\n/m, '');
      expect(publishedText).not.toContain(DESCRIPTION_PLACEHOLDER);
      writeFileSync(essayFile(PUBLISHED.id), publishedText);
      // NODE_ENV=test as a CI might export it: drafts must stay out all the same.
      build = await astroInProject(['build'], { CONTENT_DIR: content, OUT_DIR: out, NODE_ENV: 'test' });
    }, 120_000);

    it('succeeds', () => {
      expect(build.code, build.output).toBe(0);
    });

    it('publishes the scaffolded essay: its page, the home page, the feed, the sitemap and its preview image', () => {
      expect(built(`essays/${PUBLISHED.id}/index.html`)).toContain(`<h1 id="essay-title">${PUBLISHED.title}</h1>`);
      expect(built('index.html')).toContain(PUBLISHED.title);
      expect(built('rss.xml')).toContain(`<title>${PUBLISHED.title}</title>`);
      expect(built('sitemap-0.xml')).toContain(`/essays/${PUBLISHED.id}/</loc>`);
      expect(existsSync(path.join(out, 'social', 'essays', `${PUBLISHED.id}.png`))).toBe(true);
    });

    it('leaves the draft out of every file it writes', () => {
      const files = filesIn(out);
      expect(files.filter((file) => file.includes(DRAFT.id))).toEqual([]);
      const text = files.filter((file) => /\.(html|xml|txt|json|js)$/.test(file));
      expect(text.length).toBeGreaterThan(5);
      for (const file of text) {
        const body = built(file);
        expect(body, file).not.toContain(DRAFT.title);
        expect(body, file).not.toContain(DRAFT.id);
      }
    });
  });

  // The build above wrote .astro/ from the copy. Syncing again restores what editors read there
  // (README, "Frontmatter completion"), and checks it is what the README says.
  describe('afterwards, `astro sync` from the real content', () => {
    const dotAstro = path.join(PROJECT_ROOT, '.astro', 'collections');
    const json = (name: string) => JSON.parse(readFileSync(path.join(dotAstro, name), 'utf8')) as Record<string, unknown>;

    beforeAll(async () => {
      const sync = await astroInProject(['sync']);
      expect(sync.code, sync.output).toBe(0);
    }, 120_000);

    it('writes a JSON schema for essays and one for films', () => {
      const essays = json('essays.schema.json') as { properties: Record<string, unknown>; required: string[] };
      expect(Object.keys(essays.properties)).toEqual(
        expect.arrayContaining(['title', 'description', 'subject', 'films', 'film', 'spoilers', 'published', 'sources', 'draft']),
      );
      // The films are named in one of two forms, so neither form's fields is required on its own.
      expect(essays.required).toEqual(expect.arrayContaining(['title', 'description', 'published']));
      const films = json('films.schema.json') as { properties: Record<string, unknown> };
      expect(Object.keys(films.properties)).toEqual(expect.arrayContaining(['title', 'year', 'directors', 'runtime']));
    });

    it('maps every essay and film file to its collection, for the editor extension', () => {
      const { entries } = json('collections.json') as { entries: Record<string, string> };
      const expected = Object.fromEntries(
        ['essays', 'films'].flatMap((collection) =>
          readdirSync(path.join(PROJECT_ROOT, 'content', collection)).map((name) => [
            pathToFileURL(path.join(PROJECT_ROOT, 'content', collection, name)).href.toLowerCase(),
            collection,
          ]),
        ),
      );
      expect(entries).toEqual(expected);
    });
  });
});
