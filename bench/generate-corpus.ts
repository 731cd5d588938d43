/**
 * Writes a synthetic content folder for the benchmark: the launch essays and their film, plus
 * synthetic essays made of the launch essays' paragraphs (bench/corpus.ts) over synthetic
 * films, until there are `--essays` essays in all. Build it with
 * `CONTENT_DIR=<folder> OUT_DIR=<folder> npm run build:local`.
 *
 *   node bench/generate-corpus.ts --essays 1000 --films 40 --out bench/corpora/1000
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { readEssayBody, syntheticEssays, syntheticFilms, type SourceEssay } from './corpus.ts';
import { CONTENT, readMdx, ROOT } from './site.ts';

/**
 * Writes the corpus and returns how many essays and films it holds. The folder is emptied first.
 */
export function generateCorpus({ essays, films, out, seed = 1 }: { essays: number; films: number; out: string; seed?: number }) {
  const launchFiles = readdirSync(path.join(CONTENT, 'essays')).filter((name) => name.endsWith('.mdx')).sort();
  // A launch essay may list shared sources by id: the generator needs them written out.
  const writtenOut = (source: unknown) =>
    typeof source === 'string' ? { id: source, ...(parse(readFileSync(path.join(CONTENT, 'sources', `${source}.yaml`), 'utf8')) as object) } : source;
  const launch: SourceEssay[] = launchFiles.map((name) => {
    const { frontmatter, body } = readMdx(path.join(CONTENT, 'essays', name));
    return readEssayBody(body, ((frontmatter.sources ?? []) as unknown[]).map(writtenOut) as SourceEssay['sources']);
  });
  rmSync(out, { recursive: true, force: true });
  for (const folder of ['essays', 'films', 'sources']) mkdirSync(path.join(out, folder), { recursive: true });
  // The launch content itself, so its pages can be compared at every size.
  cpSync(path.join(CONTENT, 'films'), path.join(out, 'films'), { recursive: true });

  // Synthetic essays cite the launch essays' works, and a work cited by several essays must be a
  // shared source (the build stops on one work written out twice): every source of the launch
  // essays becomes a file in sources/, and every essay of the corpus lists it by id.
  const shared = new Map<string, Record<string, unknown>>();
  for (const { id, ...fields } of launch.flatMap((essay) => essay.sources)) {
    if (shared.has(id) && JSON.stringify(shared.get(id)) !== JSON.stringify(fields)) throw new Error(`two launch sources are called "${id}"`);
    shared.set(id, fields);
  }
  const listed = new Set<string>();
  const byId = (sources: unknown) =>
    ((sources ?? []) as unknown[]).map((source) => {
      const id = typeof source === 'string' ? source : (source as { id: string }).id;
      listed.add(id);
      return id;
    });
  const write = (name: string, frontmatter: Record<string, unknown>, body: string) =>
    writeFileSync(path.join(out, 'essays', name), `---\n${stringify({ ...frontmatter, sources: byId(frontmatter.sources) })}---\n\n${body.replace(/^\n+/, '')}`);

  const launchCount = Math.min(essays, launchFiles.length);
  for (const name of launchFiles.slice(0, launchCount)) {
    const { frontmatter, body } = readMdx(path.join(CONTENT, 'essays', name));
    write(name, frontmatter, body);
  }
  const filmList = syntheticFilms(films);
  for (const film of filmList) writeFileSync(path.join(out, 'films', `${film.id}.yaml`), stringify(film.data));
  const synthetic = syntheticEssays(essays - launchCount, launch, filmList, { seed });
  for (const essay of synthetic) write(`${essay.id}.mdx`, essay.frontmatter, essay.body);
  // Only what some essay lists: the build stops on a shared source no essay cites.
  for (const id of listed) writeFileSync(path.join(out, 'sources', `${id}.yaml`), stringify(shared.get(id)));
  return { essays: launchCount + synthetic.length, films: readdirSync(path.join(out, 'films')).length };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      essays: { type: 'string', default: '1000' },
      films: { type: 'string', default: '40' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: path.join(ROOT, 'bench', 'corpora', '1000') },
    },
  });
  const written = generateCorpus({ essays: Number(values.essays), films: Number(values.films), seed: Number(values.seed), out: values.out });
  console.log(`${values.out}: ${written.essays} essays, ${written.films} films`);
}
