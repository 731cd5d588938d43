/**
 * `npm run new -- "Essay title" [--film <id>] [--slug <file-name>]`: scaffolds a draft essay in
 * content/essays (or $CONTENT_DIR/essays) with every frontmatter field. Never overwrites a file.
 * Run by the project's Node, which strips the types.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { essayScaffold, ID_PATTERN, slugify } from '../src/server/content/scaffold.ts';

const USAGE = 'usage: npm run new -- "Essay title" [--film <film id>] [--slug <file name>]';

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { film: { type: 'string' }, slug: { type: 'string' } } });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();

const title = positionals.join(' ').trim();
if (!title) fail(`give the essay's title\n${USAGE}`);

const contentDir = process.env.CONTENT_DIR ?? 'content';
const filmsDir = path.join(contentDir, 'films');
let films: string[];
try {
  films = readdirSync(filmsDir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
} catch {
  fail(`no ${filmsDir} folder: run this from the project's folder`);
}
if (films.length === 0) fail(`${filmsDir} has no films: add the film's YAML file first`);
const film = values.film ?? films[0]!;
if (!films.includes(film)) fail(`"${film}" is not a film in ${filmsDir}; the films are: ${films.join(', ')}`);

const slug = values.slug ?? slugify(title);
if (!slug) fail(`"${title}" gives no file name (it needs Latin letters or digits): pass --slug <file-name>`);
if (!ID_PATTERN.test(slug)) fail(`--slug "${slug}" must be lower-case words and digits joined by hyphens`);

const file = path.join(contentDir, 'essays', `${slug}.mdx`);
try {
  // 'wx': fail if the file exists, so an essay is never overwritten.
  writeFileSync(file, essayScaffold({ title, film, published: new Date().toISOString().slice(0, 10) }), { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST')
    fail(`${file} already exists; nothing was written. Pick another title or pass --slug <file-name>`);
  throw error;
}

console.log(`Created ${file}, a draft about "${film}"${values.film ? '' : ' (the first film; pass --film <id> for another)'}.
It shows in \`npm run dev\` at /essays/${slug}/ and stays out of every build until you delete its \`draft: true\` line.`);
