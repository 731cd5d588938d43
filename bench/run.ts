/**
 * `npm run bench`: issue 15's figures as ratios to a bare Astro MDX site built in the same run,
 * search on a realistic corpus against Pagefind's own API, and issue 7's page weights and
 * Lighthouse. Prints a table and writes the figures to bench/results/. Exits 1 if any measurement
 * could not be taken (a missed target is a finding, not a failure). docs/benchmark.md explains
 * every figure.
 *
 *   npm run bench                                    # builds at 2, 100 and 1,000 essays, pages, Lighthouse, search
 *   npm run bench -- --sizes 2,100 --no-lighthouse   # a quick look
 *   npm run bench -- --rounds 3                      # three cold builds of each, interleaved, at the largest size
 *   npm run bench -- --dev                           # also npm run dev at the largest size
 *   npm run bench -- --headroom                      # also one build of 5,000 essays
 *   npm run bench -- --only dev --sizes 1000         # just one part: builds, pages, search, dev, headroom
 *   npm run bench -- --only search --reuse-search-build   # search again on the realistic build already there
 *
 * Ports: BENCH_PORT (default 6330) and the next two. Chromium: CHROMIUM_PATH or /usr/bin/chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { chromium, type Browser } from '@playwright/test';
import { diffFolders } from './compare.ts';
import { editedEssay, measureDev } from './dev.ts';
import { generateCorpus } from './generate-corpus.ts';
import { generateRealisticCorpus, realisticRareNames } from './generate-realistic-corpus.ts';
import { lighthouseMedian } from './lighthouse.ts';
import { baselineBuild, builtPageSize, folderSize, npmScript, preview, siteBuild, SITE_BUILD_SCRIPT, weighPage, type BuildResult } from './measure.ts';
import { formatTable, rows, type BenchResults, type RatioPoint, type ScalePoint } from './report.ts';
import { measureSearch, SearchUnavailable } from './search.ts';
import { launchPages, ROOT, type PageType } from './site.ts';

// npm runs the bench in bench/; the corpus and output folders below are relative to the site's
// root, as the site's own scripts and CONTENT_DIR take them.
process.chdir(ROOT);

const PARTS = ['builds', 'pages', 'search', 'dev', 'headroom'] as const;
type Part = (typeof PARTS)[number];

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '2,100,1000' },
    films: { type: 'string', default: '40' },
    rounds: { type: 'string', default: '1' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'no-lighthouse': { type: 'boolean', default: false },
    'search-runs': { type: 'string', default: '5' },
    'reuse-search-build': { type: 'boolean', default: false },
    dev: { type: 'boolean', default: false },
    headroom: { type: 'boolean', default: false },
    'headroom-essays': { type: 'string', default: '5000' },
    only: { type: 'string' },
  },
});
const SIZES = values.sizes
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
const LARGEST = SIZES.at(-1)!;
const ROUNDS = Math.max(1, Number(values.rounds));
const PORT = Number(process.env.BENCH_PORT ?? 6330);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The launch content: a size of 2 is the editors' content/ itself. */
const LAUNCH_ESSAYS = 2;
/** The pages weighed and audited, taken from the launch content. */
const PAGES = launchPages();
const parts = new Set<Part>(
  values.only
    ? values.only.split(',').map((part) => {
        if (!(PARTS as readonly string[]).includes(part)) throw new Error(`--only takes ${PARTS.join(', ')}; not "${part}"`);
        return part as Part;
      })
    : ['builds', 'pages', 'search', ...(values.dev ? (['dev'] as const) : []), ...(values.headroom ? (['headroom'] as const) : [])],
);

const outDir = (name: string | number) => `dist-bench-${name}`;
const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const seconds = (build: BuildResult) => `${(build.ms / 1000).toFixed(1)} s, ${(build.peakRss / 1024 ** 2).toFixed(0)} MB`;

/** The dense corpus of `essays` (the launch content itself at 2), generated when missing or `fresh`. */
function denseCorpus(essays: number, fresh: boolean): string {
  if (essays === LAUNCH_ESSAYS) return 'content';
  const folder = path.join('bench', 'corpora', String(essays));
  if (fresh || !existsSync(path.join(folder, 'essays'))) {
    log(`generating ${essays} dense essays into ${folder}`);
    generateCorpus({ essays, films: Number(values.films), out: folder });
  }
  return folder;
}

/** The built site's page sizes and index, for the growth rows. */
function scalePoint(essays: number, build: BuildResult, baseline?: BuildResult): ScalePoint {
  const pagefind = folderSize(path.join(ROOT, outDir(essays), 'pagefind'));
  return {
    essays,
    ...build,
    baseline,
    pagefind: pagefind ?? { error: `${outDir(essays)}/pagefind/ was not written by the build` },
    essayHtml: builtPageSize(outDir(essays), PAGES.essay),
    homeHtml: builtPageSize(outDir(essays), PAGES.home),
  };
}

/**
 * Cold builds of the baseline and the site at every size (interleaved `ROUNDS` times at the
 * largest), then at the largest: one essay edited, a rebuild with caches kept, and its output
 * against a cold build of the same edited corpus.
 */
async function builds(results: BenchResults) {
  for (const essays of SIZES) {
    const content = denseCorpus(essays, true);
    const rounds: RatioPoint['rounds'] = [];
    for (let round = 1; round <= (essays === LARGEST ? ROUNDS : 1); round++) {
      log(`${essays} essays, round ${round}: the baseline, cold`);
      const baseline = await baselineBuild(content, { label: `baseline-${essays}` });
      log(`  baseline: ${seconds(baseline)}; the site, cold (npm run ${SITE_BUILD_SCRIPT}: ${npmScript(SITE_BUILD_SCRIPT)})`);
      const site = await siteBuild(content, outDir(essays), { cold: true });
      log(`  site: ${seconds(site)}`);
      rounds.push({ baseline, site });
    }
    const last = rounds.at(-1)!;
    results.scale.push(scalePoint(essays, last.site, last.baseline));
    if (essays !== LARGEST) continue;
    const ratios: RatioPoint = { essays, rounds };
    results.ratios = ratios;
    // The editors' content is never edited: the rebuild needs a generated corpus.
    if (content === 'content') {
      results.errors.push('rebuild after an edit: not measured on the launch content (use a size above 2)');
      continue;
    }
    const essaysDir = path.join(content, 'essays');
    const file = readdirSync(essaysDir).sort()[Math.floor(readdirSync(essaysDir).length / 2)]!;
    writeFileSync(path.join(essaysDir, file), editedEssay(readFileSync(path.join(essaysDir, file), 'utf8'), 'A sentence the bench changed before rebuilding.'));
    log(`${essays} essays: ${file} edited; the site again, caches kept`);
    ratios.rebuild = await siteBuild(content, outDir(essays), { cold: false, label: `${outDir(essays)}-rebuild` });
    log(`  rebuild: ${seconds(ratios.rebuild)}; a cold build of the edited corpus to compare`);
    const rebuilt = `${outDir(essays)}-rebuilt`;
    rmSync(path.join(ROOT, rebuilt), { recursive: true, force: true });
    renameSync(path.join(ROOT, outDir(essays)), path.join(ROOT, rebuilt));
    await siteBuild(content, outDir(essays), { cold: true, label: `${outDir(essays)}-cold-edited` });
    ratios.rebuildDiff = diffFolders(path.join(ROOT, rebuilt), path.join(ROOT, outDir(essays)));
    rmSync(path.join(ROOT, rebuilt), { recursive: true, force: true });
  }
  const withoutIndex = results.scale.filter((point) => 'error' in point.pagefind).map((point) => point.essays);
  if (withoutIndex.length > 0) results.errors.push(`no Pagefind index in the builds of ${withoutIndex.join(', ')} essays`);
}

/** Weights of each page type of the launch content, and Lighthouse on each. */
async function pages(results: BenchResults, browser: Browser) {
  if (!existsSync(path.join(ROOT, outDir(LAUNCH_ESSAYS), 'index.html')) || !parts.has('builds') || !SIZES.includes(LAUNCH_ESSAYS)) {
    log('building the launch content for the page weights');
    await siteBuild('content', outDir(LAUNCH_ESSAYS), { cold: true });
  }
  const site = await preview(outDir(LAUNCH_ESSAYS), PORT);
  try {
    for (const [type, route] of Object.entries(PAGES) as Array<[PageType, string]>) {
      log(`weighing the ${type} page`);
      results.pages[type] = await weighPage(browser, site.url + route);
    }
    if (!values['no-lighthouse']) {
      for (const [type, route] of Object.entries(PAGES) as Array<[PageType, string]>) {
        log(`Lighthouse on the ${type} page, ${values['lighthouse-runs']} runs`);
        try {
          results.lighthouse[type] = await lighthouseMedian(site.url + route, Number(values['lighthouse-runs']));
        } catch (error) {
          results.errors.push(`Lighthouse on ${type}: ${(error as Error).message}`);
        }
      }
    }
  } finally {
    site.stop();
  }
}

/** Search on the realistic corpus at the largest size (at least 100 essays). */
async function search(results: BenchResults, browser: Browser) {
  const essays = Math.max(100, LARGEST);
  const content = path.join('bench', 'corpora', `realistic-${essays}`);
  const built = path.join(ROOT, outDir(`realistic-${essays}`), 'pagefind', 'pagefind-entry.json');
  let rareNames: string[];
  if (values['reuse-search-build'] && existsSync(built)) {
    // The corpus is seeded: its names are those of the build already there.
    log(`reusing the build in ${outDir(`realistic-${essays}`)}; searching`);
    rareNames = realisticRareNames({ essays });
  } else {
    log(`generating ${essays} realistic essays into ${content}`);
    rareNames = generateRealisticCorpus({ essays, out: content }).rareNames;
    log(`building them, cold`);
    const build = await siteBuild(content, outDir(`realistic-${essays}`), { cold: true });
    log(`  realistic corpus: ${seconds(build)}; searching`);
  }
  const site = await preview(outDir(`realistic-${essays}`), PORT + 1);
  try {
    const queries = { first: rareNames[Math.floor(essays / 2)]!, later: rareNames[Math.floor(essays / 3)]! };
    results.search = { essays, ...(await measureSearch(browser, site.url, path.join(ROOT, outDir(`realistic-${essays}`)), queries, Number(values['search-runs']))) };
  } catch (error) {
    const reason = error instanceof SearchUnavailable ? error.message : `${(error as Error).message}`;
    results.errors.push(`search at ${essays} realistic essays: ${reason}`);
  } finally {
    site.stop();
  }
}

async function main() {
  const started = performance.now();
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      chromium: execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
      loadBefore: os.loadavg(),
      loadAfter: [],
    },
    pages: {},
    lighthouse: {},
    scale: [],
    errors: [],
    durationMs: 0,
  };
  const attempt = async (what: string, task: () => Promise<void>) => {
    try {
      await task();
    } catch (error) {
      results.errors.push(`${what}: ${(error as Error).message}`);
      log(`${what} failed: ${(error as Error).message}`);
    }
  };

  if (parts.has('builds')) await attempt('builds', () => builds(results));
  if (parts.has('pages') || parts.has('search')) {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
    try {
      if (parts.has('pages')) await attempt('page weights', () => pages(results, browser));
      if (parts.has('search')) await attempt('search', () => search(results, browser));
    } finally {
      await browser.close();
    }
  }
  if (parts.has('dev')) {
    await attempt('npm run dev', async () => {
      const content = denseCorpus(LARGEST, false);
      // Measuring an edit writes into an essay: never into the editors' content.
      if (content === 'content') throw new Error('not measured on the launch content (use a size above 2)');
      results.dev = [];
      for (const cold of [true, false]) {
        log(`npm run dev over ${content}, ${cold ? 'every cache cleared' : 'caches kept'}`);
        results.dev.push(await measureDev(content, PORT + 2, { cold }));
      }
    });
  }
  if (parts.has('headroom')) {
    const essays = Number(values['headroom-essays']);
    const content = denseCorpus(essays, true);
    const from = results.scale.find((point) => point.essays === LARGEST && LARGEST !== essays);
    const context = { essays, machineMemory: os.totalmem(), heapLimit: v8.getHeapStatistics().heap_size_limit, from: from && { essays: from.essays, ms: from.ms, peakRss: from.peakRss } };
    log(`headroom: ${essays} essays, cold`);
    const startedBuild = performance.now();
    try {
      results.headroom = { ...context, ...(await siteBuild(content, outDir(essays), { cold: true })) };
    } catch (error) {
      results.headroom = { ...context, ms: performance.now() - startedBuild, peakRss: 0, pages: 0, size: { bytes: 0, disk: 0, files: 0 }, error: (error as Error).message };
    }
    rmSync(path.join(ROOT, outDir(essays)), { recursive: true, force: true });
  }

  results.machine.loadAfter = os.loadavg();
  results.durationMs = performance.now() - started;
  const table = formatTable(rows(results));
  console.log(table);
  console.log(
    `\n${results.date.slice(0, 10)} · ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGb} GB · ${results.machine.chromium} · Node ${results.machine.node}` +
      ` · load average ${results.machine.loadBefore.map((load) => load.toFixed(1)).join(' ')} before, ${results.machine.loadAfter.map((load) => load.toFixed(1)).join(' ')} after · ${(results.durationMs / 60_000).toFixed(1)} min`,
  );
  const folder = path.join(ROOT, 'bench', 'results');
  mkdirSync(folder, { recursive: true });
  const json = JSON.stringify({ ...results, table: rows(results) }, null, 2);
  writeFileSync(path.join(folder, `${results.date.replace(/[:.]/g, '-')}.json`), json);
  writeFileSync(path.join(folder, 'latest.json'), json);
  if (results.errors.length > 0) {
    console.error(`\n${results.errors.length} measurement(s) could not be taken:\n- ${results.errors.join('\n- ')}`);
    process.exitCode = 1;
  }
}

await main();
