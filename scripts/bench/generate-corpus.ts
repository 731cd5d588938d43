/**
 * Writes a synthetic content folder for the benchmark: the launch essays and their film, plus
 * synthetic essays made of the launch essays' paragraphs (scripts/bench/corpus.ts) over synthetic
 * films, until there are `--essays` essays in all. Build it with
 * `CONTENT_DIR=<folder> OUT_DIR=<folder> astro build`.
 *
 *   node scripts/bench/generate-corpus.ts --essays 1000 --films 40 --out bench/corpora/1000
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { readEssayBody, syntheticEssays, syntheticFilms, type SourceEssay } from './corpus.ts';

/** The editors' content folder, read for the launch essays. */
const CONTENT = 'content';

/** A launch essay's frontmatter and Markdown body. */
function readMdx(file: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no frontmatter`);
  return { frontmatter: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/**
 * Writes the corpus and returns how many essays and films it holds. The folder is emptied first.
 */
export function generateCorpus({ essays, films, out, seed = 1 }: { essays: number; films: number; out: string; seed?: number }) {
  const launchFiles = readdirSync(path.join(CONTENT, 'essays')).filter((name) => name.endsWith('.mdx')).sort();
  const launch: SourceEssay[] = launchFiles.map((name) => {
    const { frontmatter, body } = readMdx(path.join(CONTENT, 'essays', name));
    return readEssayBody(body, (frontmatter.sources ?? []) as SourceEssay['sources']);
  });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.join(out, 'essays'), { recursive: true });
  mkdirSync(path.join(out, 'films'), { recursive: true });
  // The launch content itself, so its pages can be compared at every size.
  cpSync(path.join(CONTENT, 'films'), path.join(out, 'films'), { recursive: true });
  const launchCount = Math.min(essays, launchFiles.length);
  for (const name of launchFiles.slice(0, launchCount)) cpSync(path.join(CONTENT, 'essays', name), path.join(out, 'essays', name));

  const filmList = syntheticFilms(films);
  for (const film of filmList) writeFileSync(path.join(out, 'films', `${film.id}.yaml`), stringify(film.data));
  const synthetic = syntheticEssays(essays - launchCount, launch, filmList, { seed });
  for (const essay of synthetic) {
    writeFileSync(path.join(out, 'essays', `${essay.id}.mdx`), `---\n${stringify(essay.frontmatter)}---\n\n${essay.body}`);
  }
  return { essays: launchCount + synthetic.length, films: readdirSync(path.join(out, 'films')).length };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      essays: { type: 'string', default: '1000' },
      films: { type: 'string', default: '40' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: 'bench/corpora/1000' },
    },
  });
  const written = generateCorpus({ essays: Number(values.essays), films: Number(values.films), seed: Number(values.seed), out: values.out });
  console.log(`${values.out}: ${written.essays} essays, ${written.films} films`);
}
