/**
 * Writes the realistic corpus (bench/realistic-corpus.ts) into a content folder: essays,
 * films and shared sources, at the densities of the launch essays in content/essays. Build it with
 * `CONTENT_DIR=<folder> npm run build:local`.
 *
 *   node bench/generate-realistic-corpus.ts --essays 1000 --out bench/corpora/realistic-1000
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { densityOf, realisticCorpus, type Density } from './realistic-corpus.ts';
import { CONTENT, readMdx, ROOT } from './site.ts';

/** Notes, citations, asides, mentions and films per word and per essay in the launch essays. */
function launchDensity(): Density {
  const files = readdirSync(path.join(CONTENT, 'essays')).filter((name) => name.endsWith('.mdx'));
  return densityOf(files.map((name) => readMdx(path.join(CONTENT, 'essays', name))));
}

/** The names to search for in the corpus of `essays` (seeded: the same as a written one's), without writing it. */
export function realisticRareNames({ essays, seed = 1 }: { essays: number; seed?: number }): string[] {
  return realisticCorpus(essays, launchDensity(), { seed }).rareNames;
}

/** Writes the corpus into `out` (emptied first); returns what it holds and the names to search for. */
export function generateRealisticCorpus({ essays, out, seed = 1 }: { essays: number; out: string; seed?: number }) {
  const density = launchDensity();
  const corpus = realisticCorpus(essays, density, { seed });
  rmSync(out, { recursive: true, force: true });
  for (const folder of ['essays', 'films', 'sources']) mkdirSync(path.join(out, folder), { recursive: true });
  for (const film of corpus.films) writeFileSync(path.join(out, 'films', `${film.id}.yaml`), stringify(film.data));
  for (const source of corpus.sources) writeFileSync(path.join(out, 'sources', `${source.id}.yaml`), stringify(source.data));
  for (const essay of corpus.essays) writeFileSync(path.join(out, 'essays', `${essay.id}.mdx`), `---\n${stringify(essay.frontmatter)}---\n\n${essay.body}`);
  return { essays: corpus.essays.length, films: corpus.films.length, sources: corpus.sources.length, rareNames: corpus.rareNames, density };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      essays: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: path.join(ROOT, 'bench', 'corpora', 'realistic-1000') },
    },
  });
  const written = generateRealisticCorpus({ essays: Number(values.essays), seed: Number(values.seed), out: values.out });
  console.log(`${values.out}: ${written.essays} essays, ${written.films} films, ${written.sources} shared sources; launch density ${JSON.stringify(written.density)}; a name in one essay only: ${written.rareNames[0]}`);
}
