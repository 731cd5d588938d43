/**
 * `npm run bench`: builds the launch content and synthetic corpora of 100 and 1,000 essays (cold,
 * timed, peak memory), weighs each page type in Chromium, runs Lighthouse on each, and times
 * search at the largest size; prints a table against issue 7's targets and writes the figures to
 * bench/results/. Exits 1 if any measurement could not be taken (a missed target is a finding,
 * not a failure).
 *
 *   npm run bench                              # everything: 2, 100 and 1,000 essays
 *   npm run bench -- --sizes 2,100 --lighthouse-runs 1
 *   npm run bench -- --no-lighthouse
 *
 * Ports: BENCH_PORT (default 6330) and the next one. Chromium: CHROMIUM_PATH or /usr/bin/chromium.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { generateCorpus } from './generate-corpus.ts';
import { lighthouseMedian } from './lighthouse.ts';
import { builtPageSize, folderSize, preview, ROOT, timedBuild, weighPage } from './measure.ts';
import { formatTable, PAGE_TYPES, rows, type BenchResults, type PageType, type ScalePoint } from './report.ts';
import { measureSearch, SearchUnavailable } from './search.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '2,100,1000' },
    films: { type: 'string', default: '40' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const SIZES = values.sizes.split(',').map(Number).sort((a, b) => a - b);
const PORT = Number(process.env.BENCH_PORT ?? 6330);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The launch content: the smallest size is always the real site. */
const LAUNCH_ESSAYS = 2;

const outDir = (essays: number) => `dist-bench-${essays}`;
const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

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

  for (const essays of SIZES) {
    let content = 'content';
    if (essays !== LAUNCH_ESSAYS) {
      content = path.join('bench', 'corpora', String(essays));
      log(`generating ${essays} essays into ${content}`);
      generateCorpus({ essays, films: Number(values.films), out: content });
    }
    log(`building ${essays} essays into ${outDir(essays)}`);
    const build = await timedBuild(content, outDir(essays));
    const pagefind = folderSize(path.join(ROOT, outDir(essays), 'pagefind'));
    const point: ScalePoint = {
      essays,
      ...build,
      pagefind: pagefind ?? { error: `${outDir(essays)}/pagefind/ was not written by the build` },
      essayHtml: builtPageSize(outDir(essays), PAGE_TYPES.essay),
      homeHtml: builtPageSize(outDir(essays), PAGE_TYPES.home),
    };
    results.scale.push(point);
    log(`${essays} essays: ${(build.ms / 1000).toFixed(1)} s, ${(build.peakRss / 1024 ** 2).toFixed(0)} MB`);
  }

  const withoutIndex = results.scale.filter((point) => 'error' in point.pagefind).map((point) => point.essays);
  if (withoutIndex.length > 0) results.errors.push(`no Pagefind index in the builds of ${withoutIndex.join(', ')} essays: the build does not run Pagefind (is issue 5's search merged?)`);

  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  try {
    const smallest = SIZES[0]!;
    const site = await preview(outDir(smallest), PORT);
    try {
      for (const [type, route] of Object.entries(PAGE_TYPES) as Array<[PageType, string]>) {
        log(`weighing the ${type} page`);
        results.pages[type] = await weighPage(browser, site.url + route);
      }
      if (!values['no-lighthouse']) {
        for (const [type, route] of Object.entries(PAGE_TYPES) as Array<[PageType, string]>) {
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

    const largest = SIZES.at(-1)!;
    log(`search at ${largest} essays`);
    const big = await preview(outDir(largest), PORT + 1);
    try {
      results.search = await measureSearch(browser, big.url);
    } catch (error) {
      const reason = error instanceof SearchUnavailable ? error.message : `${(error as Error).message}`;
      results.errors.push(`search at ${largest} essays: ${reason}`);
    } finally {
      big.stop();
    }
  } finally {
    await browser.close();
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
